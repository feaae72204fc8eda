/**
 * Partner copies as files (Apps Script glue): the copy's name, reading a copy in one call, opening
 * it, rewriting one of its sheets in one write, and the header notes of a Khmer copy.
 */
import type { Language } from '../../i18n/language';
import { MESSAGES, t, type MessageKey } from '../../i18n/messages';
import { CBOS } from '../../workbook/contract';
import { foldKey } from '../../workbook/matching';
import { cleanText, literalCell, type Cell } from '../../workbook/values';
import { ensureGrid, rectangular } from '../../sheets/io';
import { spreadsheetsApi } from '../../sheets/advanced';
import { valuesOfRows } from '../../sheets/requests';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The name of a partner's copy (and, offline, of its file). */
export function copyName(partner: string): string {
  return `${partner} – CBOs`;
}

/**
 * Values for setValues that stay literal text: an apostrophe before text, except in plain-text
 * ('@') cells, which keep text as typed (and would keep the apostrophe too).
 */
export function literalValues(
  grid: readonly (readonly Cell[])[],
  formats: readonly (readonly string[])[],
): Cell[][] {
  return grid.map((row, r) => row.map((cell, c) => (formats[r]?.[c] === '@' ? cell : literalCell(cell))));
}

/**
 * Rewrites a sheet of a copy with the grid (one write), blanking what the old grid had beyond it.
 * Row 1 is left alone when it already holds the grid's header (it is protected for coordinators).
 */
export function writeCopySheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: Cell[][]): void {
  const lastRow = sheet.getLastRow();
  const height = Math.max(grid.length, lastRow);
  const width = Math.max(grid[0]?.length ?? 0, sheet.getLastColumn());
  if (height === 0 || width === 0) return;
  ensureGrid(sheet, height, width);
  const values = rectangular(grid, width);
  while (values.length < height) values.push(new Array<Cell>(width).fill(''));
  const header = lastRow > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[]) : [];
  const from = header.length && header.every((cell, c) => cell === values[0][c]) ? 2 : 1;
  if (from > height) return;
  const range = sheet.getRange(from, 1, height - from + 1, width);
  range.setValues(literalValues(values.slice(from - 1), range.getNumberFormats()));
}

/** Runs of neighbouring changed cells, row by row (0-based row and column). */
export function changedRuns(
  before: readonly (readonly Cell[])[],
  after: readonly (readonly Cell[])[],
): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = [];
  after.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const changed = c < row.length && row[c] !== before[r]?.[c];
      if (changed && start < 0) start = c;
      if (!changed && start >= 0) {
        runs.push({ row: r, column: start, length: c - start });
        start = -1;
      }
    }
  });
  return runs;
}

/**
 * A copy's CBOs values in one call (Sheets.Spreadsheets.get), as getValues would give them;
 * undefined when the copy has no CBOs sheet.
 */
export function readCopy(id: string): Cell[][] | undefined {
  const fields =
    'properties(timeZone),sheets(properties(title),data(rowData(values(effectiveValue,userEnteredFormat(numberFormat)))))';
  let got: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    got = spreadsheetsApi().get(id, { ranges: [`'${CBOS.name}'`], fields });
  } catch (error) {
    if (/Unable to parse range/.test((error as Error).message)) return undefined;
    throw error;
  }
  const sheet = got.sheets?.find((s) => s.properties?.title === CBOS.name);
  if (!sheet) return undefined;
  return valuesOfRows(sheet.data?.[0]?.rowData, got.properties?.timeZone ?? 'UTC');
}

/**
 * Whether opening a copy failed because it is not shared with the user running: SpreadsheetApp's
 * "You do not have permission to access the requested document." or the Sheets API's 403 "The
 * caller does not have permission" (https://cloud.google.com/apis/design/errors, PERMISSION_DENIED).
 */
export function isNotShared(error: unknown): boolean {
  return /(do|does) not have permission/i.test(error instanceof Error ? error.message : String(error));
}

/** " (e-mail)" of the user running, for a message; '' when Google withholds it. */
export function userNote(email: string): string {
  return email ? ` (${email})` : '';
}

/** Opens the recorded copy, or says why it cannot be opened. */
export function openCopy(id: string): { copy?: Spreadsheet; error?: string; notShared?: boolean } {
  try {
    return { copy: SpreadsheetApp.openById(id) };
  } catch (error) {
    return { error: (error as Error).message, ...(isNotShared(error) ? { notShared: true } : {}) };
  }
}

/**
 * Notes of a copy's header row, in the copy's language: in a Khmer copy what each contract column
 * holds; in every copy, under CBO ID, that the IDs of the rows sent are not to be changed.
 */
export function headerNotes(header: readonly Cell[], language: Language): string[] {
  const keys = new Map(
    CBOS.columns
      .filter((column) => language === 'km' || column.header === 'CBO ID')
      .map((column) => [foldKey(column.header), `column.${column.header}`]),
  );
  return header.map((cell) => {
    const key = keys.get(foldKey(cleanText(cell).replace(/\*$/, '')));
    return key && key in MESSAGES ? t(language, key as MessageKey) : '';
  });
}

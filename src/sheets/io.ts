/**
 * Apps Script glue shared by every feature: read each sheet once, write each output sheet once.
 * The number of service calls here never depends on the number of rows.
 */
import type { SheetSpec } from '../workbook/contract';
import { Table } from '../workbook/table';
import type { Cell } from '../workbook/values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** All values of a sheet in one read, or undefined when the sheet does not exist. */
export function readValues(spreadsheet: Spreadsheet, sheetName: string): Cell[][] | undefined {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) return undefined;
  return sheet.getDataRange().getValues() as Cell[][];
}

/** A contract sheet as a Table (one read), or undefined when the sheet does not exist. */
export function readTable(spreadsheet: Spreadsheet, spec: SheetSpec): Table | undefined {
  const values = readValues(spreadsheet, spec.name);
  return values ? Table.fromValues(spec.name, spec, values) : undefined;
}

/** Pads rows to one width so that one `setValues` call can write them. */
export function rectangular(rows: readonly (readonly Cell[])[], width?: number): Cell[][] {
  const columns = width ?? rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => {
    const out = row.slice(0, columns) as Cell[];
    while (out.length < columns) out.push('');
    return out;
  });
}

export interface OutputSheetOptions {
  /** Column widths in pixels, by position. */
  widths?: number[];
  /** Number formats per column, by position (e.g. '@' for text). */
  numberFormats?: string[];
}

/**
 * Grows a sheet's grid to at least `rows` × `columns` (a Google sheet has a fixed grid: a new sheet
 * is 1,000 × 26 and writing outside it throws "The coordinates of the range are outside the
 * dimensions of the sheet"). Two calls when nothing grows.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
 */
export function ensureGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function sameHeader(current: readonly Cell[], header: readonly string[]): boolean {
  return header.every((h, i) => String(current[i] ?? '') === h);
}

/**
 * Rebuilds a sheet the tool owns (Validation, Indicator results, ...): clears the rows below the
 * header and writes all rows in one `setValues`, growing the grid first. Row 1 is written only when
 * the sheet is new or its header is not the tool's: row 1 is protected for the coordinators, and
 * whoever runs a menu item must be able to rebuild the rows below it. A constant number of calls
 * whatever the row count.
 */
export function writeOutputSheet(
  spreadsheet: Spreadsheet,
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: OutputSheetOptions = {},
): Sheet {
  const existing = spreadsheet.getSheetByName(sheetName);
  const sheet = existing ?? spreadsheet.insertSheet(sheetName);
  const width = header.length;
  const lastRow = existing ? sheet.getLastRow() : 0;
  const lastColumn = existing ? sheet.getLastColumn() : 0;
  ensureGrid(sheet, rows.length + 1, width);
  const headerRange = sheet.getRange(1, 1, 1, width);
  const current = lastRow > 0 ? (headerRange.getValues()[0] as Cell[]) : [];
  const rewriteHeader = !existing || !sameHeader(current, header) || lastColumn > width;
  if (rewriteHeader) {
    try {
      if (lastColumn > width) sheet.getRange(1, width + 1, 1, lastColumn - width).clear();
      headerRange.setValues([header.slice()]);
      headerRange.setFontWeight('bold').setBackground('#d9e2f3');
    } catch (error) {
      throw new Error(
        `The header row of "${sheetName}" is not CBO Tracker's and cannot be rewritten ` +
          `(${(error as Error).message}). Ask a coordinator (Settings › Coordinators) to run this menu item once.`,
      );
    }
  }
  if (lastRow > 1) sheet.getRange(2, 1, lastRow - 1, Math.max(lastColumn, width)).clear();
  if (rows.length > 0) {
    const range = sheet.getRange(2, 1, rows.length, width);
    // A cell formatted as plain text ('@': Set up sheets formats ID and code columns so) keeps what
    // is written as typed, a leading apostrophe included: there a literal value (literalCell) goes
    // in without it, else "IND-1.1" would read back as "'IND-1.1".
    const formats = range.getNumberFormats();
    range.setValues(
      rectangular(rows, width).map((row, i) =>
        row.map((value, j) =>
          formats[i]?.[j] === '@' && typeof value === 'string' && value.startsWith("'")
            ? value.slice(1)
            : value,
        ),
      ),
    );
  }
  // The view (frozen header, widths) is set on a sheet the tool creates: a change to the sheet
  // itself is refused to someone a protection of the sheet leaves out.
  if (!existing) {
    sheet.setFrozenRows(1);
    options.widths?.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  }
  if (options.numberFormats && rows.length > 0) {
    const formats = rows.map(() => header.map((_, i) => options.numberFormats?.[i] ?? 'General'));
    sheet.getRange(2, 1, rows.length, width).setNumberFormats(formats);
  }
  return sheet;
}

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
 * Rebuilds a sheet the tool owns (Validation, Indicator results, ...): clears it and writes the
 * header and all rows in one `setValues`. A constant number of calls whatever the row count.
 */
export function writeOutputSheet(
  spreadsheet: Spreadsheet,
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: OutputSheetOptions = {},
): Sheet {
  const sheet = spreadsheet.getSheetByName(sheetName) ?? spreadsheet.insertSheet(sheetName);
  sheet.clear();
  const values = rectangular([header, ...rows], header.length);
  ensureGrid(sheet, values.length, header.length);
  sheet.getRange(1, 1, values.length, header.length).setValues(values);
  const headerRange = sheet.getRange(1, 1, 1, header.length);
  headerRange.setFontWeight('bold').setBackground('#d9e2f3');
  sheet.setFrozenRows(1);
  options.widths?.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  if (options.numberFormats && rows.length > 0) {
    const formats = rows.map(() => header.map((_, i) => options.numberFormats?.[i] ?? 'General'));
    sheet.getRange(2, 1, rows.length, header.length).setNumberFormats(formats);
  }
  return sheet;
}

/**
 * Grows a sheet's grid to hold rows × columns. A Sheets grid is fixed (a new sheet has 1,000 × 26
 * cells) and a range outside it throws, so a writer grows it first.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
 */
export function ensureGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** A1 notation of a cell, e.g. (12, 4) → "D12". */
export function a1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

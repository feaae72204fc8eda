/**
 * Sheets API v4 requests (pure): what the glue sends in one `Sheets.Spreadsheets.batchUpdate`.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
 */
import { a1 } from '../workbook/a1';
import { dateOfSerial, serialOf } from '../workbook/dates';
import { colorOf } from './color';

export { dateOfSerial, serialOf } from '../workbook/dates';
import { isDate, type Cell } from '../workbook/values';

export type Request = GoogleAppsScript.Sheets.Schema.Request;
export type CellData = GoogleAppsScript.Sheets.Schema.CellData;
export type Color = GoogleAppsScript.Sheets.Schema.Color;
export type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
export type RowData = GoogleAppsScript.Sheets.Schema.RowData;

export { colorOf, hexOf } from './color';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A cell value as SpreadsheetApp's setValues would store it: "=..." a formula, "'..." literal
 * text, a number-looking or TRUE/FALSE text a number or boolean, other text as it is.
 */
export function cellValue(value: Cell): CellData['userEnteredValue'] | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (isDate(value)) throw new Error('cellValue: dates are written with SpreadsheetApp');
  const text = String(value);
  if (text.startsWith("'")) return { stringValue: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formulaValue: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { numberValue: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { boolValue: /^true$/i.test(trimmed) };
  return { stringValue: text };
}

/** A1 notation of a sheet's range for `ranges` (the sheet name quoted). */
export function a1Of(sheet: string, row: number, column: number, rows: number, columns: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1(row, column)}:${a1(row + rows - 1, column + columns - 1)}`;
}

/** One cell's fill and note (fill null: none). */
export function fillAndNote(
  sheetId: number,
  row: number,
  column: number,
  cells: readonly { fill: string | null; note: string }[],
): Request {
  return {
    updateCells: {
      start: { sheetId, rowIndex: row - 1, columnIndex: column - 1 },
      rows: cells.map((cell) => ({
        values: [
          {
            note: cell.note,
            ...(cell.fill ? { userEnteredFormat: { backgroundColor: colorOf(cell.fill) } } : {}),
          },
        ],
      })),
      fields: 'note,userEnteredFormat.backgroundColor',
    },
  };
}

/** Days since 1899-12-30 of a date's wall clock in a time zone (how Sheets stores dates). */
/**
 * A value copied as it is: text stays text (never read as a number, date or formula), dates as
 * dates in the spreadsheet's time zone (ISO format), numbers and booleans as they are.
 */
export function literalCellData(value: Cell, timeZone: string): CellData {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  if (isDate(value)) {
    if (isNaN(value.getTime())) return {};
    const serial = serialOf(value, timeZone);
    const timed = serial !== Math.floor(serial);
    return {
      userEnteredValue: { numberValue: serial },
      userEnteredFormat: {
        numberFormat: timed
          ? { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm' }
          : { type: 'DATE', pattern: 'yyyy-mm-dd' },
      },
    };
  }
  return { userEnteredValue: { stringValue: String(value) } };
}

/**
 * Rows read with effectiveValue and the number format, as getDataRange().getValues() gives them:
 * a rectangle ('' for empty cells), dates as Dates in the spreadsheet's time zone.
 */
export function valuesOfRows(rows: readonly RowData[] | undefined, timeZone: string): Cell[][] {
  const out = (rows ?? []).map((row) =>
    (row.values ?? []).map((cell): Cell => {
      const v = cell.effectiveValue;
      if (!v) return '';
      const type = cell.userEnteredFormat?.numberFormat?.type;
      if (v.numberValue !== undefined && (type === 'DATE' || type === 'DATE_TIME' || type === 'TIME'))
        return dateOfSerial(v.numberValue, timeZone);
      return v.stringValue ?? v.numberValue ?? v.boolValue ?? '';
    }),
  );
  const width = out.reduce((max, row) => Math.max(max, row.length), 0);
  for (const row of out) while (row.length < width) row.push('');
  return out;
}

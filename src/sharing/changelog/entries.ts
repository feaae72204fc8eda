/**
 * Change log entries (pure): one row per edited cell of an input sheet, up to a cap, then one
 * summary row for the rest of a large paste. Sheets gives the old value only for single-cell edits.
 */
import { CHANGE_LOG, INPUT_SHEETS } from '../../workbook/contract';
import { zonedParts } from '../../workbook/dates';
import { isDate, literalCell, type Cell } from '../../workbook/values';
import { a1 } from '../../workbook/a1';

/** Cells logged one by one per edit; a larger paste gets one more row summing up the rest. */
export const LOGGED_CELLS_CAP = 50;

export const CHANGE_LOG_HEADER = CHANGE_LOG.columns.map((c) => c.header);

/** Old value shown for the cells of a paste (Sheets does not tell them). */
export const OLD_VALUE_UNKNOWN = '(not known for a paste)';

/** Who edited, when Sheets withholds the e-mail (most consumer accounts other than the installer). */
export const USER_UNKNOWN = '(unknown)';

export interface EditInfo {
  /** When the edit happened. */
  time: Date;
  timeZone: string;
  /** The editor's e-mail, '' when Sheets does not reveal it. */
  user: string;
  sheet: string;
  /** Top-left cell of the edited range (1-based). */
  row: number;
  column: number;
  /** The range's values after the edit. */
  values: readonly (readonly Cell[])[];
  /** Single-cell edits only: the value before the edit (undefined: the cell was empty). */
  oldValue?: Cell;
  /**
   * Whether Sheets told the old value (a typed single-cell edit); default: any single-cell edit.
   * A paste has no oldValue even into one cell: its old value is logged as unknown, not blank.
   */
  oldValueKnown?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-23 14:05:09" in a time zone. */
export function logTime(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** A cell value as the log shows it: dates as ISO days (with the time when there is one). */
export function logText(value: Cell, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    if (isNaN(value.getTime())) return '';
    const p = zonedParts(value, timeZone);
    const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    return p.hour || p.minute || p.second ? `${day} ${pad(p.hour)}:${pad(p.minute)}` : day;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Whether edits of this sheet are logged: input sheets only, never the tool's own sheets. */
export function isLoggedSheet(sheetName: string): boolean {
  return INPUT_SHEETS.some((spec) => spec.name === sheetName);
}

/** Rows to append to Change log for one edit (values made literal: a logged "=..." is never a formula). */
export function logEntries(edit: EditInfo, cap = LOGGED_CELLS_CAP): Cell[][] {
  const time = logTime(edit.time, edit.timeZone);
  const numRows = edit.values.length;
  const numColumns = numRows > 0 ? edit.values[0].length : 0;
  const cells = numRows * numColumns;
  const single = cells === 1 && edit.oldValueKnown !== false;
  const rows: Cell[][] = [];
  for (let r = 0; r < numRows && rows.length < cap; r++) {
    for (let c = 0; c < numColumns && rows.length < cap; c++) {
      const old = single ? logText(edit.oldValue, edit.timeZone) : OLD_VALUE_UNKNOWN;
      rows.push([
        time,
        edit.user,
        edit.sheet,
        a1(edit.row + r, edit.column + c),
        old,
        logText(edit.values[r][c], edit.timeZone),
      ]);
    }
  }
  if (cells > cap) {
    const range = `${a1(edit.row, edit.column)}:${a1(edit.row + numRows - 1, edit.column + numColumns - 1)}`;
    rows.push([
      time,
      edit.user,
      edit.sheet,
      range,
      '',
      `Pasted ${cells.toLocaleString('en-US')} cells in ${edit.sheet}!${range} (the first ${cap} are listed above)`,
    ]);
  }
  return rows.map((row) => row.map(literalCell));
}

/** A row of Change log for a change CBO Tracker itself applied (e.g. a partner update). */
export function toolEntry(
  time: Date,
  timeZone: string,
  user: string,
  sheet: string,
  cell: string,
  oldValue: Cell,
  newValue: Cell,
): Cell[] {
  return [
    logTime(time, timeZone),
    user,
    sheet,
    cell,
    logText(oldValue, timeZone),
    logText(newValue, timeZone),
  ].map(literalCell);
}

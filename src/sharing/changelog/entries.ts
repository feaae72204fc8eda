/**
 * Change log entries (pure): one row per edited cell of an input sheet, up to a cap, then one
 * summary row for the rest of a large paste. Sheets gives the old value only for single-cell edits.
 *
 * The log stays machine-usable in both languages (docs/khmer.md › Change log): Time is a real
 * date-time cell (it sorts and filters by time) with a number format, never text; in a Khmer
 * workbook (Settings › Language = km) that format writes the month in Khmer ("23 វិច្ឆិកា 2026
 * 14:05:09": a spreadsheet shows a date's digits itself, and Google Sheets has no number format
 * or locale with Khmer digits) and the place reads in words with Khmer digits ("ជួរដេក ១២
 * ជួរឈរ Members"); in English it stays A1 notation (C12), as before.
 */
import type { Language } from '../../i18n/language';
import { KHMER_MONTHS } from '../../i18n/digits';
import { digits, t } from '../../i18n/messages';
import { CHANGE_LOG, INPUT_SHEETS } from '../../workbook/contract';
import { zonedParts } from '../../workbook/dates';
import { isDate, literalCell, type Cell } from '../../workbook/values';
import { a1 } from '../../workbook/a1';

/** Cells logged one by one per edit; a larger paste gets one more row summing up the rest. */
export const LOGGED_CELLS_CAP = 50;

export const CHANGE_LOG_HEADER = CHANGE_LOG.columns.map((c) => c.header);

/** Old value shown for the cells of a paste (Sheets does not tell them), in English. */
export const OLD_VALUE_UNKNOWN = '(not known for a paste)';

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
  /** The workbook's language (Settings › Language): how the place and the tool's words read. */
  language?: Language;
  /** Row 1 of the edited columns (from edit.column on): a Khmer place names the column's header. */
  headers?: readonly Cell[];
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

/** The number format of a Time cell: ISO in English, the month in Khmer in a Khmer workbook. */
export function logTimeFormat(date: Date, timeZone: string, language: Language = 'en'): string {
  if (language !== 'km') return LOG_TIME_FORMAT;
  const month = KHMER_MONTHS[zonedParts(date, timeZone).month - 1];
  return `d" ${month} "yyyy" "hh:mm:ss`;
}

/** Time cells in English: 2026-11-23 14:05:09. */
export const LOG_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * Where an edit was, as the log says it: A1 in English ("C12", "A2:C31"; a whole new row "A12");
 * in Khmer, rows and columns in words, a column by its header (else its number), in Khmer digits
 * ("ជួរដេក ១២ ជួរឈរ Members"; a whole row "ជួរដេក ១២"). Column 0: the whole row.
 */
export function logPlace(
  language: Language,
  [top, bottom]: readonly [number, number],
  [left, right]: readonly [number, number],
  headers: readonly Cell[] = [],
): string {
  if (language !== 'km') {
    if (!left) return `A${top}`;
    const from = a1(top, left);
    const to = a1(bottom, right);
    return from === to ? from : `${from}:${to}`;
  }
  const column = (c: number) => {
    const header = headers[c - left];
    return typeof header === 'string' && header.trim() ? header.trim() : digits(c);
  };
  const rowText =
    top === bottom
      ? t(language, 'log.row', { row: digits(top) })
      : t(language, 'log.rows', { first: digits(top), last: digits(bottom) });
  if (!left) return rowText;
  const columnText =
    left === right
      ? t(language, 'log.column', { column: column(left) })
      : t(language, 'log.columns', { first: column(left), last: column(right) });
  return `${rowText} ${columnText}`;
}

/** Whether edits of this sheet are logged: input sheets only, never the tool's own sheets. */
export function isLoggedSheet(sheetName: string): boolean {
  return INPUT_SHEETS.some((spec) => spec.name === sheetName);
}

/**
 * Rows to append to Change log for one edit (values made literal: a logged "=..." is never a
 * formula); the first cell of each row is the edit's time as a Date (see logTimeFormat).
 */
export function logEntries(edit: EditInfo, cap = LOGGED_CELLS_CAP): Cell[][] {
  const language = edit.language ?? 'en';
  const numRows = edit.values.length;
  const numColumns = numRows > 0 ? edit.values[0].length : 0;
  const cells = numRows * numColumns;
  const single = cells === 1 && edit.oldValueKnown !== false;
  const unknown = t(language, 'log.oldUnknown');
  const rows: Cell[][] = [];
  for (let r = 0; r < numRows && rows.length < cap; r++) {
    for (let c = 0; c < numColumns && rows.length < cap; c++) {
      const row = edit.row + r;
      const column = edit.column + c;
      const headers = edit.headers?.slice(c);
      rows.push([
        edit.user,
        edit.sheet,
        logPlace(language, [row, row], [column, column], headers),
        single ? logText(edit.oldValue, edit.timeZone) : unknown,
        logText(edit.values[r][c], edit.timeZone),
      ]);
    }
  }
  if (cells > cap) {
    const place = logPlace(
      language,
      [edit.row, edit.row + numRows - 1],
      [edit.column, edit.column + numColumns - 1],
      edit.headers,
    );
    const said = t(language, 'log.pasted', { count: cells, sheet: edit.sheet, place, cap });
    rows.push([edit.user, edit.sheet, place, '', said]);
  }
  return rows.map((row) => [edit.time, ...row.map(literalCell)]);
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
    time,
    ...[user, sheet, cell, logText(oldValue, timeZone), logText(newValue, timeZone)].map(literalCell),
  ];
}

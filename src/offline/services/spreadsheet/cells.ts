/**
 * Cell values between exceljs and Apps Script: what `getValues` returns and what `setValues`
 * stores. Dates cross as Date objects of the vm realm at their wall-clock time in the
 * spreadsheet's time zone (exceljs keeps dates as UTC wall clock).
 */
import type ExcelJS from 'exceljs';
import { instantOf, MONTH_NAMES, zonedParts } from '../../../workbook/dates';
import type { Realm } from '../emulation';

export type SheetsValue = string | number | boolean | Date;

function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Converts wall-clock dates (UTC fields) to instants in a time zone, memoised. */
export class DateConverter {
  private instants = new Map<number, number>();
  private wallClocks = new Map<number, number>();

  constructor(
    readonly timeZone: string,
    private readonly realm: Realm,
  ) {}

  /** exceljs date (UTC wall clock) → Date of the vm realm. */
  toSheets(wallClock: Date): Date {
    const key = wallClock.getTime();
    let instant = this.instants.get(key);
    if (instant === undefined) {
      const d = wallClock;
      instant =
        instantOf(
          d.getUTCFullYear(),
          d.getUTCMonth() + 1,
          d.getUTCDate(),
          d.getUTCHours(),
          d.getUTCMinutes(),
          d.getUTCSeconds(),
          this.timeZone,
        ) + d.getUTCMilliseconds();
      if (this.instants.size > 100000) this.instants.clear();
      this.instants.set(key, instant);
    }
    return new this.realm.Date(instant);
  }

  /** A Date (any realm) → exceljs date (UTC wall clock in the time zone). */
  fromSheets(date: Date): Date {
    const time = date.getTime();
    if (isNaN(time)) return new Date(NaN);
    let wall = this.wallClocks.get(time);
    if (wall === undefined) {
      const p = zonedParts(new Date(time), this.timeZone);
      wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ((time % 1000) + 1000) % 1000);
      if (this.wallClocks.size > 100000) this.wallClocks.clear();
      this.wallClocks.set(time, wall);
    }
    return new Date(wall);
  }
}

type CellValue = ExcelJS.CellValue;

/** The value `getValues` returns for an exceljs cell value. */
export function sheetsValue(value: CellValue, dates: DateConverter): SheetsValue {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
  }
  if (isDateValue(value)) return dates.toSheets(value);
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    return v.result === undefined ? '' : sheetsValue(v.result as CellValue, dates);
  }
  if ('richText' in v) return (v.richText as { text: string }[]).map((part) => part.text).join('');
  if ('hyperlink' in v) return sheetsValue(v.text as CellValue, dates);
  if ('error' in v) return String(v.error);
  if ('text' in v) return String(v.text);
  return String(value);
}

/** The formula of a cell ('' when it holds a value), as `getFormulas` returns it. */
export function formulaOf(value: CellValue): string {
  if (value && typeof value === 'object' && !isDateValue(value)) {
    const v = value as unknown as Record<string, unknown>;
    if (typeof v.formula === 'string') return `=${v.formula}`;
    if (typeof v.sharedFormula === 'string') return `=${v.sharedFormula}`;
  }
  return '';
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What `setValues` stores for a value, as Sheets does: text that reads as a number, TRUE/FALSE
 * or an ISO date becomes a number, boolean or date unless the cell's format is plain text ('@')
 * or the text starts with an apostrophe; text starting with '=' is a formula.
 */
export function storedValue(value: unknown, dates: DateConverter, numFmt?: string): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : ({ error: '#NUM!' } as CellValue);
  if (typeof value === 'boolean') return value;
  if (isDateValue(value)) return dates.fromSheets(value);
  const text = typeof value === 'string' ? value : String(value);
  if (numFmt === '@') return text;
  if (text.startsWith("'")) return text.slice(1);
  if (text.startsWith('=') && text.length > 1) return { formula: text.slice(1) } as CellValue;
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  const iso = ISO_DAY.exec(trimmed);
  if (iso) {
    const date = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    if (date.getUTCDate() === Number(iso[3])) return date;
  }
  return text;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date as a Sheets date-time number format shows it (yyyy, yy, mmmm, mmm, mm, m, dddd, ddd, dd, d,
 * hh, h, ss, s, am/pm, "quoted text"; m is minutes after an hour or before seconds), as
 * https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns describes.
 */
export function formatDatePattern(
  p: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  format: string,
): string {
  const tokens =
    format.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi) ?? [];
  const twelve = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const pad = (n: number) => String(n).padStart(2, '0');
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const hour = twelve ? ((p.hour + 11) % 12) + 1 : p.hour;
  let out = '';
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const before =
      tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[a-z]/i.test(t) && !/^(m|mm)$/i.test(t)) ?? '';
    const after = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t)) ?? '';
    const minute = /^h/i.test(before) || /^s/i.test(after);
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (lower === 'yyyy') out += String(p.year);
    else if (lower === 'yy') out += pad(p.year % 100);
    else if (lower === 'mmmm') out += MONTH_NAMES[p.month - 1];
    else if (lower === 'mmm') out += MONTH_NAMES[p.month - 1].slice(0, 3);
    else if (lower === 'mm') out += pad(minute ? p.minute : p.month);
    else if (lower === 'm') out += String(minute ? p.minute : p.month);
    else if (lower === 'dddd') out += DAYS[weekday];
    else if (lower === 'ddd') out += DAYS[weekday].slice(0, 3);
    else if (lower === 'dd') out += pad(p.day);
    else if (lower === 'd') out += String(p.day);
    else if (lower === 'hh') out += pad(hour);
    else if (lower === 'h') out += String(hour);
    else if (lower === 'ss') out += pad(p.second);
    else if (lower === 's') out += String(p.second);
    else if (lower === 'am/pm') out += p.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += p.hour < 12 ? 'A' : 'P';
    else out += token;
  });
  return out;
}

/** The text Sheets would show for a value (a simple rendering of the common formats). */
export function displayValue(value: SheetsValue, numFmt: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateValue(value)) {
    const p = zonedParts(value, timeZone);
    const pad = (n: number) => String(n).padStart(2, '0');
    const fmt = (numFmt ?? '').toLowerCase();
    if (/[ydhs]/.test(fmt)) return formatDatePattern(p, numFmt as string);
    if (fmt.startsWith('yyyy-mm-dd')) return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    if (fmt.startsWith('dd/mm/yyyy')) return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
    if (/h/.test(fmt) && !/[dy]/.test(fmt)) return `${p.hour}:${pad(p.minute)}:${pad(p.second)}`;
    return `${p.month}/${p.day}/${p.year}`;
  }
  if (typeof value === 'number') {
    const fmt = numFmt ?? '';
    const decimals = /0\.(0+)/.exec(fmt)?.[1].length;
    let text = decimals !== undefined ? value.toFixed(decimals) : String(value);
    if (fmt.includes('#,##0')) {
      const [whole, fraction] = text.split('.');
      text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '');
    }
    if (fmt.endsWith('%')) text = `${(value * 100).toFixed(decimals ?? 0)}%`;
    return text;
  }
  return value;
}

/**
 * Calendar days. A day is a whole number of days since 1970-01-01 ("day number"), so that
 * comparisons and periods are plain integer maths. Date cells are read in the spreadsheet's
 * time zone, as Sheets shows them.
 */
import { cleanText, isDate, toLatinDigits, type Cell, type Parsed } from './values';

export type Day = number;

export const DEFAULT_TIME_ZONE = 'Asia/Phnom_Penh';
const MS_PER_DAY = 86400000;

export function dayFromParts(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(ms / MS_PER_DAY);
}

export function dayParts(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 2020-07-15 */
export function isoDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "28 September 2017" from a day number or calendar parts (month 1-12). */
export function longDate(day: Day | { year: number; month: number; day: number }): string {
  const parts = typeof day === 'number' ? dayParts(day) : day;
  return `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}

interface ZoneFormatter {
  formatter: Intl.DateTimeFormat;
  /** format() writes month, day, year, hour, minute, second as digits in that order (en-US). */
  ordered: boolean;
}

const formatters = new Map<string, ZoneFormatter>();
const PART_ORDER = 'month day year hour minute second';
const SIX_NUMBERS = /^(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)$/;

function formatterFor(timeZone: string): ZoneFormatter {
  let zone = formatters.get(timeZone);
  if (!zone) {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    const order = formatter
      .formatToParts(new Date(0))
      .filter((part) => part.type !== 'literal')
      .map((part) => part.type)
      .join(' ');
    zone = { formatter, ordered: order === PART_ORDER };
    formatters.set(timeZone, zone);
  }
  return zone;
}

/** Whether a time zone name is one the platform knows (e.g. Asia/Phnom_Penh), the one check of it. */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string) {
  const { formatter, ordered } = formatterFor(timeZone);
  // Fast path, same result: format() is the parts joined, and much cheaper than formatToParts().
  const six = ordered ? SIX_NUMBERS.exec(formatter.format(date)) : null;
  if (six) {
    const hour = Number(six[4]);
    return {
      year: Number(six[3]),
      month: Number(six[1]),
      day: Number(six[2]),
      hour: hour === 24 ? 0 : hour,
      minute: Number(six[5]),
      second: Number(six[6]),
    };
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Days of instants already converted, by time zone: date cells repeat across rows and sheets. */
const daysByZone = new Map<string, Map<number, Day>>();
const MAX_DAYS = 100000;

/** The calendar day of an instant in a time zone. */
export function dayOfDate(date: Date, timeZone: string = DEFAULT_TIME_ZONE): Day {
  const time = date.getTime();
  let days = daysByZone.get(timeZone);
  if (!days) daysByZone.set(timeZone, (days = new Map()));
  let day = days.get(time);
  if (day === undefined) {
    const parts = zonedParts(date, timeZone);
    day = dayFromParts(parts.year, parts.month, parts.day) as Day;
    if (days.size >= MAX_DAYS) days.clear();
    if (day !== undefined) days.set(time, day);
  }
  return day;
}

/** Offset of a time zone from UTC at an instant, in minutes. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The instant of a wall-clock time in a time zone. */
export function instantOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  return guess - zoneOffsetMinutes(new Date(first), timeZone) * 60000;
}

/** Days since 1899-12-30 of a date's wall clock in a time zone: how Sheets stores dates. */
export function serialOf(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (wall - Date.UTC(1899, 11, 30)) / 86400000;
}

/** The instant of a serial date (days since 1899-12-30) in a time zone. */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  return new Date(
    instantOf(
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      timeZone,
    ),
  );
}

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date from a date cell, or from text in ISO (2020-07-15) or day/month/year (15/07/2020) form,
 * Khmer digits allowed. Anything else is invalid, never guessed.
 */
export function parseDay(value: Cell, timeZone: string = DEFAULT_TIME_ZONE): Parsed<Day> {
  if (isDate(value)) {
    if (isNaN(value.getTime())) return { status: 'invalid', reason: 'not a valid date' };
    return { status: 'ok', value: dayOfDate(value, timeZone), canonical: true };
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { status: 'invalid', reason: 'not a date' };
  }
  const text = toLatinDigits(cleanText(value));
  if (text === '') return { status: 'blank' };
  let match = ISO_DATE.exec(text);
  if (match) {
    const day = dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
    return day === undefined
      ? { status: 'invalid', reason: 'no such date' }
      : { status: 'ok', value: day, canonical: false };
  }
  match = DMY_DATE.exec(text);
  if (match) {
    const day = dayFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
    return day === undefined
      ? { status: 'invalid', reason: 'no such date' }
      : { status: 'ok', value: day, canonical: false };
  }
  return { status: 'invalid', reason: 'not a date in the form 2020-07-15 or 15/07/2020' };
}

/** Today in a time zone. */
export function today(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): Day {
  return dayOfDate(now, timeZone);
}

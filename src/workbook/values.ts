/**
 * Reading cell values the way the workbook contract tolerates them: trimmed text (including
 * zero-width characters at the ends), Khmer digits, Yes/No spellings, numbers typed as text.
 * Pure functions: no service calls.
 */

/** A value as `Range.getValues()` returns it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The result of reading a typed value from a cell. */
export type Parsed<T> =
  | { status: 'blank' }
  | { status: 'ok'; value: T; canonical: boolean }
  | { status: 'invalid'; reason: string };

/** Spaces and the zero-width characters the contract trims (U+200B, U+200C, U+200D, U+FEFF). */
export const SPACE_CLASS = '[\\s\\u200B\\u200C\\u200D\\uFEFF]';
// eslint-disable-next-line no-misleading-character-class -- zero-width joiners are listed on purpose
const EDGE_SPACE = new RegExp(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`, 'g');
const KHMER_DIGIT = /[\u17E0-\u17E9]/g;
const HAS_KHMER_DIGIT = /[\u17E0-\u17E9]/;

export function isDate(value: unknown): value is Date {
  // typeof first, same result: only objects can be dates (also those of another realm).
  return (
    typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]'
  );
}

/** Whether a UTF-16 code unit is matched by SPACE_CLASS (JavaScript's \s plus the zero-width characters). */
function isEdgeSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Text of a cell, trimmed of spaces and zero-width characters at both ends; Khmer kept exactly. */
export function cleanText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // Fast path, same result: nothing to trim when neither end is a space.
    if (
      value === '' ||
      (!isEdgeSpace(value.charCodeAt(0)) && !isEdgeSpace(value.charCodeAt(value.length - 1)))
    )
      return value;
    return value.replace(EDGE_SPACE, '');
  }
  if (isDate(value)) return isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).replace(EDGE_SPACE, '');
}

export function isBlank(value: Cell): boolean {
  return cleanText(value) === '';
}

/** Khmer digits (០–៩) to Latin digits (0–9). */
export function toLatinDigits(text: string): string {
  if (!HAS_KHMER_DIGIT.test(text)) return text;
  return text.replace(KHMER_DIGIT, (d) => String(d.charCodeAt(0) - 0x17e0));
}

/** Latin digits (0–9) to Khmer digits (០–៩). */
export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
}

/** Whether the text contains at least one character of the Khmer script. */
export function hasKhmerScript(text: string): boolean {
  return /[\u1780-\u17FF\u19E0-\u19FF]/.test(text);
}

const NUMBER_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/;

/** A number from a number cell or from text such as "1,250", "១២" or " 10 ". */
export function parseNumber(value: Cell): Parsed<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { status: 'ok', value, canonical: true }
      : { status: 'invalid', reason: 'not a number' };
  }
  if (typeof value === 'boolean' || isDate(value)) return { status: 'invalid', reason: 'not a number' };
  const text = toLatinDigits(cleanText(value)).replace(/\s+/g, '');
  if (text === '') return { status: 'blank' };
  if (!NUMBER_TEXT.test(text)) return { status: 'invalid', reason: 'not a number' };
  return { status: 'ok', value: Number(text.replace(/,/g, '')), canonical: false };
}

/** A whole number (no fraction). */
export function parseWholeNumber(value: Cell): Parsed<number> {
  const parsed = parseNumber(value);
  if (parsed.status === 'ok' && !Number.isInteger(parsed.value)) {
    return { status: 'invalid', reason: 'not a whole number' };
  }
  return parsed;
}

// បាទ/ចាស is what a Khmer Yes/No dropdown lists (i18n/choices); បាទ (ចាស) as the glossary writes it.
const YES = new Set(['yes', 'y', 'true', 'បាទ', 'ចាស', 'បាទ/ចាស', 'ចាស/បាទ', 'បាទ(ចាស)']);
const NO = new Set(['no', 'n', 'false', 'ទេ']);

/** Yes/No from a checkbox (boolean), Yes/No, Y/N, TRUE/FALSE or Khmer បាទ/ចាស/ទេ (also បាទ/ចាស). */
export function parseYesNo(value: Cell): Parsed<boolean> {
  if (typeof value === 'boolean') return { status: 'ok', value, canonical: true };
  const text = cleanText(value);
  if (text === '') return { status: 'blank' };
  // Spaces inside a Khmer word do not count ("បាទ / ចាស").
  const key = hasKhmerScript(text) ? text.replace(/\s+/g, '') : text.toLowerCase();
  if (YES.has(key)) return { status: 'ok', value: true, canonical: text === 'Yes' };
  if (NO.has(key)) return { status: 'ok', value: false, canonical: text === 'No' };
  return { status: 'invalid', reason: 'not Yes or No' };
}

/**
 * A value to hand to `setValues` so that text stays the literal text: Sheets reads a leading
 * apostrophe as "this is text" and does not keep it, so "=IMPORTXML(...)", "+855 12 345 678" or
 * "012" are stored as typed, never as a formula, number or date. Other values are returned as is.
 */
export function literalCell(value: Cell): Cell {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/**
 * Formats of text columns: e-mail addresses and Cambodian phone numbers.
 *
 * Phone numbers: a trunk prefix (0, +855, or 855 / 00855 as people often type it) then 8 or 9
 * digits, the first not 0 ("012 345 678", "+855 12 345 678", "097 123 4567"). Spaces, dashes,
 * dots, brackets and Khmer digits are fine, and so is "+855 (0)12 345 678". Several numbers
 * may be given, separated by "/", "," or ";".
 */
import { cleanText, toLatinDigits } from '../workbook/values';

const EMAIL = /^[^\s@,;<>()[\]"]+@[^\s@,;<>()[\]"]+\.[^\s@,;<>()[\]".]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}

/** E-mail addresses of a cell; several allowed (separated by commas or semicolons) when `many`. */
export function badEmails(value: string, many: boolean): string[] {
  const text = cleanText(value);
  if (text === '') return [];
  const parts = many ? text.split(/[,;]/).map((part) => cleanText(part)) : [text];
  if (many && parts.every((part) => part === '')) return [text];
  return parts.filter(
    (part, i) => !(part === '' && many && i > 0) && !isEmail(part.replace(/^mailto:/i, '')),
  );
}

const PHONE_PUNCTUATION = /[\s\-.()\u00A0]/g;

/** Whether one phone number is Cambodian (see the module comment). */
export function isCambodianPhone(text: string): boolean {
  let digits = toLatinDigits(cleanText(text)).replace(/\(0\)/, '').replace(PHONE_PUNCTUATION, '');
  if (/^\+855/.test(digits)) digits = digits.slice(4);
  else if (/^00855/.test(digits)) digits = digits.slice(5);
  else if (/^855\d{8,9}$/.test(digits)) digits = digits.slice(3);
  else if (/^0/.test(digits)) digits = digits.slice(1);
  else return false;
  return /^[1-9]\d{7,8}$/.test(digits);
}

/** The numbers in a phone cell that are not Cambodian phone numbers. */
export function badPhones(value: string): string[] {
  const text = cleanText(value);
  if (text === '') return [];
  return text
    .split(/[/,;]|\s+or\s+/i)
    .map((part) => cleanText(part))
    .filter((part) => part !== '' && !isCambodianPhone(part));
}

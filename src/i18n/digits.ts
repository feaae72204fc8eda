/**
 * Digits, numbers and dates as each language writes them: Khmer documents and messages use
 * Khmer digits (០–៩) and Khmer month names ("២៨ កញ្ញា ២០១៧"); English ones keep Latin digits,
 * even for a figure that was written in Khmer digits. Pure.
 */
import { MONTH_NAMES } from '../workbook/dates';
import type { Language } from './language';

const KHMER_DIGIT = /[\u17E0-\u17E9]/g;
const LATIN_DIGIT = /[0-9]/g;

/** ០–៩ → 0–9. */
export function latinDigits(text: string): string {
  return text.replace(KHMER_DIGIT, (d) => String(d.charCodeAt(0) - 0x17e0));
}

/** 0–9 → ០–៩. */
export function khmerDigits(text: string): string {
  return text.replace(LATIN_DIGIT, (d) => String.fromCharCode(0x17e0 + Number(d)));
}

/** The text with the digits of the language (numbers written by the tool, or cited figures). */
export function digitsOf(text: string, language: Language): string {
  return language === 'km' ? khmerDigits(text) : latinDigits(text);
}

/** A whole or decimal number with thousands separators, in the language's digits: 1250 → "1,250" / "១,២៥០". */
export function formatCount(value: number, language: Language): string {
  const fixed = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digitsOf(`${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`, language);
}

/** Two digits at least, as the reference minutes count participants: 4 → "04" / "០៤". */
export function twoDigitsOf(value: number, language: Language): string {
  return digitsOf(String(value).padStart(2, '0'), language);
}

/** Khmer month names (solar calendar), មករា first. */
export const KHMER_MONTHS: readonly string[] = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
];

/** "28 September 2017" / "២៨ កញ្ញា ២០១៧" (month 1–12). */
export function longDateOf(parts: { year: number; month: number; day: number }, language: Language): string {
  const months = language === 'km' ? KHMER_MONTHS : MONTH_NAMES;
  return digitsOf(`${parts.day} ${months[parts.month - 1]} ${parts.year}`, language);
}

/** "08:00" / "០៨:០០". */
export function timeOf(time: { hour: number; minute: number }, language: Language): string {
  return digitsOf(`${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`, language);
}

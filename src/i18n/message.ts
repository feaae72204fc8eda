/**
 * How a catalogue message becomes text. Pure.
 *
 * A message has an English and a Khmer text with the same placeholders: `{name}` is replaced by
 * the parameter (a number in the language's digits, text as given); English plurals are written
 * `{count|sheet|sheets}` (the first form when count is 1, "01" included). Khmer has no plural forms.
 */
import { formatCount, latinDigits } from './digits';
import type { Language } from './language';

export interface Message {
  en: string;
  km: string;
}

export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{([A-Za-z][\w]*)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/**
 * The names a message text shows as values, sorted and without repeats: `{name}`, not the English
 * plural choices `{count|row|rows}` (Khmer has none, so a count may only choose a form).
 */
export function placeholders(text: string): string[] {
  return [
    ...new Set([...text.matchAll(PLACEHOLDER)].filter((m) => m[2] === undefined).map((m) => m[1])),
  ].sort();
}

/** Fills a message text; a placeholder without a parameter stays as written (a test catches it). */
export function fill(text: string, params: Params, language: Language): string {
  return text.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(latinDigits(String(value))) === 1 ? one : (other as string);
    return typeof value === 'number' ? formatCount(value, language) : value;
  });
}

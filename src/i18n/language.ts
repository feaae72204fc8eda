/**
 * The two languages of CBO Tracker and how people name them. Pure.
 *
 * Documents follow Settings › Language (or a Language column on Meetings / Projects for one
 * document); the interface follows Settings › Language, else the user's locale.
 */
export type Language = 'en' | 'km';

/** Spellings of each language accepted in Settings › Language and in Language columns. */
const NAMES: Record<string, Language> = {
  en: 'en',
  eng: 'en',
  english: 'en',
  អង់គ្លេស: 'en',
  km: 'km',
  kh: 'km',
  khm: 'km',
  khmer: 'km',
  ខ្មែរ: 'km',
  ភាសាខ្មែរ: 'km',
};

/** "km", "Khmer", "ខ្មែរ" → 'km'; "en", "English" → 'en'; anything else (blank included) → undefined. */
export function parseLanguage(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value
    .replace(/[\s\u200B\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();
  return NAMES[key];
}

/** The spellings parseLanguage accepts (for a validation message). */
export function languageNames(): string[] {
  return Object.keys(NAMES);
}

/** A user's locale (Session.getActiveUserLocale(): "en", "km", "km_KH", "en-GB") as a language. */
export function languageOfLocale(locale: unknown): Language {
  return typeof locale === 'string' && /^(km|kh)\b/i.test(locale.replace(/_/g, '-')) ? 'km' : 'en';
}

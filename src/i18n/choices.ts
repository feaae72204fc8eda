/**
 * The contract's fixed choices (the values the workbook holds: National, Female, Yes, km …) as a
 * reader of a language says them: ថ្នាក់ជាតិ, ស្រី, បាទ/ចាស, ខ្មែរ in Khmer. A Khmer dropdown lists
 * these words, and workbook/choices reads them back as the contract's value. Pure.
 */
import { own } from '../workbook/keys';
import type { Language } from './language';
import { localized as m, t, type Localized, type MessageKey } from './messages';

/** Each choice's message: its English text is the contract's value, its Khmer text the Khmer word. */
const WORDS: Record<string, MessageKey> = {
  National: 'choice.national',
  Provincial: 'choice.provincial',
  District: 'choice.district',
  Commune: 'choice.commune',
  Female: 'minutes.female',
  Male: 'minutes.male',
  Other: 'minutes.other',
  Yes: 'choice.yes',
  No: 'choice.no',
  en: 'choice.en',
  km: 'choice.km',
};

/** A fixed choice in a language ("National" → "ថ្នាក់ជាតិ"); anything else as given. */
export function choiceWord(value: string, language: Language): string {
  const key = own(WORDS, value);
  return key ? t(language, key) : value;
}

/** A fixed choice as a message names it: the value in English, its word in Khmer. */
export function choiceSaid(value: string): Localized {
  const key = own(WORDS, value);
  return key ? m(key) : m('text.as', { text: value });
}

/** Fixed choices one after the other ("Female, Male, Other"; in Khmer "ស្រី, ប្រុស, ផ្សេងៗ"). */
export function choicesSaid(values: readonly string[]): Localized {
  return values
    .slice(0, -1)
    .reduceRight<Localized>(
      (rest, first) => m('text.list', { first: choiceSaid(first), rest }),
      choiceSaid(values[values.length - 1] ?? ''),
    );
}

/**
 * What a dropdown of fixed choices lists: the contract's values; in Khmer the Khmer words first,
 * then the values (cells typed before keep theirs, and Sheets marks a value missing from the list).
 */
export function dropdownValues(values: readonly string[], language: Language): string[] {
  if (language !== 'km') return [...values];
  return [...new Set([...values.map((value) => choiceWord(value, language)), ...values])];
}

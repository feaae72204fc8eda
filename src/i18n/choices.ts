/**
 * The contract's fixed choices (the values the workbook holds: National, Female, km …) as a
 * reader of a language says them. The workbook keeps the contract's value; a Khmer document or a
 * Khmer dropdown help says ថ្នាក់ជាតិ, ស្រី, ខ្មែរ. Pure.
 */
import type { Language } from './language';
import { t, type MessageKey } from './messages';

const WORDS: Record<string, MessageKey> = {
  National: 'choice.national',
  Provincial: 'choice.provincial',
  District: 'choice.district',
  Commune: 'choice.commune',
  Female: 'minutes.female',
  Male: 'minutes.male',
  Other: 'minutes.other',
  en: 'choice.en',
  km: 'choice.km',
};

/** A fixed choice in a language ("National" → "ថ្នាក់ជាតិ"); anything else as given. */
export function choiceWord(value: string, language: Language): string {
  const key = WORDS[value];
  return key ? t(language, key) : value;
}

/** A choice as a dropdown help names it: the value to pick, glossed in Khmer ("Female (ស្រី)"). */
export function choiceGloss(value: string, language: Language): string {
  const word = choiceWord(value, language);
  return language === 'km' && word !== value ? `${value} (${word})` : value;
}

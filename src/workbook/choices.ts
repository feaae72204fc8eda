/**
 * The one reader of the contract's fixed choices (Gender, Level, Language …): validation,
 * indicators and their filters, documents and collect read a typed choice here. A choice is typed
 * as its contract value (Female) or as its Khmer word (ស្រី: what a Khmer dropdown lists), in a
 * workbook of either language: both are exact. Either in another case or spacing, and the
 * contract's other spellings (F, woman, ឃុំ), are read as the value with a warning. A Language
 * column reads every name of a language (Khmer, ខ្មែរ, English …) without one. The cell is never
 * rewritten: it keeps what was typed. Pure.
 */
import { choiceWord } from '../i18n/choices';
import { languageNames, parseLanguage } from '../i18n/language';
import { CHOICE_SYNONYMS, LANGUAGE_CODES } from './contract';
import { own } from './keys';
import { foldKey } from './matching';
import { cleanText, type Cell } from './values';

export interface ChoiceReading {
  /** The contract's value (Female). */
  value: string;
  /** exact: the value or its Khmer word as spelled; spelled: one of them in another case or spacing; synonym: another spelling. */
  how: 'exact' | 'spelled' | 'synonym';
}

interface Spelling {
  value: string;
  text: string;
  synonym: boolean;
}

const spellings = new WeakMap<readonly string[], Map<string, Spelling>>();

/** The spellings of a set of choices by their fold key: the values, their Khmer words, the synonyms. */
function spellingsOf(choices: readonly string[]): Map<string, Spelling> {
  let byKey = spellings.get(choices);
  if (!byKey) {
    const found = new Map<string, Spelling>();
    const add = (text: string, value: string, synonym: boolean) => {
      const key = foldKey(text);
      if (key && !found.has(key)) found.set(key, { value, text, synonym });
    };
    for (const value of choices) add(value, value, false);
    for (const value of choices) add(choiceWord(value, 'km'), value, false);
    for (const value of choices)
      for (const synonym of Object.keys(own(CHOICE_SYNONYMS, value) ?? {})) add(synonym, value, true);
    spellings.set(choices, (byKey = found));
  }
  return byKey;
}

/** A typed fixed choice read as the contract's value; undefined when it is none of them. */
export function readChoice(choices: readonly string[], typed: Cell): ChoiceReading | undefined {
  const text = cleanText(typed);
  if (choices === LANGUAGE_CODES) {
    const language = parseLanguage(text);
    if (language) return { value: language, how: 'exact' };
  }
  const spelling = spellingsOf(choices).get(foldKey(text));
  if (!spelling) return undefined;
  const how = spelling.synonym ? 'synonym' : spelling.text === text ? 'exact' : 'spelled';
  return { value: spelling.value, how };
}

/** The exact spellings of the choices (the values and their Khmer words), e.g. for a suggestion. */
export function exactSpellings(choices: readonly string[]): string[] {
  return [...spellingsOf(choices).values()].filter((s) => !s.synonym).map((s) => s.text);
}

/** Every other text read as a choice, with the value it is read as: Khmer words, synonyms, language names. */
export function choiceAliases(choices: readonly string[]): [string, string][] {
  const out: [string, string][] = [...spellingsOf(choices).values()]
    .filter((s) => s.text !== s.value)
    .map((s) => [s.text, s.value]);
  if (choices === LANGUAGE_CODES)
    for (const name of languageNames()) out.push([name, parseLanguage(name) as string]);
  return out;
}

/**
 * The one reader of fixed choices (src/workbook/choices): a value or its Khmer word is exact in a
 * workbook of either language, other spellings are read with a warning, and what a Khmer dropdown
 * lists is read back as the contract's value.
 */
import { choiceAliases, exactSpellings, readChoice } from '../../../src/workbook/choices';
import { GENDERS, LANGUAGE_CODES, LEVELS } from '../../../src/workbook/contract';
import { parseYesNo } from '../../../src/workbook/values';
import { choicesSaid, choiceWord, dropdownValues } from '../../../src/i18n/choices';
import { say } from '../../../src/i18n/messages';

describe('reading a fixed choice', () => {
  it('reads a value and its Khmer word as the value, both exact', () => {
    expect(readChoice(GENDERS, 'Female')).toEqual({ value: 'Female', how: 'exact' });
    expect(readChoice(GENDERS, 'ស្រី')).toEqual({ value: 'Female', how: 'exact' });
    expect(readChoice(GENDERS, ' ប្រុស ')).toEqual({ value: 'Male', how: 'exact' });
    expect(readChoice(GENDERS, 'ផ្សេងៗ')).toEqual({ value: 'Other', how: 'exact' });
    expect(readChoice(LEVELS, 'ថ្នាក់ជាតិ')).toEqual({ value: 'National', how: 'exact' });
    expect(readChoice(LEVELS, 'ថ្នាក់ឃុំ')).toEqual({ value: 'Commune', how: 'exact' });
  });

  it('another case or spacing is "spelled", another spelling a "synonym"', () => {
    expect(readChoice(GENDERS, 'female')).toEqual({ value: 'Female', how: 'spelled' });
    expect(readChoice(LEVELS, 'ថ្នាក់ ជាតិ')).toEqual({ value: 'National', how: 'spelled' });
    expect(readChoice(GENDERS, 'F')).toEqual({ value: 'Female', how: 'synonym' });
    expect(readChoice(GENDERS, 'នារី')).toEqual({ value: 'Female', how: 'synonym' });
    expect(readChoice(LEVELS, 'ឃុំ/សង្កាត់')).toEqual({ value: 'Commune', how: 'synonym' });
    expect(readChoice(LEVELS, 'សង្កាត់')).toEqual({ value: 'Commune', how: 'synonym' });
  });

  it('anything else is not a choice, nor is a word of another set of choices', () => {
    expect(readChoice(GENDERS, 'Unknown')).toBeUndefined();
    expect(readChoice(GENDERS, 'ថ្នាក់ជាតិ')).toBeUndefined();
    expect(readChoice(LEVELS, 'ស្រី')).toBeUndefined();
    expect(readChoice(GENDERS, '')).toBeUndefined();
    expect(readChoice(GENDERS, 'constructor')).toBeUndefined();
  });

  it('a Language column reads every name of a language, exact', () => {
    expect(readChoice(LANGUAGE_CODES, 'ខ្មែរ')).toEqual({ value: 'km', how: 'exact' });
    expect(readChoice(LANGUAGE_CODES, 'Khmer')).toEqual({ value: 'km', how: 'exact' });
    expect(readChoice(LANGUAGE_CODES, 'អង់គ្លេស')).toEqual({ value: 'en', how: 'exact' });
    expect(readChoice(LANGUAGE_CODES, 'fr')).toBeUndefined();
  });

  it('lists the aliases filters compare with (never the value itself)', () => {
    const aliases = new Map(choiceAliases(GENDERS));
    expect(aliases.get('ស្រី')).toBe('Female');
    expect(aliases.get('ផ្សេងៗ')).toBe('Other');
    expect(aliases.get('woman')).toBe('Female');
    expect(aliases.has('Female')).toBe(false);
    expect(new Map(choiceAliases(LANGUAGE_CODES)).get('ខ្មែរ')).toBe('km');
    expect(exactSpellings(LEVELS)).toEqual([...LEVELS, 'ថ្នាក់ជាតិ', 'ថ្នាក់ខេត្ត', 'ថ្នាក់ស្រុក', 'ថ្នាក់ឃុំ']);
  });
});

describe('what a Khmer dropdown lists is read back', () => {
  it('every entry of a Khmer dropdown reads as its value; an English dropdown is the values', () => {
    for (const choices of [GENDERS, LEVELS, LANGUAGE_CODES]) {
      const listed = dropdownValues(choices, 'km');
      expect(listed.length).toBe(choices.length * 2);
      expect(listed.slice(0, choices.length).every((word) => /[\u1780-\u17FF]/.test(word))).toBe(true);
      for (const word of listed) expect(choices).toContain(readChoice(choices, word)?.value);
      expect(dropdownValues(choices, 'en')).toEqual([...choices]);
    }
  });

  it('the Khmer Yes/No words are read as Yes and No', () => {
    const listed = dropdownValues(['Yes', 'No'], 'km');
    expect(listed).toEqual(['បាទ/ចាស', 'ទេ', 'Yes', 'No']);
    expect(listed.map((word) => parseYesNo(word))).toEqual([
      { status: 'ok', value: true, canonical: false },
      { status: 'ok', value: false, canonical: false },
      { status: 'ok', value: true, canonical: true },
      { status: 'ok', value: false, canonical: true },
    ]);
    expect(parseYesNo('បាទ / ចាស')).toMatchObject({ status: 'ok', value: true });
    expect(parseYesNo('ចាស')).toMatchObject({ status: 'ok', value: true });
    expect(parseYesNo('បាទ/ទេ').status).toBe('invalid');
  });

  it('the English word of each choice is the contract value itself (so English text is unchanged)', () => {
    for (const value of [...GENDERS, ...LEVELS, ...LANGUAGE_CODES, 'Yes', 'No']) {
      expect(choiceWord(value, 'en')).toBe(value);
      expect(choiceWord(value, 'km')).not.toBe(value);
    }
  });

  it('a list of choices is said in the reader’s language', () => {
    expect(say('en', choicesSaid(GENDERS))).toBe('Female, Male, Other');
    expect(say('km', choicesSaid(GENDERS))).toBe('ស្រី, ប្រុស, ផ្សេងៗ');
    expect(say('km', choicesSaid(['count', 'sum']))).toBe('count, sum');
    expect(say('en', choicesSaid(['Female']))).toBe('Female');
  });
});

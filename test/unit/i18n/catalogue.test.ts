import { MESSAGES, t, translator } from '../../../src/i18n/messages';
import { CLI_MESSAGES } from '../../../src/i18n/cli';
import { SIDEBAR_MESSAGES } from '../../../src/i18n/catalogue/sidebar';
import { fill, placeholders } from '../../../src/i18n/message';
import { parseLanguage, languageOfLocale } from '../../../src/i18n/language';
import { digitsOf, formatCount, longDateOf, timeOf, twoDigitsOf } from '../../../src/i18n/digits';

describe('message catalogue', () => {
  const entries = Object.entries({ ...MESSAGES, ...CLI_MESSAGES, ...SIDEBAR_MESSAGES }) as [
    string,
    { en: string; km: string },
  ][];

  it('has many messages, each in English and Khmer', () => {
    expect(entries.length).toBeGreaterThan(50);
    const missing = entries.filter(([, m]) => !m.en || !m.km).map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('has the same placeholders in both languages', () => {
    const differ = entries
      .filter(([, m]) => placeholders(m.en).join() !== placeholders(m.km).join())
      .map(([key, m]) => `${key}: en {${placeholders(m.en)}} km {${placeholders(m.km)}}`);
    expect(differ).toEqual([]);
  });

  it('writes Khmer text in Khmer script with no Latin digit of its own', () => {
    const latin = entries.filter(([, m]) => /[0-9]/.test(m.km)).map(([key]) => key);
    expect(latin).toEqual([]);
    const notKhmer = entries.filter(([, m]) => {
      const own = m.km.replace(/\{[^{}]*\}/g, '').trim();
      return own.length > 2 && !/[\u1780-\u17FF]/.test(own) && !/^[A-Z]{2,}$/.test(own);
    });
    // Punctuation or placeholders only (".", "{first} {then}") and acronyms (CBO) need no Khmer letters.
    expect(notKhmer.map(([key]) => key).filter((key) => !key.startsWith('text.'))).toEqual([]);
  });

  it('the checks catch a message that lacks a language or a placeholder', () => {
    expect(placeholders('Checked {rows} {rows|row|rows} in {sheet}')).toEqual(['rows', 'sheet']);
    expect(placeholders('បានពិនិត្យ {rows}')).not.toEqual(placeholders('Checked {rows} in {sheet}'));
  });
});

describe('filling messages', () => {
  it('numbers take the digits of the language, text stays as given', () => {
    expect(t('en', 'validate.checking', { count: 1250 })).toBe('Checking 1,250 CBOs…');
    expect(t('km', 'validate.checking', { count: 1250 })).toBe('កំពុងពិនិត្យ CBO ចំនួន ១,២៥០…');
    expect(fill('{name}: {n}', { name: 'KHEN 12', n: 3 }, 'km')).toBe('KHEN 12: ៣');
  });

  it('English plurals follow the count', () => {
    const say = translator('en');
    expect(say('validate.checkedIn', { rows: 1, sheet: 'CBOs' })).toBe('1 row checked in CBOs');
    expect(say('validate.checkedIn', { rows: 2, sheet: 'CBOs' })).toBe('2 rows checked in CBOs');
    expect(say('minutes.total', { count: '01' })).toBe('Total: 01 participant');
    expect(t('km', 'minutes.total', { count: '២៤' })).toBe('សរុប៖ ២៤ នាក់');
  });
});

describe('languages', () => {
  it('reads the language as people type it', () => {
    for (const text of ['km', 'KM', 'Khmer', 'ខ្មែរ', ' khmer ']) expect(parseLanguage(text)).toBe('km');
    for (const text of ['en', 'English', 'អង់គ្លេស']) expect(parseLanguage(text)).toBe('en');
    expect(parseLanguage('')).toBeUndefined();
    expect(parseLanguage('fr')).toBeUndefined();
    expect(parseLanguage(3)).toBeUndefined();
  });

  it('a Khmer locale means Khmer, any other English', () => {
    expect(languageOfLocale('km')).toBe('km');
    expect(languageOfLocale('km_KH')).toBe('km');
    expect(languageOfLocale('en_GB')).toBe('en');
    expect(languageOfLocale('fr')).toBe('en');
    expect(languageOfLocale(undefined)).toBe('en');
  });
});

describe('digits and dates', () => {
  it('writes dates as each language does', () => {
    expect(longDateOf({ year: 2017, month: 9, day: 28 }, 'km')).toBe('២៨ កញ្ញា ២០១៧');
    expect(longDateOf({ year: 2017, month: 9, day: 28 }, 'en')).toBe('28 September 2017');
    expect(timeOf({ hour: 8, minute: 0 }, 'km')).toBe('០៨:០០');
  });

  it('digits follow the language, both ways', () => {
    expect(digitsOf('16.25% (13 of 80)', 'km')).toBe('១៦.២៥% (១៣ of ៨០)');
    expect(digitsOf('១៦.២៥%', 'en')).toBe('16.25%');
    expect(formatCount(649300, 'km')).toBe('៦៤៩,៣០០');
    expect(formatCount(-1250.5, 'en')).toBe('-1,250.5');
    expect(twoDigitsOf(4, 'km')).toBe('០៤');
  });
});

describe('messages said later, in the reader language', () => {
  it('nested messages and digits follow the language', async () => {
    const { localized, digits, say } = await import('../../../src/i18n/messages');
    const range = localized('v.range.both', { min: 0, max: 2026 });
    const message = localized('v.outOfRange', { column: 'Year established', value: '2099', range });
    expect(say('en', message)).toBe('Year established "2099" is out of range: it must be from 0 to 2,026.');
    expect(say('km', message)).toBe('Year established "2099" ហួសដែនកំណត់៖ ត្រូវតែ ពី ០ ដល់ ២,០២៦។');
    const first = localized('v.duplicateId.keepFirst', { value: 'Language', first: digits(12345) });
    expect(say('en', first)).toBe('Keep one row for Language: the first (row 12345) is used.');
    expect(say('km', first)).toContain('(ជួរដេក ១២៣៤៥)');
  });

  it('a problem with catalogue text is said in Khmer; one without keeps its English', async () => {
    const { problemMessage, problemFix, severityText } = await import('../../../src/i18n/problems');
    const { localized } = await import('../../../src/i18n/messages');
    const problem = {
      message: 'Members "many" is not a number.',
      fix: 'Type a number in digits, e.g. 12 (Khmer digits are fine).',
      i18n: {
        message: localized('v.notNumber', { column: 'Members', value: 'many' }),
        fix: localized('v.notNumber.fix'),
      },
    };
    expect(problemMessage(problem, 'en')).toBe(problem.message);
    expect(problemMessage(problem, 'km')).toBe('Members "many" មិនមែនជាលេខទេ។');
    expect(problemFix(problem, 'km')).toMatch(/១២/);
    expect(problemMessage({ message: 'English only' }, 'km')).toBe('English only');
    expect(severityText('error', 'km')).toBe('កំហុស');
    expect(severityText('warning', 'en')).toBe('Warning');
  });
});

describe('partner copy notes', () => {
  it('every CBOs column of the contract has a header note', async () => {
    const { CBOS } = await import('../../../src/workbook/contract');
    const keys = Object.keys(MESSAGES);
    expect(CBOS.columns.map((c) => `column.${c.header}`).filter((key) => !keys.includes(key))).toEqual([]);
  });
});

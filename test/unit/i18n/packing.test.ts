/**
 * The packed catalogue (src/i18n/packing.ts) that build/Code.js carries unpacks into the very
 * messages of the sources: keys in their order, English and Khmer texts character for character.
 */
import { MESSAGES } from '../../../src/i18n/messages';
import { alphabetOf, packMessages, unpackMessages, type Alphabet } from '../../../src/i18n/packing';
import type { Message } from '../../../src/i18n/message';

function roundTrip(messages: Record<string, Message>, alphabet: Alphabet = alphabetOf(messages)) {
  return unpackMessages(alphabet, packMessages(messages, alphabet));
}

/** The messages as plain data, each Khmer text read (JSON reads every accessor). */
const plain = (messages: Record<string, Message>) => JSON.parse(JSON.stringify(messages));

describe('packed catalogue', () => {
  test('the whole catalogue comes back the same, in the same key order', () => {
    const back = roundTrip(MESSAGES);
    expect(Object.keys(back)).toEqual(Object.keys(MESSAGES));
    expect(plain(back)).toEqual(plain(MESSAGES));
  });

  test('packed, the Khmer texts take under half of their UTF-8 bytes, in ASCII', () => {
    const alphabet = alphabetOf(MESSAGES);
    const packed = packMessages(MESSAGES, alphabet);
    const bytes = (text: string) => Buffer.byteLength(text);
    const km = Object.values(MESSAGES as Record<string, Message>)
      .map((m) => m.km)
      .join('');
    expect(bytes(packed.km)).toBeLessThan(bytes(km) * 0.5);
    expect(packed.km).toMatch(/^[\x20-\x7e\n]*$/);
  });

  test('Latin words, placeholders, newlines and characters outside the alphabet survive', () => {
    const messages: Record<string, Message> = {
      'a.one': { en: 'Hi {name}', km: 'សួស្តី {name}! CBO, NGO\nបន្ទាត់ថ្មី ៖ 😀 “quoted” \\ end' },
      'a.two': { en: '', km: '' },
      'a.three': { en: 'x', km: 'abc ក xyz' },
      'b.very.long.shared.prefix.that.goes.beyond.thirty.five.characters.one': { en: 'p', km: 'ក' },
      'b.very.long.shared.prefix.that.goes.beyond.thirty.five.characters.two': { en: 'q', km: 'ខ' },
      '': { en: 'empty key', km: 'គ' },
    };
    expect(plain(roundTrip(messages))).toEqual(messages);
    expect(Object.keys(roundTrip(messages))).toEqual(Object.keys(messages));
    // An alphabet made for other messages (letters missing from it are written literally).
    const other = alphabetOf({ x: { en: 'x', km: 'ក' } });
    expect(plain(roundTrip(messages, other))).toEqual(messages);
    expect(roundTrip({})).toEqual({});
  });

  test('a Khmer text is spelt out when read and is then a plain, writable property', () => {
    const back = roundTrip({ k: { en: 'Validate', km: 'ពិនិត្យទិន្នន័យ' } });
    expect(Object.getOwnPropertyDescriptor(back.k, 'km')?.get).toBeDefined();
    expect(back.k.km).toBe('ពិនិត្យទិន្នន័យ');
    expect(Object.getOwnPropertyDescriptor(back.k, 'km')).toEqual({
      value: 'ពិនិត្យទិន្នន័យ',
      enumerable: true,
      writable: true,
      configurable: true,
    });
    expect(Object.keys(back.k)).toEqual(['en', 'km']);
  });

  test('refuses what it could not give back', () => {
    const alphabet = alphabetOf({ k: { en: 'a', km: 'ក' } });
    expect(() => packMessages({ k: { en: `a${alphabet.separator}b`, km: 'ក' } }, alphabet)).toThrow(
      /k contains the separator/,
    );
    expect(() => packMessages({ k: { en: 'a', km: 'ក', note: 'x' } }, alphabet)).toThrow(
      /exactly \{ en, km \}/,
    );
    expect(() => packMessages({ k: 'text' }, alphabet)).toThrow(/not a message/);
  });
});

/**
 * The catalogue as the Apps Script bundle carries it: src/tooling/build.mjs packs each module of
 * catalogue/ (not sidebar.ts or cli.ts, which the bundle does not carry) with packMessages, and the
 * bundle unpacks it with unpackMessages into the very records of the sources. Pure.
 *
 * Packed, a module is three strings (keys, English texts, Khmer texts), each joined by a separator
 * no message contains. A key is written after the number of its first characters it shares with
 * the key before it (one base-36 digit). The Khmer letters, 3 bytes each in UTF-8, are written as
 * one ASCII character each: a Khmer text starts in letter mode, where a character stands for a
 * letter of the alphabet (LETTERS, shared by all modules) and space and newline stand for
 * themselves; the escape character switches to and from literal mode (Latin words, placeholders).
 */
import type { Message } from './message';

/** The letters written as one character each, the characters that stand for them, separator and escape. */
export interface Alphabet {
  letters: string;
  codes: string;
  separator: string;
  escape: string;
}

export interface PackedMessages {
  keys: string;
  en: string;
  km: string;
}

/** Characters that never stand for a letter: quotes and backslash would cost an escape in a string literal. */
const NOT_CODES = new Set(['"', "'", '`', '\\']);
/** Separator and escape candidates, the least likely in a message first. */
const MARKS = '~^`|@#$%&*_=+<>';
const MAX_SHARED = 35;

function printableAscii(): string[] {
  const all: string[] = [];
  for (let code = 0x21; code < 0x7f; code++) all.push(String.fromCharCode(code));
  return all;
}

/** The alphabet of a catalogue: its most frequent non-ASCII characters of Khmer texts get codes. */
export function alphabetOf(messages: Record<string, Message>): Alphabet {
  const used = new Set<string>();
  const counts = new Map<string, number>();
  for (const [key, message] of Object.entries(messages)) {
    for (const text of [key, message.en, message.km]) for (const c of text) used.add(c);
    for (let i = 0; i < message.km.length; i++) {
      const c = message.km[i];
      if (c.charCodeAt(0) >= 0x80) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  // Not a letter or digit: a key's shared length is a base-36 digit before the separator.
  const marks = [...MARKS, ...printableAscii()].filter(
    (c, i, all) => all.indexOf(c) === i && !used.has(c) && !NOT_CODES.has(c) && !/[0-9A-Za-z]/.test(c),
  );
  if (marks.length < 2)
    throw new Error(
      'packMessages: the catalogue uses every ASCII character; no separator and escape are left',
    );
  const [separator, escape] = marks;
  const codes = printableAscii().filter((c) => c !== separator && c !== escape && !NOT_CODES.has(c));
  const letters = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, codes.length)
    .map(([c]) => c);
  return { letters: letters.join(''), codes: codes.slice(0, letters.length).join(''), separator, escape };
}

function checkMessage(key: string, message: unknown): asserts message is Message {
  const record = message as Record<string, unknown>;
  const fields = message && typeof message === 'object' ? Object.keys(record).sort().join(',') : '';
  if (fields !== 'en,km' || typeof record.en !== 'string' || typeof record.km !== 'string')
    throw new Error(`packMessages: ${key} is not a message of exactly { en, km } texts`);
}

/** Packs messages (in their order) with an alphabet made for them or for a catalogue holding them. */
export function packMessages(messages: Record<string, unknown>, alphabet: Alphabet): PackedMessages {
  const { letters, codes, separator, escape } = alphabet;
  const codeOf = new Map<string, string>();
  for (let i = 0; i < letters.length; i++) codeOf.set(letters[i], codes[i]);
  const keys: string[] = [];
  const en: string[] = [];
  const km: string[] = [];
  let previous = '';
  for (const [key, message] of Object.entries(messages)) {
    checkMessage(key, message);
    for (const text of [key, message.en, message.km])
      if (text.includes(separator) || text.includes(escape))
        throw new Error(`packMessages: ${key} contains the separator or escape of the alphabet`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < key.length && key[shared] === previous[shared]) shared++;
    keys.push(shared.toString(36) + key.slice(shared));
    previous = key;
    en.push(message.en);
    let packed = '';
    let literal = false;
    for (let i = 0; i < message.km.length; i++) {
      const c = message.km[i];
      const code = codeOf.get(c);
      if (c === ' ' || c === '\n') packed += c;
      else if (code !== undefined) {
        if (literal) packed += escape;
        literal = false;
        packed += code;
      } else {
        if (!literal) packed += escape;
        literal = true;
        packed += c;
      }
    }
    km.push(packed);
  }
  return { keys: keys.join(separator), en: en.join(separator), km: km.join(separator) };
}

/** A Khmer text as packMessages wrote it, in letters again. */
function khmerOf(packed: string, letterOf: Record<string, string>, escape: string): string {
  let out = '';
  let literal = false;
  for (let i = 0; i < packed.length; i++) {
    const c = packed[i];
    if (c === escape) literal = !literal;
    else if (literal || c === ' ' || c === '\n') out += c;
    else out += letterOf[c];
  }
  return out;
}

/**
 * The messages packMessages packed, in their order. A Khmer text is spelt out when first read
 * (the accessor then becomes a plain property): loading the bundle costs no more than before, and
 * an execution in English spells out none.
 */
export function unpackMessages(alphabet: Alphabet, packed: PackedMessages): Record<string, Message> {
  const { letters, codes, separator, escape } = alphabet;
  const letterOf: Record<string, string> = {};
  for (let i = 0; i < codes.length; i++) letterOf[codes[i]] = letters[i];
  if (packed.keys === '') return {};
  const keys = packed.keys.split(separator);
  const en = packed.en.split(separator);
  const km = packed.km.split(separator);
  const messages: Record<string, Message> = {};
  let previous = '';
  for (let m = 0; m < keys.length; m++) {
    const key = previous.slice(0, parseInt(keys[m][0], 36)) + keys[m].slice(1);
    previous = key;
    const text = km[m];
    messages[key] = {
      en: en[m],
      get km() {
        const value = khmerOf(text, letterOf, escape);
        Object.defineProperty(this, 'km', { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    };
  }
  return messages;
}

/**
 * The language audit's checker (test/support/language-audit.ts) on small texts: what it must find
 * in Khmer output (Latin words and digits of the tool's own, a Latin colon after a Khmer label, the
 * CLI's English kind of a dialog) and what it must leave (the user's data, a time's colon).
 */
import { foreignText, seenInOutput } from '../../support/language-audit';

const found = (texts: string[], data: string[] = [], language: 'en' | 'km' = 'km') =>
  foreignText(
    texts.map((text, i) => ({ where: `line ${i + 1}`, text })),
    data,
    language,
  ).map((f) => f.found);

test('Khmer: a Latin colon after a label or a title is the tool’s', () => {
  expect(found(['សរុប: ២៤ នាក់'])).toEqual(['":"']);
  expect(found(['[ប្រអប់សារ] ពិនិត្យទិន្នន័យ៖ គ្មានកំហុស'])).toEqual([]);
  // A contract name followed by a Latin colon: the name stays, the colon is still the tool's.
  expect(found(['Template: គ្មានគំនូសតាង'])).toEqual(['":"']);
});

test('Khmer: the colon of a time, and colons inside the user’s text, are not the tool’s', () => {
  expect(found(['ម៉ោង ០៨:០០ – ១២:០០', '២០២៦-១២-០១ ២២:២៥'], ['២៥'])).toEqual([]);
  expect(
    found(
      ['១. Chapter 1: Legalization', 'CBOs should improve in terms of:'],
      ['1. Chapter 1: Legalization', 'CBOs should improve in terms of:'],
    ),
  ).toEqual([]);
});

test('Khmer: the CLI’s English kind of a dialog is found; the Khmer one is not', () => {
  const seen = seenInOutput('[alert] ពិនិត្យទិន្នន័យ: គ្មានកំហុស\n[ប្រអប់សារ] ពិនិត្យទិន្នន័យ៖ គ្មានកំហុស', '/tmp/out');
  const words = foreignText(seen, [], 'km').map((f) => `${f.where}: ${f.found}`);
  expect(words.sort()).toEqual(['stderr line 1: ":"', 'stderr line 1: alert']);
});

test('English: the colon check does not apply', () => {
  expect(found(['Total: 24 participants'], [], 'en')).toEqual([]);
});

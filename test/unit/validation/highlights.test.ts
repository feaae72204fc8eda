import {
  chunkByBytes,
  decodeMemory,
  MEMORY_KEY,
  NOTE_PREFIX,
  userNoteOf,
  utf8Length,
} from '../../../src/validation/highlights';

describe('highlights', () => {
  test("the user's note is what follows the tool's text and a blank line", () => {
    expect(userNoteOf(`${NOTE_PREFIX}wrong\nspelling\n\nmy note\n\nsecond paragraph`)).toBe(
      'my note\n\nsecond paragraph',
    );
    expect(userNoteOf(`${NOTE_PREFIX}wrong`)).toBe('');
    expect(userNoteOf('a note of the user')).toBe('a note of the user');
  });

  test('text is cut by UTF-8 bytes, never inside a character', () => {
    const khmer = 'សហគមន៍'.repeat(1000) + '😀'.repeat(10);
    const chunks = chunkByBytes(khmer, 7000);
    expect(chunks.join('')).toBe(khmer);
    for (const chunk of chunks) {
      expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(7000);
      expect(utf8Length(chunk)).toBe(Buffer.byteLength(chunk));
    }
  });

  test('the earlier memory format is read; junk reads as no memory', () => {
    const cells = [
      [4, 2, '#00ff00', 'n'],
      [5, 2],
    ];
    const half = Math.ceil(JSON.stringify({ CBOs: { cells } }).length / 2);
    const json = JSON.stringify({ CBOs: { cells } });
    expect(
      decodeMemory({ [`${MEMORY_KEY}.0`]: json.slice(0, half), [`${MEMORY_KEY}.1`]: json.slice(half) }).CBOs
        .cells,
    ).toEqual([
      [4, 2, '#00ff00', 'n'],
      [5, 2, undefined, undefined],
    ]);
    expect(decodeMemory({ [`${MEMORY_KEY}.0`]: '{not json' })).toEqual({});
  });
});

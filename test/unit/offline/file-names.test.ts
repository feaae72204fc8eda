import { MAX_NAME_BYTES, safeFileName } from '../../../src/offline/file-names';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('offline file names', () => {
  test('reserved characters, dots and device names', () => {
    expect(safeFileName('a/b:c*?"<>|d', '.docx')).toBe('a_b_c_d.docx');
    expect(safeFileName('..hidden. ')).toBe('hidden');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('   ', '', 'Untitled')).toBe('Untitled');
  });

  test('a long Khmer title fits 255 bytes with its extension, whole letters kept, unique', () => {
    const title = 'កិច្ចប្រជុំពិគ្រោះយោបល់ស្តីពីការលើកកម្ពស់អភិបាលកិច្ចល្អ'.repeat(6);
    expect(bytes(title)).toBeGreaterThan(MAX_NAME_BYTES);
    const a = safeFileName(`M-1 ${title}`, '.docx');
    const b = safeFileName(`M-1 ${title} ២`, '.docx');
    expect(bytes(a)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(a.endsWith('.docx')).toBe(true);
    expect(a).not.toBe(b);
    // Cut between whole letters: the kept part's letters are the title's first letters.
    const kept = a.replace(/ ~[0-9a-f]{8}\.docx$/, '');
    const letters = (text: string) =>
      Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
    const all = letters(`M-1 ${title}`);
    expect(letters(kept)).toEqual(all.slice(0, letters(kept).length));
  });

  test('a long Khmer title is cut after a whole word, not inside one', () => {
    const title = 'M-2021-03 កំណត់ហេតុកិច្ចប្រជុំពិគ្រោះយោបល់ជាមួយដៃគូ ស្តីពីការលើកកម្ពស់អភិបាលកិច្ចល្អរបស់ CBO '.repeat(3);
    const kept = safeFileName(title, '.docx').replace(/ ~[0-9a-f]{8}\.docx$/, '');
    const words = Array.from(
      new Intl.Segmenter('km', { granularity: 'word' }).segment(title),
      (s) => s.segment,
    );
    let whole = '';
    const ends = new Set<string>();
    for (const word of words) ends.add((whole += word).trimEnd());
    expect(kept.length).toBeGreaterThan(40);
    expect(ends.has(kept)).toBe(true);
  });
});

/** The fast paths of the shared cell helpers give exactly what the plain regular expressions give. */
import { foldKey, Vocabulary } from '../../../src/workbook/matching';
import { cleanText, SPACE_CLASS, toLatinDigits } from '../../../src/workbook/values';

// eslint-disable-next-line no-misleading-character-class -- zero-width joiners are listed on purpose
const EDGE = new RegExp(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`, 'g');

describe('cleanText fast path', () => {
  it('trims exactly the characters the regular expression trims, at either end, for every code unit', () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}a`, `a${c}`, c, `${c}${c}`]) {
        if (cleanText(text) !== text.replace(EDGE, '')) differences.push(code.toString(16));
      }
    }
    expect(differences).toEqual([]);
  });

  it('keeps inner spaces and Khmer text exactly', () => {
    expect(cleanText('\u200B សហគមន៍ ១ \uFEFF')).toBe('សហគមន៍ ១');
    expect(cleanText('Kampong  Cham')).toBe('Kampong  Cham');
  });
});

describe('foldKey memo', () => {
  it('gives the same key on the first and later calls, for text and other cells', () => {
    const values = [' Kampong  Chàm ', 'KAMPONG CHAM', 'ខេត្ត កំពង់ចាម', '\u200BYes', 12, true, null];
    const first = values.map((v) => foldKey(v));
    expect(values.map((v) => foldKey(v))).toEqual(first);
    expect(first.slice(0, 2)).toEqual(['kampongcham', 'kampongcham']);
    expect(first[3]).toBe('yes');
  });
});

describe('Vocabulary.match memo', () => {
  it('answers a repeated look-up as the first one, exact or not, and misses too', () => {
    const vocabulary = new Vocabulary(['Kampong Cham', 'Takeo']);
    for (let n = 0; n < 2; n++) {
      expect(vocabulary.match('Kampong Cham')).toEqual({ canonical: 'Kampong Cham', exact: true });
      expect(vocabulary.match(' kampong cham')).toEqual({ canonical: 'Kampong Cham', exact: false });
      expect(vocabulary.match('Kandal')).toBeUndefined();
    }
  });
});

describe('toLatinDigits fast path', () => {
  it('returns text without Khmer digits unchanged and converts the others', () => {
    expect(toLatinDigits('CBO-001')).toBe('CBO-001');
    expect(toLatinDigits('១២/០៣/២០២០')).toBe('12/03/2020');
  });
});

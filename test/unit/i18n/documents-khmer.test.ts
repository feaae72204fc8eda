import { figureOf } from '../../../src/i18n/figures';
import { blocksData } from '../../../src/documents/blocks-data';
import { listItems, narrativeBlocks } from '../../../src/documents/text';
import {
  lineTexts,
  minutesTemplate,
  reportTemplate,
  type TemplateLine,
} from '../../../src/documents/templates';
import { participantsLine } from '../../../src/documents/minutes/model';
import { fundingLine, sectionHeading } from '../../../src/documents/report/model';

describe('Khmer-digit numbering is numbered like Latin numbering', () => {
  it('"១." and "1." make the same numbered items; "១.១" an item under an item', () => {
    const khmer = narrativeBlocks('សេចក្តីផ្តើម\n១. អភិបាលកិច្ចល្អ\n២. សមត្ថភាព\n២.១ ហិរញ្ញវត្ថុ');
    const latin = narrativeBlocks('Intro\n1. Good governance\n2. Capacity\n2.1 Finance');
    expect(khmer.map((b) => [b.kind, b.level, b.number, b.label])).toEqual(
      latin.map((b) => [b.kind, b.level, b.number, b.label]),
    );
    expect(khmer[1]).toMatchObject({ kind: 'numbered', number: 1, text: 'អភិបាលកិច្ចល្អ' });
    expect(blocksData(khmer, 'km').map((b) => b.Number)).toEqual(['', '១', '២', '២.១']);
    // Digits follow the document: a Khmer-numbered line in an English document shows "1."
    expect(blocksData(khmer, 'en').map((b) => b.Number)).toEqual(['', '1', '2', '2.1']);
  });

  it('a typed "១." is dropped from a list cell as "1." is', () => {
    expect(listItems('១. ណែនាំ\n២. ពិភាក្សា').map((item) => item.text)).toEqual(['ណែនាំ', 'ពិភាក្សា']);
  });
});

describe('figures cited in the document language', () => {
  it('a Khmer figure in an English document, and the other way round', () => {
    expect(figureOf('១៦.២៥% (១៣ នៃ ៨០)', 'en')).toBe('16.25% (13 of 80)');
    expect(figureOf('16.25% (13 of 80)', 'km')).toBe('១៦.២៥% (១៣ នៃ ៨០)');
    expect(figureOf('1,250', 'km')).toBe('១,២៥០');
    expect(figureOf('no value: no target CBOs (0 of 0)', 'km')).toBe('គ្មានតម្លៃ (០ នៃ ០)');
    expect(figureOf('គ្មានតម្លៃ (០ នៃ ០)', 'en')).toBe('no value (0 of 0)');
    expect(figureOf('គ្មានតម្លៃ៖ គ្មាន CBO ដែលត្រូវនឹង Denominator filter (០ នៃ ០)', 'en')).toBe(
      'no value (0 of 0)',
    );
  });
});

describe('Khmer words around the data', () => {
  it('participants, funding and section headings', () => {
    const counts = [
      { type: 'CBO', label: 'CBO', count: 4 },
      { type: 'LNGO', label: 'LNGO', count: 13 },
    ];
    expect(participantsLine(counts, 17, 'km')).toBe('CBO៖ ០៤ LNGO៖ ១៣ សរុប៖ ១៧ នាក់');
    expect(participantsLine(counts, 17)).toBe('CBO: 04 LNGO: 13 Total: 17 participants');
    expect(fundingLine(649300, 'EUR', ['BfdW', 'DCA'], 'km')).toBe('៦៤៩,៣០០ EUR ឧបត្ថម្ភដោយ BfdW និង DCA');
    expect(sectionHeading('Activities and results', 'km')).toBe('សកម្មភាព និងលទ្ធផល');
    expect(sectionHeading('បញ្ហាផ្សេងៗ', 'km')).toBe('បញ្ហាផ្សេងៗ');
  });
});

describe('the default templates in Khmer', () => {
  const fixedTexts = (lines: readonly TemplateLine[]) =>
    lines
      .flatMap((line) => ('paragraph' in line && line.style === 'tag' ? [] : lineTexts(line)))
      .map((text) => text.replace(/\{\{[^{}]*\}\}/g, '').trim())
      .filter((text) => text !== '');

  it('no English label or Latin digit is left', () => {
    for (const template of [minutesTemplate('km'), reportTemplate('km')]) {
      const texts = fixedTexts(template);
      expect(texts.length).toBeGreaterThan(5);
      const english = texts.filter((text) => /[0-9]|\b(?!MC\b)[A-Za-z]{2,}/.test(text));
      expect(english).toEqual([]);
    }
    // The check does catch English labels.
    expect(
      fixedTexts(minutesTemplate('en')).filter((text) => /[A-Za-z]{2,}/.test(text)).length,
    ).toBeGreaterThan(5);
  });
});

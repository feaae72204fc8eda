import { computeAll, sheetsNeeded, type SheetValues } from '../../../src/indicators/engine';
import type { Cell } from '../../../src/workbook/values';

// Values the validation accepts as the same place or choice must count as the same in figures:
// a Province typed by its Khmer name (Geography), a Level typed in Khmer (ឃុំ = Commune).
const HEADER = [
  'ID',
  'Indicator',
  'Kind',
  'Source',
  'Filter',
  'Sum of',
  'Denominator sum of',
  'Disaggregate by',
];
const indicator = (row: Cell[]) => row;

function sheets(indicators: Cell[][]): SheetValues {
  return {
    Indicators: [HEADER, ...indicators],
    CBOs: [
      ['CBO ID', 'Province', 'District', 'Members', 'Women members', 'Mapped on'],
      ['C1', 'Takéo', 'Bati', 10, 5, '2021-01-01'],
      ['C2', 'តាកែវ', 'បាទី', 20, 10, '2021-01-01'],
      ['C3', 'takeo', 'Bati', 30, 15, '2021-01-01'],
      ['C4', 'Kandal', 'Kien Svay', 40, 20, '2021-01-01'],
      ['C5', 'កណ្ដាល', 'Kien Svay', 50, 25, '2021-01-01'],
      ['C6', 'Kandal', 'Kien Svay', 'about 60', 30, '2021-01-01'],
    ],
    Advocacy: [
      ['CBO ID', 'Date', 'Level', 'Authority', 'Issue'],
      ['C1', '2021-02-01', 'Commune', 'CC', 'Land'],
      ['C2', '2021-02-01', 'ឃុំ', 'CC', 'Land'],
      ['C3', '2021-02-01', 'ស្រុក', 'DC', 'Land'],
      ['C4', '2021-02-01', 'district', 'DC', 'Land'],
    ],
    Geography: [
      ['Province', 'District', 'Province (Khmer)', 'District (Khmer)'],
      ['Takéo', 'Bati', 'តាកែវ', 'បាទី'],
      ['Kandal', 'Kien Svay', 'កណ្តាល', 'កៀនស្វាយ'],
    ],
  };
}

function figures(rows: Cell[][]) {
  const run = computeAll({ sheets: sheets(rows.map(indicator)), now: new Date(0) });
  return run.results.map((r) => [r.breakdown ? Object.values(r.breakdown).join('/') : '', r.numerator]);
}

describe('figures read places and choices as the validation does', () => {
  it('a Khmer province name counts in the English name’s group', () => {
    expect(figures([['P', 'By province', 'count', 'CBOs', '', '', '', 'Province']])).toEqual([
      ['', 6],
      ['Kandal', 3],
      ['Takéo', 3],
    ]);
  });

  it('a filter on a place matches its Khmer name, and a Khmer literal its English name', () => {
    expect(figures([['P', 'Takeo', 'count', 'CBOs', '[Province] = "Takeo"']])).toEqual([['', 3]]);
    expect(figures([['P', 'Takeo', 'count', 'CBOs', '[Province] = "តាកែវ"']])).toEqual([['', 3]]);
    expect(figures([['P', 'Bati', 'count', 'CBOs', '[District] in ("Bati", "Kampot")']])).toEqual([['', 3]]);
  });

  it('a choice typed in Khmer counts with its canonical value', () => {
    expect(figures([['L', 'By level', 'count', 'Advocacy', '', '', '', 'Level']])).toEqual([
      ['', 4],
      ['District', 2],
      ['Commune', 2],
    ]);
    expect(figures([['L', 'Commune', 'count', 'Advocacy', '[Level] = Commune']])).toEqual([['', 2]]);
  });

  it('Geography is read when a filter names a place column', () => {
    expect(sheetsNeeded([HEADER, ['P', 'x', 'count', 'CBOs', '[province] = Kandal']])).toContain('Geography');
  });
});

describe('percent of sums', () => {
  it('a row whose denominator value cannot be read is left out of the numerator too', () => {
    const run = computeAll({
      sheets: sheets([['W', 'Women', 'percent', 'CBOs', '', 'Women members', 'Members']]),
      now: new Date(0),
    });
    expect(run.results[0]).toMatchObject({ numerator: 75, denominator: 150, value: 50 });
  });
});

describe('fixed choices typed in Khmer count as their value', () => {
  const cbos: Cell[][] = [
    ['CBO ID', 'Leader gender', 'Target', 'Mapped on'],
    ['C1', 'Female', 'Yes', '2021-01-01'],
    ['C2', 'ស្រី', 'បាទ/ចាស', '2021-01-01'],
    ['C3', 'female', 'ចាស', '2021-01-01'],
    ['C4', 'ប្រុស', 'ទេ', '2021-01-01'],
    ['C5', 'ផ្សេងៗ', 'No', '2021-01-01'],
  ];
  const run = (filter: string, by = '') =>
    computeAll({
      sheets: { Indicators: [HEADER, ['G', 'x', 'count', 'CBOs', filter, '', '', by]], CBOs: cbos },
      now: new Date(0),
    }).results.map((r) => [r.breakdown ? Object.values(r.breakdown).join('/') : '', r.numerator]);

  it('a filter on an English value counts the Khmer cells, and a Khmer literal the English ones', () => {
    expect(run('[Leader gender] = Female')).toEqual([['', 3]]);
    expect(run('[Leader gender] = "ស្រី"')).toEqual([['', 3]]);
    expect(run('[Leader gender] in (Male, Other)')).toEqual([['', 2]]);
    expect(run('[Leader gender] = "ផ្សេងៗ"')).toEqual([['', 1]]);
    expect(run('[Target] = Yes')).toEqual([['', 3]]);
    expect(run('[Target] = "ទេ"')).toEqual([['', 2]]);
    expect(run('[Target] = "បាទ/ចាស"')).toEqual([['', 3]]);
  });

  it('a breakdown groups a value with its Khmer word, under the value', () => {
    expect(run('', 'Leader gender')).toEqual([
      ['', 5],
      ['Female', 3],
      ['Male', 1],
      ['Other', 1],
    ]);
  });
});

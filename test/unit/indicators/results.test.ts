import { computeAll } from '../../../src/indicators/engine';
import {
  breakdownText,
  explanationSheetRows,
  latestDisplays,
  latestResultsFromValues,
  parseBreakdown,
  RESULTS_HEADER,
  resultSheetRows,
} from '../../../src/indicators/results';
import { formatNumber, formatPercent, roundTo } from '../../../src/indicators/display';

const inputs: Parameters<typeof computeAll>[0] = {
  now: new Date('2026-11-23T03:00:00Z'),
  sheets: {
    CBOs: [
      ['CBO ID', 'Province', 'Sector', 'Target', 'Mapped on'],
      ['001', 'Kandal', 'Youth, women', 'Yes', '2020-01-01'],
      ['002', 'Takeo', 'Farmers', 'No', '2020-01-01'],
    ],
    Indicators: [
      [
        'ID',
        'Indicator',
        'Kind',
        'Source',
        'Filter',
        'Denominator filter',
        'Disaggregate by',
        'Target',
        'Period start',
      ],
      [
        'IND-1',
        'Target share',
        'percent',
        'CBOs',
        '[Target] = Yes',
        '',
        'Province, Sector',
        80,
        '2020-01-01',
      ],
      ['IND-2', 'Broken', 'count', 'CBOs', '[Provnce] = x', '', '', '', ''],
      ['IND-3', 'Mapped', 'count', 'CBOs', '', '', '', '', ''],
    ],
  },
};
const run = computeAll(inputs);

describe('Indicator results sheet', () => {
  test('rows in the order of the Indicators sheet, failed indicators saying why', () => {
    const rows = resultSheetRows(run);
    expect(rows.map((r) => [r[0], r[2], r[6]])).toEqual([
      ['IND-1', '', '50.00% (1 of 2)'],
      ['IND-1', 'Province = Kandal, Sector = Youth, women', '100.00% (1 of 1)'],
      ['IND-1', 'Province = Takeo, Sector = Farmers', '0.00% (0 of 1)'],
      ['IND-2', '', 'Not computed: unknown column [Provnce] in Filter'],
      ['IND-3', '', '2'],
    ]);
    expect(rows[0]).toEqual([
      'IND-1',
      'Target share',
      '',
      1,
      2,
      50,
      '50.00% (1 of 2)',
      '',
      80,
      62.5,
      '2020-01-01 –',
      '2026-11-23 10:00',
    ]);
    expect(rows.every((r) => r.length === RESULTS_HEADER.length)).toBe(true);
  });

  test('reads back into results; breakdowns parse even with commas in values', () => {
    const values = [[...RESULTS_HEADER], ...resultSheetRows(run)];
    const latest = latestResultsFromValues(values);
    expect(latest[0]).toMatchObject({
      id: 'IND-1',
      breakdown: null,
      numerator: 1,
      denominator: 2,
      value: 50,
      target: 80,
      failed: false,
    });
    expect(latest[1].breakdown).toEqual({ Province: 'Kandal', Sector: 'Youth, women' });
    expect(latest[3]).toMatchObject({ id: 'IND-2', failed: true, value: null });
    expect(latestDisplays(values).get('IND-1')).toBe('50.00% (1 of 2)');
    expect(latestDisplays(values).get('IND-3')).toBe('2');
    expect(latestResultsFromValues(undefined)).toEqual([]);
    expect(parseBreakdown(breakdownText({ A: 'x', 'B c': 'y = z' }))).toEqual({ A: 'x', 'B c': 'y = z' });
  });

  test('Indicator rows list sheet, row and key, with a cap', () => {
    const rows = explanationSheetRows(run);
    expect(rows[0]).toEqual([
      'IND-1',
      'Province = Kandal, Sector = Youth, women',
      'Numerator',
      'CBOs',
      2,
      '001',
      '',
    ]);
    const capped = explanationSheetRows(computeAll({ ...inputs, maxExplainedRows: 2 }));
    expect(capped).toHaveLength(3);
    expect(capped[2][5]).toBe(`… ${run.rows.length - 2} more rows not listed (at most 2 are)`);
  });
});

describe('display', () => {
  test('thousands separators, fixed decimals, Khmer digits', () => {
    expect(formatNumber(1250)).toBe('1,250');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(-1250)).toBe('-1,250');
    expect(formatPercent(16.25, 1250, 8000, 2)).toBe('16.25% (1,250 of 8,000)');
    expect(formatPercent(16.25, 13, 80, 2, 'km')).toBe('១៦.២៥% (១៣ នៃ ៨០)');
    expect(formatNumber(1250, 0, 'km')).toBe('១,២៥០');
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo((2 / 3) * 100, 1)).toBe(66.7);
  });
});

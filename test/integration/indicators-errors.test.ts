/**
 * Through build/Code.js: what Validate data calls an error is not in the figures Compute
 * indicators writes for donors, and the run says which rows it left out.
 */
import type { Cell } from '../../src/workbook/values';
import { openWorkbook, sheetValues } from '../support/runtime';

const CBO_HEADER = [
  'CBO ID',
  'CBO name',
  'Province',
  'District',
  'Sector',
  'Members',
  'Women members',
  'Mapped on',
];
const cbo = (id: string, province: string, members: Cell, women: Cell): Cell[] => [
  id,
  `Group ${id}`,
  province,
  'Kien Svay',
  'Youth',
  members,
  women,
  '2020-03-01',
];

describe('Compute indicators leaves out what Validate data rejects', () => {
  test('Members 12.5 and a misspelt province are not counted; a Target "twenty" is no target', async () => {
    const runtime = await openWorkbook({
      CBOs: [
        CBO_HEADER,
        cbo('C1', 'Kandal', 10, 4),
        cbo('C2', 'Takeo', 20, 10),
        cbo('C3', 'Kandal', 12.5, 6),
        cbo('C4', 'Kandaal', 10, 5),
      ],
      Geography: [
        ['Province', 'District'],
        ['Kandal', 'Kien Svay'],
        ['Takeo', 'Kien Svay'],
      ],
      Lists: [['Sector'], ['Youth']],
      Settings: [
        ['Setting', 'Value'],
        ['Time zone', 'Asia/Phnom_Penh'],
      ],
      Indicators: [
        ['ID', 'Indicator', 'Kind', 'Source', 'Sum of', 'Denominator sum of', 'Disaggregate by', 'Target'],
        ['IND-1', "Women's share", 'percent', 'CBOs', 'Women members', 'Members', '', 50],
        ['IND-2', 'CBOs by province', 'count', 'CBOs', '', '', 'Province', 'twenty'],
      ],
    });
    const validation = runtime.run('validateData', { quiet: true }) as {
      problems: { severity: string; sheet: string; row: number | null; column: string | null }[];
    };
    const errors = validation.problems
      .filter((p) => p.severity === 'error' && p.sheet === 'CBOs' && p.row !== null && p.row > 1)
      .map((p) => [p.row, p.column]);
    expect(errors).toEqual([
      [4, 'Members'],
      [5, 'Province'],
    ]);

    const outcome = runtime.run('computeIndicators', { quiet: true }) as {
      problems: { indicator: string; code: string; severity: string; column: string; message: string }[];
      summary: { message: string };
    };
    const results = sheetValues(runtime, 'Indicator results')
      .slice(1)
      .map((r) => [r[0], r[2], r[6], r[8]]);
    expect(results).toEqual([
      // C1, C2 and C4 (C4's Province is not read by IND-1): 19 of 40.
      ['IND-1', '', '47.50% (19 of 40)', 50],
      ['IND-2', '', '3', ''],
      ['IND-2', 'Province = Kandal', '2', ''],
      ['IND-2', 'Province = Takeo', '1', ''],
    ]);
    const leftOut = outcome.problems.filter((p) => p.code === 'rows-with-errors-left-out');
    expect(leftOut.map((p) => [p.indicator, p.message])).toEqual([
      ['IND-1', '1 row of CBOs was not counted: Validate data finds errors in Members (row 4)'],
      ['IND-2', '1 row of CBOs was not counted: Validate data finds errors in Province (row 5)'],
    ]);
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({
        indicator: 'IND-2',
        severity: 'error',
        column: 'Target',
        code: 'invalid-number',
      }),
    );
    expect(outcome.summary.message).toContain(
      '2 source rows with errors in the columns counted were left out',
    );
  });
});

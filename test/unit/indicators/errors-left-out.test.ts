/**
 * The figures leave out exactly the cells Validate data calls errors in the columns an indicator
 * reads (the same rules: src/validation), and say how many rows and which.
 */
import { computeAll, type IndicatorRun, type SheetValues } from '../../../src/indicators/engine';
import { runMessage } from '../../../src/indicators/compute-indicators';
import { withUnit } from '../../../src/documents/report/iptt';
import { errorCells } from '../../../src/validation/problems';
import { validateWorkbook } from '../../../src/validation/rules';
import { CBOS, GEOGRAPHY, LISTS, ADVOCACY } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const INDICATOR_HEADER = [
  'ID',
  'Indicator',
  'Kind',
  'Source',
  'Filter',
  'Denominator filter',
  'Sum of',
  'Denominator sum of',
  'Disaggregate by',
  'Period start',
  'Period end',
  'Baseline',
  'Target',
];
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

/** Row 2 onwards; each [id, province, members, women]. */
function cbos(rows: [string, string, Cell, Cell][]): Cell[][] {
  return [
    CBO_HEADER,
    ...rows.map(([id, province, members, women]) => [
      id,
      `CBO ${id}`,
      province,
      'Kien Svay',
      'Youth',
      members,
      women,
      '2020-01-01',
    ]),
  ];
}

const GEOGRAPHY_VALUES: Cell[][] = [
  ['Province', 'District'],
  ['Kandal', 'Kien Svay'],
  ['Takeo', 'Kien Svay'],
];
const LISTS_VALUES: Cell[][] = [
  ['Sector', 'Issue'],
  ['Youth', 'Budget'],
];

const GOOD: [string, string, Cell, Cell][] = [
  ['C1', 'Kandal', 10, 6],
  ['C2', 'Takeo', 20, 8],
];

function run(
  cboRows: [string, string, Cell, Cell][],
  definition: Record<string, Cell>,
  extra: SheetValues = {},
): IndicatorRun {
  return computeAll({
    sheets: {
      CBOs: cbos(cboRows),
      Geography: GEOGRAPHY_VALUES,
      Lists: LISTS_VALUES,
      Indicators: [INDICATOR_HEADER, INDICATOR_HEADER.map((h) => definition[h] ?? '')],
      ...extra,
    },
    timeZone: 'Asia/Phnom_Penh',
    now: new Date('2026-11-23T03:00:00Z'),
  });
}

const total = (result: IndicatorRun) => result.results.find((r) => r.breakdown === null);
const percent = {
  ID: 'P',
  Indicator: 'Women',
  Kind: 'percent',
  Source: 'CBOs',
  'Sum of': 'Women members',
  'Denominator sum of': 'Members',
};
const byProvince = {
  ID: 'N',
  Indicator: 'By province',
  Kind: 'count',
  Source: 'CBOs',
  'Disaggregate by': 'Province',
};
const sumMembers = { ID: 'S', Indicator: 'Members', Kind: 'sum', Source: 'CBOs', 'Sum of': 'Members' };

describe('rows with errors in the columns an indicator reads are left out', () => {
  test.each([
    // [case, bad row, definition, value with the bad row left out, rows left out]
    ['a fraction in a whole-number sum', ['C3', 'Kandal', 12.5, 6], percent, 46.67, [4]],
    ['text in a number column', ['C3', 'Kandal', 'twelve', 6], sumMembers, 30, [4]],
    ['women above members', ['C3', 'Kandal', 5, 9], percent, 46.67, [4]],
    ['a province not in Geography', ['C3', 'Kandaal', 10, 6], byProvince, 2, [4]],
    ['a repeated CBO ID', ['C1', 'Kandal', 10, 6], sumMembers, 30, [4]],
  ] as const)('%s', (_case, bad, definition, value, leftOut) => {
    const rows = [...GOOD, bad as unknown as [string, string, Cell, Cell]];
    const result = run(rows, definition);
    expect(total(result)?.value).toBe(value);
    expect(result.summary.rowsLeftOut).toBe(leftOut.length);
    const problem = result.problems.find((p) => p.code === 'rows-with-errors-left-out');
    expect(problem).toMatchObject({ severity: 'warning', sheet: 'Indicators', row: 2 });
    expect(problem?.message).toContain(`1 row of CBOs was not counted`);
    expect(problem?.message).toContain(`(row ${leftOut.join(', ')})`);
    // Exactly what Validate data calls errors, by the same rules.
    const tables = {
      CBOs: Table.fromValues(CBOS.name, CBOS, cbos(rows)),
      Geography: Table.fromValues(GEOGRAPHY.name, GEOGRAPHY, GEOGRAPHY_VALUES),
      Lists: Table.fromValues(LISTS.name, LISTS, LISTS_VALUES),
    };
    const validation = validateWorkbook({ tables, timeZone: 'Asia/Phnom_Penh', today: 20000 });
    const flagged = new Set(
      // Data rows (row 1: the columns this small sheet lacks).

      [...(errorCells(validation.problems).get('CBOs')?.values() ?? [])].flatMap((s) =>
        [...s].filter((row) => row > 1),
      ),
    );
    expect([...flagged]).toEqual([...leftOut]);
    // Without the bad row the figures are the same.
    expect(total(run(GOOD, definition))?.value).toBe(value);
  });

  test('a misspelt province gets no breakdown row of its own', () => {
    const result = run([...GOOD, ['C3', 'Kandaal', 10, 6]], byProvince);
    const labels = result.results.filter((r) => r.breakdown).map((r) => r.breakdown?.Province);
    expect(labels).toEqual(['Kandal', 'Takeo']);
  });

  test('a blank required cell is read as blank, not left out', () => {
    const result = run([...GOOD, ['C3', 'Kandal', '', 6]], {
      ID: 'B',
      Indicator: 'No members',
      Kind: 'count',
      Source: 'CBOs',
      Filter: '[Members] is blank',
    });
    expect(total(result)?.value).toBe(1);
    expect(result.summary.rowsLeftOut).toBe(0);
  });

  test('advocacy for a CBO ID that CBOs does not have is not counted', () => {
    const advocacy: Cell[][] = [
      ['CBO ID', 'Date', 'Level', 'Authority', 'Issue'],
      ['C1', '2020-01-01', 'Commune', 'Council', 'Budget'],
      ['C9', '2020-01-01', 'Commune', 'Council', 'Budget'],
    ];
    const result = run(
      GOOD,
      { ID: 'A', Indicator: 'Actions', Kind: 'count', Source: 'Advocacy' },
      { [ADVOCACY.name]: advocacy },
    );
    expect(total(result)?.value).toBe(1);
    const has = run(
      GOOD,
      {
        ID: 'H',
        Indicator: 'Advocated',
        Kind: 'count',
        Source: 'CBOs',
        Filter: 'has Advocacy',
        'Period start': '2020-01-01',
        'Period end': '2031-12-31',
      },
      {
        [ADVOCACY.name]: [...advocacy, ['C2', '2030-01-01', 'Commune', 'Council', 'Budget']],
      },
    );
    // C2's only action in the period is dated in the future (an error): C2 has not advocated.
    expect(total(has)?.value).toBe(1);
  });

  test('several rows: the message counts them in the plural; the run message too', () => {
    const result = run([...GOOD, ['C3', 'Kandal', 'x', 6], ['C4', 'Kandal', 1.5, 6]], sumMembers);
    expect(result.problems.find((p) => p.code === 'rows-with-errors-left-out')?.message).toMatch(
      /^2 rows of CBOs were not counted: Validate data finds errors in Members \(rows 4, 5\)$/,
    );
    expect(runMessage(result, 'en')).toContain(
      '2 source rows with errors in the columns counted were left out',
    );
    expect(runMessage(result, 'km')).toMatch(/[\u1780-\u17ff]/);
  });
});

describe('a Target or Baseline that is not a number', () => {
  test.each([
    ['Target', { Target: 'twenty' }, { target: null, baseline: 5 }],
    ['Baseline', { Baseline: 'a few', Target: 40 }, { target: 40, baseline: null }],
  ])(
    '%s: an error on the Indicators row, shown as missing; the figure is computed',
    (column, cells, expected) => {
      const result = run(GOOD, { ...sumMembers, Baseline: 5, ...cells });
      expect(result.summary.failed).toEqual([]);
      expect(total(result)).toMatchObject({ value: 30, ...expected });
      expect(result.problems).toContainEqual(
        expect.objectContaining({ severity: 'error', column, code: 'invalid-number', row: 2 }),
      );
    },
  );

  test.each([
    ['twenty', 'count', 'CBOs', ''],
    ['', 'count', 'CBOs', ''],
    [40, 'count', 'CBOs', '40 CBOs'],
    [20, 'percent', '', '20%'],
  ])('the IPTT shows %p as %p', (value, kind, unit, shown) => {
    expect(withUnit(value, kind, unit)).toBe(shown);
  });
});

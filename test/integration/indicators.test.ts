/** Compute indicators through build/Code.js in the offline runtime: what the user sees in the workbook. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import type { Cell } from '../../src/workbook/values';
import { openWorkbook, openWorkbookFile, sheetValues, tempDir, type SheetRows } from '../support/runtime';

interface Outcome {
  results: {
    id: string;
    breakdown: Record<string, string> | null;
    numerator: number;
    denominator: number | null;
    value: number | null;
    display: string;
  }[];
  problems: {
    severity: string;
    indicator: string;
    row: number;
    column: string;
    code: string;
    message: string;
  }[];
  summary: { message: string; failed: { id: string; reason: string }[]; rowsWithErrors: number | null };
}

const INDICATOR_HEADER = [
  'ID',
  'Indicator',
  'Kind',
  'Source',
  'Filter',
  'Denominator filter',
  'Disaggregate by',
  'Period start',
  'Period end',
  'Target',
];

/** n CBOs: every 4th is a target CBO, every 8th advocated in 2020 and once more in 2019. */
function workbook(n: number): SheetRows {
  const cbos: Cell[][] = [
    [
      'CBO ID',
      'CBO name',
      'Province',
      'Sector',
      'Members',
      'Target',
      'Advocacy plan',
      'Mapped on',
      'Field officer',
    ],
  ];
  const advocacy: Cell[][] = [['CBO ID', 'Date', 'Level', 'Authority', 'Issue']];
  for (let i = 0; i < n; i++) {
    const id = `CBO-${String(i + 1).padStart(4, '0')}`;
    cbos.push([
      id,
      `Group ${i}`,
      i % 2 ? 'Kandal' : 'kandal',
      i % 3 ? 'Youth' : 'Women',
      10 + (i % 5),
      i % 4 === 0 ? 'Yes' : 'No',
      i % 8 === 0 ? 'Y' : 'N',
      new Date(Date.UTC(2020, i % 12, 1)),
      `Officer ${i % 3}`,
    ]);
    if (i % 8 === 0)
      advocacy.push(
        [id, '2020-06-01', 'Commune', 'Commune council', 'Budget'],
        [id, '2019-06-01', 'District', 'District office', 'Budget'],
      );
  }
  return {
    CBOs: cbos,
    Advocacy: advocacy,
    Settings: [
      ['Setting', 'Value'],
      ['Time zone', 'Asia/Phnom_Penh'],
    ],
    Indicators: [
      INDICATOR_HEADER,
      ['IND-1', 'CBOs mapped', 'count', 'CBOs', '', '', '', '', '', ''],
      [
        'IND-2',
        'Target CBOs that advocated in 2020',
        'percent',
        'CBOs',
        'has Advocacy',
        '[Target] = Yes',
        'Province',
        '2020-01-01',
        '2020-12-31',
        20,
      ],
      ['IND-3', 'Broken', 'count', 'CBOs', '[Provnce] = "Kandal"', '', '', '', '', ''],
      ['IND-4', 'Actions by level', 'count', 'Advocacy', '', '', 'Level', '', '', ''],
    ],
  };
}

describe('Compute indicators', () => {
  test('writes Indicator results and Indicator rows, keeps input sheets, alerts a summary', async () => {
    const sheets = workbook(16);
    const before = JSON.stringify(
      sheets.CBOs.map((row) => row.map((c) => (c instanceof Date ? c.toISOString() : c))),
    );
    const runtime = await openWorkbook(sheets);
    const outcome = runtime.run('computeIndicators') as Outcome;

    const results = sheetValues(runtime, 'Indicator results');
    expect(results[0]).toEqual([
      'ID',
      'Indicator',
      'Breakdown',
      'Numerator',
      'Denominator',
      'Value',
      'Display',
      'Baseline',
      'Target',
      'Progress to target',
      'Period',
      'Computed at',
    ]);
    const rows = results.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[8], r[10]]);
    // Target CBOs: 0, 4, 8, 12; advocated in 2020: 0 and 8.
    expect(rows).toEqual([
      ['IND-1', '', 16, '', 16, '16', '', ''],
      ['IND-2', '', 2, 4, 50, '50.00% (2 of 4)', 20, '2020-01-01 – 2020-12-31'],
      ['IND-2', 'Province = kandal', 2, 4, 50, '50.00% (2 of 4)', '', '2020-01-01 – 2020-12-31'],
      ['IND-3', '', '', '', '', 'Not computed: unknown column [Provnce] in Filter', '', ''],
      ['IND-4', '', 4, '', 4, '4', '', ''],
      ['IND-4', 'Level = District', 2, '', 2, '2', '', ''],
      ['IND-4', 'Level = Commune', 2, '', 2, '2', '', ''],
    ]);
    expect(String(results[1][11])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const explained = sheetValues(runtime, 'Indicator rows');
    expect(explained[0]).toEqual(['ID', 'Breakdown', 'Part', 'Sheet', 'Row', 'Key', 'Value']);
    const numerator = explained
      .filter((r) => r[0] === 'IND-2' && r[2] === 'Numerator')
      .map((r) => [r[4], r[5]]);
    expect(numerator).toEqual([
      [2, 'CBO-0001'],
      [10, 'CBO-0009'],
    ]);

    // Input sheets untouched (the user column too).
    const after = sheetValues(runtime, 'CBOs').map((row) =>
      row.map((c) => (c instanceof Date ? c.toISOString() : c)),
    );
    expect(JSON.stringify(after)).toBe(before);

    expect(outcome.summary.message).toMatch(
      /^3 indicators computed, 1 failed: IND-3 \(unknown column \[Provnce\] in Filter\)/,
    );
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({ indicator: 'IND-3', row: 4, column: 'Filter', code: 'unknown-column' }),
    );
    expect(outcome.results.find((r) => r.id === 'IND-2' && r.breakdown?.Province)).toMatchObject({
      breakdown: { Province: 'kandal' },
    });
    const alert = runtime.ui.events.find((event) => event.kind === 'alert');
    expect(alert?.text).toMatch(/3 indicators computed, 1 failed: IND-3/);
  });

  test('a second run rebuilds the results sheets instead of appending', async () => {
    const runtime = await openWorkbook(workbook(8));
    runtime.run('computeIndicators', { quiet: true });
    const first = sheetValues(runtime, 'Indicator results').length;
    runtime.run('computeIndicators', { quiet: true });
    expect(sheetValues(runtime, 'Indicator results')).toHaveLength(first);
  });

  test('service calls do not grow with the number of rows', async () => {
    const calls = async (n: number) => {
      const runtime = await openWorkbook(workbook(n));
      runtime.run('computeIndicators', { quiet: true });
      return runtime.lastRun!.serviceCalls;
    };
    const small = await calls(20);
    const large = await calls(400);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const exampleTest = fs.existsSync(EXAMPLE) ? test : test.skip;

describe('the example workbook', () => {
  exampleTest(
    'gives the reference report figures: 621, 63, 16.25% (13 of 80), and the breakdowns',
    async () => {
      const runtime = await openWorkbookFile(EXAMPLE);
      const outcome = runtime.run('computeIndicators', { quiet: true }) as Outcome;
      expect(outcome.summary.failed).toEqual([]);
      const totals = outcome.results.filter((r) => r.breakdown === null);
      const displays = totals.map((r) => r.display);
      expect(displays).toContain('621');
      expect(displays).toContain('63');
      expect(displays).toContain('16.25% (13 of 80)');
      const byColumns = (columns: string) =>
        outcome.results.filter((r) => r.breakdown && Object.keys(r.breakdown).join(',') === columns);
      expect(byColumns('Province').length).toBeGreaterThan(1);
      expect(byColumns('Level').length).toBeGreaterThan(1);
      // Each breakdown adds up to its total.
      for (const total of totals) {
        const parts = outcome.results.filter((r) => r.id === total.id && r.breakdown !== null);
        if (parts.length === 0 || total.denominator !== null) continue;
        expect(parts.reduce((sum, r) => sum + r.numerator, 0)).toBe(total.numerator);
      }
      // A percent of sums (Women members of Members) is computed.
      expect(totals.some((r) => r.denominator !== null && r.denominator > 1000)).toBe(true);
      const sheet = sheetValues(runtime, 'Indicator results');
      expect(sheet.some((row) => row[6] === '16.25% (13 of 80)' && row[2] === '')).toBe(true);
    },
  );

  exampleTest('the CLI prints the headline figures, and JSON with results and problems', () => {
    const cli = path.join(REPO_ROOT, 'build', 'node', 'cli.cjs');
    const out = tempDir();
    const human = spawnSync(process.execPath, [cli, 'indicators', EXAMPLE, '--out', out], {
      encoding: 'utf8',
    });
    expect(human.status).toBe(0);
    expect(human.stderr).toMatch(/^IND-1\.3 +Share of target CBOs.* {2}16\.25% \(13 of 80\)$/m);
    const json = JSON.parse(
      execFileSync(process.execPath, [cli, 'indicators', EXAMPLE, '--out', out, '--json'], {
        encoding: 'utf8',
      }),
    ) as Outcome & { output: string };
    expect(json.results.find((r) => r.display === '16.25% (13 of 80)')).toMatchObject({
      numerator: 13,
      denominator: 80,
      value: 16.25,
      breakdown: null,
    });
    expect(Array.isArray(json.problems)).toBe(true);
    expect(fs.existsSync(json.output)).toBe(true);
    expect(path.dirname(json.output)).toBe(path.resolve(out));
  });
});

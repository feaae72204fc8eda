/** Pure parts of the sidebar: the dashboard model, job budgets and saved cursors, the google.script.run rules, templates. */
import { dashboardOf, MAX_BARS } from '../../../src/sidebar/dashboard';
import {
  DEFAULT_STEP_BUDGET_MS,
  MAX_STEP_BUDGET_MS,
  jobNamed,
  stepBudget,
  JOB_NAMES,
} from '../../../src/jobs/registry';
import {
  jobKey,
  loadJob,
  MAX_SAVED_BYTES,
  problemsThatFit,
  progressOf,
  saveJob,
} from '../../../src/jobs/saved';
import { illegalForScriptRun } from '../../../src/offline/commands/ui';
import { compileTemplate } from '../../../src/offline/services/html';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { LatestResult } from '../../../src/indicators/results';
import type { Problem } from '../../../src/workbook/problem';

function result(partial: Partial<LatestResult>): LatestResult {
  return {
    id: 'IND-1',
    indicator: 'CBOs',
    breakdown: null,
    numerator: 0,
    denominator: null,
    value: 0,
    display: '0',
    baseline: null,
    target: null,
    progress: null,
    period: '',
    computedAt: '2026-12-01 10:00',
    failed: false,
    ...partial,
  };
}

describe('dashboard', () => {
  it('takes the total of each indicator and groups its breakdowns into charts, largest first', () => {
    const dashboard = dashboardOf([
      result({ id: 'IND-1.3', display: '16.25% (13 of 80)', value: 16.25, target: 20, progress: 81.25 }),
      result({ id: 'IND-1.3', breakdown: { Province: 'Kandal' }, value: 10, display: '10% (1 of 10)' }),
      result({ id: 'IND-1.3', breakdown: { Province: 'Takeo' }, value: 30, display: '30% (3 of 10)' }),
      result({ id: 'IND-1.7', display: '25', value: 25 }),
    ]);
    expect(dashboard.computedAt).toBe('2026-12-01 10:00');
    expect(dashboard.indicators.map((i) => i.id)).toEqual(['IND-1.3', 'IND-1.7']);
    const first = dashboard.indicators[0];
    expect(first).toMatchObject({ display: '16.25% (13 of 80)', target: 20, progress: 81.25 });
    expect(first.breakdowns).toEqual([
      {
        by: 'Province',
        more: 0,
        bars: [
          { label: 'Takeo', value: 30, display: '30% (3 of 10)' },
          { label: 'Kandal', value: 10, display: '10% (1 of 10)' },
        ],
      },
    ]);
    expect(dashboard.indicators[1].breakdowns).toEqual([]);
  });

  it('keeps at most MAX_BARS bars a chart and counts the rest; several columns make one label', () => {
    const rows = Array.from({ length: MAX_BARS + 3 }, (_, i) =>
      result({ breakdown: { Province: `P${i}`, Sector: 'Youth' }, value: i, display: String(i) }),
    );
    const [indicator] = dashboardOf([result({ display: '100' }), ...rows]).indicators;
    expect(indicator.breakdowns[0].by).toBe('Province × Sector');
    expect(indicator.breakdowns[0].bars).toHaveLength(MAX_BARS);
    expect(indicator.breakdowns[0].more).toBe(3);
    expect(indicator.breakdowns[0].bars[0].label).toBe(`P${MAX_BARS + 2} · Youth`);
  });

  it('shows why a failed indicator has no figure', () => {
    const [indicator] = dashboardOf([
      result({ failed: true, display: 'Not computed: no Source', value: null }),
    ]).indicators;
    expect(indicator).toMatchObject({ failed: true, display: 'Not computed: no Source' });
  });
});

describe('jobs', () => {
  it('lists the six jobs and refuses an unknown one', () => {
    expect(JOB_NAMES).toEqual([
      'validate',
      'indicators',
      'minutes',
      'report',
      'partners-split',
      'partners-collect',
    ]);
    expect(() => jobNamed('format-disk')).toThrow('No job called "format-disk"');
  });

  it('keeps a step budget the page asks for within bounds', () => {
    expect(stepBudget(undefined)).toBe(DEFAULT_STEP_BUDGET_MS);
    expect(stepBudget('1000')).toBe(DEFAULT_STEP_BUDGET_MS);
    expect(stepBudget(1)).toBe(1);
    expect(stepBudget(-5)).toBe(1);
    expect(stepBudget(10 * 60_000)).toBe(MAX_STEP_BUDGET_MS);
  });

  it('saves only the problems that fit in a property value', () => {
    const problem: Problem = {
      severity: 'error',
      sheet: 'CBOs',
      row: 2,
      column: 'Province',
      code: 'unknown-province',
      message: 'ខេត្ត "Kandl" is not in Geography',
      fix: 'Choose the province from the list.',
    };
    const many = Array.from({ length: 200 }, (_, i) => ({ ...problem, row: i + 2 }));
    const kept = problemsThatFit(many, 4000);
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(200);
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThanOrEqual(4000);
    expect(
      Buffer.byteLength(JSON.stringify(problemsThatFit(many, 4000).concat(many[kept.length]))),
    ).toBeGreaterThan(4000);
  });
});

describe('google.script.run rules', () => {
  it('refuses Dates, functions and cycles anywhere in a value', () => {
    expect(illegalForScriptRun({ a: [1, 'x', null, { b: true }] })).toBeNull();
    expect(illegalForScriptRun({ when: new Date() })).toBe('the value.when is a Date');
    expect(illegalForScriptRun([1, () => 2])).toBe('the value[1] is a function');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(illegalForScriptRun(loop)).toBe('the value.self refers back to itself');
  });
});

const BUILD = path.resolve(__dirname, '../../../src/tooling/build.mjs');

/** The build's check for what an HTML file would load from outside (build.mjs is an ES module). */
function externalReferences(html: string): string[] {
  const script = `import(${JSON.stringify(BUILD)}).then((m) => process.stdout.write(JSON.stringify(m.externalReferences(process.argv[1]))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, html], { encoding: 'utf8' }));
}

describe('HtmlService templates and the build', () => {
  it('compiles scriptlets: printing escapes, force-printing does not, code runs', () => {
    const body = compileTemplate('<p><?= a ?></p><?!= b ?><? for (var i = 0; i < 2; i++) { ?>x<? } ?>', 'T');
    const out: string[] = [];
    const escape = (v: unknown) => String(v).replace(/</g, '&lt;');
    // eslint-disable-next-line no-new-func
    new Function('__raw', '__print', 'a', 'b', body)(
      (v: unknown) => out.push(String(v)),
      (v: unknown) => out.push(escape(v)),
      '<b>',
      '<i>',
    );
    expect(out.join('')).toBe('<p>&lt;b></p><i>xx');
    expect(() => compileTemplate('<?= open', 'T')).toThrow('T.html: a scriptlet opened');
  });

  it('finds what would load from outside the page', () => {
    expect(externalReferences('<script src="https://cdn.example.org/x.js"></script>')).toHaveLength(1);
    expect(externalReferences('<link rel="stylesheet" href="//fonts.example.org/css">')).toHaveLength(1);
    expect(
      externalReferences('<style>@import "x.css"; a { background: url(https://x/y.png) }</style>'),
    ).toHaveLength(2);
    expect(externalReferences('<svg xmlns="http://www.w3.org/2000/svg"></svg><a href="#x">x</a>')).toEqual(
      [],
    );
  });
});

describe('saved jobs', () => {
  it('say how many problems were left out of the saved copy', () => {
    const saved = new Map<string, string>();
    (globalThis as Record<string, unknown>).PropertiesService = {
      getUserProperties: () => ({
        setProperty: (key: string, value: string) => saved.set(key, value),
        getProperty: (key: string) => saved.get(key) ?? null,
      }),
    };
    const spreadsheet = { getId: () => 'sheet-1' } as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const problem: Problem = {
      severity: 'error',
      sheet: 'CBOs',
      row: 2,
      column: 'Province',
      code: 'unknown-province',
      message: 'Province "Kandl" is not in Geography',
      fix: 'Choose the province from the list.',
    };
    const problems = Array.from({ length: 300 }, (_, i) => ({ ...problem, row: i + 2 }));
    const progress = { ...progressOf('validate', 1, null), done: 1, finished: true, problems };
    saveJob('validate', spreadsheet, { progress, cursor: {} });
    const text = saved.get(jobKey('validate', 'sheet-1'))!;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SAVED_BYTES);
    const back = loadJob('validate', spreadsheet)!;
    const note = back.progress.problems[back.progress.problems.length - 1];
    expect(note.code).toBe('problems-left-out');
    expect(note.message).toBe(
      `${300 - (back.progress.problems.length - 1)} more problem(s) are not listed here`,
    );
    delete (globalThis as Record<string, unknown>).PropertiesService;
  });
});

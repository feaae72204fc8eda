/**
 * A report period against the project's Start and End (src/validation/fields.ts reportPeriodRule):
 * the same warnings from Validate data and the report, and the report's text and table cite the
 * same days' figures.
 */
import { buildReport } from '../../../src/documents/report/model';
import { reportPeriodRule } from '../../../src/validation/fields';
import { validateWorkbook } from '../../../src/validation/rules';
import { INDICATORS, PROJECTS, REPORT_ITEMS, SHEET } from '../../../src/workbook/contract';
import { dayFromParts, isoDay } from '../../../src/workbook/dates';
import type { Problem } from '../../../src/workbook/problem';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const iso = (text: string) => {
  const [y, m, d] = text.split('-').map(Number);
  return dayFromParts(y, m, d) as number;
};
const PROJECT_HEADER = ['Project ID', 'Title', 'Start', 'End', 'Report period start', 'Report period end'];
const projects = (dates: Cell[]) =>
  Table.fromValues(PROJECTS.name, PROJECTS, [PROJECT_HEADER, ['P-1', 'Voices', ...dates]]);

describe('reportPeriodRule', () => {
  test.each([
    // [case, [start, end, report start, report end], period covered, [column, code] of each warning]
    ['inside', ['2019-01-01', '2022-12-31', '2020-01-01', '2020-12-31'], ['2020-01-01', '2020-12-31'], []],
    [
      'starts before the project',
      ['2025-01-01', '2027-12-31', '2024-01-01', '2025-12-31'],
      ['2025-01-01', '2025-12-31'],
      [['Report period start', 'report-period-outside-project']],
    ],
    [
      'ends after the project',
      ['2019-01-01', '2022-12-31', '2022-01-01', '2023-06-30'],
      ['2022-01-01', '2022-12-31'],
      [['Report period end', 'report-period-outside-project']],
    ],
    [
      'both',
      ['2020-01-01', '2020-12-31', '2019-01-01', '2021-12-31'],
      ['2020-01-01', '2020-12-31'],
      [
        ['Report period start', 'report-period-outside-project'],
        ['Report period end', 'report-period-outside-project'],
      ],
    ],
    [
      'all before the project',
      ['2025-01-01', '2027-12-31', '2023-01-01', '2023-12-31'],
      [undefined, undefined],
      [['Report period end', 'report-period-outside-project']],
    ],
    [
      'all after the project',
      ['2019-01-01', '2020-12-31', '2023-01-01', '2023-12-31'],
      [undefined, undefined],
      [['Report period start', 'report-period-outside-project']],
    ],
    [
      'ends before it starts',
      ['2019-01-01', '2022-12-31', '2021-01-01', '2020-12-31'],
      [undefined, undefined],
      [['Report period end', 'period-reversed']],
    ],
    ['no project dates', ['', '', '2020-01-01', '2020-12-31'], ['2020-01-01', '2020-12-31'], []],
  ] as const)('%s', (_case, [start, end, reportStart, reportEnd], covered, warnings) => {
    const d = (text: string) => (text ? iso(text) : undefined);
    const { period, findings } = reportPeriodRule({
      start: d(reportStart),
      end: d(reportEnd),
      projectStart: d(start),
      projectEnd: d(end),
    });
    expect([period.start, period.end].map((day) => (day === undefined ? undefined : isoDay(day)))).toEqual(
      covered,
    );
    expect(findings.map((f) => [f.column, f.code])).toEqual(warnings);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);

    // Validate data and the report say the same of the row.
    const table = projects([start, end, reportStart, reportEnd]);
    const validation = validateWorkbook({
      tables: { Projects: table },
      timeZone: TZ,
      today: iso('2026-11-23'),
    });
    const report = buildReport({ projects: table, timeZone: TZ }, 'P-1');
    const about = (problems: Problem[]) =>
      problems
        .filter((p) => p.sheet === SHEET.projects && p.column?.startsWith('Report period'))
        .map((p) => [p.severity, p.row, p.column, p.code, p.value, p.message]);
    expect(about(report.problems)).toEqual(about(validation.problems));
    expect(about(report.problems)).toHaveLength(warnings.length);
  });
});

describe("the report's text and table cite the same period", () => {
  const INDICATOR_HEADER = ['ID', 'Indicator', 'Kind', 'Source', 'Target'];
  const CBO_HEADER = ['CBO ID', 'CBO name', 'Province', 'District', 'Sector', 'Members', 'Mapped on'];
  const cbo = (id: string, mapped: string): Cell[] => [id, `CBO ${id}`, 'Kandal', 'Any', 'Youth', 10, mapped];
  const sheets: Record<string, Cell[][]> = {
    Indicators: [INDICATOR_HEADER, ['IND-1', 'CBOs mapped', 'count', 'CBOs', 10]],
    CBOs: [
      CBO_HEADER,
      cbo('C0', '2018-06-01'),
      cbo('C1', '2019-05-01'),
      cbo('C2', '2019-06-01'),
      cbo('C3', '2020-02-01'),
      cbo('C4', '2021-03-01'),
    ],
  };

  test.each([
    // [case, report period, cited figure, cumulative from the project's start, the heading's period, warned]
    [
      'a report period before the project starts',
      ['2018-01-01', '2020-12-31'],
      '3',
      '3',
      '1 January 2019 – 31 December 2020',
      1,
    ],
    [
      'a report period within the project',
      ['2019-01-01', '2020-12-31'],
      '3',
      '3',
      '1 January 2019 – 31 December 2020',
      0,
    ],
    [
      'a report period after the project ends',
      ['2020-01-01', '2023-12-31'],
      '2',
      '4',
      '1 January 2020 – 31 December 2022',
      1,
    ],
  ])('%s', (_case, [reportStart, reportEnd], figure, cumulative, heading, warned) => {
    const { model, problems } = buildReport(
      {
        projects: projects(['2019-01-01', '2022-12-31', reportStart, reportEnd]),
        reportItems: Table.fromValues(REPORT_ITEMS.name, REPORT_ITEMS, [
          ['Project ID', 'Section', 'Order', 'Text'],
          ['P-1', 'Activities and results', 1, '{{IND-1}} CBOs were mapped.'],
        ]),
        indicators: Table.fromValues(INDICATORS.name, INDICATORS, sheets.Indicators),
        indicatorSheets: sheets,
        timeZone: TZ,
      },
      'P-1',
    );
    const row = model?.indicators.find((r) => r.id === 'IND-1');
    expect(model?.sections[0].items[0].text).toBe(`${figure} CBOs were mapped.`);
    expect(row?.cumulative).toBe(cumulative);
    // The table's year columns of the days the report covers add up to the figure the text cites.
    const [first, last] = [
      heading.slice(heading.indexOf('–') - 5, heading.indexOf('–') - 1),
      heading.slice(-4),
    ];
    const years = model!.periodColumns.filter((label) => label >= first && label <= last);
    const sum = years.reduce(
      (total, label) => total + Number(row?.actuals[model!.periodColumns.indexOf(label)]),
      0,
    );
    expect(sum).toBe(Number(figure));
    expect(model?.indicatorFields['IND-1']).toBe(figure);
    expect(model?.reportingPeriod).toBe(heading);
    expect(problems.filter((p) => p.code === 'report-period-outside-project')).toHaveLength(warned);
  });
});

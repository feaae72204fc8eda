/** The report's heading block: outcome number, strategic plan and reporting period from Projects. */
import { reportData } from '../../../src/documents/report/data';
import {
  buildReport,
  outcomeLabel,
  periodLine,
  strategicObjectiveLabel,
} from '../../../src/documents/report/model';
import { reportTemplate } from '../../../src/documents/templates';
import { dayFromParts } from '../../../src/workbook/dates';
import { PROJECTS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const day = (y: number, m: number, d: number) => dayFromParts(y, m, d) as number;

describe('outcome label', () => {
  test.each([
    [1, 'en', 'Outcome One:'],
    [3, 'en', 'Outcome Three:'],
    [10, 'en', 'Outcome Ten:'],
    [11, 'en', 'Outcome 11:'],
    [undefined, 'en', 'Outcome:'],
    [2, 'km', 'លទ្ធផលរំពឹងទុកទី២៖'],
    [undefined, 'km', 'លទ្ធផលរំពឹងទុក៖'],
  ] as const)('%s in %s → %s', (n, language, expected) => {
    expect(outcomeLabel(n, language)).toBe(expected);
  });
});

describe('strategic objective label', () => {
  test.each([
    ['API Strategic Plan 2019-23', 'en', 'Objective of the API Strategic Plan 2019-23:'],
    ['', 'en', 'Objective of the Strategic Plan:'],
    ['API Strategic Plan 2019-23', 'km', 'គោលបំណងនៃ API Strategic Plan ២០១៩-២៣៖'],
    ['', 'km', 'គោលបំណងនៃផែនការយុទ្ធសាស្ត្រ៖'],
  ] as const)('%j in %s → %s', (plan, language, expected) => {
    expect(strategicObjectiveLabel(plan, language)).toBe(expected);
  });
});

describe('reporting period line', () => {
  test.each([
    [{ start: day(2020, 1, 1), end: day(2020, 12, 31) }, 'en', '1 January 2020 – 31 December 2020'],
    [{ start: day(2020, 7, 1) }, 'en', 'From 1 July 2020'],
    [{ end: day(2021, 6, 30) }, 'en', 'Until 30 June 2021'],
    [{}, 'en', ''],
    [{ start: day(2020, 1, 1), end: day(2020, 12, 31) }, 'km', 'ពី ១ មករា ២០២០ ដល់ ៣១ ធ្នូ ២០២០'],
  ] as const)('%j in %s → %s', (period, language, expected) => {
    expect(periodLine(period, language)).toBe(expected);
  });
});

const HEADER = [
  'Project ID',
  'Title',
  'Outcome number',
  'Outcome',
  'Strategic plan',
  'Strategic objective',
  'Start',
  'End',
  'Report period start',
  'Report period end',
];

function sources(row: Cell[]) {
  return {
    projects: Table.fromValues(PROJECTS.name, PROJECTS, [HEADER, row]),
    timeZone: 'Asia/Phnom_Penh',
  };
}

describe('buildReport: the heading block from Projects', () => {
  test('outcome number, plan and period as typed in the row', () => {
    const { model, problems } = buildReport(
      sources([
        'P-1',
        'Voices',
        1,
        'Influenced policy',
        'API Strategic Plan 2019-23',
        'To fulfil the rights',
        '2019-01-01',
        '2022-12-31',
        '2020-01-01',
        '31/12/2020',
      ]),
      'P-1',
    );
    expect(problems).toEqual([]);
    expect(model).toMatchObject({
      outcomeNumber: 1,
      outcomeLabel: 'Outcome One:',
      strategicObjectiveLabel: 'Objective of the API Strategic Plan 2019-23:',
      reportPeriod: { start: day(2020, 1, 1), end: day(2020, 12, 31) },
      reportingPeriod: '1 January 2020 – 31 December 2020',
      period: '2019-2022',
    });
    const data = reportData(model!);
    expect(data).toMatchObject({
      'Outcome label': 'Outcome One:',
      'Outcome number': '1',
      'Strategic plan': 'API Strategic Plan 2019-23',
      'Strategic objective label': 'Objective of the API Strategic Plan 2019-23:',
      'Reporting period': '1 January 2020 – 31 December 2020',
      'Report period start': '1 January 2020',
      'Report period end': '31 December 2020',
    });
  });

  test.each([
    ['a fraction as outcome number', [1.5, '', '', ''], 'Outcome number', 'not-a-number'],
    ['a word as outcome number', ['one', '', '', ''], 'Outcome number', 'not-a-number'],
    ['an unreadable period start', ['', '', 'soon', ''], 'Report period start', 'not-a-date'],
    [
      'a period that ends before it starts',
      ['', '', '2020-12-31', '2020-01-01'],
      'Report period end',
      'period-reversed',
    ],
  ] as const)(
    '%s is a warning on its cell, the report still made',
    (_, [n, plan, start, end], column, code) => {
      const { model, problems } = buildReport(
        sources(['P-1', 'Voices', n, 'Outcome', plan, '', '', '', start, end]),
        'P-1',
      );
      expect(problems).toEqual([
        expect.objectContaining({ severity: 'warning', sheet: 'Projects', row: 2, column, code }),
      ]);
      expect(model?.outcomeLabel).toBe('Outcome:');
      expect(model?.reportingPeriod).toBe('');
    },
  );

  test('the default template shows the period under the title and takes its labels from the data', () => {
    const lines = reportTemplate('en').map((line) => ('paragraph' in line ? line.paragraph : ''));
    expect(lines).toContain('Reporting period: {{Reporting period}}');
    expect(lines).toContain('{{Outcome label}}');
    expect(lines).toContain('{{Strategic objective label}}');
    expect(lines).not.toContain('Outcome:');
  });
});

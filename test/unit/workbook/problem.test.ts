/**
 * One Problem shape, whoever finds it: validation, indicators, documents and templates all report
 * lowercase severities, a sheet row or null, a column header or null, a stable kebab-case code and
 * a message; none of them speaks in another shape.
 */
import { buildMinutes } from '../../../src/documents/minutes/model';
import { describeProblem, noRowWithId, sheetMissing } from '../../../src/documents/problems';
import { buildReport } from '../../../src/documents/report/model';
import { computeAll } from '../../../src/indicators/engine';
import { MEETINGS, PROJECTS, REPORT_ITEMS } from '../../../src/workbook/contract';
import { severityLabel, type Problem } from '../../../src/workbook/problem';
import { Table } from '../../../src/workbook/table';
import { cleanWorkbook, setCell, validate } from '../validation/fixture';

const KEYS = ['code', 'column', 'fix', 'message', 'row', 'severity', 'sheet'];

function expectProblemShape(problem: Problem): void {
  expect(
    Object.keys(problem)
      .filter((key) => KEYS.includes(key))
      .sort(),
  ).toEqual(KEYS);
  expect(['error', 'warning']).toContain(problem.severity);
  expect(problem.row === null || (Number.isInteger(problem.row) && problem.row >= 1)).toBe(true);
  expect(problem.column === null || problem.column !== '').toBe(true);
  expect(problem.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(problem.message).not.toBe('');
  expect(typeof problem.fix).toBe('string');
  expect(problem).not.toHaveProperty('problem');
}

describe('the one Problem shape', () => {
  test('validation problems', () => {
    const sheets = cleanWorkbook();
    setCell(sheets, 'CBOs', 1, 'Members', 'many');
    delete sheets.Lists;
    const { problems } = validate(sheets);
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['not-a-number', 'missing-sheet']));
    problems.forEach(expectProblemShape);
  });

  test('indicator problems, with stable codes for filter errors', () => {
    const run = computeAll({
      sheets: {
        Indicators: [
          ['ID', 'Indicator', 'Kind', 'Source', 'Filter'],
          ['A', 'Syntax', 'Count', 'CBOs', '[Target] = '],
          ['B', 'Unknown column', 'Count', 'CBOs', '[Provnce] = "Pursat"'],
          ['C', 'Wrong value', 'Count', 'CBOs', '[Members] > "many"'],
          ['', 'No ID', 'Count', 'CBOs', ''],
        ],
        CBOs: [
          ['CBO ID', 'Province', 'Members', 'Target'],
          ['C-1', 'Pursat', 10, 'Yes'],
        ],
      },
      timeZone: 'Asia/Phnom_Penh',
    });
    const codes = new Map(run.problems.map((p) => [p.indicator, p.code]));
    expect(codes.get('A')).toBe('filter-syntax');
    expect(codes.get('B')).toBe('unknown-column');
    expect(codes.get('C')).toBe('filter-value');
    expect(run.summary.failed.find((f) => f.id === 'B')?.reason).toBe('unknown column [Provnce] in Filter');
    run.problems.forEach(expectProblemShape);
    expect(computeAll({ sheets: {} }).problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['missing-indicators-sheet', null, null],
    ]);
  });

  test('document problems: not about one row is null, not 0', () => {
    const meetings = Table.fromValues(MEETINGS.name, MEETINGS, [
      ['Meeting ID', 'Title', 'Date', 'Start time'],
      ['M-1', '', '31/02/2017', 'after lunch'],
    ]);
    const minutes = buildMinutes({ meetings, timeZone: 'Asia/Phnom_Penh' }, 'M-1');
    expect(minutes.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['required', 'not-a-date', 'not-a-time', 'no-attendance']),
    );
    const projects = Table.fromValues(PROJECTS.name, PROJECTS, [['Project ID', 'Title']]);
    const items = Table.fromValues(REPORT_ITEMS.name, REPORT_ITEMS, [['Project ID', 'Section', 'Text']]);
    const report = buildReport({ projects, reportItems: items, timeZone: 'Asia/Phnom_Penh' }, 'P-9');
    const all = [
      ...minutes.problems,
      ...report.problems,
      sheetMissing('Agenda'),
      noRowWithId(meetings, 'Meeting ID', 'meeting', 'M-9'),
    ];
    all.forEach(expectProblemShape);
    expect(describeProblem(noRowWithId(meetings, 'Meeting ID', 'meeting', 'M-9'))).toBe(
      'Error: Meetings Meeting ID: No meeting with Meeting ID "M-9" (value: M-9)',
    );
    expect(describeProblem(minutes.problems.find((p) => p.code === 'not-a-time') as Problem)).toMatch(
      /^Warning: Meetings row 2, Start time: Start time "after lunch" is not a time of day: the minutes leave it out\. \(value: after lunch\)$/,
    );
  });

  test('severityLabel is how sheets and messages show a severity', () => {
    expect([severityLabel('error'), severityLabel('warning')]).toEqual(['Error', 'Warning']);
  });
});

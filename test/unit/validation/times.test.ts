/** Meetings times and a report period that end before they start: warnings in validation. */
import { documentProblems } from '../../../src/offline/commands/minutes';
import type { Problem } from '../../../src/workbook/problem';
import { cleanWorkbook, validate } from './fixture';

const MEETING_HEADER = ['Meeting ID', 'Title', 'Date', 'Start time', 'End time'];

function meetingProblems(start: unknown, end: unknown) {
  const sheets = cleanWorkbook();
  sheets.Meetings = [MEETING_HEADER, ['M-1', 'Partnership meeting', '2017-09-28', start, end]] as never;
  return validate(sheets).problems.filter((p) => p.sheet === 'Meetings');
}

describe('a meeting that would end before it starts', () => {
  test.each([
    ['08:00pm – 12:00pm (the 2017 minutes)', '08:00pm', '12:00pm', 'Start time', '20:00', '12:00'],
    ['8pm – 11:00', '8pm', '11:00', 'Start time', '20:00', '11:00'],
    ['14:00 – 11:00am', '14:00', '11:00am', 'End time', '14:00', '11:00'],
    ['16:00 – 12:00, no am/pm', '16:00', '12:00', 'Start time', '16:00', '12:00'],
  ])('%s: a warning on the cell typed with am/pm', (_, start, end, column, from, to) => {
    const problems = meetingProblems(start, end);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', row: 2, column, code: 'end-before-start' }),
    ]);
    expect(problems[0].message).toContain(`start at ${from} and end at ${to}`);
    expect(problems[0].fix).toContain('am/pm');
  });

  test.each([
    ['08:00am – 12:00pm', '08:00am', '12:00pm'],
    ['08:00 – 12:00', '08:00', '12:00'],
    ['a day fraction', 1 / 3, 0.5],
    ['blank end', '08:00pm', ''],
    ['unreadable start (the cell rule says so)', 'soon', '12:00'],
  ])('%s: no problem from this rule', (_, start, end) => {
    expect(meetingProblems(start, end).filter((p) => p.code === 'end-before-start')).toEqual([]);
  });
});

describe('the exit code of a documents run', () => {
  const problem = (severity: 'error' | 'warning', code: string): Problem => ({
    severity,
    sheet: 'Template',
    row: null,
    column: 'body paragraph 3',
    value: '{{Nme}}',
    code,
    fix: '',
    message: 'unknown field',
  });
  test.each([
    ['a template tag left unfilled', [problem('warning', 'template-unknown-field')], true],
    ['an error in the data', [problem('error', 'unknown-indicator')], true],
    ['only a warning (figures computed now)', [problem('warning', 'indicator-results-computed-now')], false],
    ['nothing', [], false],
  ])('%s → %s', (_, problems, expected) => {
    expect(documentProblems({ problems })).toBe(expected);
    expect(documentProblems({ documents: [{ id: 'M-1', updated: false, problems }] })).toBe(expected);
  });
});

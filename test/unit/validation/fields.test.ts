/**
 * One rule per field (src/validation/fields.ts): Validate data and the documents say the same of
 * a Start time, End time or Order cell (severity, code, message), and the minutes never print a
 * time they cannot read.
 */
import { buildMinutes } from '../../../src/documents/minutes/model';
import { buildReport } from '../../../src/documents/report/model';
import { readOrderCell, readTimeCell } from '../../../src/validation/fields';
import { validateWorkbook } from '../../../src/validation/rules';
import { say } from '../../../src/i18n/messages';
import { AGENDA, MEETINGS, PROJECTS, REPORT_ITEMS, SHEET } from '../../../src/workbook/contract';
import { zonedParts } from '../../../src/workbook/dates';
import type { Problem } from '../../../src/workbook/problem';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const zoned = (date: Date) => zonedParts(date, TZ);
const MEETING_HEADER = ['Meeting ID', 'Title', 'Date', 'Start time', 'End time'];

function meetings(start: Cell, end: Cell): Table {
  return Table.fromValues(MEETINGS.name, MEETINGS, [
    MEETING_HEADER,
    ['M1', 'Review', '2020-12-15', start, end],
  ]);
}
function agenda(order: Cell): Table {
  return Table.fromValues(AGENDA.name, AGENDA, [
    ['Meeting ID', 'Order', 'Session'],
    ['M1', 1, 'Opening'],
    ['M1', order, 'Closing'],
  ]);
}

/** What a problem says, without where it was found. */
const finding = (p: Problem) => ({ severity: p.severity, code: p.code, row: p.row, message: p.message });
const about = (problems: Problem[], sheet: string, column: string) =>
  problems.filter((p) => p.sheet === sheet && p.column === column).map(finding);

describe('time of day', () => {
  test.each([
    ['08:00', { hour: 8, minute: 0 }],
    ['2:30pm', { hour: 14, minute: 30 }],
    ['១៤:៣០', { hour: 14, minute: 30 }],
    [0.5, { hour: 12, minute: 0 }],
    ['half past eleven', undefined],
    ['25:00', undefined],
    ['8', undefined],
  ] as const)('%p reads as %p', (cell, time) => {
    const read = readTimeCell(cell, 'End time', String(cell), zoned);
    expect(read.time).toEqual(time);
    expect(read.finding?.severity).toBe(time ? undefined : 'warning');
    expect(read.finding?.code).toBe(time ? undefined : 'not-a-time');
  });

  test.each([
    // start, end, what the minutes print, the column with a problem
    ['08:00', 'half past eleven', '08:00', 'End time'],
    ['at eight', '11:30', '', 'Start time'],
    ['08:00', '11:30', '08:00 – 11:30', undefined],
  ])('%p – %p: validate and minutes agree; the minutes print %p', (start, end, printed, column) => {
    const validation = validateWorkbook({
      tables: { Meetings: meetings(start, end) },
      timeZone: TZ,
      today: 20000,
    });
    const minutes = buildMinutes({ meetings: meetings(start, end), timeZone: TZ }, 'M1');
    for (const header of ['Start time', 'End time']) {
      const said = about(minutes.problems, SHEET.meetings, header);
      expect(said).toEqual(about(validation.problems, SHEET.meetings, header));
      expect(said.length).toBe(header === column ? 1 : 0);
    }
    expect(minutes.model?.dateAndTime).toBe(printed ? `15 December 2020, ${printed}` : '15 December 2020');
    expect(minutes.model?.dateAndTime).not.toMatch(/half past|at eight/);
  });
});

describe('order', () => {
  test.each([
    [3, 3, false],
    ['២', 2, false],
    ['1.5', 1.5, false],
    ['', Infinity, false],
    ['first', Infinity, true],
  ] as const)('%p sorts as %p', (cell, order, warned) => {
    const read = readOrderCell(cell, 'Order', String(cell));
    expect(read.order).toBe(order);
    expect(read.finding?.severity).toBe(warned ? 'warning' : undefined);
  });

  test('Agenda › Order "first": the same warning from validate and the minutes; the session goes last', () => {
    const validation = validateWorkbook({ tables: { Agenda: agenda('first') }, timeZone: TZ, today: 20000 });
    const minutes = buildMinutes(
      { meetings: meetings('08:00', '11:30'), agenda: agenda('first'), timeZone: TZ },
      'M1',
    );
    const said = about(minutes.problems, SHEET.agenda, 'Order');
    expect(said).toEqual([
      {
        severity: 'warning',
        code: 'not-a-number',
        row: 3,
        message: say('en', readOrderCell('first', 'Order', 'first').finding!.message),
      },
    ]);
    expect(about(validation.problems, SHEET.agenda, 'Order')).toEqual(said);
    expect(minutes.model?.sessions.map((s) => s.session)).toEqual(['Opening', 'Closing']);
  });

  test('Report items › Order "first": the same warning from validate and the report', () => {
    const items = Table.fromValues(REPORT_ITEMS.name, REPORT_ITEMS, [
      ['Project ID', 'Section', 'Order', 'Text'],
      ['P1', 'Activities', 'first', 'A workshop'],
    ]);
    const projects = Table.fromValues(PROJECTS.name, PROJECTS, [
      ['Project ID', 'Title'],
      ['P1', 'Voices'],
    ]);
    const validation = validateWorkbook({
      tables: { 'Report items': items, Projects: projects },
      timeZone: TZ,
      today: 20000,
    });
    const report = buildReport(
      { projects, reportItems: items, timeZone: TZ } as Parameters<typeof buildReport>[0],
      'P1',
    );
    const said = about(report.problems, SHEET.reportItems, 'Order');
    expect(said).toHaveLength(1);
    expect(about(validation.problems, SHEET.reportItems, 'Order')).toEqual(said);
  });
});

/**
 * Rules of a Meetings row that need several cells: a meeting that would end before it starts (a
 * morning typed "08:00pm – 12:00pm"). Pure. (A report period that ends before it starts is a
 * warning of the report itself.)
 */
import { formatTime, parseTimeOfDay } from '../../documents/text';
import { digits, localized as m } from '../../i18n/messages';
import { zonedParts } from '../../workbook/dates';
import type { Table, TableRow } from '../../workbook/table';
import type { Checker } from '../checker';

const HALF_DAY = /[ap]\.?m\.?/i;

/** "08:00pm" before "12:00pm" is 20:00 to 12:00: a warning, never a silent 20:00 (the minutes keep the times as typed). */
export function checkMeetingRow(checker: Checker, table: Table, row: TableRow): void {
  const zoned = (date: Date) => zonedParts(date, checker.input.timeZone);
  const start = parseTimeOfDay(table.get(row, 'Start time'), zoned);
  const end = parseTimeOfDay(table.get(row, 'End time'), zoned);
  if (!start || !end || start.hour * 60 + start.minute <= end.hour * 60 + end.minute) return;
  const typedStart = checker.shown(table.get(row, 'Start time'));
  const typedEnd = checker.shown(table.get(row, 'End time'));
  // The cell typed with am/pm is the likely slip; else the start.
  const column = HALF_DAY.test(typedStart) || !HALF_DAY.test(typedEnd) ? 'Start time' : 'End time';
  checker.add(
    'warning',
    table.spec.name,
    row.rowNumber,
    column,
    column === 'Start time' ? typedStart : typedEnd,
    'end-before-start',
    m('v.endBeforeStart', { start: digits(formatTime(start)), end: digits(formatTime(end)) }),
    m('v.endBeforeStart.fix'),
  );
}

/**
 * Rules of the fields the documents read as well as validation: a time of day (Meetings › Start
 * time, End time) and an order number (Agenda › Order, Report items › Order). One function per
 * field gives the value read and, when the cell cannot be used, its finding (severity, code,
 * message, fix); Validate data (./cells.ts) and the documents (src/documents) report that same
 * finding, so a cell is never an error in one and a warning, or fine, in the other. Pure.
 */
import { parseTimeOfDay, type TimeOfDay } from '../documents/text';
import { digits, localized as m, type Localized } from '../i18n/messages';
import { isoDay, type Day } from '../workbook/dates';
import type { Severity } from '../workbook/problem';
import { cleanText, isDate, parseNumber, type Cell } from '../workbook/values';
import type { ProblemCode } from './problems';

/** What a field rule finds wrong with one cell (the caller names its sheet, row and column). */
export interface CellFinding {
  severity: Severity;
  code: ProblemCode;
  message: Localized;
  fix: Localized;
}

/** Reads a Date cell's hour and minute in the spreadsheet's time zone. */
export type Zoned = (date: Date) => { hour: number; minute: number; second: number };

/**
 * A time of day: a time cell, a fraction of a day or text such as 08:00, 2:30pm, 14h30. One that
 * cannot be read is a warning: the minutes leave it out (never print it as typed beside a time).
 */
export function readTimeCell(
  cell: Cell,
  header: string,
  shown: string,
  zoned: Zoned,
): { time?: TimeOfDay; finding?: CellFinding } {
  if (!isDate(cell) && cleanText(cell) === '') return {};
  const time = parseTimeOfDay(cell, zoned);
  if (time) return { time };
  return {
    finding: {
      severity: 'warning',
      code: 'not-a-time',
      message: m('v.notTime', { column: header, value: shown }),
      fix: m('v.notTime.fix'),
    },
  };
}

/** Where an order cell sorts: its number, or after every number when blank or not a number. */
export function orderOf(cell: Cell): number {
  const parsed = parseNumber(cell);
  return parsed.status === 'ok' ? parsed.value : Number.POSITIVE_INFINITY;
}

/**
 * An order number (Agenda › Order, Report items › Order): a number (Khmer digits, "1.5"), or, blank
 * or not a number, after the numbered rows. One that is not a number is a warning: the document
 * is still made, with that row last.
 */
export function readOrderCell(
  cell: Cell,
  header: string,
  shown: string,
): { order: number; finding?: CellFinding } {
  const parsed = parseNumber(cell);
  if (parsed.status !== 'invalid') return { order: orderOf(cell) };
  return {
    order: Number.POSITIVE_INFINITY,
    finding: {
      severity: 'warning',
      code: 'not-a-number',
      message: m('v.orderNotNumber', { column: header, value: shown }),
      fix: m('v.orderNotNumber.fix'),
    },
  };
}

/** A finding of a rule on several cells of a row, with the column it is reported on. */
export interface ColumnFinding extends CellFinding {
  column: string;
}

/**
 * Projects › Report period start and end against each other and the project's Start and End: the
 * days the report covers (inside the project), and a warning for each bound that is not. The
 * progress report's text and its table both use the period given here, so they cite the same
 * figures; Validate data reports the same findings.
 */
export function reportPeriodRule(dates: { start?: Day; end?: Day; projectStart?: Day; projectEnd?: Day }): {
  period: { start?: Day; end?: Day };
  findings: ColumnFinding[];
} {
  const { start, end, projectStart, projectEnd } = dates;
  const warn = (column: string, message: Localized, fix: Localized, code: ProblemCode): ColumnFinding => ({
    severity: 'warning',
    column,
    code,
    message,
    fix,
  });
  const day = (value: Day) => digits(isoDay(value));
  if (start !== undefined && end !== undefined && end < start) {
    return {
      period: {},
      findings: [
        warn(
          'Report period end',
          m('doc.reportPeriodReversed'),
          m('v.reportPeriodReversed.fix'),
          'period-reversed',
        ),
      ],
    };
  }
  const outside =
    (start !== undefined && projectEnd !== undefined && start > projectEnd) ||
    (end !== undefined && projectStart !== undefined && end < projectStart);
  if (outside) {
    const column =
      start !== undefined && projectEnd !== undefined && start > projectEnd
        ? 'Report period start'
        : 'Report period end';
    return {
      period: {},
      findings: [
        warn(
          column,
          m('v.reportOutsideProject', {
            column,
            value: day((column === 'Report period start' ? start : end) as Day),
            start: projectStart === undefined ? '…' : day(projectStart),
            end: projectEnd === undefined ? '…' : day(projectEnd),
          }),
          m('v.reportPeriodInProject.fix'),
          'report-period-outside-project',
        ),
      ],
    };
  }
  const findings: ColumnFinding[] = [];
  const period = { start, end };
  if (start !== undefined && projectStart !== undefined && start < projectStart) {
    period.start = projectStart;
    findings.push(
      warn(
        'Report period start',
        m('v.reportBeforeProject', { value: day(start), start: day(projectStart) }),
        m('v.reportPeriodInProject.fix'),
        'report-period-outside-project',
      ),
    );
  }
  if (end !== undefined && projectEnd !== undefined && end > projectEnd) {
    period.end = projectEnd;
    findings.push(
      warn(
        'Report period end',
        m('v.reportAfterProject', { value: day(end), end: day(projectEnd) }),
        m('v.reportPeriodInProject.fix'),
        'report-period-outside-project',
      ),
    );
  }
  return { period, findings };
}

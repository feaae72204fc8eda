/**
 * Problems found while building a document: the one Problem shape (src/workbook/problem.ts),
 * located like the rest of the tool (sheet, row, column).
 */
import { severityLabel, type Problem } from '../workbook/problem';
import type { Table } from '../workbook/table';

/** "Error: Meetings row 4, Date: not a date (value: 31/02/2017)". */
export function describeProblem(p: Problem): string {
  const where = [p.sheet, p.row !== null ? `row ${p.row}` : '', p.column ?? ''].filter(Boolean);
  const place = where.length > 1 ? `${where[0]} ${where.slice(1).join(', ')}` : where.join('');
  const value = p.value ? ` (value: ${p.value})` : '';
  const severity = severityLabel(p.severity);
  return `${severity}: ${place}: ${p.message}${value}`;
}

/** The workbook lacks a sheet a document needs. */
export function sheetMissing(sheet: string): Problem {
  return {
    severity: 'error',
    sheet,
    row: null,
    column: null,
    code: 'missing-sheet',
    value: '',
    message: `The workbook has no ${sheet} sheet`,
    fix: `Add the ${sheet} sheet (CBO Tracker › Set up sheets).`,
  };
}

/** No row with this ID: `No meeting with Meeting ID "M-9"` (Meetings, column Meeting ID). */
export function noRowWithId(table: Table, idHeader: string, thing: string, id: string): Problem {
  return {
    severity: 'error',
    sheet: table.sheetName,
    row: null,
    column: table.headerText(idHeader),
    code: 'unknown-id',
    value: id,
    message: `No ${thing} with ${idHeader} "${id}"`,
    fix: `Check the ${idHeader} against the ${table.sheetName} sheet.`,
  };
}

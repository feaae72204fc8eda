/** Problems found while building a document, located like the rest of the tool (sheet, row, column). */
import type { Table } from '../workbook/table';
import type { Problem } from '../workbook/problem';

export interface DocumentProblem {
  severity: 'Error' | 'Warning';
  sheet: string;
  /** Sheet row number (header = 1); 0 when the problem is not about one row. */
  row: number;
  column: string;
  value: string;
  problem: string;
}

/** "Meetings row 4, Date: not a date (value: 31/02/2017)". */
export function describeProblem(p: DocumentProblem): string {
  const where = [p.sheet, p.row > 0 ? `row ${p.row}` : '', p.column].filter(Boolean);
  const place = where.length > 1 ? `${where[0]} ${where.slice(1).join(', ')}` : where.join('');
  const value = p.value ? ` (value: ${p.value})` : '';
  return `${p.severity}: ${place}: ${p.problem}${value}`;
}

/** The workbook lacks a sheet a document needs. */
export function sheetMissing(sheet: string): DocumentProblem {
  return {
    severity: 'Error',
    sheet,
    row: 0,
    column: '',
    value: '',
    problem: `The workbook has no ${sheet} sheet`,
  };
}

/** No row with this ID: `No meeting with Meeting ID "M-9"` (Meetings, column Meeting ID). */
export function noRowWithId(table: Table, idHeader: string, thing: string, id: string): DocumentProblem {
  return {
    severity: 'Error',
    sheet: table.sheetName,
    row: 0,
    column: table.headerText(idHeader),
    value: id,
    problem: `No ${thing} with ${idHeader} "${id}"`,
  };
}

/** The one Problem shape (src/workbook/problem.ts) of a document problem, for jobs and the sidebar. */
export function toProblem(p: DocumentProblem, code = 'document'): Problem {
  return {
    severity: p.severity === 'Error' ? 'error' : 'warning',
    sheet: p.sheet,
    row: p.row > 0 ? p.row : null,
    column: p.column || null,
    code,
    message: p.problem,
    fix: '',
    ...(p.value ? { value: p.value } : {}),
  };
}

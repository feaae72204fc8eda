/** Reading the input sheets the documents are made from: rows joined by ID, list values. Pure. */
import { foldKey } from '../workbook/matching';
import type { Table, TableRow } from '../workbook/table';
import { cleanText, type Cell } from '../workbook/values';
import type { Problem, Severity } from '../workbook/problem';
import { localized } from '../i18n/messages';
import { said } from '../i18n/problems';
import { orderOf, type CellFinding } from '../validation/fields';

/** The values of one `Lists` column, in sheet order, without blanks or repeats. */
export function listValues(lists: Table | undefined, list: string): string[] {
  if (!lists || !lists.has(list)) return [];
  const seen = new Set<string>();
  const values: string[] = [];
  for (const row of lists.rows) {
    const value = cleanText(lists.get(row, list));
    if (value && !seen.has(foldKey(value))) {
      seen.add(foldKey(value));
      values.push(value);
    }
  }
  return values;
}

/** Rows of a table whose key column matches an ID (case, spaces and accents ignored). */
export function rowsFor(table: Table | undefined, keyHeader: string, id: string): TableRow[] {
  if (!table) return [];
  const key = foldKey(id);
  return table.rows.filter((row) => foldKey(table.get(row, keyHeader)) === key);
}

/** The IDs in a key column, in sheet order, first spelling kept, no repeats. */
export function idsOf(table: Table | undefined, keyHeader: string): string[] {
  if (!table) return [];
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const row of table.rows) {
    const id = cleanText(table.get(row, keyHeader));
    if (id && !seen.has(foldKey(id))) {
      seen.add(foldKey(id));
      ids.push(id);
    }
  }
  return ids;
}

/** A row's text in a column. */
export function text(table: Table, row: TableRow, header: string): string {
  return cleanText(table.get(row, header));
}

/** The raw cell, for typed parsing. */
export function cell(table: Table, row: TableRow, header: string): Cell {
  return table.get(row, header);
}

/** Problems for required columns that are blank in a row. */
export function requiredProblems(
  table: Table,
  row: TableRow,
  headers: readonly string[],
  severity: Severity = 'error',
): Problem[] {
  return headers
    .filter((header) => text(table, row, header) === '')
    .map((header) => ({
      severity,
      sheet: table.sheetName,
      row: row.rowNumber,
      column: table.headerText(header),
      value: '',
      code: 'required',
      ...said(localized('doc.required', { column: header })),
    }));
}

/** Sort key for an `Order` cell: numbers first in order, blanks and text after, sheet order kept (src/validation/fields.ts). */
export function orderKey(value: Cell): number {
  return orderOf(value);
}

/** A field rule's finding (src/validation/fields.ts) as a problem of a cell: what Validate data says of it. */
export function findingProblem(
  table: Table,
  row: number,
  header: string,
  value: string,
  finding: CellFinding,
): Problem {
  const { severity, code, message, fix } = finding;
  return {
    severity,
    sheet: table.sheetName,
    row,
    column: table.headerText(header),
    code,
    value,
    ...said(message, fix),
  };
}

/**
 * Range.sort: the sort specification and the order of values, as Sheets sorts.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
 * - A column number, `{column, ascending}`, or an array of them; `column` is the sheet's column
 *   (not the range's), ascending unless `ascending: false`.
 * - Numbers (and dates) come before text, text before booleans; text compares without regard to
 *   case; empty cells come last whichever the direction (as gas-fakes' test/testsheets.js and
 *   test/testsheetsvalues.js found on live Apps Script: a boolean sorts after 15 when descending
 *   puts it first). The sort is stable.
 * - A column outside the range is refused (Google documents no message: gas-fakes' wording).
 */
import type { SheetsValue } from './cells';

export interface SortKey {
  /** The column's index in the range (0-based). */
  index: number;
  ascending: boolean;
}

const SIGNATURE = "The parameters don't match the method signature for SpreadsheetApp.Range.sort.";

export function sortKeys(spec: unknown, firstColumn: number, lastColumn: number): SortKey[] {
  if (spec === null || spec === undefined) throw new Error(SIGNATURE);
  const items = Array.isArray(spec) ? spec : [spec];
  if (items.length === 0) throw new Error(SIGNATURE);
  return items.map((item) => {
    let column: unknown;
    let ascending: unknown = true;
    if (typeof item === 'number') column = item;
    else if (item && typeof item === 'object') {
      column = (item as { column?: unknown }).column;
      if ('ascending' in item) ascending = (item as { ascending?: unknown }).ascending;
    }
    if (typeof column !== 'number' || !Number.isInteger(column) || typeof ascending !== 'boolean')
      throw new Error(SIGNATURE);
    if (column < firstColumn || column > lastColumn)
      throw new Error(
        `The column to sort by (${column}) is outside the range's columns (${firstColumn}-${lastColumn}).`,
      );
    return { index: column - firstColumn, ascending };
  });
}

function rank(value: SheetsValue): number {
  if (typeof value === 'number' || Object.prototype.toString.call(value) === '[object Date]') return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

function compareValues(a: SheetsValue, b: SheetsValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) {
    const x = String(a).toLowerCase();
    const y = String(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** The order of the rows (indices into `rows`) after sorting by `keys`. */
export function sortedOrder(rows: readonly (readonly SheetsValue[])[], keys: readonly SortKey[]): number[] {
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    for (const key of keys) {
      const a = rows[i][key.index];
      const b = rows[j][key.index];
      const emptyA = a === '';
      const emptyB = b === '';
      if (emptyA || emptyB) {
        if (emptyA && emptyB) continue;
        return emptyA ? 1 : -1;
      }
      const c = compareValues(a, b);
      if (c !== 0) return key.ascending ? c : -c;
    }
    return i - j;
  });
  return order;
}

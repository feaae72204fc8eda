/**
 * One range-check path: a constraint of the contract applies to a number typed natively (the fast
 * path) and to the same number typed as text (the general path) alike.
 */
import { checkCell, outOfRange } from '../../../src/validation/cells';
import { Checker } from '../../../src/validation/checker';
import type { ColumnSpec, SheetSpec } from '../../../src/workbook/contract';
import { dayFromParts, type Day } from '../../../src/workbook/dates';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TODAY = dayFromParts(2026, 11, 23) as Day;

function check(column: ColumnSpec, cell: Cell) {
  const spec: SheetSpec = { name: 'Things', columns: [column] };
  const table = Table.fromValues(spec.name, spec, [[column.header], [cell]]);
  const checker = new Checker({ tables: { Things: table }, timeZone: 'Asia/Phnom_Penh', today: TODAY });
  const value = checkCell(checker, table, table.rows[0], column, false, cell);
  return { value, codes: checker.problems.map((p) => p.code) };
}

describe('range checks', () => {
  const column: ColumnSpec = { header: 'Count', kind: 'whole', min: 2, max: 10 };
  test.each([
    [11, ['out-of-range']],
    ['11', ['out-of-range']],
    [1, ['out-of-range']],
    ['១', ['out-of-range']],
    [5, []],
    ['5', []],
  ])('%p → %p', (cell, codes) => {
    expect(check(column, cell).codes).toEqual(codes);
  });

  test("'this-year' is the year of today", () => {
    const year: ColumnSpec = { header: 'Year', kind: 'whole', max: 'this-year' };
    expect(check(year, 2027).codes).toEqual(['out-of-range']);
    expect(check(year, '2027').codes).toEqual(['out-of-range']);
    expect(check(year, 2026).value).toBe(2026);
    expect(outOfRange(2027, year, 2026)).toBe('2026 or less');
    expect(outOfRange(1, column, 2026)).toBe('from 2 to 10');
  });

  test('not in the future: a date cell and a date typed as text alike', () => {
    const date: ColumnSpec = { header: 'On', kind: 'date', notFuture: true };
    expect(check(date, new Date(Date.UTC(2027, 0, 1))).codes).toEqual(['future-date']);
    expect(check(date, '2027-01-01').codes).toEqual(['future-date']);
    expect(check(date, new Date(Date.UTC(2026, 0, 1))).codes).toEqual([]);
  });
});

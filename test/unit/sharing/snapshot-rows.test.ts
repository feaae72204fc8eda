/** The Partner snapshots sheet's rows as they change: in place, only what was agreed anew. */
import { sameAgreement, snapshotGrid, writeBlocks } from '../../../src/sharing/partners/snapshot-rows';
import type { Cell } from '../../../src/workbook/values';

const OLD: Cell[][] = [
  ['P1', 'C1', '{"a":"1"}', 'monday'],
  ['P2', 'C2', '{"a":"2"}', 'monday'],
  ['P1', 'C3', '{"a":"3"}', 'monday'],
  ['P1', 'C4', '{"a":"4"}', 'monday'],
];

describe('snapshot rows', () => {
  test('kept partners stay; a replaced partner changes only the rows whose agreement changed', () => {
    const fresh = new Map<string, Cell[]>([
      ['C1', ['P1', 'C1', '{"a":"1"}', 'tuesday']],
      ['C3', ['P1', 'C3', '{"a":"33"}', 'tuesday']],
      ['C9', ['P1', 'C9', '{"a":"9"}', 'tuesday']],
    ]);
    const rows = snapshotGrid(
      OLD,
      (row) => (row[0] === 'P1' ? fresh : undefined),
      (row) => String(row[1]),
    );
    expect(rows).toEqual([
      ['P1', 'C1', '{"a":"1"}', 'monday'],
      ['P2', 'C2', '{"a":"2"}', 'monday'],
      ['P1', 'C3', '{"a":"33"}', 'tuesday'],
    ]);
    // C4 is gone from the fresh rows: dropped; C9 is new: left for the caller to append.
    expect([...fresh.keys()]).toEqual(['C9']);
  });

  test('the time alone is no change; trailing blanks are none either', () => {
    expect(sameAgreement(['P', 'C', 'v', 'a'], ['P', 'C', 'v', 'b', ''])).toBe(true);
    expect(sameAgreement(['P', 'C', 'v', 'a'], ['P', 'C', 'w', 'a'])).toBe(false);
    expect(sameAgreement(['P', 'C', 'v', 'a', 'x'], ['P', 'C', 'v', 'a'])).toBe(false);
  });

  test('write blocks cover changed rows and rows past either end; too many become one span', () => {
    const before: Cell[][] = [['a'], ['b'], ['c'], ['d'], ['e']];
    const after: Cell[][] = [['a'], ['B'], ['C'], ['d'], ['E'], ['f']];
    expect(writeBlocks(before, after, 5)).toEqual([
      { from: 1, to: 3 },
      { from: 4, to: 6 },
    ]);
    expect(writeBlocks(before, after.slice(0, 3), 5)).toEqual([{ from: 1, to: 5 }]);
    expect(writeBlocks(before, after, 1)).toEqual([{ from: 1, to: 6 }]);
    expect(writeBlocks(before, before, 1)).toEqual([]);
  });
});

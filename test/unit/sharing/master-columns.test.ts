/** Collect reads CBOs only by the columns a copy's changes touch. */
import { CBOS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import { masterColumnsNeeded } from '../../../src/sharing/partners/master-columns';
import { snapshotOf } from '../../../src/sharing/partners/merge';
import type { Cell } from '../../../src/workbook/values';

const HEADER = ['CBO ID', 'CBO name', 'Partner', 'Members', 'Notes'];
const MASTER: Cell[][] = [HEADER, ['C1', 'One', 'P', 10, ''], ['C2', 'Two', 'P', 20, '']];
const master = Table.fromValues(CBOS.name, CBOS, MASTER);
const base = snapshotOf(master, master.rows, 'Asia/Phnom_Penh');

function needed(copy: Cell[][], snapshot = base): string[] {
  return masterColumnsNeeded(master, copy, snapshot, 'Asia/Phnom_Penh').map((i) => HEADER[i]);
}

describe('masterColumnsNeeded', () => {
  test('an unchanged copy needs no column; a changed cell its column only', () => {
    expect(needed(MASTER)).toEqual([]);
    const copy = MASTER.map((row) => row.slice());
    copy[2][3] = 25;
    expect(needed(copy)).toEqual(['Members']);
  });

  test('a CBO without snapshot needs every shared column; a new CBO (not in CBOs) none', () => {
    expect(needed(MASTER, new Map())).toEqual(['CBO name', 'Members', 'Notes']);
    expect(needed([...MASTER, ['C9', 'New', 'P', 5, 'x']])).toEqual([]);
  });

  test('a copy without a CBO ID column needs nothing (it is refused)', () => {
    expect(needed([['Name'], ['One']])).toEqual([]);
  });
});

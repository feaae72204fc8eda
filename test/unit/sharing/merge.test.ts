import {
  mergePartnerCopy,
  rowsOfPartner,
  snapshotOf,
  readSnapshots,
  snapshotRows,
} from '../../../src/sharing/partners/merge';
import { CBOS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const header = ['CBO ID', 'CBO name', 'Members', 'Partner', 'Our note'];
const master = (rows: Cell[][]) => Table.fromValues('CBOs', CBOS, [header, ...rows]);
const rowsA: Cell[][] = [
  ['C1', 'Women savings group', 20, 'Partner A', 'n1'],
  ['C2', 'Fishery committee', 12, 'partner a', ''],
  ['C3', 'Youth club', 8, 'Partner B', ''],
];

function split() {
  const table = master(rowsA);
  const mine = rowsOfPartner(table, 'Partner A');
  return { table, mine, base: snapshotOf(table, mine, TZ) };
}

describe('partner copies', () => {
  test('a partner gets its own rows only (Partner matched tolerantly)', () => {
    expect(split().mine.map((r) => r.cells[0])).toEqual(['C1', 'C2']);
  });

  test('collect applies partner-only changes, appends new rows, flags deletions and conflicts', () => {
    const { base } = split();
    // Master changed C1 Members since the split; partner changed C1 Members and name, deleted C2, added C9.
    const now = master([['C1', 'Women savings group', 25, 'Partner A', 'n1'], rowsA[1], rowsA[2]]);
    const copy: Cell[][] = [
      header,
      ['C1', 'Women savings group (Takeo)', 22, 'Partner A', 'n1'],
      ['C9', '=IMPORTXML("http://x")', '7', '', ''],
    ];
    const result = mergePartnerCopy({
      partner: 'Partner A',
      master: now,
      copyValues: copy,
      base,
      timeZone: TZ,
    });
    expect(result.updates).toEqual([
      expect.objectContaining({ rowNumber: 2, header: 'CBO name', value: 'Women savings group (Takeo)' }),
    ]);
    expect(result.appends).toEqual([
      // Members typed as text "7" is written as the number 7 (CBOs' form).
      { cboId: 'C9', cells: ['C9', '=IMPORTXML("http://x")', 7, 'Partner A', ''] },
    ]);
    const notes = result.issues.map((i) => [i.cboId, i.column, i.master, i.partnerValue, i.base]);
    expect(notes).toContainEqual(['C1', 'Members', '25', '22', '20']);
    expect(result.issues.find((i) => i.cboId === 'C2')!.note).toMatch(/Deleted from the partner copy/);
    // Second collect against the merged master applies nothing.
    const merged = master([
      ['C1', 'Women savings group (Takeo)', 25, 'Partner A', 'n1'],
      rowsA[1],
      rowsA[2],
      result.appends[0].cells,
    ]);
    const again = mergePartnerCopy({
      partner: 'Partner A',
      master: merged,
      copyValues: copy,
      base: result.snapshot,
      timeZone: TZ,
    });
    expect(again.updates).toEqual([]);
    expect(again.appends).toEqual([]);
    expect(again.issues.map((i) => i.cboId).sort()).toEqual(['C1', 'C2']);
  });

  test('rows of another partner are refused, and so is a copy without CBO ID', () => {
    const { table, base } = split();
    const copy: Cell[][] = [
      header,
      ['C1', 'x', 20, 'Partner B', 'n1'],
      ['C3', 'Youth club!', 8, 'Partner A', ''],
    ];
    const result = mergePartnerCopy({
      partner: 'Partner A',
      master: table,
      copyValues: copy,
      base,
      timeZone: TZ,
    });
    expect(result.updates).toEqual([]);
    expect(result.issues.filter((i) => i.column === 'Partner').map((i) => i.cboId)).toEqual(['C1', 'C3']);
    const tampered = mergePartnerCopy({
      partner: 'Partner A',
      master: table,
      copyValues: [
        ['ID', 'CBO name'],
        ['C1', 'x'],
      ],
      base,
      timeZone: TZ,
    });
    expect(tampered.refused).toMatch(/no "CBO ID" column/);
  });

  test('renamed headers are matched by header; unknown ones are ignored and reported', () => {
    const { table, base } = split();
    const copy: Cell[][] = [
      ['  members ', 'cbo id*', 'Number of women', 'Partner', 'CBO name', 'Our note'],
      [21, 'C1', 5, 'Partner A', 'Women savings group', 'n1'],
      [12, 'C2', 0, 'Partner A', 'Fishery committee', ''],
    ];
    const result = mergePartnerCopy({
      partner: 'Partner A',
      master: table,
      copyValues: copy,
      base,
      timeZone: TZ,
    });
    expect(result.updates.map((u) => [u.cboId, u.header, u.value])).toEqual([['C1', 'Members', 21]]);
    expect(result.issues.map((i) => i.column)).toEqual(['Number of women']);
  });

  test('snapshots round-trip through their sheet rows', () => {
    const { base } = split();
    const read = readSnapshots([
      ['Partner', 'CBO ID', 'Values', 'Updated'],
      ...snapshotRows('Partner A', base, 'now'),
    ]);
    expect(read.get('partnera')).toEqual(base);
  });
});

/**
 * Which changes of a partner copy an error holds back: the partner's own mistakes hold back their
 * row; a problem that was in CBOs before the partner's change holds back nothing but its own cell.
 */
import {
  checkPartnerCopy,
  errorCells,
  heldByErrors,
  partnerProblems,
} from '../../../src/sharing/partners/check';
import { mergePartnerCopy, rowsOfPartner, snapshotOf } from '../../../src/sharing/partners/merge';
import { CBOS } from '../../../src/workbook/contract';
import { parseDay } from '../../../src/workbook/dates';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const today = (parseDay('2026-11-23') as { value: number }).value;
const header = ['CBO ID', 'CBO name', 'Members', 'Women members', 'Phone', 'Partner'];

function collect(masterRows: Cell[][], copyRows: Cell[][]) {
  const master = Table.fromValues('CBOs', CBOS, [header, ...masterRows]);
  const base = snapshotOf(master, rowsOfPartner(master, 'Partner A'), TZ);
  const copyValues = [header, ...copyRows];
  const copy = Table.fromValues('CBOs', CBOS, copyValues);
  // The columns this test leaves out (Province, Sector…) are not its point.
  const checked = checkPartnerCopy(copy, {}, TZ, today).filter((p) => p.row !== 1);
  const held = heldByErrors(checked, copy, master, base, {}, TZ, today);
  const merge = mergePartnerCopy({
    partner: 'Partner A',
    master,
    copyValues,
    base,
    timeZone: TZ,
    errorCells: errorCells(checked),
    heldRows: held.rows,
  });
  return { merge, problems: partnerProblems('Partner A', checked, merge.heldBack, held.preexisting) };
}

describe('changes held back by errors', () => {
  test('a CBO name already empty in CBOs does not hold back a valid change of Members', () => {
    const { merge, problems } = collect(
      [['C1', '', 20, 10, '', 'Partner A']],
      [['C1', '', 25, 10, '', 'Partner A']],
    );
    expect(merge.updates.map((u) => [u.header, u.value])).toEqual([['Members', 25]]);
    expect(merge.heldBack).toEqual([]);
    // Still reported, as a problem to fix, not as a change waiting.
    expect(problems.map((p) => [p.row, p.column, p.severity, p.heldBack])).toEqual([
      [2, 'CBO name', 'error', false],
    ]);
  });

  test('an error the partner’s change brings holds back the whole row (no half a change)', () => {
    const { merge, problems } = collect(
      [['C1', 'Group', 60, 50, '', 'Partner A']],
      [['C1', 'Group renamed', 40, 50, '', 'Partner A']],
    );
    expect(merge.updates).toEqual([]);
    expect(merge.heldBack.map((h) => h.column).sort()).toEqual(['CBO name', 'Members']);
    expect(problems.filter((p) => p.heldBack).map((p) => p.column)).toEqual(['Women members']);
  });

  test('a changed cell that is still wrong waits, with its row, even when it was wrong before', () => {
    const { merge, problems } = collect(
      [['C1', '', 20, 10, '12345', 'Partner A']],
      [['C1', '', 22, 10, '999', 'Partner A']],
    );
    expect(merge.updates).toEqual([]);
    expect(merge.heldBack.map((h) => h.column).sort()).toEqual(['Members', 'Phone']);
    expect(problems.map((p) => [p.column, p.heldBack])).toEqual(
      expect.arrayContaining([
        ['CBO name', false],
        ['Phone', true],
      ]),
    );
  });

  test('a new row with an error is not appended', () => {
    const { merge } = collect(
      [['C1', 'Group', 20, 10, '', 'Partner A']],
      [
        ['C1', 'Group', 20, 10, '', 'Partner A'],
        ['C9', '', 5, 1, '', 'Partner A'],
      ],
    );
    expect(merge.appends).toEqual([]);
    expect(merge.heldBack).toEqual([{ cboId: 'C9', rowNumber: 3, column: '' }]);
  });
});

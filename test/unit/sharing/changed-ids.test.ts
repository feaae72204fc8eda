/**
 * A CBO ID changed in a partner copy is held back as one conflict: no new CBO, no "deleted" flag,
 * the sent row kept as agreed; a genuinely new CBO (nothing in common with a deleted one) is added.
 */
import { mergePartnerCopy, rowsOfPartner, snapshotOf } from '../../../src/sharing/partners/merge';
import { CBOS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const header = ['CBO ID', 'CBO name', 'Province', 'District', 'Members', 'Leader', 'Partner'];
const rows: Cell[][] = [
  ['C1', 'Women savings group', 'Takeo', 'Bati', 20, 'Sok Dara', 'Partner A'],
  ['C2', 'Fishery committee', 'Takeo', 'Bati', 12, 'Chan Sophea', 'Partner A'],
  ['C3', 'Youth club', 'Kampot', 'Kampong Trach', 8, 'Keo Vanna', 'Partner A'],
];
const master = Table.fromValues('CBOs', CBOS, [header, ...rows]);
const base = snapshotOf(master, rowsOfPartner(master, 'Partner A'), TZ);
const merge = (copy: Cell[][]) =>
  mergePartnerCopy({ partner: 'Partner A', master, copyValues: [header, ...copy], base, timeZone: TZ });

describe('a CBO ID changed in a partner copy', () => {
  test('an ID changed in place (other values the same) is one conflict naming row, column and both IDs', () => {
    const result = merge([rows[0], ['C2-NEW', ...rows[1].slice(1)], rows[2]]);
    expect(result.appends).toEqual([]);
    expect(result.updates).toEqual([]);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect([issue.cboId, issue.column, issue.master, issue.partnerValue]).toEqual([
      'C2',
      'CBO ID',
      'C2',
      'C2-NEW',
    ]);
    expect(issue.note).toMatch(/^Row 3 of the copy’s CBOs has CBO ID "C2-NEW" where "C2" was sent/);
    expect(issue.note).not.toMatch(/Deleted from the partner copy/);
    // What was agreed for C2 is kept (the row is still waiting), and C2-NEW is not agreed.
    expect(result.snapshot.get('c2')).toEqual(base.get('c2'));
    expect(result.snapshot.has('c2-new')).toBe(false);
  });

  test('the ID and another value changed, the row moved to the end: still recognised by its name', () => {
    const result = merge([
      rows[0],
      rows[2],
      ['CBO-XYZ', 'Fishery committee', 'Takeo', 'Bati', 15, 'Chan Sophea', ''],
    ]);
    expect(result.appends).toEqual([]);
    expect(result.issues.map((i) => [i.cboId, i.partnerValue])).toEqual([['C2', 'CBO-XYZ']]);
  });

  test('a deleted CBO and a new, different one at the end are a deletion and an addition', () => {
    const result = merge([rows[0], rows[1], ['C9', 'Rice bank', 'Kep', 'Kep', 30, 'Ly Srey', '']]);
    expect(result.appends.map((a) => a.cboId)).toEqual(['C9']);
    expect(result.issues.map((i) => [i.cboId, i.note.slice(0, 28)])).toEqual([
      ['C3', 'Deleted from the partner cop'],
    ]);
  });

  test('a new CBO in the place of a deleted one, sharing a third of its values there, is held back', () => {
    // Same place (after C2, last row), same province and district (2 of 5): it may be C3.
    const result = merge([
      rows[0],
      rows[1],
      ['C9', 'Rice bank', 'Kampot', 'Kampong Trach', 30, 'Ly Srey', ''],
    ]);
    expect(result.appends).toEqual([]);
    expect(result.issues.map((i) => [i.cboId, i.column, i.partnerValue])).toEqual([['C3', 'CBO ID', 'C9']]);
  });

  test('the same 2 of 5 values elsewhere than the deleted row stood are not enough: a new CBO', () => {
    const result = merge([rows[1], rows[2], ['C9', 'Rice bank', 'Takeo', 'Bati', 30, 'Ly Srey', '']]);
    expect(result.appends.map((a) => a.cboId)).toEqual(['C9']);
    expect(result.issues.map((i) => i.cboId)).toEqual(['C1']);
  });

  test('two IDs changed are matched each to its own row', () => {
    const result = merge([['X1', ...rows[0].slice(1)], rows[1], ['X3', ...rows[2].slice(1)]]);
    expect(result.appends).toEqual([]);
    expect(result.issues.map((i) => [i.cboId, i.partnerValue])).toEqual([
      ['C1', 'X1'],
      ['C3', 'X3'],
    ]);
  });

  test('once the ID is typed back, the row is collected as usual', () => {
    const result = merge([
      rows[0],
      ['C2', 'Fishery committee', 'Takeo', 'Bati', 15, 'Chan Sophea', 'Partner A'],
      rows[2],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.updates.map((u) => [u.cboId, u.header, u.value])).toEqual([['C2', 'Members', 15]]);
  });
});

/**
 * Collect writes a partner's values in the form of CBOs: Yes/No as the column spells them, numbers
 * as numbers (Khmer digits too), dates as dates; what cannot be read is a conflict, not a write.
 */
import { masterForm, meaningKey, yesNoSpelling } from '../../../src/sharing/partners/master-form';
import {
  mergePartnerCopy,
  rowsOfPartner,
  snapshotOf,
  uncollectedChanges,
} from '../../../src/sharing/partners/merge';
import { CBOS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const header = ['CBO ID', 'CBO name', 'Members', 'Target', 'Mapped on', 'Phone', 'Partner'];
const mapped = new Date('2024-03-04T17:00:00Z'); // 2024-03-05 in Phnom Penh

function setup(target: Cell = 'No', others: Cell[] = ['Yes', 'No']) {
  const rows: Cell[][] = [
    ['C1', 'Women savings group', 20, target, mapped, '012 345 678', 'Partner A'],
    ['C2', 'Fishery committee', 12, others[0], mapped, '', 'Partner A'],
    ['C3', 'Youth club', 8, others[1], mapped, '', 'Partner B'],
  ];
  const master = Table.fromValues('CBOs', CBOS, [header, ...rows]);
  const base = snapshotOf(master, rowsOfPartner(master, 'Partner A'), TZ);
  return { rows, master, base };
}

describe('the form of CBOs', () => {
  test('a Yes/No column’s spelling is its most common one; checkboxes stay checkboxes', () => {
    expect(yesNoSpelling(['Yes', 'No', ''])).toEqual({ yes: 'Yes', no: 'No' });
    expect(yesNoSpelling(['yes', 'yes', 'Yes', 'no'])).toEqual({ yes: 'yes', no: 'no' });
    expect(yesNoSpelling(['បាទ', 'ទេ'])).toEqual({ yes: 'បាទ', no: 'ទេ' });
    expect(yesNoSpelling([true, false, true])).toEqual({ yes: true, no: false });
    expect(yesNoSpelling([true, 'No'])).toEqual({ yes: 'Yes', no: 'No' });
    expect(yesNoSpelling([])).toEqual({ yes: 'Yes', no: 'No' });
  });

  test('values by kind; text as typed; unreadable values are not written', () => {
    const spelling = () => ({ yes: 'Yes', no: 'No' });
    const form = (value: Cell, column: string) => masterForm(value, column.toLowerCase(), TZ, spelling);
    expect(form(true, 'Target')).toEqual({ value: 'Yes' });
    // A Khmer dropdown word stays as typed (the copy offers it).
    expect(form('ចាស', 'Target')).toEqual({ value: 'ចាស' });
    expect(form('FALSE', 'Advocacy plan')).toEqual({ value: 'No' });
    expect(form('២៥', 'Members')).toEqual({ value: 25 });
    expect(form('1,250', 'Members')).toEqual({ value: 1250 });
    expect(form('05/03/2024', 'Mapped on')).toEqual({ value: new Date('2024-03-04T17:00:00Z') });
    expect(form('២០២៤-០៣-០៥', 'Mapped on')).toEqual({ value: new Date('2024-03-04T17:00:00Z') });
    expect(form('០១២ ៣៤៥', 'Phone')).toEqual({ value: '០១២ ៣៤៥' });
    expect(form('', 'Members')).toEqual({ value: '' });
    expect(form('many', 'Members')).toEqual({ unread: true });
    expect(form('maybe', 'Target')).toEqual({ unread: true });
    expect(form('next week', 'Mapped on')).toEqual({ unread: true });
    expect(meaningKey('TRUE', 'target')).toBe(meaningKey('Yes', 'target'));
    expect(meaningKey('២៥', 'members')).toBe('25');
    expect(meaningKey('២៥', 'phone')).toBe('២៥');
  });
});

describe('collect in the form of CBOs', () => {
  test('a ticked checkbox becomes the column’s Yes, Khmer digits a number, a typed date a date', () => {
    const { rows, master, base } = setup();
    const copy: Cell[][] = [
      header,
      [...rows[0].slice(0, 2), '២៥', true, '06/03/2024', ...rows[0].slice(5)],
      rows[1],
    ];
    const result = mergePartnerCopy({ partner: 'Partner A', master, copyValues: copy, base, timeZone: TZ });
    expect(result.issues).toEqual([]);
    expect(result.updates.map((u) => [u.header, u.value])).toEqual([
      ['Members', 25],
      ['Target', 'Yes'],
      ['Mapped on', new Date('2024-03-05T17:00:00Z')],
    ]);
    // Merged, the same copy is agreed: nothing more to write, and a refresh loses nothing.
    const merged = Table.fromValues('CBOs', CBOS, [
      header,
      ['C1', 'Women savings group', 25, 'Yes', new Date('2024-03-05T17:00:00Z'), '012 345 678', 'Partner A'],
      rows[1],
      rows[2],
    ]);
    const again = mergePartnerCopy({
      partner: 'Partner A',
      master: merged,
      copyValues: copy,
      base: result.snapshot,
      timeZone: TZ,
    });
    expect(again.updates).toEqual([]);
    expect(again.issues).toEqual([]);
    const now = snapshotOf(merged, rowsOfPartner(merged, 'Partner A'), TZ);
    expect(uncollectedChanges(copy, again.snapshot, TZ, now)).toEqual([]);
  });

  test('the column’s own spelling: lower-case yes in CBOs gets yes; checkboxes in CBOs get TRUE', () => {
    const lower = setup('no', ['yes', 'no']);
    const copy = (rows: Cell[][]) => [header, [...rows[0].slice(0, 3), 'Yes', ...rows[0].slice(4)], rows[1]];
    const a = mergePartnerCopy({
      partner: 'Partner A',
      master: lower.master,
      copyValues: copy(lower.rows),
      base: lower.base,
      timeZone: TZ,
    });
    expect(a.updates.map((u) => u.value)).toEqual(['yes']);
    const boxes = setup(false, [true, false]);
    const b = mergePartnerCopy({
      partner: 'Partner A',
      master: boxes.master,
      copyValues: copy(boxes.rows),
      base: boxes.base,
      timeZone: TZ,
    });
    expect(b.updates.map((u) => u.value)).toEqual([true]);
  });

  test('a value the column cannot read is a conflict, never written; a new CBO with one is not added', () => {
    const { rows, master, base } = setup();
    const copy: Cell[][] = [
      header,
      [...rows[0].slice(0, 2), 'many', ...rows[0].slice(3)],
      rows[1],
      ['C9', 'Rice bank', 10, 'perhaps', mapped, '', 'Partner A'],
    ];
    const result = mergePartnerCopy({ partner: 'Partner A', master, copyValues: copy, base, timeZone: TZ });
    expect(result.updates).toEqual([]);
    expect(result.appends).toEqual([]);
    expect(result.issues.map((i) => [i.cboId, i.column, i.partnerValue])).toEqual([
      ['C1', 'Members', 'many'],
      ['C9', 'Target', 'perhaps'],
    ]);
    expect(result.issues[0].note).toMatch(/cannot be read in this column: not collected/);
  });
});

import { safeFileName } from '../../../src/offline/runtime';
import {
  checkPartnerCopy,
  errorCells,
  partnerProblemRow,
  partnerProblems,
} from '../../../src/sharing/partners/check';
import {
  mergePartnerCopy,
  rowsOfPartner,
  snapshotOf,
  uncollectedChanges,
} from '../../../src/sharing/partners/merge';
import { CBOS, GEOGRAPHY, LISTS, PARTNERS } from '../../../src/workbook/contract';
import { parseDay } from '../../../src/workbook/dates';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const header = ['CBO ID', 'CBO name', 'Members', 'Partner', 'Our note'];
const rowsA: Cell[][] = [
  ['C1', 'Women savings group', 20, 'Partner A', 'n1'],
  ['C2', 'Fishery committee', 12, 'Partner A', ''],
  ['C3', 'Youth club', 8, 'Partner B', ''],
];
const master = (rows: Cell[][]) => Table.fromValues('CBOs', CBOS, [header, ...rows]);
const baseOf = (table: Table) => snapshotOf(table, rowsOfPartner(table, 'Partner A'), TZ);

describe('uncollected changes of a partner copy', () => {
  const base = baseOf(master(rowsA));

  test('a copy as sent has none', () => {
    expect(uncollectedChanges([header, rowsA[0], rowsA[1]], base, TZ)).toEqual([]);
    // Numbers typed as text are the same value.
    expect(
      uncollectedChanges([header, rowsA[0], ['C2', 'Fishery committee', '12', 'Partner A', '']], base, TZ),
    ).toEqual([]);
  });

  test('edited cells, new rows, rows without ID, deleted rows and headers are named', () => {
    const copy: Cell[][] = [
      header,
      ['C1', 'Women savings group', 21, 'Partner A', 'n1'],
      ['C9', 'New', 3, 'Partner A', ''],
      ['', 'No ID', 3, 'Partner A', ''],
    ];
    expect(uncollectedChanges(copy, base, TZ)).toEqual([
      'C1 › Members',
      'new row C9',
      'row 4 without CBO ID',
      'C2 deleted',
    ]);
    const renamed = [['CBO ID', 'CBO name', 'Members', 'Partner', 'Remarks'], rowsA[0], rowsA[1]];
    expect(uncollectedChanges(renamed, base, TZ)).toEqual([
      'column "Remarks" added',
      'column "our note" renamed or removed',
    ]);
    expect(uncollectedChanges([['Code', ...header.slice(1)], rowsA[0]], base, TZ)).toEqual([
      'the "CBO ID" header was changed',
    ]);
  });

  test('in a Khmer workbook they are named in Khmer, row numbers in Khmer digits', () => {
    const copy: Cell[][] = [header, rowsA[0], ['', 'No ID', 3, 'Partner A', '']];
    expect(uncollectedChanges(copy, base, TZ, new Map(), 'km')).toEqual([
      'ជួរដេក ៣ គ្មាន CBO ID',
      'C2 ត្រូវបានលុប',
    ]);
  });
});

describe('changes held back by errors', () => {
  test('an edited cell with an error waits, and the rest of its row waits with it; the base is kept', () => {
    const table = master(rowsA);
    const base = baseOf(table);
    const copy: Cell[][] = [
      header,
      ['C1', 'Women savings group (Takeo)', 'lots', 'Partner A', 'n1'],
      ['C2', 'Fishery committee', 12, 'Partner A', ''],
    ];
    const result = mergePartnerCopy({
      partner: 'Partner A',
      master: table,
      copyValues: copy,
      base,
      timeZone: TZ,
      errorCells: new Set(['2|members']),
    });
    expect(result.updates).toEqual([]);
    expect(result.heldBack).toEqual([
      { cboId: 'C1', rowNumber: 2, column: 'Members' },
      { cboId: 'C1', rowNumber: 2, column: 'CBO name' },
    ]);
    expect(result.snapshot.get('c1')!.members).toBe('20');
    expect(result.snapshot.get('c1')!['cbo name']).toBe(baseOf(table).get('c1')!['cbo name']);
    // Without the error the same copy updates the name; "lots" is still not written into Members
    // (a number column cannot read it): a conflict.
    const free = mergePartnerCopy({
      partner: 'Partner A',
      master: table,
      copyValues: copy,
      base,
      timeZone: TZ,
    });
    expect(free.updates.map((u) => u.header)).toEqual(['CBO name']);
    expect(free.issues.map((i) => [i.cboId, i.column, i.partnerValue])).toEqual([['C1', 'Members', 'lots']]);
  });

  test('a change whose row has an error on a cell it did not change is not applied (no half a change)', () => {
    // Issue 14: Members 60 → 40 while Women members stays 50: "Women members (50) is more than
    // Members (40)" is on the unchanged Women members; Members = 40 must not reach CBOs alone.
    const wide = ['CBO ID', 'CBO name', 'Members', 'Women members', 'Partner'];
    const table = Table.fromValues('CBOs', CBOS, [wide, ['C1', 'Savings group', 60, 50, 'Partner A']]);
    const base = baseOf(table);
    const copy: Cell[][] = [wide, ['C1', 'Savings group', 40, 50, 'Partner A']];
    const input = { partner: 'Partner A', master: table, copyValues: copy, base, timeZone: TZ };
    const held = mergePartnerCopy({ ...input, errorCells: new Set(['2|women members']) });
    expect(held.updates).toEqual([]);
    expect(held.heldBack).toEqual([{ cboId: 'C1', rowNumber: 2, column: 'Members' }]);
    expect(held.snapshot.get('c1')!.members).toBe('60');
    expect(mergePartnerCopy(input).updates.map((u) => [u.header, u.value])).toEqual([['Members', 40]]);
  });

  test('a new row with an error is not appended (nor put in the snapshot)', () => {
    const table = master(rowsA);
    const copy: Cell[][] = [header, rowsA[0], rowsA[1], ['C9', '', 'x', 'Partner A', '']];
    const result = mergePartnerCopy({
      partner: 'Partner A',
      master: table,
      copyValues: copy,
      base: baseOf(table),
      timeZone: TZ,
      errorCells: new Set(['4|cbo name']),
    });
    expect(result.appends).toEqual([]);
    expect(result.heldBack).toEqual([{ cboId: 'C9', rowNumber: 4, column: '' }]);
    expect(result.snapshot.has('c9')).toBe(false);
  });

  test('a row deleted in the copy and in CBOs is no longer flagged', () => {
    const base = baseOf(master(rowsA));
    const result = mergePartnerCopy({
      partner: 'Partner A',
      master: master([rowsA[0], rowsA[2]]),
      copyValues: [header, rowsA[0]],
      base,
      timeZone: TZ,
    });
    expect(result.issues).toEqual([]);
    expect([...result.snapshot.keys()]).toEqual(['c1']);
  });
});

describe('checking a partner copy', () => {
  const geography = Table.fromValues('Geography', GEOGRAPHY, [
    ['Province', 'District'],
    ['Takeo', 'Bati'],
  ]);
  const lists = Table.fromValues('Lists', LISTS, [
    ['Sector', 'Registration'],
    ['Health', 'Registered'],
  ]);
  const partners = Table.fromValues('Partners', PARTNERS, [
    ['Partner', 'Type', 'Receives reports'],
    ['Partner A', 'LNGO', 'Yes'],
  ]);
  const copyHeader = [
    'CBO ID',
    'CBO name',
    'Province',
    'District',
    'Sector',
    'Registration',
    'Members',
    'Partner',
    'Target',
    'Advocacy plan',
    'Mapped on',
  ];
  const good: Cell[] = [
    'C1',
    'Group',
    'Takeo',
    'Bati',
    'Health',
    'Registered',
    12,
    'Partner A',
    'Yes',
    'No',
    '2024-03-01',
  ];
  const today = (parseDay('2026-11-23') as { value: number }).value;

  test('a valid copy has no problem; errors name the copy row and column and hold back', () => {
    const clean = Table.fromValues('CBOs', CBOS, [copyHeader, good]);
    expect(checkPartnerCopy(clean, { geography, lists, partners }, TZ, today)).toEqual([]);
    const bad = [...good];
    bad[0] = 'C2';
    bad[2] = 'Takoe';
    bad[6] = 'many';
    const copy = Table.fromValues('CBOs', CBOS, [copyHeader, good, bad]);
    const problems = checkPartnerCopy(copy, { geography, lists, partners }, TZ, today);
    expect(problems.map((p) => [p.row, p.column, p.severity])).toEqual(
      expect.arrayContaining([
        [3, 'Province', 'error'],
        [3, 'Members', 'error'],
      ]),
    );
    expect(problems.every((p) => p.sheet === 'CBOs')).toBe(true);
    expect([...errorCells(problems)].sort()).toEqual(expect.arrayContaining(['3|members', '3|province']));
    const marked = partnerProblems('Partner A', problems, [{ rowNumber: 3, column: 'Members' }]);
    const members = marked.find((p) => p.column === 'Members')!;
    expect(members).toMatchObject({ partner: 'Partner A', heldBack: true });
    // The row waits whole, so each of its errors holds it back (a row elsewhere does not).
    expect(marked.find((p) => p.column === 'Province')!.heldBack).toBe(true);
    expect(partnerProblems('Partner A', problems, [{ rowNumber: 2, column: 'Members' }])[0].heldBack).toBe(
      false,
    );
    expect(partnerProblemRow(members).slice(0, 6)).toEqual([
      'Partner A',
      'CBOs',
      3,
      'Members',
      'many',
      'Error',
    ]);
  });
});

describe('file names of created spreadsheets', () => {
  test.each([
    ['Partner A – CBOs', 'Partner A – CBOs'],
    ['Kandal Farmers’ Network – CBOs', 'Kandal Farmers’ Network – CBOs'],
    ['អង្គការ ក/ខ: CBOs', 'អង្គការ ក_ខ_ CBOs'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['  ..hidden. ', 'hidden'],
    ['CON', '_CON'],
    ['', 'Untitled spreadsheet'],
  ])('%j → %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  test('long names are cut', () => {
    expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  });
});

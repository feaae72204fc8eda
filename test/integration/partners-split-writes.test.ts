/**
 * What Create partner sheets writes into the master, and how: the Partner snapshots sheet made,
 * filled, hidden and protected in one batchUpdate (text kept as text, no number formats read),
 * each copy's ID written into Partners as it is made (one write a copy), the copies' Lists and
 * Geography only as their dropdowns list them.
 */
import type { Cell } from '../../src/workbook/values';
import { readSnapshots } from '../../src/sharing/partners/merge';
import { carriedColumns } from '../../src/sharing/partners/split';
import { API_CELLS } from '../../src/sharing/partners/snapshot-sheet';
import { ensureBuild, openWorkbook, sheetValues, type OfflineRuntime } from '../support/runtime';

beforeAll(() => ensureBuild());

const GEOGRAPHY: Cell[][] = [
  ['Province', 'District', 'Commune', 'Province (Khmer)', 'District (Khmer)', 'Commune (Khmer)', 'Code'],
  ['Takeo', 'Bati', 'Chambak', 'តាកែវ', 'បាទី', 'ចំបក់', '210101'],
  ['Takeo', 'Bati', 'Krang Thnong', 'តាកែវ', 'បាទី', 'ក្រាំងធ្នង់', '210102'],
  ['Takeo', 'Samraong', 'Boeng Tranh', 'តាកែវ', 'សំរោង', 'បឹងត្រាញ់', '210801'],
  ['', '', '', '', '', '', ''],
  ['Kampot', 'Chhuk', 'Baniev', 'កំពត', 'ឈូក', 'បានៀវ', '070201'],
];

function workbook(): Record<string, Cell[][]> {
  return {
    CBOs: [
      ['CBO ID', 'CBO name', 'Province', 'District', 'Sector', 'Partner'],
      ['007', 'CBO 1', 'Takeo', 'Bati', 'Health', 'Partner A'],
      ['0012', 'CBO 2', 'Kampot', 'Chhuk', 'Water', 'Partner B'],
      ['TRUE', 'CBO 3', 'Takeo', 'Samraong', 'Health', 'Partner A'],
    ],
    Partners: [
      ['Partner', 'Type', 'Email', 'Receives reports', 'Partner sheet'],
      ['Partner A', 'LNGO', 'a@example.org', 'Yes', ''],
      ['Partner B', 'LNGO', 'b@example.org', 'No', ''],
    ],
    Lists: [
      ['Sector', 'Registration', 'Issue', 'Organisation type'],
      ['Health', 'Registered', 'Land', 'LNGO'],
      ['Water', 'Not registered', 'Roads', 'INGO'],
    ],
    Geography: GEOGRAPHY,
  };
}

type Split = { partners: { partner: string; id: string; reused: boolean }[]; finished: boolean };

function copyOf(runtime: OfflineRuntime, partner: string) {
  return runtime.createdSpreadsheets.find((s) => s.getName() === `${partner} – CBOs`)!;
}

describe('Create partner sheets: what it writes into the master', () => {
  test('Partner snapshots: made, filled, hidden and protected in one batchUpdate; text stays text', async () => {
    const runtime = await openWorkbook(workbook());
    runtime.calls.reset();
    const split = runtime.run('createPartnerSheets') as Split;
    const calls = runtime.calls.byMethod();
    // One batchUpdate for the master (the copies get theirs in their create), no number formats
    // read to keep the snapshots' text literal; into Partners one write a copy (its ID, the moment
    // it exists) and one plain-text format for the column.
    expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(calls['Sheets.Spreadsheets.get']).toBe(1);
    expect(calls['Range.getNumberFormats']).toBeUndefined();
    expect(calls['Range.setValues']).toBeUndefined();
    expect(calls['Range.setValue']).toBe(2);
    expect(calls['Range.setNumberFormat']).toBe(1);

    const sheet = runtime.spreadsheet.getSheetByName('Partner snapshots')!;
    expect(sheet.isSheetHidden()).toBe(true);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    const values = sheetValues(runtime, 'Partner snapshots');
    expect(values[0]).toEqual(['Partner', 'CBO ID', 'Values', 'Updated']);
    // CBO IDs that look like numbers or booleans are read back as the text they are.
    expect(values.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['Partner A', '007'],
      ['Partner A', 'TRUE'],
      ['Partner B', '0012'],
    ]);
    const snapshots = readSnapshots(values);
    expect(snapshots.get('partnera')?.get('007')).toMatchObject({ 'cbo name': 'CBO 1', province: 'Takeo' });
    // The sheet is the tool's: protected whole, in the same batchUpdate that made it.
    const protections = sheet.getProtections('SHEET' as never);
    expect(protections.map((p) => p.getDescription())).toEqual([
      'CBO Tracker: Partner snapshots (written by CBO Tracker)',
    ]);

    // Each copy's ID in its Partners row, as plain text.
    const partners = runtime.spreadsheet.getSheetByName('Partners')!;
    const idColumn = sheetValues(runtime, 'Partners')[0].indexOf('Partner sheet') + 1;
    expect(idColumn).toBeGreaterThan(0);
    expect(partners.getRange(2, idColumn, 2, 1).getValues()).toEqual(split.partners.map((p) => [p.id]));
    expect(partners.getRange(2, idColumn, 2, 1).getNumberFormats()).toEqual([['@'], ['@']]);

    // Collect reads what split wrote: nothing changed, nothing to settle.
    expect(runtime.run('collectPartnerUpdates')).toMatchObject({ updated: 0, conflicts: 0 });
  });

  test('a copy carries the Lists and Geography columns its dropdowns list, each row once', async () => {
    const runtime = await openWorkbook(workbook());
    runtime.run('createPartnerSheets');
    const copy = copyOf(runtime, 'Partner A');
    const values = (name: string) => copy.getSheetByName(name)!.getDataRange().getValues();
    expect(values('Geography')).toEqual([
      ['Province', 'District'],
      ['Takeo', 'Bati'],
      ['Takeo', 'Samraong'],
      ['Kampot', 'Chhuk'],
    ]);
    expect(values('Lists')).toEqual([
      ['Sector', 'Registration'],
      ['Health', 'Registered'],
      ['Water', 'Not registered'],
    ]);
    // The dropdowns list those columns.
    const cbos = copy.getSheetByName('CBOs')!;
    const source = (column: number) =>
      String(cbos.getRange(2, column).getDataValidation()?.getCriteriaValues()[0]);
    expect(source(3)).toMatch(/^'?Geography'?!\$A\$2:\$A/);
    expect(source(4)).toMatch(/^'?Geography'?!\$B\$2:\$B/);
    expect(source(5)).toMatch(/^'?Lists'?!\$A\$2:\$A/);
    // A refresh writes the same.
    expect((runtime.run('createPartnerSheets') as Split).partners.every((p) => p.reused)).toBe(true);
    expect(values('Geography')).toHaveLength(4);
    expect(String(cbos.getRange(2, 4).getDataValidation()?.getCriteriaValues()[0])).toMatch(
      /Geography'?!\$B\$2:\$B/,
    );
  });
});

describe('Partner snapshots written by a later step', () => {
  test('many new rows go into one batchUpdate after the rows kept; a few are written in place', async () => {
    const many = API_CELLS / 4 + 10;
    const cbos: Cell[][] = [['CBO ID', 'CBO name', 'Partner']];
    cbos.push(['A-1', 'CBO A', 'Partner A']);
    for (let i = 1; i <= many; i++) cbos.push([`B-${i}`, `CBO ${i}`, 'Partner B']);
    const runtime = await openWorkbook({
      CBOs: cbos,
      Partners: [
        ['Partner', 'Email', 'Partner sheet'],
        ['Partner A', 'a@example.org', ''],
        ['Partner B', 'b@example.org', ''],
      ],
    });
    runtime.run('sidebarStartJob', 'partners-split');
    expect(runtime.run('sidebarStepJob', 'partners-split', 1)).toMatchObject({ done: 1 });
    runtime.calls.reset();
    expect(runtime.run('sidebarStepJob', 'partners-split', 1)).toMatchObject({ done: 2, finished: true });
    const calls = runtime.calls.byMethod();
    expect(calls['Range.setValues']).toBeUndefined();
    expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    const values = sheetValues(runtime, 'Partner snapshots');
    expect(values).toHaveLength(2 + many);
    expect(values[1].slice(0, 2)).toEqual(['Partner A', 'A-1']);
    expect(values[values.length - 1].slice(0, 2)).toEqual(['Partner B', `B-${many}`]);
    expect(readSnapshots(values).get('partnerb')?.size).toBe(many);
    // One CBO renamed in the master and the copy refreshed: that row only, with setValues.
    runtime.spreadsheet.getSheetByName('CBOs')!.getRange(2, 2).setValue('Renamed');
    runtime.run('sidebarStartJob', 'partners-split');
    runtime.calls.reset();
    runtime.run('sidebarStepJob', 'partners-split', 1);
    const after = sheetValues(runtime, 'Partner snapshots');
    expect(after.filter((row, i) => row.join('|') !== values[i].join('|')).map((row) => row[1])).toEqual([
      'A-1',
    ]);
    expect(runtime.calls.byMethod()['Range.setValues']).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

describe('carriedColumns', () => {
  test('the listed columns, in their order; each row once; blank rows and unlisted sheets left out', () => {
    expect(carriedColumns(GEOGRAPHY, [2, 1])).toEqual([
      ['District', 'Province'],
      ['Bati', 'Takeo'],
      ['Samraong', 'Takeo'],
      ['Chhuk', 'Kampot'],
    ]);
    expect(carriedColumns(GEOGRAPHY, [])).toBeUndefined();
    expect(carriedColumns(undefined, [1])).toBeUndefined();
    // A short row is padded; the header row is kept even when blank.
    expect(carriedColumns([[''], ['a', 'b']], [1, 2])).toEqual([
      ['', ''],
      ['a', 'b'],
    ]);
  });
});

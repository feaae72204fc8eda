/**
 * The sheet side of the add-on under Google's limits, through build/Code.js in the offline runtime:
 * output sheets and logs grow their grid, the bound-script menu, identity withheld by Sheets,
 * property and cell size limits, collect writing only what it changes.
 */
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import type { Cell } from '../../src/workbook/values';
import { ensureBuild, openWorkbook, openWorkbookFile, sheetValues } from '../support/runtime';

beforeAll(() => ensureBuild());

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

describe('the menu', () => {
  test('a bound script gets a top-level "CBO Tracker" menu, not one named after the script project', async () => {
    const runtime = await openWorkbook(
      { CBOs: [['CBO ID']] },
      // createAddonMenu in a bound script is named after the script project; the emulated
      // ScriptApp.getInstallationSource() is NONE unless --addon.
      { addonName: 'Untitled project' },
    );
    runtime.run('onOpen', { authMode: 'LIMITED' });
    expect(runtime.ui.menus).toHaveLength(1);
    expect(runtime.ui.menus[0]).toMatchObject({ caption: 'CBO Tracker', addon: false });
  });

  test('an add-on keeps its menu under Extensions (createAddonMenu), also in AuthMode.NONE', async () => {
    for (const authMode of ['NONE', 'LIMITED']) {
      const runtime = await openWorkbook({ CBOs: [['CBO ID']] }, { addonName: 'CBO Tracker', addon: true });
      runtime.run('onOpen', { authMode });
      expect(runtime.ui.menus[0]).toMatchObject({ caption: 'CBO Tracker', addon: true });
    }
  });
});

describe('output sheets grow their grid', () => {
  test('Indicator rows of the example workbook are written whole, inside the sheet grid', async () => {
    const runtime = await openWorkbookFile(EXAMPLE);
    runtime.run('computeIndicators', { quiet: true });
    const sheet = runtime.spreadsheet.getSheetByName('Indicator rows')!;
    const rows = sheetValues(runtime, 'Indicator rows');
    expect(rows.length).toBeGreaterThan(1000);
    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(rows.length);
  });

  test('a second run over a longer Validation clears the old rows and keeps the header', async () => {
    const bad = (n: number): Cell[][] => [
      ['CBO ID', 'CBO name', 'Members'],
      ...Array.from({ length: n }, (_, i) => [`C${i + 1}`, `CBO ${i + 1}`, 'many']),
    ];
    const runtime = await openWorkbook({ CBOs: bad(1200) });
    runtime.run('validateData', { quiet: true });
    const first = sheetValues(runtime, 'Validation');
    expect(first.length).toBeGreaterThan(1200);
    const sheet = runtime.spreadsheet.getSheetByName('Validation')!;
    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(first.length);
    // Fewer problems: no row of the first run is left behind.
    runtime.spreadsheet.getSheetByName('CBOs')!.getRange('C2:C1201').setValue(12);
    runtime.run('validateData', { quiet: true });
    const second = sheetValues(runtime, 'Validation');
    expect(second[0]).toEqual(first[0]);
    expect(second.length).toBeLessThan(100);
  });

  test('Change log keeps logging past the 1,000 rows of a new sheet', async () => {
    const runtime = await openWorkbook({
      CBOs: [
        ['CBO ID', 'CBO name'],
        ['C1', 'One'],
      ],
    });
    runtime.run('startChangeLog');
    // A paste of 60 × 20 cells logs 51 rows; 20 of them pass row 1,000.
    for (let i = 0; i < 20; i++) {
      const paste = Array.from({ length: 60 }, (_, r) => [`C${r}`, `name ${i}-${r}`]);
      const { results } = runtime.edit('CBOs', 'A2:B61', paste, { user: 'sok@example.org' });
      expect(results.every((r) => r.error === undefined)).toBe(true);
    }
    const log = sheetValues(runtime, 'Change log');
    expect(log.length).toBe(1 + 20 * 51);
    expect(runtime.spreadsheet.getSheetByName('Change log')!.getMaxRows()).toBeGreaterThanOrEqual(log.length);
  });
});

describe('the change log when Sheets withholds things', () => {
  test("an editor whose e-mail is withheld is logged as unknown, and a paste's old value as not known", async () => {
    const runtime = await openWorkbook({
      CBOs: [
        ['CBO ID', 'CBO name'],
        ['C1', 'One'],
      ],
    });
    runtime.run('startChangeLog');
    runtime.edit('CBOs', 'B2', 'Uno', { user: '' });
    // A paste into one cell: Sheets gives neither value nor oldValue.
    runtime.evaluate(
      `logChange({ range: SpreadsheetApp.getActiveSpreadsheet().getSheetByName('CBOs').getRange('A2'),
                   source: SpreadsheetApp.getActiveSpreadsheet(), user: { getEmail: function () { return ''; } } })`,
    );
    const log = sheetValues(runtime, 'Change log');
    expect(log.slice(1).map((row) => [row[1], row[3], row[4], row[5]])).toEqual([
      ['(unknown)', 'B2', 'One', 'Uno'],
      ['(unknown)', 'A2', '(not known for a paste)', 'C1'],
    ]);
  });
});

describe('size limits', () => {
  test('10,000 marked cells with Khmer notes: the highlight memory fits the property limits and the notes come back', async () => {
    const n = 10000;
    const rows: Cell[][] = [['CBO ID', 'CBO name', 'Members']];
    for (let i = 1; i <= n; i++) rows.push([`C${i}`, `CBO ${i}`, 'many']);
    const runtime = await openWorkbook({ CBOs: rows });
    const members = runtime.spreadsheet.getSheetByName('CBOs')!.getRange(2, 3, n, 1);
    const khmer = 'សមាជិកសហគមន៍ត្រូវបានរាប់ដោយប្រធានភូមិនៅខែមុន';
    members.setNotes(Array.from({ length: n }, (_, i) => [`${khmer} ${i}`]));
    members.setBackgrounds(Array.from({ length: n }, () => ['#cfe2f3']));
    runtime.run('validateData', { quiet: true });
    const stored = JSON.parse(
      String(runtime.evaluate('JSON.stringify(PropertiesService.getDocumentProperties().getProperties())')),
    ) as Record<string, string>;
    const values = Object.values(stored);
    const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
    expect(values.length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(stored))
      expect(bytes(key) + bytes(value)).toBeLessThanOrEqual(9 * 1024);
    const total = Object.entries(stored).reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0);
    expect(total).toBeLessThanOrEqual(500 * 1024);
    expect(members.getNotes()[7][0]).toMatch(/^CBO Tracker: /);
    // Fixed: the marks go, the user's own notes and fills come back.
    members.setValue(12);
    runtime.run('validateData', { quiet: true });
    expect(members.getNotes()[7][0]).toBe(`${khmer} 7`);
    expect(members.getBackgrounds()[n - 1][0]).toBe('#cfe2f3');
  });

  test('a snapshot of a long row is split over cells of at most 50,000 characters, and collect still reads it', async () => {
    const long = 'ក'.repeat(30000);
    const runtime = await openWorkbook({
      CBOs: [
        ['CBO ID', 'CBO name', 'Notes', 'More notes', 'Partner'],
        ['C1', 'One', long, long, 'Partner A'],
        ['C2', 'Two', 'short', '', 'Partner A'],
      ],
      Partners: [
        ['Partner', 'Email'],
        ['Partner A', 'a@example.org'],
      ],
    });
    runtime.run('createPartnerSheets');
    const snapshots = runtime.spreadsheet.getSheetByName('Partner snapshots')!.getDataRange().getValues();
    for (const row of snapshots)
      for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(50000);
    const copy = runtime.createdSpreadsheets[0].getSheetByName('CBOs')!;
    copy.getRange('B2').setValue('One (renamed)');
    const collected = runtime.run('collectPartnerUpdates') as { updated: number; conflicts: number };
    expect(collected).toMatchObject({ updated: 1, conflicts: 0 });
    expect(sheetValues(runtime, 'CBOs')[1].slice(0, 3)).toEqual(['C1', 'One (renamed)', long]);
  });
});

describe('collect writes only the cells it changes', () => {
  test('a formula in CBOs is never replaced by a partner value, and it is said so in Sync conflicts', async () => {
    const runtime = await openWorkbook({
      CBOs: [
        ['CBO ID', 'CBO name', 'Members', 'Partner'],
        ['C1', 'One', 10, 'Partner A'],
        ['C2', 'Two', 20, 'Partner A'],
      ],
      Partners: [
        ['Partner', 'Email'],
        ['Partner A', 'a@example.org'],
      ],
    });
    const cbos = runtime.spreadsheet.getSheetByName('CBOs')!;
    cbos.getRange('C3').setFormula('=C2*2');
    runtime.run('createPartnerSheets');
    const copy = runtime.createdSpreadsheets[0].getSheetByName('CBOs')!;
    copy.getRange('C3').setValue(25);
    copy.getRange('B2').setValue('One (renamed)');
    const collected = runtime.run('collectPartnerUpdates') as { updated: number };
    expect(collected.updated).toBe(1);
    expect(cbos.getRange('C3').getFormula()).toBe('=C2*2');
    expect(cbos.getRange('B2').getValue()).toBe('One (renamed)');
    const conflicts = sheetValues(runtime, 'Sync conflicts');
    expect(conflicts.some((row) => String(row[7]).includes('formula'))).toBe(true);
    const log = sheetValues(runtime, 'Change log');
    expect(log.slice(1).map((row) => row[3])).toEqual(['B2']);
  });
});

describe('validation marks are written as changes', () => {
  test('a second run with the same problems reads and writes no mark; fixing one cell rewrites that cell only', async () => {
    const rows: Cell[][] = [['CBO ID', 'CBO name', 'Members']];
    for (let i = 1; i <= 300; i++) rows.push([`C${i}`, `CBO ${i}`, i % 3 ? 12 : 'many']);
    const runtime = await openWorkbook({ CBOs: rows });
    const sheet = runtime.spreadsheet.getSheetByName('CBOs')!;
    sheet.getRange('C4').setNote('counted in May');
    runtime.run('validateData', { quiet: true });
    expect(sheet.getRange('C4').getNote()).toMatch(/^CBO Tracker: [\s\S]*\n\ncounted in May$/);
    runtime.calls.reset();
    runtime.run('validateData', { quiet: true });
    const calls = runtime.calls.byMethod();
    expect(calls['Sheets.Spreadsheets.batchUpdate']).toBeUndefined();
    expect(calls['Sheets.Spreadsheets.get']).toBeUndefined();
    // C4 is fixed and B2's neighbour C2 is fine: only C4 changes.
    sheet.getRange('C4').setValue(15);
    sheet.getRange('B7').setBackground('#00ff00');
    runtime.calls.reset();
    runtime.run('validateData', { quiet: true });
    expect(runtime.calls.byMethod()).toMatchObject({
      'Sheets.Spreadsheets.batchUpdate': 1,
      'Sheets.Spreadsheets.get': 1,
    });
    expect(sheet.getRange('C4').getNote()).toBe('counted in May');
    expect(sheet.getRange('C4').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('C7').getNote()).toMatch(/^CBO Tracker: /);
    expect(sheet.getRange('B7').getBackground()).toBe('#00ff00');
  });
});

/** The partner sheets job through build/Code.js: steps within a budget, resumed without a second copy. */
import type { Cell } from '../../src/workbook/values';
import { COPY_SPARE_ROWS } from '../../src/sharing/partners/copy-plan';
import { headerDescription } from '../../src/sharing/protection/plan';
import { ensureBuild, openWorkbook, sheetValues } from '../support/runtime';

beforeAll(() => ensureBuild());

function workbook(partners: number): Record<string, Cell[][]> {
  const cbos: Cell[][] = [['CBO ID', 'CBO name', 'Partner', 'Date registered']];
  const list: Cell[][] = [['Partner', 'Email']];
  for (let p = 1; p <= partners; p++) {
    list.push([`Partner ${p}`, `p${p}@example.org`]);
    for (let i = 1; i <= 3; i++)
      cbos.push([`C${p}-${i}`, `CBO ${p}.${i}`, `Partner ${p}`, new Date(Date.UTC(2024, 0, i))]);
  }
  // Date registered is the user's own column: copies carry it because Settings names it.
  const settings = [
    ['Setting', 'Value'],
    ['Partner columns', 'Date registered'],
  ];
  return { CBOs: cbos, Partners: list, Settings: settings };
}

describe('partners-split job', () => {
  test('one partner per step at a tiny budget; a step cut short and a new run make no second copy', async () => {
    const runtime = await openWorkbook(workbook(3));
    runtime.calls.reset();
    const started = runtime.run('sidebarStartJob', 'partners-split') as { total: number; done: number };
    expect(started).toMatchObject({ total: 3, done: 0 });
    // Starting reads the Partners sheet (and Settings) only: CBOs is read by the steps that make the copies.
    const cells = (sheet: string) => sheetValues(runtime, sheet).reduce((n, row) => n + row.length, 0);
    expect(runtime.calls.cellsRead).toBeLessThanOrEqual(cells('Partners') + cells('Settings'));
    const first = runtime.run('sidebarStepJob', 'partners-split', 1) as { done: number; finished: boolean };
    expect(first).toMatchObject({ done: 1, finished: false });
    expect(runtime.createdSpreadsheets).toHaveLength(1);
    // The copy's ID is in Partners at once.
    expect(sheetValues(runtime, 'Partners')[1][2]).toBe(runtime.createdSpreadsheets[0].getId());
    // The menu goes on where the job stopped.
    const menu = runtime.run('createPartnerSheets') as { finished: boolean; partners: { partner: string }[] };
    expect(menu.finished).toBe(true);
    expect(menu.partners.map((p) => p.partner)).toEqual(['Partner 2', 'Partner 3']);
    expect(runtime.createdSpreadsheets).toHaveLength(3);
    // Dates stay dates in the copies (one Spreadsheets.create with the data).
    const copy = runtime.createdSpreadsheets[0].getSheetByName('CBOs')!;
    expect(Object.prototype.toString.call(copy.getRange('D2').getValue())).toBe('[object Date]');
    // A new run refreshes the three copies.
    const again = runtime.run('createPartnerSheets') as { partners: { reused: boolean }[] };
    expect(again.partners.map((p) => p.reused)).toEqual([true, true, true]);
    expect(runtime.createdSpreadsheets).toHaveLength(3);
    const collected = runtime.run('collectPartnerUpdates') as { updated: number; conflicts: number };
    expect(collected).toMatchObject({ updated: 0, conflicts: 0 });
    // One edit in one copy: collect rewrites that CBO's snapshot row only, in place (the others
    // keep their "Updated" time).
    runtime.createdSpreadsheets[1].getSheetByName('CBOs')!.getRange('B3').setValue('Renamed by the partner');
    const snapshotSheet = runtime.spreadsheet.getSheetByName('Partner snapshots')!;
    const rows = snapshotSheet.getLastRow() - 1;
    snapshotSheet.getRange(2, 4, rows, 1).setValues(Array.from({ length: rows }, () => ['before']));
    const before = sheetValues(runtime, 'Partner snapshots');
    expect(runtime.run('collectPartnerUpdates')).toMatchObject({ updated: 1, conflicts: 0 });
    const after = sheetValues(runtime, 'Partner snapshots');
    const changed = after.filter((row, i) => row.join('|') !== before[i].join('|'));
    expect(changed).toHaveLength(1);
    expect(changed[0].slice(0, 2)).toEqual(['Partner 2', 'C2-2']);
    expect(String(changed[0][2])).toContain('Renamed by the partner');
    expect(changed[0][3]).not.toBe('before');
  });

  test('a new copy costs a handful of calls, whatever its number of rows', async () => {
    const counts: number[] = [];
    for (const n of [1, 4]) {
      const runtime = await openWorkbook(workbook(n));
      runtime.calls.reset();
      runtime.run('createPartnerSheets');
      const calls = runtime.calls.byMethod();
      expect(calls['Sheets.Spreadsheets.create']).toBe(n);
      // Shared with one Drive.Permissions.create per partner e-mail, without opening the copy.
      expect(calls['Drive.Permissions.create']).toBe(n);
      expect(calls['SpreadsheetApp.openById']).toBeUndefined();
      for (const copy of runtime.createdSpreadsheets) expect(copy._state.editors).toHaveLength(1);
      // Dropdowns and protections come with the create: no batchUpdate per copy (one for the
      // master's Partner snapshots sheet, whatever the partners).
      expect(calls['Sheets.Spreadsheets.batchUpdate'] ?? 0).toBeLessThanOrEqual(1);
      for (const copy of runtime.createdSpreadsheets) {
        const cbos = copy.getSheetByName('CBOs')!;
        // The grid fits the partner's rows, with spare rows (and their dropdowns) for new CBOs.
        expect(cbos.getMaxRows()).toBe(4 + COPY_SPARE_ROWS);
        expect(cbos.getMaxColumns()).toBe(4);
        expect(
          cbos
            .getRange(4 + COPY_SPARE_ROWS, 3)
            .getDataValidation()
            ?.getHelpText(),
        ).toMatch(/^CBO Tracker/);
        const descriptions = copy
          .getSheets()
          .flatMap((sheet) =>
            [...sheet.getProtections('RANGE' as never), ...sheet.getProtections('SHEET' as never)].map((p) =>
              p.getDescription(),
            ),
          );
        expect(descriptions).toContain(headerDescription('CBOs'));
      }
      counts.push(runtime.calls.total());
    }
    // Each further partner: create, the share, its ID written (a few calls).
    expect((counts[1] - counts[0]) / 3).toBeLessThanOrEqual(10);
  });
});

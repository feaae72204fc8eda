/**
 * Partner sheets on the workbooks people really have: a mistyped partner address, a run that
 * stopped before it saved what it sent, a CBO ID on two rows of CBOs.
 */
import { OfflineRuntime } from '../../src/offline/runtime';
import { CODE_PATH, ensureBuild } from '../support/runtime';
import type { Cell } from '../../src/workbook/values';

const codePath = CODE_PATH;

beforeAll(() => ensureBuild());

const HEADER = ['CBO ID', 'CBO name', 'Province', 'Members', 'Partner'];
function workbook(emailA = 'a@example.org', ids?: string[]): Record<string, Cell[][]> {
  const cbos: Cell[][] = [HEADER];
  for (let i = 1; i <= 4; i++)
    cbos.push([ids?.[i - 1] ?? `C${i}`, `CBO ${i}`, 'Takeo', 10 + i, i % 2 ? 'Partner A' : 'Partner B']);
  return {
    CBOs: cbos,
    Partners: [
      ['Partner', 'Type', 'Email', 'Receives reports'],
      ['Partner A', 'LNGO', emailA, 'Yes'],
      ['Partner B', 'LNGO', 'b@example.org', 'No'],
    ],
  };
}

type Split = {
  partners: {
    partner: string;
    id: string;
    reused: boolean;
    refused?: string;
    editors: string[];
    problems?: { sheet: string; row: number; column: string; code: string; value: string; message: string }[];
  }[];
};

/** As if the run had stopped after making the copies: nothing in Partner snapshots but its header. */
function forgetSnapshots(runtime: OfflineRuntime) {
  const sheet = runtime.spreadsheet.getSheetByName('Partner snapshots')!;
  sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).clearContent();
}

function copyOf(runtime: OfflineRuntime, partner: string) {
  return runtime.createdSpreadsheets.find((s) => s.getName() === `${partner} – CBOs`)!;
}

describe('partner sheets with a partner address that is not an e-mail address', () => {
  test('every copy is made and recorded, the address is reported on its Partners row; the retry makes no second copy', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook('a@example.org, info@kfa'), codePath });
    const first = runtime.run('createPartnerSheets') as Split;
    expect(first.partners.map((p) => [p.partner, p.reused, !!p.refused])).toEqual([
      ['Partner A', false, false],
      ['Partner B', false, false],
    ]);
    expect(first.partners[0].editors).toEqual(['a@example.org']);
    expect(first.partners[0].problems).toEqual([
      expect.objectContaining({
        sheet: 'Partners',
        row: 2,
        column: 'Email',
        code: 'invalid-email',
        value: 'info@kfa',
      }),
    ]);
    expect(first.partners[0].problems![0].message).toMatch(
      /"info@kfa" is not an e-mail address: the copy of Partner A is not shared with it/,
    );
    expect(runtime.ui.alerts.some((a) => /Partners row 2, Email: "info@kfa"/.test(a.text))).toBe(true);
    const ids = runtime
      .sheetValues('Partners')!
      .slice(1)
      .map((row) => row[4]);
    expect(ids).toEqual(first.partners.map((p) => p.id));
    expect(copyOf(runtime, 'Partner A')._state.editors).toContain('a@example.org');

    // The address corrected: the same copies are refreshed (none refused, none made again) and shared with it.
    runtime.spreadsheet
      .getSheetByName('Partners')!
      .getRange('C2')
      .setValue('a@example.org, info@kfa.example.org');
    const second = runtime.run('createPartnerSheets') as Split;
    expect(second.partners.map((p) => [p.id, p.reused, p.refused ?? ''])).toEqual(
      first.partners.map((p) => [p.id, true, '']),
    );
    expect(runtime.createdSpreadsheets).toHaveLength(2);
    expect(copyOf(runtime, 'Partner A')._state.editors).toContain('info@kfa.example.org');
  });

  test('a run that stopped before it saved what it sent: unedited copies are refreshed, an edited one is left alone', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook(), codePath });
    runtime.run('createPartnerSheets');
    forgetSnapshots(runtime);
    const again = runtime.run('createPartnerSheets') as Split;
    expect(again.partners.map((p) => [p.reused, p.refused ?? ''])).toEqual([
      [true, ''],
      [true, ''],
    ]);
    forgetSnapshots(runtime);
    copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange('D2').setValue(99);
    const third = runtime.run('createPartnerSheets') as Split;
    expect(third.partners[0].refused).toMatch(/C1 › Members/);
    expect(third.partners[1]).toMatchObject({ reused: true });
    expect(copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange('D2').getValue()).toBe(99);
  });
});

describe('a CBO ID on two rows of CBOs', () => {
  // C1 is on rows 2 and 4, both Partner A's.
  const ids = ['C1', 'C2', 'C1', 'C4'];

  test('the unedited copy is refreshed; collect says it once as the master’s problem and lists no false conflict', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook('a@example.org', ids), codePath });
    const first = runtime.run('createPartnerSheets') as Split;
    expect(first.partners[0].problems).toBeUndefined();
    const second = runtime.run('createPartnerSheets') as Split;
    expect(second.partners.map((p) => [p.reused, p.refused ?? ''])).toEqual([
      [true, ''],
      [true, ''],
    ]);
    const collect = runtime.run('collectPartnerUpdates') as {
      updated: number;
      conflicts: number;
      problems: { code: string }[];
    };
    expect(collect).toMatchObject({ updated: 0, conflicts: 1 });
    expect(collect.problems.filter((p) => p.code === 'duplicate-id')).toEqual([]);
    const conflicts = runtime.sheetValues('Sync conflicts')!.slice(1);
    expect(conflicts).toHaveLength(1);
    // The rows are in the note (with the sheet), not in Master value.
    expect(conflicts[0].slice(0, 4)).toEqual(['Partner A', 'C1', 'CBO ID', '']);
    expect(String(conflicts[0][7])).toMatch(/on rows 2, 4 of CBOs/);
  });

  test('a partner’s edit of such a row is kept in the copy: not collected, and the copy is not refreshed over it', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook('a@example.org', ids), codePath });
    runtime.run('createPartnerSheets');
    copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange('B3').setValue('Renamed by A');
    expect(runtime.run('collectPartnerUpdates')).toMatchObject({ updated: 0, conflicts: 1 });
    expect(runtime.sheetValues('CBOs')![3][1]).toBe('CBO 3');
    const again = runtime.run('createPartnerSheets') as Split;
    expect(again.partners[0].refused).toMatch(/C1 › CBO name/);
    expect(copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange('B3').getValue()).toBe(
      'Renamed by A',
    );
  });
});

describe('a problem that was already in CBOs', () => {
  test('does not hold back a partner’s valid change of the same row; it is still listed', async () => {
    const sheets = workbook();
    sheets.CBOs[1][1] = ''; // C1 has no CBO name in CBOs
    const runtime = await OfflineRuntime.open({ sheets, codePath });
    runtime.run('createPartnerSheets');
    copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange('D2').setValue(25);
    const result = runtime.run('collectPartnerUpdates') as {
      updated: number;
      heldBack: number;
      problems: { row: number; column: string; heldBack: boolean }[];
    };
    expect(result).toMatchObject({ updated: 1, heldBack: 0 });
    expect(runtime.sheetValues('CBOs')![1][3]).toBe(25);
    expect(result.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 2, column: 'CBO name', heldBack: false })]),
    );
  });
});

describe('a colleague who collects the copies the owner made', () => {
  type Collect = {
    updated: number;
    conflicts: number;
    notShared: number;
    partners: { partner: string; refused?: string; notShared?: boolean }[];
  };

  test('an editor of the workbook when the copies were made can collect them', async () => {
    const runtime = await OfflineRuntime.open({
      sheets: workbook(),
      codePath,
      ownerEmail: 'owner@example.org',
    });
    runtime.actAs('staff@example.org'); // the owner shared the workbook with staff
    runtime.actAs('owner@example.org');
    runtime.run('createPartnerSheets');
    copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange('D2').setValue(30);
    runtime.actAs('staff@example.org');
    expect(runtime.run('collectPartnerUpdates')).toMatchObject({ updated: 1, notShared: 0, conflicts: 0 });
  });

  test('one who became an editor later is told who can collect and how to get access; no conflict, no second copy', async () => {
    const runtime = await OfflineRuntime.open({
      sheets: workbook(),
      codePath,
      ownerEmail: 'owner@example.org',
    });
    runtime.run('createPartnerSheets');
    runtime.actAs('staff@example.org');
    const refused = runtime.run('collectPartnerUpdates') as Collect;
    expect(refused).toMatchObject({ updated: 0, conflicts: 0, notShared: 2 });
    expect(refused.partners[0]).toMatchObject({ partner: 'Partner A', notShared: true });
    expect(refused.partners[0].refused).toMatch(
      /not shared with you \(staff@example\.org\): ask whoever ran Create partner sheets to collect, or to run it again/,
    );
    expect(refused.partners[0].refused).not.toMatch(/caller does not have permission/);
    expect(runtime.sheetValues('Sync conflicts')!.slice(1)).toEqual([]);
    expect(runtime.ui.events.some((e) => /2 copies not shared with you/.test(e.text))).toBe(true);
    // Create partner sheets by staff makes no second copy of a copy it cannot see.
    const split = runtime.run('createPartnerSheets') as Split;
    expect(split.partners.every((p) => /not shared with you/.test(p.refused ?? ''))).toBe(true);
    expect(runtime.createdSpreadsheets).toHaveLength(2);
    // The owner runs Create partner sheets again: the copies are shared with the workbook's editors.
    runtime.actAs('owner@example.org');
    runtime.run('createPartnerSheets');
    copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange('D2').setValue(30);
    runtime.actAs('staff@example.org');
    expect(runtime.run('collectPartnerUpdates')).toMatchObject({ updated: 1, notShared: 0 });
  });
});

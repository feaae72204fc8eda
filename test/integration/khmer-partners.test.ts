/**
 * A partner copy in Khmer (Partners › Language = km): Khmer header notes and dropdown help, the
 * contract's headers kept; edits typed the Khmer way (បាទ, Khmer digits, Khmer place names) are
 * collected back; the Partner problems of a Khmer workbook are in Khmer.
 */
import { OfflineRuntime } from '../../src/offline/runtime';
import { CODE_PATH, ensureBuild } from '../support/runtime';
import type { Cell } from '../../src/workbook/values';

beforeAll(() => ensureBuild());

const HEADER = ['CBO ID', 'CBO name', 'Province', 'District', 'Members', 'Partner', 'Target'];

function workbook(settingsLanguage: string): Record<string, Cell[][]> {
  return {
    Settings: [
      ['Setting', 'Value'],
      ['Language', settingsLanguage],
    ],
    CBOs: [
      HEADER,
      ['C1', 'សហគមន៍ ១', 'Kandal', 'Kien Svay', 10, 'ដៃគូ ក', 'Yes'],
      ['C2', 'Community 2', 'Takeo', 'Bati', 12, 'Partner B', 'No'],
    ],
    Partners: [
      ['Partner', 'Type', 'Email', 'Receives reports', 'Language'],
      ['ដៃគូ ក', 'LNGO', 'a@example.org', 'Yes', 'km'],
      ['Partner B', 'LNGO', 'b@example.org', 'No', ''],
    ],
    Geography: [
      ['Province', 'District', 'Province (Khmer)', 'District (Khmer)'],
      ['Kandal', 'Kien Svay', 'កណ្តាល', 'កៀនស្វាយ'],
      ['Takeo', 'Bati', 'តាកែវ', 'បាទី'],
    ],
    Lists: [['Sector'], ['Health']],
  };
}

const copyOf = (runtime: OfflineRuntime, partner: string) =>
  runtime.createdSpreadsheets.find((s) => s.getName() === `${partner} – CBOs`)!.getSheetByName('CBOs')!;

describe('partner copies in Khmer', () => {
  test('Khmer notes and help on a Khmer copy; an English copy has English help and one note, under CBO ID', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook('en'), codePath: CODE_PATH });
    runtime.run('createPartnerSheets');
    const khmer = copyOf(runtime, 'ដៃគូ ក');
    expect(khmer.getRange(1, 1, 1, HEADER.length).getValues()[0]).toEqual(HEADER);
    const notes = khmer.getRange(1, 1, 1, HEADER.length).getNotes()[0];
    expect(notes[0]).toMatch(/^លេខសម្គាល់ CBO/);
    expect(notes.every((note: string) => /[\u1780-\u17FF]/.test(note))).toBe(true);
    const help = khmer.getRange('G2').getDataValidation()?.getHelpText() ?? '';
    expect(help).toMatch(/^CBO Tracker: Yes ឬ No/);

    const english = copyOf(runtime, 'Partner B');
    const [idNote, ...others] = english.getRange(1, 1, 1, HEADER.length).getNotes()[0];
    expect(idNote).toMatch(/^The CBO’s ID: do not change it on the rows you were sent/);
    expect(others.every((n: string) => n === '')).toBe(true);
    expect(english.getRange('G2').getDataValidation()?.getHelpText()).toMatch(/^CBO Tracker: Yes or No/);
  });

  test('edits typed the Khmer way are collected; problems of a Khmer workbook are in Khmer', async () => {
    const runtime = await OfflineRuntime.open({ sheets: workbook('km'), codePath: CODE_PATH });
    runtime.run('createPartnerSheets');
    const copy = copyOf(runtime, 'ដៃគូ ក');
    copy.getRange('C2:E2').setValues([['កណ្តាល', 'កៀនស្វាយ', '២៥']]);
    copy.getRange('G2').setValue('ចាស');
    copy.getRange('A3:G3').setValues([['C9', 'សហគមន៍ ៩', 'កណ្តាល', 'កៀនស្វាយ', 'ច្រើន', 'ដៃគូ ក', 'បាទ']]);
    const summary = runtime.run('collectPartnerUpdates') as { updated: number; appended: number };
    expect(summary.updated).toBeGreaterThanOrEqual(1);
    const cbos = runtime.sheetValues('CBOs')!;
    const c1 = cbos.find((row) => row[0] === 'C1')!;
    expect(String(c1[4])).toMatch(/^(25|២៥)$/);
    // The new row has an error (Members is not a number): held back, reported in Khmer.
    expect(cbos.some((row) => row[0] === 'C9')).toBe(false);
    const problems = runtime.sheetValues('Partner problems')!;
    const members = problems.find((row) => row[3] === 'Members')!;
    expect(members[5]).toBe('កំហុស');
    expect(String(members[8])).toMatch(/^មិនទាន់បានប្រមូល/);
    expect(runtime.ui.toasts.at(-1)?.text).toMatch(/[\u1780-\u17FF]/);
  });
});

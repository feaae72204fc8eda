/**
 * Collect partner updates leaves unread only the copies that did not change since a collect that
 * had nothing to report for them but problems (collect-state.ts): whatever a partner, the
 * coordinator or a file edited outside the runtime changes, that copy is read again and nothing
 * is lost.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OfflineRuntime } from '../../src/offline/runtime';
import { CODE_PATH, ensureBuild } from '../support/runtime';
import type { Cell } from '../../src/workbook/values';

const codePath = CODE_PATH;

beforeAll(() => ensureBuild());

const HEADER = ['CBO ID', 'CBO name', 'Province', 'Members', 'Partner'];
const PARTNERS = ['Partner A', 'Partner B', 'Partner C'];

function workbook(): Record<string, Cell[][]> {
  const cbos: Cell[][] = [HEADER];
  for (let i = 1; i <= 9; i++) cbos.push([`C${i}`, `CBO ${i}`, 'Takeo', 10 + i, PARTNERS[i % 3]]);
  // C3 (Partner A's) without a name: a problem of its copy, there before any partner edit.
  cbos[3][1] = '';
  return {
    CBOs: cbos,
    Partners: [
      ['Partner', 'Type', 'Email', 'Receives reports'],
      ...PARTNERS.map((p, i) => [p, 'LNGO', `p${i}@example.org`, 'No']),
    ],
  };
}

type Summary = {
  updated: number;
  conflicts: number;
  partners: { partner: string; updated: number; problems: number; issues: number; unchanged?: boolean }[];
  problems: {
    partner: string;
    code: string;
    row: number;
    column: string;
    severity: string;
    message: string;
    fix: string;
  }[];
};

function copyOf(runtime: OfflineRuntime, partner: string) {
  return runtime.createdSpreadsheets.find((s) => s.getName() === `${partner} – CBOs`)!;
}

/** Runs a collect; returns its summary and how many copies it read. */
function collect(runtime: OfflineRuntime): { summary: Summary; reads: number } {
  const before = runtime.calls.byMethod()['Sheets.Spreadsheets.get'] ?? 0;
  const summary = runtime.run('collectPartnerUpdates') as Summary;
  return { summary, reads: (runtime.calls.byMethod()['Sheets.Spreadsheets.get'] ?? 0) - before };
}

const unchanged = (summary: Summary) => summary.partners.filter((p) => p.unchanged).map((p) => p.partner);

async function splitAndCollect() {
  const runtime = await OfflineRuntime.open({ sheets: workbook(), codePath });
  runtime.run('createPartnerSheets');
  const first = collect(runtime);
  expect(first.reads).toBe(3);
  return { runtime, first };
}

describe('collect leaves unchanged copies unread', () => {
  test('a second collect reads only the copy a partner edited; its edit is collected, the others are reported unchanged with their problems', async () => {
    const { runtime, first } = await splitAndCollect();
    // Every copy has problems (columns the contract wants, C3's empty name): they are carried over.
    expect(new Set(first.summary.problems.map((p) => p.partner))).toEqual(new Set(PARTNERS));
    expect(first.summary.problems).toContainEqual(
      expect.objectContaining({ partner: 'Partner A', code: 'required', row: 2 }),
    );
    const problemsBefore = runtime.sheetValues('Partner problems');

    // Nothing changed: no copy is read, and Partner problems is the same.
    const idle = collect(runtime);
    expect(idle.reads).toBe(0);
    expect(unchanged(idle.summary)).toEqual(PARTNERS);
    // The same problems, said in the sheet's words (the workbook's language).
    const said = (problems: Summary['problems']) =>
      problems.map(({ partner, code, row, column, severity, message, fix }) => ({
        ...{ partner, code, row, column, severity, message, fix },
      }));
    expect(said(idle.summary.problems)).toEqual(said(first.summary.problems));
    expect(runtime.sheetValues('Partner problems')).toEqual(problemsBefore);

    // Partner A edits a cell of its copy: only that copy is read, and the edit reaches CBOs.
    copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange(2, 4).setValue(99);
    const second = collect(runtime);
    expect(second.reads).toBe(1);
    expect(unchanged(second.summary)).toEqual(['Partner B', 'Partner C']);
    expect(second.summary.updated).toBe(1);
    const cbos = runtime.sheetValues('CBOs')!;
    expect(cbos.find((row) => row[0] === 'C3')![3]).toBe(99);
    expect(runtime.sheetValues('Partner problems')).toEqual(problemsBefore);
    // Then it is unchanged again.
    expect(collect(runtime).reads).toBe(0);
  });

  test('a copy with a conflict is read every time until the conflict is settled', async () => {
    const { runtime } = await splitAndCollect();
    // Partner A and the coordinator change the same cell to different values: a conflict.
    copyOf(runtime, 'Partner A').getSheetByName('CBOs')!.getRange(2, 4).setValue(50);
    runtime.spreadsheet.getSheetByName('CBOs')!.getRange(4, 4).setValue(60);
    const conflict = collect(runtime);
    expect(conflict.reads).toBe(1);
    expect(conflict.summary.conflicts).toBe(1);
    // The copy is not edited again, but it is read: the conflict stays in Sync conflicts.
    const again = collect(runtime);
    expect(again.reads).toBe(1);
    expect(again.summary.conflicts).toBe(1);
    expect(runtime.sheetValues('Sync conflicts')!.length).toBe(2);
    // The coordinator takes the partner's value: settled, and the copy is left unread after.
    runtime.spreadsheet.getSheetByName('CBOs')!.getRange(4, 4).setValue(50);
    expect(collect(runtime).summary.conflicts).toBe(0);
    expect(collect(runtime).reads).toBe(0);
  });

  test('a CBO moved to another partner, a new CBOs column or a change to Lists makes the copies read again', async () => {
    const { runtime } = await splitAndCollect();
    const cbos = runtime.spreadsheet.getSheetByName('CBOs')!;
    // C3 (Partner A's) given to Partner B in CBOs: Partner A's copy is read (and C3 flagged).
    cbos.getRange(4, 5).setValue('Partner B');
    const moved = collect(runtime);
    expect(moved.reads).toBe(1);
    expect(unchanged(moved.summary)).toEqual(['Partner B', 'Partner C']);
    expect(moved.summary.partners.find((p) => p.partner === 'Partner A')!.issues).toBe(1);
    // A column added to CBOs: every copy is read (each lacks it).
    cbos.getRange(1, 6).setValue('Notes');
    expect(collect(runtime).reads).toBe(3);
  });

  test('a copy edited as a file between runs is read; one saved by the runtime and not touched is not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collect-unchanged-'));
    try {
      const { runtime } = await splitAndCollect();
      await runtime.save(path.join(dir, 'workbook.xlsx'));
      const index = JSON.parse(fs.readFileSync(path.join(dir, '.index.json'), 'utf8')) as Record<
        string,
        string
      >;
      const files = Object.fromEntries(Object.entries(index).map(([id, f]) => [id, path.join(dir, f)]));
      // Partner B edits its copy in a spreadsheet program (here exceljs): the file changes, its sidecar does not.
      const fileB = Object.values(files).find((f) => path.basename(f).startsWith('Partner B'))!;
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(fileB);
      book.getWorksheet('CBOs')!.getCell('D2').value = 77;
      await book.xlsx.writeFile(fileB);

      const next = await OfflineRuntime.open({
        workbookPath: path.join(dir, 'workbook.xlsx'),
        spreadsheetFiles: files,
        codePath,
      });
      const run = collect(next);
      expect(run.reads).toBe(1);
      expect(unchanged(run.summary)).toEqual(['Partner A', 'Partner C']);
      const row = next.sheetValues('CBOs')!.find((r) => r[4] === 'Partner B')!;
      expect(row[3]).toBe(77);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

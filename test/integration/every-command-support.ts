/**
 * Every command and every menu function, through the built CLI, as a staff editor who is not a
 * coordinator (#9), after the owner ran Set up sheets: each exits 0 and nothing the user had is
 * lost. Shared by every-command-example.test.ts and every-command-openpyxl.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { MENU } from '../../src/menu/menu';
import { runCli } from '../support/cli';
import { openWorkbookFile, sheetValues } from '../support/runtime';

export const STAFF = 'staff@example.org';
export const COMMANDS = [
  'validate',
  'indicators',
  'setup',
  'minutes',
  'report',
  'share',
  'partners-split',
  'partners-collect',
];
export const MENU_FUNCTIONS = MENU.flat().map((item) => item.functionName);

/** Runs a chain of steps, each on the workbook the previous one saved; returns the last one's file. */
export function chain(dir: string, input: string, steps: string[][], extra: string[]): string {
  let file = input;
  steps.forEach((step, i) => {
    const out = `step-${path.basename(dir)}-${i + 1}`;
    const result = runCli(dir, ...step.slice(0, step[0] === 'run' ? 2 : 1), file, '--out', out, ...extra);
    // The step, its exit code, and what it said when it did not exit 0.
    expect([step.join(' '), result.code, result.code === 0 ? '' : result.stderr.slice(-1500)]).toEqual([
      step.join(' '),
      0,
      '',
    ]);
    file = path.join(out, path.basename(input));
  });
  return file;
}

/** Every non-empty value of the input is in the output, in the same sheet, row and column header. */
export async function expectNothingLost(dir: string, input: string, output: string): Promise<void> {
  const before = await openWorkbookFile(path.join(dir, input));
  const after = await openWorkbookFile(path.join(dir, output));
  const lost: string[] = [];
  for (const sheet of before.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const old = sheetValues(before, name);
    const now = after.spreadsheet.getSheetByName(name) ? sheetValues(after, name) : undefined;
    if (!now) {
      lost.push(`${name}: the sheet`);
      continue;
    }
    const header = now[0].map(String);
    old[0].forEach((title, c) => {
      if (title === '' || title === null) return;
      const column = header.indexOf(String(title));
      if (column < 0) lost.push(`${name}: column ${String(title)}`);
      for (let r = 1; r < old.length; r++) {
        const value = old[r][c];
        if (value === '' || value === null || column < 0) continue;
        if (String(now[r]?.[column]) !== String(value))
          lost.push(
            `${name} row ${r + 1} ${String(title)}: ${String(value)} became ${String(now[r]?.[column])}`,
          );
      }
    });
  }
  expect(lost.slice(0, 10)).toEqual([]);
}

/** The formatting another tool gave CBOs (openpyxl-rearrange.py) is still there. */
export async function expectFormattingKept(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cbos = workbook.getWorksheet('CBOs') as ExcelJS.Worksheet;
  expect(cbos.getCell('B1').value).toBe('Field team notes');
  expect(cbos.getCell('B1').font?.bold).toBe(true);
  expect((cbos.getCell('B2').fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe('FFFFF2CC');
  expect(cbos.getCell('B3').numFmt).toBe('@');
  expect(cbos.getColumn(2).width).toBeCloseTo(31, 0);
}

export function copyInto(dir: string, source: string, name = 'in.xlsx'): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(source, path.join(dir, name));
  return name;
}

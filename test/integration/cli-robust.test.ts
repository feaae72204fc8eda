/**
 * Crashes and silent exits found by a hostile user (issue 14): prototype names typed as an
 * Indicators Source, numbers too large for a date in date cells, share into a fresh folder, and
 * re-splitting partner copies into their own folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild } from '../support/runtime';
import { runCli } from '../support/cli';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

let dir: string;
beforeAll(() => {
  ensureBuild();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-cli-robust-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(dir, ...args);

function json(...args: string[]) {
  const result = cli(...args, '--json');
  return { ...result, json: JSON.parse(result.stdout) as Record<string, unknown> };
}

/** The example with some cells changed (sheet, header, data row number 2.., value). */
async function exampleWith(
  name: string,
  changes: { sheet: string; header: string; row: number; value: ExcelJS.CellValue; numFmt?: string }[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  for (const change of changes) {
    const ws = workbook.getWorksheet(change.sheet)!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map(String);
    const cell = ws.getRow(change.row).getCell(headers.indexOf(change.header));
    cell.value = change.value;
    if (change.numFmt) cell.numFmt = change.numFmt;
  }
  const file = path.join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

test('an Indicators Source of constructor or __proto__ fails that indicator only, and the report still runs', async () => {
  const file = await exampleWith('proto', [
    { sheet: 'Indicators', header: 'Source', row: 2, value: 'constructor' },
    { sheet: 'Indicators', header: 'Source', row: 3, value: '__proto__' },
  ]);
  const result = json('indicators', file, '--out', path.join(dir, 'proto-out'));
  expect(result.code).toBe(1);
  const summary = result.json.summary as { failed: { id: string; reason: string }[] };
  expect(summary.failed).toEqual([
    { id: 'IND-1.1', reason: 'unknown source "constructor"' },
    { id: 'IND-1.2', reason: 'unknown source "__proto__"' },
  ]);
  const totals = (result.json.results as { breakdown: unknown }[]).filter((r) => r.breakdown === null);
  expect(totals).toHaveLength(8);
  const report = json('report', file, '--out', path.join(dir, 'proto-report'));
  expect(report.code).not.toBe(2);
  expect(report.stderr).not.toMatch(/unexpected|toLowerCase/);
});

test('columns named constructor and __proto__ filter and break down like any other column', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  const cbos = workbook.getWorksheet('CBOs')!;
  const last = cbos.getRow(1).cellCount;
  cbos.getRow(1).getCell(last + 1).value = 'constructor';
  cbos.getRow(1).getCell(last + 2).value = '__proto__';
  for (let row = 2; row <= 11; row++) {
    cbos.getRow(row).getCell(last + 1).value = 'toString';
    cbos.getRow(row).getCell(last + 2).value = row % 2 ? 'odd' : '__proto__';
  }
  const indicators = workbook.getWorksheet('Indicators')!;
  const headers = (indicators.getRow(1).values as ExcelJS.CellValue[]).map(String);
  indicators.getRow(2).getCell(headers.indexOf('Filter')).value = '[constructor] = "toString"';
  indicators.getRow(2).getCell(headers.indexOf('Disaggregate by')).value = '__proto__';
  const file = path.join(dir, 'proto-columns.xlsx');
  await workbook.xlsx.writeFile(file);
  const result = json('indicators', file, '--out', path.join(dir, 'proto-columns-out'));
  expect(result.code).toBe(0);
  const rows = (
    result.json.results as { id: string; breakdown: Record<string, string> | null; display: string }[]
  )
    .filter((r) => r.id === 'IND-1.1')
    .map((r) => [r.breakdown, r.display]);
  expect(rows).toEqual([
    [null, '10'],
    [{ ['__proto__']: '__proto__' }, '5'],
    [{ ['__proto__']: 'odd' }, '5'],
  ]);
  expect(Object.keys(rows[1][0] as object)).toEqual(['__proto__']);
});

test('a number of 1e9 or more in a date cell is a problem on its cell, never an abort', async () => {
  const file = await exampleWith('big-date', [
    { sheet: 'CBOs', header: 'Mapped on', row: 2, value: 1e9, numFmt: 'yyyy-mm-dd' },
    { sheet: 'CBOs', header: 'Mapped on', row: 3, value: 5e9 },
    { sheet: 'Meetings', header: 'Date', row: 2, value: 1e12, numFmt: 'dd/mm/yyyy' },
  ]);
  const validate = json('validate', file, '--out', path.join(dir, 'big-date-out'));
  expect(validate.code).toBe(1);
  const problems = validate.json.problems as {
    sheet: string;
    row: number;
    column: string;
    message: string;
  }[];
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sheet: 'CBOs', row: 2, column: 'Mapped on' }),
      expect.objectContaining({ sheet: 'CBOs', row: 3, column: 'Mapped on' }),
      expect.objectContaining({ sheet: 'Meetings', row: 2, column: 'Date' }),
    ]),
  );
  for (const command of ['indicators', 'minutes', 'report']) {
    const result = json(command, file, '--out', path.join(dir, `big-date-${command}`));
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).not.toMatch(/unexpected|Invalid time value/);
  }
});

test('share into a fresh folder says why it exits 1', () => {
  const result = cli('share', EXAMPLE, '--out', path.join(dir, 'fresh'));
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/Projects row 2 \(Document\): no progress report yet/);
});

test("re-splitting into the copies' own folder is refused before anything is announced", () => {
  const first = path.join(dir, 'split');
  expect(cli('partners-split', EXAMPLE, '--out', first).code).toBe(0);
  const copies = path.join(first, 'partners');
  const before = Object.fromEntries(
    fs.readdirSync(copies).map((f) => [f, fs.readFileSync(path.join(copies, f)).toString('base64')]),
  );
  const again = json('partners-split', EXAMPLE, '--from', first, '--out', first);
  expect(again.code).toBe(2);
  expect(again.json.error).toMatch(/the folder they are read from.*give another --out folder/);
  expect(again.stderr).not.toMatch(/copy refreshed/);
  const after = Object.fromEntries(
    fs.readdirSync(copies).map((f) => [f, fs.readFileSync(path.join(copies, f)).toString('base64')]),
  );
  expect(after).toEqual(before);
  // Through a symbolic link to the same folder too.
  const link = path.join(dir, 'split-link');
  fs.symlinkSync(first, link);
  expect(json('partners-split', EXAMPLE, '--from', first, '--out', link).code).toBe(2);
  // Into another folder the copies are refreshed.
  const other = json('partners-split', EXAMPLE, '--from', first, '--out', path.join(dir, 'split-2'));
  expect(other.code).toBe(0);
});

describe('data with no rows, and a CBOs sheet without its CBO ID column', () => {
  async function exampleEdited(name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(EXAMPLE);
    edit(workbook);
    const file = path.join(dir, `${name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  test('indicators name each source sheet with no rows; the report exits 1 instead of printing "no value"', async () => {
    const file = await exampleEdited('no-rows', (workbook) => {
      for (const name of ['CBOs', 'Advocacy', 'Attendance']) {
        workbook.getWorksheet(name)!.eachRow((row, number) => {
          if (number > 1) row.eachCell((cell) => (cell.value = null));
        });
      }
    });
    const indicators = json('indicators', file, '--out', path.join(dir, 'no-rows-out'));
    const problems = indicators.json.problems as {
      severity: string;
      indicator: string;
      code: string;
      message: string;
    }[];
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        indicator: 'IND-1.1',
        code: 'no-data-rows',
        message: 'the CBOs sheet has no data rows: IND-1.1 counts nothing',
      }),
    );
    expect(cli('indicators', file, '--out', path.join(dir, 'no-rows-out')).stderr).toMatch(
      /warning: IND-1\.1 .*the CBOs sheet has no data rows/,
    );

    const report = json('report', file, '--out', path.join(dir, 'no-rows-report'));
    expect(report.code).toBe(1);
    const reportProblems = report.json.problems as string[];
    expect(reportProblems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Error: .*Indicator IND-1\.3 has no figure/)]),
    );
  });

  test('a CBOs sheet without the CBO ID column fails the CBO indicators instead of counting its rows', async () => {
    const file = await exampleEdited('no-cbo-id', (workbook) =>
      workbook.getWorksheet('CBOs')!.spliceColumns(1, 1),
    );
    const result = json('indicators', file, '--out', path.join(dir, 'no-cbo-id-out'));
    expect(result.code).toBe(1);
    const failed = (result.json.summary as { failed: { id: string; reason: string }[] }).failed;
    expect(failed.map((f) => f.id)).toEqual([
      'IND-1.1',
      'IND-1.2',
      'IND-1.3',
      'IND-1.4',
      'IND-1.5',
      'IND-1.6',
    ]);
    expect(failed[0].reason).toBe('the CBOs sheet has no CBO ID column, so its CBOs cannot be counted');
  });
});

test('a stray cell at XFD1048576 (a grid beyond the 10 million cells Google Sheets holds) is one clear line, not a crash', async () => {
  const file = await exampleWith('far-cell', []);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.getWorksheet('CBOs')!.getCell('XFD1048576').value = 'far away';
  await workbook.xlsx.writeFile(file);
  const result = json('validate', file, '--out', path.join(dir, 'far-cell-out'));
  expect(result.code).toBe(2);
  expect(result.json.error).toMatch(
    /more than the 10,000,000 Google Sheets holds \(CBOs reaches 1,048,576 rows × 16,384 columns, e\.g\. CBOs!XFD1048576\)/,
  );
});

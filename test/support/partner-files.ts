/**
 * Partner copies as .xlsx files, for CLI tests that edit a copy the way a partner's spreadsheet
 * program would (exceljs): read a workbook, its rows as plain values, a column by header, a row by
 * CBO ID, the file of a partner's copy, and a master cut to a few partners.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';

export const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Sheet rows as plain values (index 0 = row 1, column A first). */
export function sheetRows(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(out, (row) => row ?? []);
}

/** The 1-based column of a header in row 1. */
export function columnOf(workbook: ExcelJS.Workbook, sheet: string, header: string): number {
  const index = sheetRows(workbook, sheet)[0].indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet}`);
  return index + 1;
}

/** The row number of a CBO ID in a CBOs sheet (column A). */
export function rowOfId(workbook: ExcelJS.Workbook, id: string): number {
  const index = sheetRows(workbook, 'CBOs').findIndex((row) => row[0] === id);
  if (index < 0) throw new Error(`no CBO ${id}`);
  return index + 1;
}

export const copyFile = (dir: string, partner: string) =>
  path.join(dir, 'partners', `${partner} – CBOs.xlsx`);

/**
 * The example workbook cut to the given partners with `per` CBOs each, written to dir/in/master.xlsx;
 * `edit` may change it before it is written.
 */
export async function cutMaster(
  dir: string,
  partners: readonly string[],
  per: number,
  edit?: (workbook: ExcelJS.Workbook) => void,
): Promise<{ file: string; ids: Record<string, string[]> }> {
  const workbook = await readBook(EXAMPLE);
  const ids: Record<string, string[]> = Object.fromEntries(partners.map((p) => [p, []]));
  const cbos = workbook.getWorksheet('CBOs')!;
  const partnerColumn = columnOf(workbook, 'CBOs', 'Partner');
  for (let r = cbos.rowCount; r >= 2; r--) {
    const row = cbos.getRow(r);
    const partner = String(row.getCell(partnerColumn).value ?? '');
    if (ids[partner] && ids[partner].length < per) ids[partner].push(String(row.getCell(1).value));
    else cbos.spliceRows(r, 1);
  }
  const sheet = workbook.getWorksheet('Partners')!;
  for (let r = sheet.rowCount; r >= 2; r--) {
    if (!(String(sheet.getRow(r).getCell(1).value) in ids)) sheet.spliceRows(r, 1);
  }
  for (const list of Object.values(ids)) list.reverse();
  edit?.(workbook);
  const file = path.join(dir, 'in', 'master.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
  return { file, ids };
}

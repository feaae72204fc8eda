/**
 * Partner sync loses and corrupts nothing, through the built CLI with copies edited by exceljs (as
 * a partner's spreadsheet program writes them): a CBO ID changed in a copy is held back (no second
 * CBO), the IDs sent are protected and the header says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { runCli } from '../support/cli';
import { ensureBuild, tempDir } from '../support/runtime';
import { columnOf, copyFile, cutMaster, readBook, rowOfId, sheetRows } from '../support/partner-files';

const A = 'Banteay Meanchey Community Network';
const B = 'Coastal Communities Organisation';
const cli = (...args: string[]) => runCli(REPO_ROOT, ...args);

function json(run: ReturnType<typeof cli>) {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`no JSON (exit ${run.code}): ${run.stderr}`);
  }
}

beforeAll(() => ensureBuild());

test('a CBO ID changed in a copy is held back as one conflict; typed back, the row is collected', async () => {
  const dir = tempDir('partners-integrity-');
  const out = (name: string) => path.join(dir, name);
  const { file, ids } = await cutMaster(dir, [A, B], 3);
  expect(cli('partners-split', file, '--out', out('s1')).code).toBe(0);

  // The copy protects the IDs of the rows sent (as its header, for the owner), and says so.
  const sidecar = JSON.parse(fs.readFileSync(`${copyFile(out('s1'), A)}.protections.json`, 'utf8'));
  const header = sidecar.protections.find((p: { description: string }) =>
    /header row of CBOs/.test(p.description),
  );
  const idsProtection = sidecar.protections.find((p: { description: string }) =>
    /CBO IDs/.test(p.description),
  );
  expect(idsProtection).toMatchObject({ sheetName: 'CBOs', range: 'A2:A4', warningOnly: header.warningOnly });
  expect(idsProtection.editors).toEqual(header.editors);
  const copy = await readBook(copyFile(out('s1'), A));
  const note = copy.getWorksheet('CBOs')!.getCell('A1').note;
  expect(JSON.stringify(note)).toMatch(/do not change it on the rows you were sent/);

  // The partner changes the second CBO's ID (and its Members) anyway.
  const [, a2] = ids[A];
  const members = columnOf(copy, 'CBOs', 'Members');
  const row = copy.getWorksheet('CBOs')!.getRow(rowOfId(copy, a2));
  row.getCell(1).value = 'CBO-XYZ';
  row.getCell(members).value = 77;
  await copy.xlsx.writeFile(copyFile(out('s1'), A));

  const collect = cli(
    'partners-collect',
    out('s1/master.xlsx'),
    '--from',
    out('s1'),
    '--out',
    out('c1'),
    '--json',
  );
  expect(json(collect).result).toMatchObject({ updated: 0, appended: 0 });
  const c1 = await readBook(out('c1/master.xlsx'));
  const cbos = sheetRows(c1, 'CBOs');
  const before = sheetRows(await readBook(out('s1/master.xlsx')), 'CBOs');
  expect(cbos).toEqual(before);
  expect(cbos.some((r) => r[0] === 'CBO-XYZ')).toBe(false);
  const conflicts = sheetRows(c1, 'Sync conflicts').slice(1);
  expect(conflicts).toHaveLength(1);
  expect(conflicts[0].slice(0, 5)).toEqual([A, a2, 'CBO ID', a2, 'CBO-XYZ']);
  expect(String(conflicts[0][7])).toMatch(
    new RegExp(`^Row 3 of the copy’s CBOs has CBO ID "CBO-XYZ" where "${a2}" was sent`),
  );
  // No "New CBO" in the change log (nothing was logged at all).
  expect(c1.getWorksheet('Change log')).toBeUndefined();

  // The copy is not refreshed over the waiting change.
  const resplit = json(
    cli('partners-split', out('c1/master.xlsx'), '--from', out('s1'), '--out', out('s2'), '--json'),
  );
  const refusedA = resplit.result.partners.find((p: { partner: string }) => p.partner === A);
  expect(refusedA.refused).toMatch(/not collected/);

  // The partner types the ID back: the Members change is collected, nothing else.
  const fixed = await readBook(copyFile(out('s1'), A));
  fixed.getWorksheet('CBOs')!.getRow(3).getCell(1).value = a2;
  await fixed.xlsx.writeFile(copyFile(out('s1'), A));
  const again = cli(
    'partners-collect',
    out('c1/master.xlsx'),
    '--from',
    out('s1'),
    '--out',
    out('c2'),
    '--json',
  );
  expect(json(again).result).toMatchObject({ updated: 1, appended: 0, conflicts: 0 });
  const c2 = await readBook(out('c2/master.xlsx'));
  expect(sheetRows(c2, 'CBOs')).toHaveLength(cbos.length);
  expect(sheetRows(c2, 'CBOs')[rowOfId(c2, a2) - 1][members - 1]).toBe(77);
});

test('values are collected in the form of CBOs; a column the partner added is one note', async () => {
  const dir = tempDir('partners-integrity-');
  const out = (name: string) => path.join(dir, name);
  const { file, ids } = await cutMaster(dir, [A, B], 3);
  expect(cli('partners-split', file, '--out', out('s1')).code).toBe(0);
  const master = await readBook(out('s1/master.xlsx'));
  const plan = columnOf(master, 'CBOs', 'Advocacy plan');
  const members = columnOf(master, 'CBOs', 'Members');
  // A CBO of B without an advocacy plan (the example writes No), and another one.
  const b1 = ids[B].find((id) => sheetRows(master, 'CBOs')[rowOfId(master, id) - 1][plan - 1] === 'No')!;
  const b2 = ids[B].find((id) => id !== b1)!;
  const copy = await readBook(copyFile(out('s1'), B));
  const ws = copy.getWorksheet('CBOs')!;
  ws.getRow(rowOfId(copy, b1)).getCell(plan).value = true; // a ticked checkbox
  ws.getRow(rowOfId(copy, b2)).getCell(members).value = '២៥'; // Khmer digits, as text
  const added = ws.getRow(1).cellCount + 1;
  ws.getRow(1).getCell(added).value = 'Partner notes';
  ws.getRow(2).getCell(added).value = 'visited in May';
  ws.getRow(3).getCell(added).value = 'new leader';
  await copy.xlsx.writeFile(copyFile(out('s1'), B));

  const collect = cli(
    'partners-collect',
    out('s1/master.xlsx'),
    '--from',
    out('s1'),
    '--out',
    out('c1'),
    '--json',
  );
  expect(json(collect).result).toMatchObject({ updated: 2, appended: 0 });
  const c1 = await readBook(out('c1/master.xlsx'));
  const cbos = sheetRows(c1, 'CBOs');
  expect(cbos[rowOfId(c1, b1) - 1][plan - 1]).toBe('Yes');
  expect(cbos[rowOfId(c1, b2) - 1][members - 1]).toBe(25);
  expect(cbos[0]).not.toContain('Partner notes');
  const conflicts = sheetRows(c1, 'Sync conflicts')
    .slice(1)
    .filter((r) => r[0] === B);
  expect(conflicts.map((r) => Array.from(r.slice(1, 4), (v) => v ?? ''))).toEqual([
    ['', 'Partner notes', ''],
  ]);
  expect(String(conflicts[0][7])).toMatch(
    /^Column "Partner notes" was added in the partner copy: not collected/,
  );
  const log = sheetRows(c1, 'Change log').filter((r) => /\(from /.test(String(r[1])));
  expect(log.map((r) => String(r[r.length - 1]))).toEqual(expect.arrayContaining(['Yes', '25']));

  // Collected again: nothing more (TRUE and Yes, ២៥ and 25 agree).
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
});

test('a column of the staff’s own stays in CBOs unless Settings › Partner columns names it', async () => {
  const dir = tempDir('partners-integrity-');
  const out = (name: string) => path.join(dir, name);
  const { file, ids } = await cutMaster(dir, [A, B], 2, (workbook) => {
    const cbos = workbook.getWorksheet('CBOs')!;
    const at = cbos.getRow(1).cellCount + 1;
    cbos.getRow(1).getCell(at).value = 'Budget USD';
    for (let r = 2; r <= cbos.rowCount; r++) cbos.getRow(r).getCell(at).value = 1000 * r;
  });
  const budgetOf = async (book: string, id: string) => {
    const workbook = await readBook(book);
    return sheetRows(workbook, 'CBOs')[rowOfId(workbook, id) - 1][
      columnOf(workbook, 'CBOs', 'Budget USD') - 1
    ];
  };
  const [a1] = ids[A];
  const sent = await budgetOf(file, a1);

  // Not named: the copies do not carry it.
  expect(cli('partners-split', file, '--out', out('s1')).code).toBe(0);
  const copy = await readBook(copyFile(out('s1'), A));
  expect(sheetRows(copy, 'CBOs')[0]).not.toContain('Budget USD');
  expect(JSON.stringify(sheetRows(copy, 'CBOs'))).not.toContain(String(sent));
  // A partner's own column of that name is the partner's: not collected, said once.
  const ws = copy.getWorksheet('CBOs')!;
  const at = ws.getRow(1).cellCount + 1;
  ws.getRow(1).getCell(at).value = 'Budget USD';
  ws.getRow(2).getCell(at).value = 5;
  ws.getRow(3).getCell(at).value = 6;
  await copy.xlsx.writeFile(copyFile(out('s1'), A));
  const collect = cli(
    'partners-collect',
    out('s1/master.xlsx'),
    '--from',
    out('s1'),
    '--out',
    out('c1'),
    '--json',
  );
  expect(json(collect).result).toMatchObject({ updated: 0, appended: 0 });
  expect(await budgetOf(out('c1/master.xlsx'), a1)).toBe(sent);
  const conflicts = sheetRows(await readBook(out('c1/master.xlsx')), 'Sync conflicts').slice(1);
  expect(conflicts.map((r) => [r[0], r[2]])).toEqual([[A, 'Budget USD']]);

  // Named: the copies carry it, and collect reads it back.
  const named = path.join(dir, 'in', 'named.xlsx');
  const workbook = await readBook(file);
  workbook.getWorksheet('Settings')!.addRow(['Partner columns', 'Budget USD']);
  await workbook.xlsx.writeFile(named);
  expect(cli('partners-split', named, '--out', out('n1')).code).toBe(0);
  const namedCopy = await readBook(copyFile(out('n1'), A));
  expect(sheetRows(namedCopy, 'CBOs')[0]).toContain('Budget USD');
  expect(sheetRows(namedCopy, 'CBOs')[rowOfId(namedCopy, a1) - 1]).toContain(sent);
  namedCopy
    .getWorksheet('CBOs')!
    .getRow(rowOfId(namedCopy, a1))
    .getCell(columnOf(namedCopy, 'CBOs', 'Budget USD')).value = 4321;
  await namedCopy.xlsx.writeFile(copyFile(out('n1'), A));

  // The setting taken away again: a copy that was sent the column still has it collected ...
  const unnamed = await readBook(out('n1/named.xlsx'));
  const settings = unnamed.getWorksheet('Settings')!;
  settings.spliceRows(sheetRows(unnamed, 'Settings').findIndex((r) => r[0] === 'Partner columns') + 1, 1);
  await unnamed.xlsx.writeFile(out('n1/named.xlsx'));
  const collected = cli(
    'partners-collect',
    out('n1/named.xlsx'),
    '--from',
    out('n1'),
    '--out',
    out('n2'),
    '--json',
  );
  expect(json(collected).result).toMatchObject({ updated: 1, conflicts: 0 });
  expect(await budgetOf(out('n2/named.xlsx'), a1)).toBe(4321);
  // ... and a refresh then sends the contract's columns only (nothing is waiting in the copy).
  const resplit = json(
    cli('partners-split', out('n2/named.xlsx'), '--from', out('n1'), '--out', out('n3'), '--json'),
  );
  expect(resplit.result.partners.every((p: { reused: boolean }) => p.reused)).toBe(true);
  const refreshed = await readBook(copyFile(out('n3'), A));
  expect(sheetRows(refreshed, 'CBOs')[0]).not.toContain('Budget USD');
  expect(JSON.stringify(sheetRows(refreshed, 'CBOs'))).not.toContain('4321');
});

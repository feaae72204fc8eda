/** `npm start` runs the demo: every feature on the story workbook, validation on the one with mistakes. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild } from '../support/runtime';

interface DemoRun {
  workbook: string;
  command: string;
  foundProblems?: boolean;
  error?: string;
}

let out: string;
beforeAll(() => {
  ensureBuild();
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-demo-'));
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const examples = () =>
  ['cbo-tracker-example.xlsx', 'needs-fixing.xlsx'].map((name) =>
    createHash('sha256')
      .update(fs.readFileSync(path.join(REPO_ROOT, 'examples', name)))
      .digest('hex'),
  );

test('the demo runs every feature offline and writes workbooks, documents and partner sheets', () => {
  const before = examples();
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'build/node/cli.cjs'), 'demo', '--out', out, '--json'],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  const runs = (JSON.parse(result.stdout) as { runs: DemoRun[] }).runs;
  const on = (name: string) => runs.filter((run) => path.basename(run.workbook) === name);

  const story = on('cbo-tracker-example.xlsx');
  expect(story.map((run) => run.command)).toEqual([
    'validate',
    'indicators',
    'minutes',
    'report',
    'setup',
    'partners-split',
  ]);
  expect(story.filter((run) => run.error || run.foundProblems)).toEqual([]);
  expect(on('needs-fixing.xlsx')).toEqual([
    expect.objectContaining({ command: 'validate', foundProblems: true }),
  ]);

  expect(fs.existsSync(path.join(out, 'cbo-tracker-example.xlsx'))).toBe(true);
  expect(fs.existsSync(path.join(out, 'needs-fixing.xlsx'))).toBe(true);
  const documents = fs.readdirSync(path.join(out, 'docs'), { recursive: true }).map(String);
  expect(documents.filter((name) => name.endsWith('.docx') && /M-2017-09 Minutes/.test(name))).toHaveLength(
    1,
  );
  expect(
    documents.filter((name) => name.endsWith('.docx') && /P-2019-01 Progress report/.test(name)),
  ).toHaveLength(1);
  const partners = fs.readdirSync(path.join(out, 'partners')).filter((name) => name.endsWith('.xlsx'));
  expect(partners.length).toBeGreaterThan(1);
  expect(result.stderr).toMatch(/Done\. Open the workbooks/);
  // The examples themselves are never written.
  expect(examples()).toEqual(before);
});

test('npm start runs again into the same folder, keeping files changed since and files it did not write', () => {
  const demoInto = (...extra: string[]) =>
    spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'build/node/cli.cjs'), 'demo', '--out', out, ...extra],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
  // `out` holds the first test's demo; a file of the user's sits beside it.
  const mine = path.join(out, 'partners', 'my notes.txt');
  fs.writeFileSync(mine, 'keep me');
  const again = demoInto('--language', 'km');
  expect(again.stderr).not.toMatch(/refusing to overwrite/);
  expect(again.status).toBe(0);
  expect(fs.readFileSync(mine, 'utf8')).toBe('keep me');
  // The documents are the second run's (Khmer), not the first run's left beside them.
  const minutes = fs
    .readdirSync(path.join(out, 'docs'), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.docx') && /M-2017-09/.test(name));
  expect(minutes).toHaveLength(1);
  const partners = path.join(out, 'partners');
  const copy = fs.readdirSync(partners).find((name) => name.endsWith('.xlsx'))!;
  fs.appendFileSync(path.join(partners, copy), ' ');
  const changed = demoInto();
  expect(changed.status).toBe(2);
  expect(changed.stderr).toContain(copy);
  expect(fs.existsSync(path.join(partners, copy))).toBe(true);
});

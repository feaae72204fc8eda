/**
 * `cbo-tracker ui FILE`: prints its URL on 127.0.0.1, serves the sidebar with google.script.run
 * bridged to the runtime (strict about what crosses it), saves to --out, and stops on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startUiServer } from '../../src/offline/commands/ui';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild, tempDir } from '../support/runtime';

const CLI = path.join(REPO_ROOT, 'build', 'node', 'cli.cjs');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

jest.setTimeout(60_000);

async function post(url: string, body: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: string };
}

test('serves the sidebar on 127.0.0.1, runs its calls against FILE, saves to --out and stops on Ctrl-C', async () => {
  ensureBuild();
  const out = tempDir('cbo-ui-cli-');
  const child = spawn(process.execPath, [CLI, 'ui', EXAMPLE, '--port', '0', '--out', out], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 30_000;
    while (!/http:\/\/127\.0\.0\.1:\d+\//.test(stderr)) {
      if (Date.now() > deadline) throw new Error(`no URL printed: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stderr)![0];

    const page = await fetch(url);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toContain('data-job="minutes"');
    expect(html).not.toContain('<?');

    expect(await post(`${url}run/sidebarStartJob`, { args: ['validate', {}] })).toMatchObject({ ok: true });
    const step = await post(`${url}run/sidebarStepJob`, { args: ['validate'] });
    expect(step).toMatchObject({ ok: true, value: { job: 'validate', finished: true, done: 1, total: 1 } });
    expect(fs.existsSync(path.join(out, 'cbo-tracker-example.xlsx'))).toBe(true);

    // What google.script.run would refuse: a function that does not exist, a private one, a bad job.
    expect(await post(`${url}run/noSuchFunction`, { args: [] })).toMatchObject({
      ok: false,
      error: 'google.script.run has no function noSuchFunction',
    });
    expect(await post(`${url}run/sidebarStepJob`, { args: ['format-disk'] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('No job called "format-disk"'),
    });
  } finally {
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(0);
  }
  expect(stderr).toMatch(/Stopped; the workbook is saved/);
});

test('a call that throws keeps what it changed before, saved at once (as online), and the page gets the error', async () => {
  ensureBuild();
  const dir = tempDir('cbo-ui-throw-');
  const code = path.join(dir, 'Code.js');
  fs.writeFileSync(
    code,
    `function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<html><head></head><body>x</body></html>'));
}
function writeThenFail() {
  SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('kept');
  throw new Error('late failure');
}
`,
  );
  const workbook = path.join(dir, 'book.xlsx');
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Data').addRow(['before']);
  await book.xlsx.writeFile(workbook);
  const out = path.join(dir, 'out');
  const server = await startUiServer({
    workbook,
    outDir: out,
    port: 0,
    codePath: code,
    say: () => undefined,
  });
  try {
    expect(await post(`${server.url}run/writeThenFail`, { args: [] })).toEqual({
      ok: false,
      error: 'late failure',
    });
    // Saved now, before the server stops.
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(path.join(out, 'book.xlsx'));
    expect(saved.getWorksheet('Data')!.getCell('A1').value).toBe('kept');
  } finally {
    await server.close();
  }
});

import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild, openWorkbook, saveToTemp, tempDir } from '../support/runtime';
import { runCli } from '../support/cli';

const cli = (...args: string[]) => runCli(REPO_ROOT, ...args);

beforeAll(() => ensureBuild());

describe('cbo-tracker CLI', () => {
  it('lists the commands', () => {
    const { code, stdout } = cli('help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/about/);
    expect(stdout).toMatch(/demo/);
  });

  it('a missing file is one clear line with exit code 2', () => {
    const { code, stderr } = cli('about', 'no-such-file.xlsx');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['cbo-tracker: no-such-file.xlsx: no such file']);
  });

  it('a file that is not a workbook is one clear line with exit code 2', () => {
    const file = path.join(tempDir(), 'notes.xlsx');
    fs.writeFileSync(file, 'not a zip');
    const { code, stderr } = cli('about', file);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/not an \.xlsx workbook/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('bad usage exits with 2', () => {
    expect(cli('frobnicate', 'x.xlsx').code).toBe(2);
    expect(cli('about', 'x.xlsx', '--bogus').code).toBe(2);
  });

  it('runs an entry point and prints one JSON object with --json', async () => {
    const file = await saveToTemp(await openWorkbook({ CBOs: [['CBO ID'], ['CBO-1']] }), 'mine.xlsx');
    const { code, stdout } = cli('about', file, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.command).toBe('about');
    expect(out.result).toMatch(/CBO Tracker/);
    expect(out.ui[0]).toMatchObject({ kind: 'alert', title: 'About CBO Tracker' });
  });

  it('lists the emulated methods', () => {
    const { code, stdout } = cli('emulated', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).classes.Range).toContain('getValues');
  });
});

/**
 * The CLI's --json output is a contract (issues 3, 4 and 5): these zod schemas state it, and each
 * command's output on the example workbooks must parse, with the exit code the README promises.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild } from '../support/runtime';

const CLI = path.join(REPO_ROOT, 'build', 'node', 'cli.cjs');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const NEEDS_FIXING = path.join(REPO_ROOT, 'examples', 'needs-fixing.xlsx');

const Problem = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string().min(1),
  row: z.number().int().min(1).nullable(),
  column: z.string(),
  value: z.string(),
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  message: z.string().min(1),
  fix: z.string(),
});

/** Every command's --json says what it cost on Apps Script (#9: every run knows its seconds). */
const AppsScriptSeconds = z.number().positive();

const ValidateOutput = z.object({
  checked: z.record(z.string(), z.number().int().min(0)),
  problems: z.array(Problem),
  appsScriptSeconds: AppsScriptSeconds,
});

const IndicatorResult = z.object({
  id: z.string().min(1),
  indicator: z.string().min(1),
  breakdown: z.record(z.string(), z.string()).nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  display: z.string().min(1),
  target: z.number().nullable().optional(),
});

const IndicatorsOutput = z.object({
  results: z.array(IndicatorResult),
  problems: z.array(z.unknown()),
  appsScriptSeconds: AppsScriptSeconds,
});

/** What every command that saves the workbook names: its input, its output and the files written. */
const Saved = {
  workbook: z.string().min(1),
  output: z.string().endsWith('.xlsx'),
  files: z.array(z.string().min(1)).min(1),
};

const DocumentsOutput = z.object({
  ...Saved,
  documents: z.array(
    z.object({ id: z.string().min(1), path: z.string().min(1), problems: z.array(z.unknown()) }),
  ),
  appsScriptSeconds: AppsScriptSeconds,
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args, '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: result.status, json: JSON.parse(result.stdout) as unknown, stderr: result.stderr };
}

let out: string;
beforeAll(() => {
  ensureBuild();
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-cli-json-'));
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test('validate: a clean workbook exits 0, one with mistakes exits 1, both print the problem contract', () => {
  const clean = run('validate', EXAMPLE, '--out', out);
  expect(clean.code).toBe(0);
  const cleanOutput = ValidateOutput.parse(clean.json);
  expect(cleanOutput.checked.CBOs).toBe(621);
  expect(cleanOutput.problems.filter((p) => p.severity === 'error')).toEqual([]);

  const messy = run('validate', NEEDS_FIXING, '--out', out, '--today', '2026-11-23');
  expect(messy.code).toBe(1);
  const problems = ValidateOutput.parse(messy.json).problems;
  expect(problems).toContainEqual(
    expect.objectContaining({ sheet: 'CBOs', column: 'Province', value: 'Kandaal', severity: 'error' }),
  );
});

test('indicators: breakdown is null for totals and an object for disaggregations', () => {
  const result = run('indicators', EXAMPLE, '--out', out);
  expect(result.code).toBe(0);
  const { results } = IndicatorsOutput.parse(result.json);
  const share = results.find((r) => r.display.startsWith('16.25%') && r.breakdown === null);
  expect(share).toMatchObject({ numerator: 13, denominator: 80, value: 16.25, display: '16.25% (13 of 80)' });
  const byProvince = results.filter((r) => r.breakdown !== null && 'Province' in (r.breakdown ?? {}));
  expect(byProvince.length).toBeGreaterThan(1);
});

test('minutes and report: one document per id, each a .docx that exists', () => {
  for (const [command, option, id] of [
    ['minutes', '--meeting', 'M-2017-09'],
    ['report', '--project', 'P-2019-01'],
  ]) {
    const result = run(command, EXAMPLE, option, id, '--out', out);
    const { documents } = DocumentsOutput.parse(result.json);
    expect(documents.map((d) => d.id)).toEqual([id]);
    const file = path.resolve(REPO_ROOT, documents[0].path);
    expect(file.endsWith('.docx')).toBe(true);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
  }
});

test("no command's JSON carries the bundle's own i18n records (catalogue keys and parameters)", () => {
  for (const command of ['validate', 'indicators', 'minutes']) {
    const result = run(command, NEEDS_FIXING, '--out', path.join(out, `plain-${command}`));
    if (command !== 'minutes') expect(JSON.stringify(result.json)).toContain('"code"');
    expect(JSON.stringify(result.json)).not.toContain('"i18n"');
  }
});

test('the other commands say their Apps Script seconds too (setup)', () => {
  const result = run('setup', EXAMPLE, '--out', path.join(out, 'setup'));
  expect(result.code).toBe(0);
  expect(
    z.object({ appsScriptSeconds: AppsScriptSeconds }).parse(result.json).appsScriptSeconds,
  ).toBeGreaterThan(1);
});

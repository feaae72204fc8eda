/**
 * Fuzz test of the offline CLI (issue 14): seeded and bounded. Each trial takes the example
 * workbook, mutates random cells (prototype names, huge numbers and dates, Khmer, formulas without
 * values, errors, long text, blanks) or damages the file's bytes, and runs a command with --json.
 * Every run must exit 0, 1 or 2 with one JSON object on stdout (`{"error"}` on 2), never print
 * "unexpected error", and leave the input byte-identical.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild } from '../support/runtime';

const CLI = path.join(REPO_ROOT, 'build', 'node', 'cli.cjs');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const SEED = Number(process.env.CBO_FUZZ_SEED ?? 20261201);
const TRIALS = Number(process.env.CBO_FUZZ_TRIALS ?? 50);
/** Runs at once: the machine (and CI) has 2 cores. */
const PARALLEL = 2;

/** mulberry32: a small seeded generator, so a failing trial can be replayed with its seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const VALUES: ((random: Random) => ExcelJS.CellValue)[] = [
  () => null,
  () => '',
  () => '   ',
  () => '__proto__',
  () => 'constructor',
  () => 'toString',
  () => 'hasOwnProperty',
  () => 1e9,
  () => 5e9,
  () => -1,
  () => 0,
  () => 1e308,
  () => 0.1 + 0.2,
  () => true,
  () => 'TRUE',
  () => 'ភ្នំពេញ',
  () => 'ឃុំ',
  () => '១២៣',
  () => '2020-02-30',
  () => '31/12/1899',
  () => new Date(Date.UTC(1900, 0, 1)),
  () => new Date(Date.UTC(9999, 11, 31)),
  () => new Date(8.64e15),
  () => ({ formula: '19+0' }) as ExcelJS.CellValue,
  () => ({ formula: 'A1', result: 5 }) as ExcelJS.CellValue,
  () => ({ error: '#REF!' }) as ExcelJS.CellValue,
  () => ({ richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] }) as ExcelJS.CellValue,
  () => ({ text: 'a link', hyperlink: 'https://example.org' }) as ExcelJS.CellValue,
  () => '=HYPERLINK("x")',
  () => "'=1+1",
  () => '[CBO ID] = "constructor"',
  () => 'Yes',
  () => 'x'.repeat(60000),
  (random) => String(Math.floor(random() * 1e6)),
  (random) => random() * 1000,
];

const SHEETS = ['CBOs', 'Indicators', 'Settings', 'Partners', 'Meetings', 'Attendance', 'Projects', 'Lists'];

async function mutated(random: Random, base: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(base as unknown as ArrayBuffer);
  const changes = 1 + Math.floor(random() * 12);
  for (let i = 0; i < changes; i++) {
    const ws = workbook.getWorksheet(pick(random, SHEETS));
    if (!ws) continue;
    const what = random();
    if (what < 0.08) {
      // A header renamed or removed.
      ws.getRow(1).getCell(1 + Math.floor(random() * 20)).value = pick(random, VALUES)(random);
    } else if (what < 0.12) {
      ws.spliceRows(2, Math.floor(random() * Math.max(1, ws.rowCount)));
    } else if (what < 0.14) {
      workbook.removeWorksheet(ws.id);
    } else {
      const row = 1 + Math.floor(random() * Math.min(ws.rowCount + 2, 40));
      const column = 1 + Math.floor(random() * 22);
      ws.getRow(row).getCell(column).value = pick(random, VALUES)(random);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function damaged(random: Random, base: Buffer): Buffer {
  const bytes = Buffer.from(base);
  const how = random();
  if (how < 0.3) return bytes.subarray(0, Math.floor(random() * bytes.length));
  if (how < 0.6) {
    for (let i = 0; i < 1 + Math.floor(random() * 20); i++)
      bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    return bytes;
  }
  if (how < 0.8) {
    const at = Math.floor(random() * bytes.length);
    bytes.fill(0, at, Math.min(bytes.length, at + 1 + Math.floor(random() * 4096)));
    return bytes;
  }
  return Buffer.concat([bytes, Buffer.from('trailing junk')]);
}

const COMMANDS: string[][] = [
  ['validate'],
  ['validate'],
  ['indicators'],
  ['indicators'],
  ['report'],
  ['minutes'],
  ['setup'],
  ['partners-split'],
  ['share'],
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
beforeAll(() => {
  ensureBuild();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-fuzz-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test(`${TRIALS} fuzzed runs (seed ${SEED}) exit 0, 1 or 2 with JSON on stdout and leave the input as it was`, async () => {
  const random = generator(SEED);
  const base = fs.readFileSync(EXAMPLE);
  const trials: { trial: number; file: string; args: string[]; hash: string }[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const bytes = random() < 0.75 ? await mutated(random, base) : damaged(random, base);
    const folder = path.join(dir, `t${trial}`);
    fs.mkdirSync(folder);
    const file = path.join(folder, 'workbook.xlsx');
    fs.writeFileSync(file, bytes);
    // Now and then the output goes beside the input (it must be refused, never written over).
    const out = random() < 0.1 ? folder : path.join(folder, 'out');
    trials.push({
      trial,
      file,
      args: [...pick(random, COMMANDS), file, '--out', out, '--json'],
      hash: sha(bytes),
    });
  }
  const failures: string[] = [];
  const queue = [...trials];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { trial, file, args, hash } = next;
      const result = await run(args, path.dirname(file));
      const where = `trial ${trial} (seed ${SEED}): cbo-tracker ${args.join(' ')}`;
      if (![0, 1, 2].includes(result.code ?? -1))
        failures.push(`${where}: exit ${result.code}\n${result.stderr}`);
      if (/unexpected error/i.test(result.stdout + result.stderr))
        failures.push(`${where}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(result.stdout);
      } catch {
        failures.push(`${where}: stdout is not one JSON object: ${result.stdout.slice(0, 200)}`);
      }
      if (result.code === 2 && typeof (parsed as { error?: unknown } | undefined)?.error !== 'string')
        failures.push(`${where}: exit 2 without {"error"}`);
      if (sha(fs.readFileSync(file)) !== hash) failures.push(`${where}: the input changed`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  expect(failures).toEqual([]);
}, 600000);

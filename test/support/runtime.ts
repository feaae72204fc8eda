/**
 * Test helpers: open build/Code.js in the offline runtime over a workbook described in arrays
 * (first row = headers) or over an .xlsx file, read sheets back, save to a temp folder.
 * The bundle is built once if build/Code.js is missing or older than src/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OfflineRuntime, REPO_ROOT, type RuntimeOptions } from '../../src/offline/runtime';
import type { Cell } from '../../src/workbook/values';

export { OfflineRuntime } from '../../src/offline/runtime';

export const CODE_PATH = path.join(REPO_ROOT, 'build', 'Code.js');
const CODE = CODE_PATH;
let checked = false;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'offline' && entry.name !== 'tooling') newest = Math.max(newest, newestSource(full));
    } else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds build/Code.js when it is missing or older than the Apps Script sources. */
export function ensureBuild(): void {
  if (checked) return;
  checked = true;
  const stale = !fs.existsSync(CODE) || fs.statSync(CODE).mtimeMs < newestSource(path.join(REPO_ROOT, 'src'));
  if (!stale) return;
  try {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'src/tooling/build.mjs'), '--quiet'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
  } catch (error) {
    if (!fs.existsSync(CODE)) throw error;
    // A stale bundle is still usable; the build error shows in `npm run build`.
  }
}

export type SheetRows = Record<string, Cell[][]>;

/** A runtime over an in-memory workbook built from arrays. */
export async function openWorkbook(sheets: SheetRows, options: RuntimeOptions = {}): Promise<OfflineRuntime> {
  ensureBuild();
  return OfflineRuntime.open({ ...options, sheets });
}

/** A runtime over an .xlsx file. */
export async function openWorkbookFile(file: string, options: RuntimeOptions = {}): Promise<OfflineRuntime> {
  ensureBuild();
  return OfflineRuntime.open({ ...options, workbookPath: file });
}

/** A sheet's values as getDataRange().getValues() returns them ('' for empty, Node Dates). */
export function sheetValues(runtime: OfflineRuntime, sheetName: string): Cell[][] {
  const values = runtime.sheetValues(sheetName);
  if (!values) throw new Error(`no sheet named ${sheetName}`);
  return values;
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'cbo-tracker-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Saves the runtime's workbook into a temp folder and returns the .xlsx path. */
export async function saveToTemp(runtime: OfflineRuntime, fileName = 'workbook.xlsx'): Promise<string> {
  const file = path.join(tempDir(), fileName);
  await runtime.save(file);
  return file;
}

/** Saves, then reopens the saved file in a new runtime (a round trip through .xlsx). */
export async function roundTrip(
  runtime: OfflineRuntime,
  options: RuntimeOptions = {},
): Promise<OfflineRuntime> {
  return openWorkbookFile(await saveToTemp(runtime), options);
}

/**
 * A runtime that loads an Apps Script file of its own instead of build/Code.js (as
 * `cbo-tracker run --code` does): conformance tests of the emulation write the script Google
 * would run.
 */
export async function openScript(code: string, options: RuntimeOptions = {}): Promise<OfflineRuntime> {
  const file = path.join(tempDir('cbo-script-'), 'Code.js');
  fs.writeFileSync(file, code);
  return OfflineRuntime.open({ sheets: { Sheet1: [] }, ...options, codePath: file });
}

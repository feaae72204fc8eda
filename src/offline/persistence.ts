/**
 * Persistence of the offline runtime: opening an .xlsx (or rows) as a workbook, the sidecars kept
 * beside a saved workbook (properties, protections, sharing), and saving the active workbook and
 * the spreadsheets a run created or opened, never over the input.
 */
import { safeFileName as sanitise } from './file-names';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Cell } from '../workbook/values';
import { INPUT_SHEETS } from '../workbook/contract';
import { InputGuard, InputWriteError } from './guard';
import { readWorkbookFile, WorkbookFileError } from './workbook-file';
import type { PropertyStores } from './services/properties';
import { DateConverter } from './services/spreadsheet/cells';
import type { ProtectionRecord } from './services/spreadsheet/protection';
import type { FakeSpreadsheet, SheetGrid } from './services/spreadsheet/spreadsheet';
import { PropertiesSidecar, ProtectionsSidecar, readSidecar, TriggersSidecar } from './sidecars';
import type { TriggerRecord } from './services/script/script-app';
import { withRectangleValidations } from './xlsx-validations';

/** A spreadsheet of a run: the active one, one it created, or one it opened by ID. */
export interface OpenedSpreadsheet {
  fake: FakeSpreadsheet;
  /** File name it is saved under (created and opened spreadsheets). */
  fileName: string;
  created: boolean;
  /** The .xlsx it was read from (spreadsheets opened by ID). */
  source?: string;
}

/** The file listing the spreadsheets of a folder: `{ "<id>": "<file name>.xlsx" }`. */
export const SPREADSHEET_INDEX = '.index.json';

/** A file name for a spreadsheet name (the runtime's one sanitiser, file-names.ts), leaving room for " (2).xlsx". */
export function safeFileName(name: string): string {
  const safe = sanitise(name, '', 'Untitled spreadsheet', 240);
  return safe.length > 120 ? safe.slice(0, 120).trim() : safe;
}

/**
 * The spreadsheets listed in a folder's `.index.json`: ID → absolute .xlsx path. Undefined when
 * the folder has no index; a damaged index is a WorkbookError.
 */
export function readSpreadsheetIndex(dir: string): Record<string, string> | undefined {
  const file = path.join(dir, SPREADSHEET_INDEX);
  if (!fs.existsSync(file)) return undefined;
  let index: unknown;
  try {
    index = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WorkbookError(`${file}: not a spreadsheet index (${(error as Error).message})`);
  }
  if (!index || typeof index !== 'object' || Array.isArray(index))
    throw new WorkbookError(`${file}: not a spreadsheet index (expected {"<id>": "<file>.xlsx"})`);
  const out: Record<string, string> = {};
  for (const [id, name] of Object.entries(index as Record<string, unknown>)) {
    if (typeof name === 'string' && name) out[id] = path.resolve(dir, path.basename(name));
  }
  return out;
}

/** One line per problem opening a workbook (the CLI prints it as is). */
export class WorkbookError extends Error {}

export function sidecar(file: string, kind: 'properties' | 'protections' | 'triggers'): string {
  return `${file}.${kind}.json`;
}

export function readSidecarOf<T extends z.ZodType>(file: string, schema: T): z.output<T> | undefined {
  try {
    return readSidecar(file, schema);
  } catch (error) {
    throw new WorkbookError((error as Error).message);
  }
}

/** exceljs workbook from rows; Dates are instants, stored at their wall clock in the time zone. */
export function workbookFromSheets(sheets: Record<string, Cell[][]>, timeZone: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const dates = new DateConverter(timeZone, { Date, Error });
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(name);
    rows.forEach((row, i) => {
      const line = ws.getRow(i + 1);
      row.forEach((value, j) => {
        if (value === null || value === undefined || value === '') return;
        line.getCell(j + 1).value =
          Object.prototype.toString.call(value) === '[object Date]' ? dates.fromSheets(value as Date) : value;
      });
    });
  }
  return workbook;
}

/**
 * Opens an .xlsx (see workbook-file.ts: files that are not workbooks are named, parts exceljs cannot
 * read are read around, formulas without saved values in the sheets the tool reads are refused).
 */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  try {
    return (await readWorkbookFile(file, { readSheets: INPUT_SHEETS.map((sheet) => sheet.name) })).workbook;
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new WorkbookError(error.message);
    throw error;
  }
}

/** The properties kept beside a workbook (empty stores when it has none). */
export function readProperties(file: string | undefined): PropertyStores {
  return {
    script: {},
    document: {},
    user: {},
    ...(file ? readSidecarOf(sidecar(file, 'properties'), PropertiesSidecar) : undefined),
  };
}

/** The installable triggers kept beside a workbook (none when it has no sidecar). */
export function readTriggers(file: string | undefined): TriggerRecord[] {
  return ((file ? readSidecarOf(sidecar(file, 'triggers'), TriggersSidecar) : undefined) ??
    []) as TriggerRecord[];
}

/** What the runtime keeps of a spreadsheet's sharing beside it (the protections sidecar). */
export interface Sharing {
  id?: string;
  owner?: string;
  editors: string[];
  protections: ProtectionRecord[];
  timeZone?: string;
  grids?: Record<string, SheetGrid>;
  modifiedTime?: string;
  sha1?: string;
}

/** The sharing kept beside a workbook, whichever of its two shapes the file has. */
export function readSharing(file: string | undefined): Sharing {
  const stored = file ? readSidecarOf(sidecar(file, 'protections'), ProtectionsSidecar) : undefined;
  if (!stored) return { editors: [], protections: [] };
  if (Array.isArray(stored)) return { editors: [], protections: stored };
  return {
    id: stored.id,
    owner: stored.owner,
    editors: stored.editors ?? [],
    protections: stored.protections ?? [],
    timeZone: stored.timeZone,
    grids: stored.grids,
    modifiedTime: stored.modifiedTime,
    sha1: stored.sha1,
  };
}

function sha1Of(file: string): string {
  return createHash('sha1').update(fs.readFileSync(file)).digest('hex');
}

/**
 * Drive's modifiedTime of a spreadsheet read from a file: the time kept beside it when the file is
 * the one the runtime saved (same SHA-1), else now. A file edited outside the runtime (by hand, by
 * openpyxl, by a test) has no modification time Drive would know; the stricter reading says it
 * changed just now, so that nothing comparing times (a collect skipping unchanged copies) takes it
 * for unchanged. A file with no kept time or hash is new to Drive: now as well.
 */
export function modifiedTimeOf(file: string | undefined, sharing: Sharing): string {
  const now = new Date().toISOString();
  if (!file || !sharing.modifiedTime || !sharing.sha1 || !fs.existsSync(file)) return now;
  return sha1Of(file) === sharing.sha1 ? sharing.modifiedTime : now;
}

function writeSharing(file: string, fake: FakeSpreadsheet, written: string[]): void {
  const state = fake._state;
  const sharing = {
    id: state.id,
    owner: state.ownerEmail,
    editors: state.editors,
    protections: state.protections,
    timeZone: state.timeZone,
    grids: fake._grids(),
    ...(state.modifiedTime ? { modifiedTime: state.modifiedTime, sha1: sha1Of(file) } : {}),
  };
  fs.writeFileSync(sidecar(file, 'protections'), JSON.stringify(sharing, null, 2));
  written.push(sidecar(file, 'protections'));
}

export interface SaveRequest {
  /** The workbook the run read (never written). */
  input?: string;
  /** Where the active workbook goes. */
  file: string;
  /** The spreadsheets of the run, the active one first. */
  spreadsheets: OpenedSpreadsheet[];
  properties: PropertyStores;
  /** Folder of created spreadsheets, relative to file's folder (default: that folder). */
  spreadsheetsDir?: string;
  /** Also save the spreadsheets opened by ID. */
  saveOpened?: boolean;
  /** The script's installable triggers (kept beside the workbook). */
  triggers?: TriggerRecord[];
  /** Writes what the services keep in memory (documents); returns the files written. */
  flush(): Promise<string[]>;
}

/**
 * Where save writes the created (and opened) spreadsheets. Refuses to write over the file
 * a spreadsheet was read from, or over a file the folder's index gives to another spreadsheet.
 */
function spreadsheetTargets(request: SaveRequest): { dir: string; entries: [OpenedSpreadsheet, string][] } {
  const file = request.file;
  const dir = path.resolve(path.dirname(file), request.spreadsheetsDir ?? '.');
  const saved = request.spreadsheets.filter((s) => s.created || (request.saveOpened && s.source));
  const index = readSpreadsheetIndex(dir) ?? {};
  const entries: [OpenedSpreadsheet, string][] = [];
  for (const s of saved) {
    const target = path.join(dir, s.fileName);
    if (s.source === target) {
      throw new WorkbookError(
        `refusing to overwrite ${target}: it was read as spreadsheet ${s.fake.getId()}; choose another output folder`,
      );
    }
    const other = Object.entries(index).find(([id, f]) => f === target && id !== s.fake.getId());
    if (other && fs.existsSync(target)) {
      throw new WorkbookError(
        `refusing to overwrite ${target}: it holds spreadsheet ${other[0]} made by an earlier run ` +
          `(its edits would be lost); choose another output folder`,
      );
    }
    entries.push([s, target]);
  }
  return { dir, entries };
}

/**
 * Saves the active workbook to `file` (never the input), with sidecars for properties and
 * protections, and each created spreadsheet next to it. Returns the files written.
 */
export async function saveWorkbooks(request: SaveRequest): Promise<string[]> {
  const { input, file, properties } = request;
  const active = request.spreadsheets[0].fake;
  const targets = spreadsheetTargets(request);
  // Nothing is written when any file would land on an input (by real path or device and inode).
  const guard = new InputGuard();
  for (const read of [input, ...request.spreadsheets.map((s) => s.source)]) {
    if (!read) continue;
    guard.protect(read);
    for (const kind of ['properties', 'protections'] as const) guard.protect(sidecar(read, kind));
  }
  const sidecars = (f: string) => [sidecar(f, 'properties'), sidecar(f, 'protections')];
  try {
    guard.checkAll([
      file,
      ...sidecars(file),
      ...targets.entries.flatMap(([, target]) => [target, ...sidecars(target)]),
      ...(targets.entries.length ? [path.join(targets.dir, SPREADSHEET_INDEX)] : []),
    ]);
  } catch (error) {
    if (error instanceof InputWriteError) throw new WorkbookError(error.message);
    throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const written: string[] = await request.flush();
  await withRectangleValidations(active._workbook, () => active._workbook.xlsx.writeFile(file));
  written.push(file);
  const hasProperties = Object.values(properties).some((store) => Object.keys(store).length > 0);
  if (hasProperties) {
    fs.writeFileSync(sidecar(file, 'properties'), JSON.stringify(properties, null, 2));
    written.push(sidecar(file, 'properties'));
  }
  writeSharing(file, active, written);
  if (request.triggers?.length) {
    fs.writeFileSync(sidecar(file, 'triggers'), JSON.stringify(request.triggers, null, 2));
    written.push(sidecar(file, 'triggers'));
  }
  if (targets.entries.length) fs.mkdirSync(targets.dir, { recursive: true });
  const index = readSpreadsheetIndex(targets.dir) ?? {};
  for (const [created, target] of targets.entries) {
    for (const [id, f] of Object.entries(index)) if (f === target) delete index[id];
    index[created.fake.getId()] = target;
    await withRectangleValidations(created.fake._workbook, () =>
      created.fake._workbook.xlsx.writeFile(target),
    );
    written.push(target);
    writeSharing(target, created.fake, written);
  }
  if (targets.entries.length) {
    const entries = Object.entries(index)
      .filter(([, f]) => fs.existsSync(f))
      .map(([id, f]) => [id, path.basename(f)]);
    const indexFile = path.join(targets.dir, SPREADSHEET_INDEX);
    fs.writeFileSync(indexFile, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
    written.push(indexFile);
  }
  return written;
}

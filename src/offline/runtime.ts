/**
 * The offline runtime: runs the very build/Code.js in a fresh vm context that holds Apps Script
 * globals only, with SpreadsheetApp over an .xlsx workbook (exceljs) and the other services
 * emulated in memory. Every emulated call is counted as 'Class.method'.
 */
import { fireDueClockTriggers, simulateEdit, type EditOptions } from './services/script/events';
import type { FakeScriptApp, TriggerStore } from './services/script/script-app';
import ExcelJS from 'exceljs';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { DEFAULT_TIME_ZONE } from '../workbook/dates';
import { settingsFromValues } from '../workbook/settings';
import type { Cell } from '../workbook/values';
import { FakeCacheService } from './services/cache';
import { CallCounter, Emulator, type FakeClass, type Realm } from './services/emulation';
import { UiLog, type Host, type PromptAnswers, type UiEvent } from './services/host';
import { FakeLockService } from './services/lock';
import { FakePropertiesService, type PropertyStores } from './services/properties';
import {
  EXTRA_SERVICES,
  PLACEHOLDER_SERVICES,
  type ServiceContext,
  type ServiceFactory,
} from './services/registry';
import { FakeSession } from './services/session';
import { PropertiesSidecar, ProtectionsSidecar, readSidecar } from './sidecars';
import type { z } from 'zod';
import { DateConverter, sheetsValue } from './services/spreadsheet/cells';
import type { ProtectionRecord } from './services/spreadsheet/protection';
import { FakeSpreadsheet, type SpreadsheetState } from './services/spreadsheet/spreadsheet';
import { FakeSpreadsheetApp } from './services/spreadsheet/spreadsheet-app';
import { FakeUi } from './services/spreadsheet/ui';
import { FakeLogger, FakeUtilities } from './services/utilities';

export { CallCounter } from './services/emulation';
export type { UiEvent, MenuRecord } from './services/host';
export type { ServiceContext, ServiceFactory } from './services/registry';

/** The repository root (build/node/*.cjs and src/offline/*.ts are both two levels down). */
export const REPO_ROOT = path.resolve(__dirname, '../..');
export const DEFAULT_CODE_PATH = path.join(REPO_ROOT, 'build', 'Code.js');
export const DEFAULT_USER = 'you@example.org';

export interface RuntimeOptions {
  /** The .xlsx to open (read only: save writes elsewhere). */
  workbookPath?: string;
  /** Or an in-memory workbook: sheet name → rows (first row = headers). Text stays text. */
  sheets?: Record<string, Cell[][]>;
  /** Or an exceljs workbook already built. */
  workbook?: ExcelJS.Workbook;
  /** The bundle to load (default build/Code.js). */
  codePath?: string;
  /** The spreadsheet's time zone; default Settings › Time zone, else Asia/Phnom_Penh. */
  timeZone?: string;
  /** The user running the script. */
  userEmail?: string;
  /** Answers to Ui.prompt, in order or by title/text; unanswered prompts are cancelled. */
  prompts?: PromptAnswers;
  /** How YES_NO / OK_CANCEL alerts are answered (default true: YES/OK). */
  confirm?: boolean;
  /** The selection, e.g. 'CBOs!A5' or 'CBOs!A5:C7' (active sheet + active range). */
  selection?: string;
  /** Receives every alert/prompt/toast/log line as it happens (the CLI prints them). */
  onUi?: (event: UiEvent) => void;
  /** Extra or replacement services by global name (DocumentApp, DriveApp, ...). */
  services?: Record<string, ServiceFactory>;
  /** Where generated files go (the Drive stand-in); default <repo>/out. */
  outDir?: string;
  /** Initial properties (merged over the sidecar's). */
  properties?: Partial<PropertyStores>;
  /** Name shown for the add-on menu (createAddonMenu). */
  addonName?: string;
  /**
   * Spreadsheets SpreadsheetApp.openById can open: ID → .xlsx path (e.g. from a folder's
   * `.index.json`, see readSpreadsheetIndex). Loaded by open(), before any entry point runs.
   */
  spreadsheetFiles?: Record<string, string>;
  /**
   * Where save() writes created spreadsheets (and opened ones when saveOpened), relative to the
   * saved workbook's folder (default: that folder). The folder gets an `.index.json` (ID → file).
   */
  spreadsheetsDir?: string;
  /** Also save the spreadsheets opened by ID (never over the file they were read from). */
  saveOpened?: boolean;
}

export interface RunStats {
  functionName: string;
  /** Wall time of the call. */
  wallMs: number;
  /** Time inside emulated services. */
  serviceMs: number;
  /** Time in the bundle's own code (wall − service). */
  ms: number;
  serviceCalls: number;
}

interface OpenedSpreadsheet {
  fake: FakeSpreadsheet;
  /** File name it is saved under (created and opened spreadsheets). */
  fileName: string;
  created: boolean;
  /** The .xlsx it was read from (spreadsheets opened by ID). */
  source?: string;
}

/** The file listing the spreadsheets of a folder: `{ "<id>": "<file name>.xlsx" }`. */
export const SPREADSHEET_INDEX = '.index.json';

/** A file name for a spreadsheet name: no path or reserved characters, no leading dot, not too long. */
export function safeFileName(name: string): string {
  let safe = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (safe.length > 120) safe = safe.slice(0, 120).trim();
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe)) safe = `_${safe}`;
  return safe || 'Untitled spreadsheet';
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

/** The protections of a sidecar, whichever of its two shapes it has. */
function protectionsOf(stored: z.output<typeof ProtectionsSidecar> | undefined): ProtectionRecord[] {
  if (!stored) return [];
  return Array.isArray(stored) ? stored : (stored.protections ?? []);
}

/** One line per problem opening a workbook (the CLI prints it as is). */
export class WorkbookError extends Error {}

function sidecar(file: string, kind: 'properties' | 'protections'): string {
  return `${file}.${kind}.json`;
}

function readSidecarOf<T extends z.ZodType>(file: string, schema: T): z.output<T> | undefined {
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

function timeZoneOf(workbook: ExcelJS.Workbook): string {
  const ws = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === 'settings');
  if (!ws) return DEFAULT_TIME_ZONE;
  const dates = new DateConverter('UTC', { Date, Error });
  const values: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: Cell[] = [];
    for (let c = 1; c <= Math.max(2, row.cellCount); c++) line.push(sheetsValue(row.getCell(c).value, dates));
    values[r - 1] = line;
  });
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  const zone = settingsFromValues(values).timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new WorkbookError(`${file}: no such file`);
  if (fs.statSync(file).isDirectory()) throw new WorkbookError(`${file}: is a folder, not a workbook`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new WorkbookError(`${file}: not an .xlsx workbook (${reason})`);
  }
  if (workbook.worksheets.length === 0) throw new WorkbookError(`${file}: the workbook has no sheets`);
  return workbook;
}

export class OfflineRuntime {
  readonly calls = new CallCounter();
  readonly ui: UiLog;
  /** Time to load the bundle in the fresh context (ms). */
  loadMs = 0;
  /** Size of the loaded bundle (bytes). */
  bundleBytes = 0;
  /** Stats of the last run(). */
  lastRun: RunStats | undefined;

  private readonly context: vm.Context;
  private readonly realm: Realm;
  readonly emulator: Emulator;
  readonly host: Host;
  private readonly spreadsheets: OpenedSpreadsheet[] = [];
  /** IDs of spreadsheetFiles that could not be loaded → why. */
  private readonly unreadable = new Map<string, string>();
  private readonly properties: PropertyStores;
  private readonly rawServices = new Map<string, object>();
  private promptIndex = 0;

  private constructor(
    readonly options: RuntimeOptions,
    workbook: ExcelJS.Workbook,
    readonly codePath: string,
  ) {
    this.ui = new UiLog(options.onUi);
    this.context = vm.createContext({});
    this.realm = vm.runInContext('({ Date: Date, Error: Error })', this.context) as Realm;
    this.emulator = new Emulator(this.calls, this.realm);
    const prompts = options.prompts;
    this.host = {
      emulator: this.emulator,
      realm: this.realm,
      ui: this.ui,
      userEmail: options.userEmail ?? DEFAULT_USER,
      confirm: options.confirm ?? true,
      nextPromptAnswer: (title, text) => {
        if (!prompts) return undefined;
        if (Array.isArray(prompts)) return prompts[this.promptIndex++];
        return prompts[title] ?? prompts[text];
      },
    };
    const file = options.workbookPath;
    this.properties = {
      script: {},
      document: {},
      user: {},
      ...(file ? readSidecarOf(sidecar(file, 'properties'), PropertiesSidecar) : undefined),
    };
    for (const kind of ['script', 'document', 'user'] as const) {
      Object.assign(this.properties[kind], options.properties?.[kind]);
    }
    const state: SpreadsheetState = {
      id: file ? createHash('sha1').update(path.resolve(file)).digest('hex').slice(0, 24) : randomUUID(),
      name: file ? path.basename(file).replace(/\.xlsx$/i, '') : 'Offline workbook',
      timeZone: options.timeZone ?? timeZoneOf(workbook),
      ownerEmail: this.host.userEmail,
      editors: [],
      protections: protectionsOf(
        file ? readSidecarOf(sidecar(file, 'protections'), ProtectionsSidecar) : undefined,
      ),
    };
    const active = new FakeSpreadsheet(workbook, state, this.host);
    this.spreadsheets.push({
      fake: active,
      fileName: file ? path.basename(file) : 'workbook.xlsx',
      created: false,
    });
    if (options.selection) this.select(options.selection);
    this.installGlobals();
  }

  /** Opens a workbook and loads the bundle in a fresh context. */
  static async open(options: RuntimeOptions = {}): Promise<OfflineRuntime> {
    let workbook: ExcelJS.Workbook;
    if (options.workbook) workbook = options.workbook;
    else if (options.sheets) {
      const zone =
        options.timeZone ??
        timeZoneOf(workbookFromSheets({ Settings: options.sheets.Settings ?? [] }, 'UTC'));
      workbook = workbookFromSheets(options.sheets, zone);
    } else if (options.workbookPath) workbook = await loadWorkbook(options.workbookPath);
    else workbook = workbookFromSheets({ Sheet1: [] }, DEFAULT_TIME_ZONE);
    const codePath = options.codePath ?? DEFAULT_CODE_PATH;
    if (!fs.existsSync(codePath)) {
      throw new WorkbookError(`${codePath} does not exist: run \`npm run build\` first`);
    }
    const runtime = new OfflineRuntime(options, workbook, codePath);
    for (const [id, file] of Object.entries(options.spreadsheetFiles ?? {})) {
      try {
        runtime.addSpreadsheetFile(id, file, await loadWorkbook(file));
      } catch (error) {
        runtime.unreadable.set(id, (error as Error).message);
      }
    }
    runtime.load(fs.readFileSync(codePath, 'utf8'));
    return runtime;
  }

  /** Registers a spreadsheet SpreadsheetApp.openById(id) opens (sharing from its sidecar). */
  private addSpreadsheetFile(id: string, file: string, workbook: ExcelJS.Workbook): void {
    const stored = readSidecarOf(sidecar(file, 'protections'), ProtectionsSidecar);
    const sharing = Array.isArray(stored) ? { protections: stored, editors: undefined } : stored;
    const state: SpreadsheetState = {
      id,
      name: path.basename(file).replace(/\.xlsx$/i, ''),
      timeZone: this.timeZone,
      ownerEmail: this.host.userEmail,
      editors: sharing?.editors ?? [],
      protections: sharing?.protections ?? [],
    };
    this.spreadsheets.push({
      fake: new FakeSpreadsheet(workbook, state, this.host),
      fileName: path.basename(file),
      created: false,
      source: path.resolve(file),
    });
  }

  private load(code: string): void {
    this.bundleBytes = Buffer.byteLength(code);
    const start = performance.now();
    vm.runInContext(code, this.context, { filename: this.codePath });
    this.loadMs = performance.now() - start;
  }

  /** The directory standing in for Drive. */
  get outDir(): string {
    return this.options.outDir ?? path.join(REPO_ROOT, 'out');
  }

  /** The active spreadsheet (the raw fake, for tests and tools; the bundle gets a proxy). */
  get spreadsheet(): FakeSpreadsheet {
    return this.spreadsheets[0].fake;
  }

  get timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  /** Sets the active sheet and range, e.g. 'CBOs!A5'. */
  select(a1: string): void {
    const range = this.spreadsheet.getRange(a1);
    range.activate();
  }

  /** Adds or replaces a global service. Its instances are counted when their class has gasClass. */
  registerService(name: string, factory: ServiceFactory): void {
    const raw = factory(this.serviceContext());
    this.rawServices.set(name, raw);
    this.context[name] = this.emulator.wrap(raw);
  }

  /** The raw fake behind a global (e.g. to inspect what DocumentApp created). */
  service<T extends object>(name: string): T | undefined {
    return this.rawServices.get(name) as T | undefined;
  }

  private serviceContext(): ServiceContext {
    return {
      host: this.host,
      emulator: this.emulator,
      outDir: this.outDir,
      projectDir: path.dirname(path.resolve(this.codePath)),
      timeZone: () => this.timeZone,
      service: (name) => this.rawServices.get(name),
    };
  }

  private installGlobals(): void {
    const say = (kind: UiEvent['kind']) => (text: string) => this.ui.record({ kind, title: '', text });
    const directory = {
      active: () => this.spreadsheet,
      create: (name: string) => this.createSpreadsheet(name),
      byId: (id: string) => {
        const found = this.spreadsheets.find((s) => s.fake.getId() === id)?.fake;
        if (!found && this.unreadable.has(id))
          throw new Error(`Spreadsheet ${id} cannot be opened: ${this.unreadable.get(id)}`);
        return found;
      },
      ui: () => ui,
    };
    const ui = new FakeUi(this.host, this.options.addonName ?? 'CBO Tracker');
    const core: Record<string, ServiceFactory> = {
      SpreadsheetApp: () => new FakeSpreadsheetApp(directory),
      PropertiesService: () => new FakePropertiesService(this.properties),
      LockService: () => new FakeLockService(),
      CacheService: () => new FakeCacheService(),
      Session: () => new FakeSession(() => this.timeZone, this.host.userEmail, 'en'),
      Utilities: () => new FakeUtilities(),
      Logger: () => new FakeLogger(say('log')),
    };
    for (const name of PLACEHOLDER_SERVICES) {
      const placeholder: FakeClass = class {
        static gasClass = name;
      };
      core[name] = () => new (placeholder as unknown as new () => object)();
    }
    const all = { ...core, ...EXTRA_SERVICES, ...this.options.services };
    for (const [name, factory] of Object.entries(all)) this.registerService(name, factory);
    const log =
      (kind: string) =>
      (...args: unknown[]) =>
        this.ui.record({
          kind: 'log',
          title: kind,
          text: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
        });
    this.context.console = vm.runInContext(
      '(f) => ({ log: f.log, info: f.info, warn: f.warn, error: f.error })',
      this.context,
    )({
      log: log('log'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
    });
  }

  private createSpreadsheet(name: string): FakeSpreadsheet {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const state: SpreadsheetState = {
      id: randomUUID().replace(/-/g, ''),
      name,
      timeZone: this.timeZone,
      ownerEmail: this.host.userEmail,
      editors: [],
      protections: [],
    };
    const fake = new FakeSpreadsheet(workbook, state, this.host);
    const safe = safeFileName(name);
    let fileName = `${safe}.xlsx`;
    for (let n = 2; this.spreadsheets.some((s) => s.fileName === fileName); n++)
      fileName = `${safe} (${n}).xlsx`;
    this.spreadsheets.push({ fake, fileName, created: true });
    return fake;
  }

  /** Spreadsheets created by the bundle (SpreadsheetApp.create), e.g. partner copies. */
  get createdSpreadsheets(): FakeSpreadsheet[] {
    return this.spreadsheets.filter((s) => s.created).map((s) => s.fake);
  }

  /** Spreadsheets loaded from spreadsheetFiles (what openById opens). */
  get openedSpreadsheets(): FakeSpreadsheet[] {
    return this.spreadsheets.filter((s) => s.source).map((s) => s.fake);
  }

  /**
   * Where save(file) writes the created (and opened) spreadsheets. Refuses to write over the file
   * a spreadsheet was read from, or over a file the folder's index gives to another spreadsheet.
   */
  private spreadsheetTargets(file: string): { dir: string; entries: [OpenedSpreadsheet, string][] } {
    const dir = path.resolve(path.dirname(file), this.options.spreadsheetsDir ?? '.');
    const saved = this.spreadsheets.filter((s) => s.created || (this.options.saveOpened && s.source));
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

  /** Names of the top-level functions the bundle declares. */
  functionNames(): string[] {
    return Object.keys(this.context).filter((name) => typeof this.context[name] === 'function');
  }

  /** Evaluates an expression inside the vm (tests: check what the bundle sees). */
  evaluate(expression: string): unknown {
    return fromRealm(vm.runInContext(expression, this.context));
  }

  /**
   * Calls a top-level function of the bundle, as a menu click or trigger would, and returns its
   * result copied out of the vm (plain data). A thrown error propagates with its message.
   */
  run(functionName: string, ...args: unknown[]): unknown {
    const fn = this.context[functionName];
    if (typeof fn !== 'function')
      throw new Error(`${functionName} is not a top-level function of ${this.codePath}`);
    const copied = args.map((arg) => this.intoRealm(arg));
    const callsBefore = this.calls.total();
    const serviceBefore = this.calls.ms;
    const start = performance.now();
    try {
      return fromRealm((fn as (...a: unknown[]) => unknown)(...copied));
    } catch (error) {
      throw toNodeError(error);
    } finally {
      const wallMs = performance.now() - start;
      const serviceMs = this.calls.ms - serviceBefore;
      this.lastRun = {
        functionName,
        wallMs,
        serviceMs,
        ms: Math.max(0, wallMs - serviceMs),
        serviceCalls: this.calls.total() - callsBefore,
      };
    }
  }

  /** Installable triggers created through ScriptApp (services/script). */
  get triggers(): TriggerStore {
    return this.service<FakeScriptApp>('ScriptApp')!._store;
  }

  /** Calls a top-level function with an event object as is (its fakes must already be proxies). */
  private callHandler(functionName: string, event: unknown): unknown {
    const fn = this.context[functionName];
    if (typeof fn !== 'function') return undefined;
    try {
      return fromRealm((fn as (e: unknown) => unknown)(event));
    } catch (error) {
      throw toNodeError(error);
    }
  }

  /**
   * Simulates a user edit of the active spreadsheet: writes the value (or a 2-D paste), then calls
   * the installed on-edit triggers (and a simple onEdit when asked) with the event Sheets builds.
   */
  edit(
    sheetName: string,
    a1: string,
    value: EditOptions['value'],
    options: { user?: string; simpleTrigger?: boolean } = {},
  ) {
    return simulateEdit({
      store: this.triggers,
      spreadsheet: this.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
      wrap: (object) => this.emulator.wrap(object),
      sheetName,
      a1,
      value,
      callHandler: (name, event) => this.callHandler(name, event),
      user: options.user ?? this.host.userEmail,
      simpleTrigger: options.simpleTrigger,
    });
  }

  /** Fires the time-driven triggers due at an instant (default now); one-off triggers run once. */
  fireClockTriggers(nowMs?: number) {
    return fireDueClockTriggers(
      this.triggers,
      (name, event) => this.callHandler(name, this.intoRealm(event)),
      nowMs,
    );
  }

  /** Copies plain data into the vm realm (so `instanceof Object/Array/Date` hold in the bundle). */
  private intoRealm(value: unknown): unknown {
    const json = vm.runInContext('JSON', this.context) as JSON;
    if (value === undefined) return undefined;
    const dates: Date[] = [];
    const text = JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
      const original = this[key];
      if (Object.prototype.toString.call(original) === '[object Date]') {
        dates.push(original as Date);
        return { __offlineDate: dates.length - 1 };
      }
      return v;
    });
    if (text === undefined) return undefined;
    const RealmDate = this.realm.Date;
    return json.parse(text, (_key, v) =>
      v && typeof v === 'object' && typeof v.__offlineDate === 'number'
        ? new RealmDate(dates[v.__offlineDate].getTime())
        : v,
    );
  }

  /**
   * Saves the active workbook to `file` (never the input), with sidecars for properties and
   * protections, and each created spreadsheet next to it. Returns the files written.
   */
  async save(file: string): Promise<string[]> {
    const input = this.options.workbookPath;
    if (input && path.resolve(input) === path.resolve(file)) {
      throw new WorkbookError(
        `refusing to overwrite the input workbook ${input}; choose another output folder`,
      );
    }
    const targets = this.spreadsheetTargets(file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const written: string[] = await this.flush();
    await this.spreadsheet._workbook.xlsx.writeFile(file);
    written.push(file);
    const hasProperties = Object.values(this.properties).some((store) => Object.keys(store).length > 0);
    if (hasProperties) {
      fs.writeFileSync(sidecar(file, 'properties'), JSON.stringify(this.properties, null, 2));
      written.push(sidecar(file, 'properties'));
    }
    const protections = this.spreadsheet._state.protections;
    if (protections.length) {
      fs.writeFileSync(sidecar(file, 'protections'), JSON.stringify(protections, null, 2));
      written.push(sidecar(file, 'protections'));
    }
    if (targets.entries.length) fs.mkdirSync(targets.dir, { recursive: true });
    const index = readSpreadsheetIndex(targets.dir) ?? {};
    for (const [created, target] of targets.entries) {
      for (const [id, f] of Object.entries(index)) if (f === target) delete index[id];
      index[created.fake.getId()] = target;
      await created.fake._workbook.xlsx.writeFile(target);
      written.push(target);
      if (created.fake._state.editors.length || created.fake._state.protections.length) {
        const sharing = {
          editors: created.fake._state.editors,
          protections: created.fake._state.protections,
        };
        fs.writeFileSync(sidecar(target, 'protections'), JSON.stringify(sharing, null, 2));
        written.push(sidecar(target, 'protections'));
      }
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

  /**
   * Writes what emulated services keep in memory: each changed document as .docx under
   * OUT/docs/ and the PDFs asked for (the stores behind DocumentApp/DriveApp). save() calls it.
   */
  async flush(): Promise<string[]> {
    const stores = new Set<{ flush(): Promise<string[]> }>();
    for (const raw of this.rawServices.values()) {
      const store = (raw as { _store?: { flush?: unknown } })._store;
      if (store && typeof store.flush === 'function') stores.add(store as { flush(): Promise<string[]> });
    }
    const written: string[] = [];
    for (const store of stores) written.push(...(await store.flush()));
    return written;
  }

  /** Saves into a folder under the input's file name (default workbook.xlsx). */
  async saveTo(dir: string): Promise<string[]> {
    const name = this.options.workbookPath ? path.basename(this.options.workbookPath) : 'workbook.xlsx';
    return this.save(path.join(dir, name));
  }

  /** The values of a sheet as getDataRange().getValues() gives them (dates as Node Dates). */
  sheetValues(name: string): Cell[][] | undefined {
    const sheet = this.spreadsheet.getSheetByName(name);
    return sheet ? (fromRealm(sheet.getDataRange().getValues()) as Cell[][]) : undefined;
  }
}

/** Deep copy of plain data out of the vm realm (Dates become Node Dates, functions are dropped). */
export function fromRealm(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(fromRealm(item, seen));
    return out;
  }
  if (value instanceof Map || Object.prototype.toString.call(value) === '[object Map]') {
    return fromRealm(Object.fromEntries(value as Map<string, unknown>), seen);
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [key, item] of Object.entries(value)) {
    const copy = fromRealm(item, seen);
    if (copy !== undefined) out[key] = copy;
  }
  return out;
}

/** An Error of this realm with the message (and stack) of an error thrown in the vm. */
function toNodeError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { message: unknown; name?: unknown; stack?: unknown };
    const out = new Error(String(e.message));
    if (typeof e.name === 'string') out.name = e.name;
    if (typeof e.stack === 'string') out.stack = e.stack;
    return out;
  }
  return new Error(String(error));
}

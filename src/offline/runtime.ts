/**
 * The offline runtime: runs the very build/Code.js in a fresh vm context that holds Apps Script
 * globals only, with SpreadsheetApp over an .xlsx workbook (exceljs) and the other services
 * emulated in memory. Every emulated call is counted as 'Class.method'.
 *
 * This file is the vm host (context, globals, running entry points and events); persistence.ts
 * opens and saves workbooks with their sidecars; bridge.ts copies values into and out of the vm;
 * globals.ts makes the core services; runtime-options.ts says what a run is given and measures.
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
import type { Cell } from '../workbook/values';
import { fromRealm, intoRealm, toNodeError } from './bridge';
import {
  loadWorkbook,
  modifiedTimeOf,
  readProperties,
  readSharing,
  readTriggers,
  safeFileName,
  saveWorkbooks,
  WorkbookError,
  workbookFromSheets,
  type OpenedSpreadsheet,
} from './persistence';
import { coreServices, installConsole } from './globals';
import type { RuntimeOptions, RunStats } from './runtime-options';
import { MAX_RUN_SECONDS, MAX_SIMPLE_TRIGGER_SECONDS } from './services/limits';
import { CallCounter, Emulator, type Realm } from './services/emulation';
import { UiLog, type Host } from './services/host';
import type { PropertyStores } from './services/properties';
import { EXTRA_SERVICES, type ServiceContext, type ServiceFactory } from './services/registry';
import { FakeSpreadsheet, type SpreadsheetState } from './services/spreadsheet/spreadsheet';

export { CallCounter } from './services/emulation';
export { fromRealm } from './bridge';
export {
  readSpreadsheetIndex,
  safeFileName,
  SPREADSHEET_INDEX,
  WorkbookError,
  workbookFromSheets,
} from './persistence';
export type { UiEvent, MenuRecord } from './services/host';
export type { RunStats, RuntimeOptions } from './runtime-options';
export type { ServiceContext, ServiceFactory } from './services/registry';

/** The repository root (build/node/*.cjs and src/offline/*.ts are both two levels down). */
export const REPO_ROOT = path.resolve(__dirname, '../..');
export const DEFAULT_CODE_PATH = path.join(REPO_ROOT, 'build', 'Code.js');
export const DEFAULT_USER = 'you@example.org';

/** Simple triggers: 30 s of execution. https://developers.google.com/apps-script/guides/triggers#restrictions */
const SIMPLE_TRIGGERS = new Set(['onOpen', 'onEdit', 'onInstall', 'onSelectionChange']);

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
      userEmail: '',
      addon: options.addon ?? false,
      confirm: options.confirm ?? true,
      nextPromptAnswer: (title, text) => {
        if (!prompts) return undefined;
        if (Array.isArray(prompts)) return prompts[this.promptIndex++];
        return prompts[title] ?? prompts[text];
      },
    };
    const file = options.workbookPath;
    this.properties = readProperties(file);
    for (const kind of ['script', 'document', 'user'] as const) {
      Object.assign(this.properties[kind], options.properties?.[kind]);
    }
    const sharing = readSharing(file);
    const owner = sharing.owner ?? options.ownerEmail ?? DEFAULT_USER;
    this.host.userEmail = options.userEmail ?? owner;
    const editors = [...sharing.editors];
    const user = this.host.userEmail;
    if (
      user.toLowerCase() !== owner.toLowerCase() &&
      !editors.some((e) => e.toLowerCase() === user.toLowerCase())
    )
      editors.push(user);
    const state: SpreadsheetState = {
      // A spreadsheet keeps its ID from run to run, as on Google (an output read again is the same
      // spreadsheet: its triggers, properties and partner copies still name it); a file never run
      // before gets one from its path.
      id:
        sharing.id ??
        (file ? createHash('sha1').update(path.resolve(file)).digest('hex').slice(0, 24) : randomUUID()),
      name: file ? path.basename(file).replace(/\.xlsx$/i, '') : 'Offline workbook',
      timeZone: options.timeZone ?? sharing.timeZone ?? DEFAULT_TIME_ZONE,
      ownerEmail: owner,
      editors,
      protections: sharing.protections,
      grids: sharing.grids,
      modifiedTime: modifiedTimeOf(file, sharing),
    };
    // Rows given in memory (or no workbook) stand for a spreadsheet made in Google Sheets; a file or
    // an exceljs workbook for an uploaded .xlsx (its sheets keep their used range as their grid).
    const origin = options.workbook || (!options.sheets && options.workbookPath) ? 'file' : 'google';
    const active = new FakeSpreadsheet(workbook, state, this.host, { sheets: origin });
    this.actAs(options.userEmail ?? owner, state);
    this.spreadsheets.push({
      fake: active,
      fileName: file ? path.basename(file) : 'workbook.xlsx',
      created: false,
    });
    if (options.selection) this.select(options.selection);
    this.installGlobals();
    const triggers = readTriggers(file);
    if (triggers.length) this.triggers.load(triggers);
  }

  /** Opens a workbook and loads the bundle in a fresh context. */
  static async open(options: RuntimeOptions = {}): Promise<OfflineRuntime> {
    let workbook: ExcelJS.Workbook;
    if (options.workbook) workbook = options.workbook;
    else if (options.sheets) {
      workbook = workbookFromSheets(options.sheets, options.timeZone ?? DEFAULT_TIME_ZONE);
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
    const sharing = readSharing(file);
    const state: SpreadsheetState = {
      id,
      name: path.basename(file).replace(/\.xlsx$/i, ''),
      timeZone: sharing.timeZone ?? this.timeZone,
      ownerEmail: sharing.owner ?? this.host.userEmail,
      editors: sharing.editors,
      protections: sharing.protections,
      grids: sharing.grids,
      modifiedTime: modifiedTimeOf(file, sharing),
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
    const before = { calls: this.calls.total(), seconds: this.calls.seconds };
    vm.runInContext(code, this.context, { filename: this.codePath });
    this.loadMs = performance.now() - start;
    // Apps Script runs a file's top-level code again at the start of every execution: service calls
    // made there are paid by each execution (this runtime loads once, so it adds their price to each).
    this.loadCost = {
      calls: this.calls.total() - before.calls,
      seconds: this.calls.seconds - before.seconds,
    };
  }
  /** The service calls a loaded file makes at load time and their estimated seconds (0 for ours). */
  loadCost = { calls: 0, seconds: 0 };

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

  /**
   * The script's time zone: appsscript.json's beside the bundle (else the project's own).
   * https://developers.google.com/apps-script/concepts/manifests
   */
  get scriptTimeZone(): string {
    const zone = this.manifest?.timeZone;
    return typeof zone === 'string' && zone ? zone : DEFAULT_TIME_ZONE;
  }

  /** appsscript.json beside the bundle (else the project's own), or undefined. */
  get manifest(): { timeZone?: unknown; oauthScopes?: unknown } | undefined {
    for (const file of [
      path.join(path.dirname(this.codePath), 'appsscript.json'),
      path.join(REPO_ROOT, 'appsscript.json'),
    ]) {
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as { timeZone?: unknown; oauthScopes?: unknown };
      } catch {
        // no manifest there
      }
    }
    return undefined;
  }

  /**
   * The OAuth scopes the script holds: the manifest's oauthScopes, or undefined when it lets Apps
   * Script choose them from the code (then DriveApp asks for the full drive scope).
   * https://developers.google.com/apps-script/concepts/scopes
   */
  get oauthScopes(): string[] | undefined {
    const scopes = this.manifest?.oauthScopes;
    return Array.isArray(scopes) ? scopes.map(String) : undefined;
  }

  /**
   * Runs what follows as another user (--as): an editor of the spreadsheet (the owner shares it with
   * them if they were not one yet); the owner stays who it was.
   */
  actAs(email: string, state: SpreadsheetState = this.spreadsheet._state): void {
    this.host.userEmail = email;
    const known = [state.ownerEmail, ...state.editors].some((e) => e.toLowerCase() === email.toLowerCase());
    if (!known) state.editors.push(email);
  }

  /** The user running the script. */
  get userEmail(): string {
    return this.host.userEmail;
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
      spreadsheetId: () => this.spreadsheet.getId(),
      service: (name) => this.rawServices.get(name),
      scopes: () => this.oauthScopes,
      inputDir: this.options.workbookPath ? path.dirname(path.resolve(this.options.workbookPath)) : undefined,
    };
  }

  private installGlobals(): void {
    const core = coreServices({
      host: this.host,
      ui: this.ui,
      properties: this.properties,
      active: () => this.spreadsheet,
      create: (name) => this.createSpreadsheet(name),
      byId: (id) => {
        const found = this.spreadsheets.find((s) => s.fake.getId() === id)?.fake;
        if (!found && this.unreadable.has(id))
          throw new Error(`Spreadsheet ${id} cannot be opened: ${this.unreadable.get(id)}`);
        return found;
      },
      all: () => this.spreadsheets.map((s) => s.fake),
      addonName: this.options.addonName ?? 'CBO Tracker',
      scriptTimeZone: this.scriptTimeZone,
      locale: this.options.locale ?? 'en',
    });
    const all = { ...core, ...EXTRA_SERVICES, ...this.options.services };
    for (const [name, factory] of Object.entries(all)) this.registerService(name, factory);
    installConsole(this.context, this.ui);
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
      modifiedTime: new Date().toISOString(),
    };
    const fake = new FakeSpreadsheet(workbook, state, this.host, { sheets: 'created' });
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
    return this.execute(functionName, fn as (...a: unknown[]) => unknown, copied, {
      limitSeconds: SIMPLE_TRIGGERS.has(functionName) ? MAX_SIMPLE_TRIGGER_SECONDS : MAX_RUN_SECONDS,
    });
  }

  /**
   * One execution as Apps Script makes it: within its time limit (6 minutes; 30 s for the simple
   * triggers), as a user (an installable trigger runs as its installer), with its stats kept.
   */
  private execute(
    functionName: string,
    fn: (...a: unknown[]) => unknown,
    args: unknown[],
    options: { limitSeconds: number; asUser?: string },
  ): unknown {
    const before = {
      calls: this.calls.total(),
      ms: this.calls.ms,
      seconds: this.calls.seconds,
      read: this.calls.cellsRead,
      written: this.calls.cellsWritten,
    };
    const previousUser = this.host.userEmail;
    const previousDeadline = this.calls.deadline;
    if (options.asUser) this.host.userEmail = options.asUser;
    if (this.options.timeLimit !== false)
      this.calls.deadline = Math.min(
        previousDeadline ?? Infinity,
        before.seconds + options.limitSeconds - this.loadCost.seconds,
      );
    const start = performance.now();
    try {
      return fromRealm(fn(...args));
    } catch (error) {
      throw toNodeError(error);
    } finally {
      this.host.userEmail = previousUser;
      this.calls.deadline = previousDeadline;
      const wallMs = performance.now() - start;
      const serviceMs = this.calls.ms - before.ms;
      this.lastRun = {
        functionName,
        wallMs,
        serviceMs,
        ms: Math.max(0, wallMs - serviceMs),
        serviceCalls: this.calls.total() - before.calls + this.loadCost.calls,
        appsScriptSeconds:
          Math.round((this.calls.seconds - before.seconds + this.loadCost.seconds) * 1000) / 1000,
        cellsRead: this.calls.cellsRead - before.read,
        cellsWritten: this.calls.cellsWritten - before.written,
      };
    }
  }

  /** Installable triggers created through ScriptApp (services/script). */
  get triggers(): TriggerStore {
    return this.service<FakeScriptApp>('ScriptApp')!._store;
  }

  /** Calls a top-level function with an event object as is (its fakes must already be proxies). */
  private callHandler(functionName: string, event: unknown, asUser?: string): unknown {
    const fn = this.context[functionName];
    if (typeof fn !== 'function') return undefined;
    // An installable trigger (asUser: its installer) has 6 minutes; the simple onEdit 30 s.
    const limitSeconds =
      asUser === undefined && SIMPLE_TRIGGERS.has(functionName)
        ? MAX_SIMPLE_TRIGGER_SECONDS
        : MAX_RUN_SECONDS;
    return this.execute(functionName, fn as (e: unknown) => unknown, [event], { limitSeconds, asUser });
  }

  /**
   * Simulates a user edit of the active spreadsheet: writes the value (or a 2-D paste), then calls
   * the installed on-edit triggers (and a simple onEdit when asked) with the event Sheets builds.
   */
  edit(
    sheetName: string,
    a1: string,
    value: EditOptions['value'],
    options: { user?: string; simpleTrigger?: boolean; paste?: boolean; as?: string } = {},
  ) {
    // The edit is made by `as` (default the running user), under the protections that apply to them.
    const editor = options.as ?? this.host.userEmail;
    const previous = this.host.userEmail;
    this.host.userEmail = editor;
    try {
      return simulateEdit({
        store: this.triggers,
        spreadsheet: this.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
        wrap: (object) => this.emulator.wrap(object),
        sheetName,
        a1,
        value,
        callHandler: (name, event, asUser) => this.callHandler(name, event, asUser),
        // e.user: what Sheets reveals of the editor (given as is, else the Session rule: only the owner's own address).
        user: options.user ?? this.visibleEmail(editor),
        simpleTrigger: options.simpleTrigger,
        paste: options.paste,
      });
    } finally {
      this.host.userEmail = previous;
    }
  }

  /**
   * A user's address as Apps Script reveals it to the script (Session.getActiveUser, e.user): only
   * the owner's own, never in an add-on. https://developers.google.com/apps-script/reference/base/session#getActiveUser()
   */
  visibleEmail(email: string): string {
    return !this.host.addon && email.toLowerCase() === this.spreadsheet._state.ownerEmail.toLowerCase()
      ? email
      : '';
  }

  /** Fires the time-driven triggers due at an instant (default now); one-off triggers run once; each runs as its installer. */
  fireClockTriggers(nowMs?: number) {
    return fireDueClockTriggers(
      this.triggers,
      (name, event, asUser) => this.callHandler(name, this.intoRealm(event), asUser),
      nowMs,
    );
  }

  /** Copies plain data into the vm realm (so `instanceof Object/Array/Date` hold in the bundle). */
  private intoRealm(value: unknown): unknown {
    return intoRealm(value, this.context, this.realm);
  }

  /**
   * Saves the active workbook to `file` (never the input), with sidecars for properties and
   * protections, and each created spreadsheet next to it. Returns the files written.
   */
  async save(file: string): Promise<string[]> {
    return saveWorkbooks({
      input: this.options.workbookPath,
      file,
      spreadsheets: this.spreadsheets,
      properties: this.properties,
      spreadsheetsDir: this.options.spreadsheetsDir,
      saveOpened: this.options.saveOpened,
      triggers: this.rawServices.has('ScriptApp') ? this.triggers.triggers : [],
      flush: () => this.flush(),
    });
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

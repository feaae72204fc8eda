/**
 * The globals a fresh vm context gets: the core services the runtime itself emulates
 * (SpreadsheetApp over the runtime's spreadsheets, PropertiesService, LockService, CacheService,
 * Session, Utilities, Logger, placeholders) and a console that records into the UI log.
 */
import util from 'node:util';
import vm from 'node:vm';
import { FakeCacheService } from './services/cache';
import type { FakeClass } from './services/emulation';
import type { Host, UiLog } from './services/host';
import { FakeLockService } from './services/lock';
import { FakePropertiesService, type PropertyStores } from './services/properties';
import { PLACEHOLDER_SERVICES, type ServiceFactory } from './services/registry';
import { FakeSession } from './services/session';
import type { FakeSpreadsheet } from './services/spreadsheet/spreadsheet';
import { FakeSpreadsheetApp } from './services/spreadsheet/spreadsheet-app';
import { FakeUi } from './services/spreadsheet/ui';
import { FakeLogger, FakeUtilities } from './services/utilities';

export interface CoreServicesOptions {
  host: Host;
  ui: UiLog;
  properties: PropertyStores;
  /** The active spreadsheet. */
  active: () => FakeSpreadsheet;
  /** SpreadsheetApp.create. */
  create: (name: string) => FakeSpreadsheet;
  /** SpreadsheetApp.openById (undefined: no such spreadsheet). */
  byId: (id: string) => FakeSpreadsheet | undefined;
  /** Every spreadsheet of the runtime, the active one first (Drive lists them as files). */
  all?: () => FakeSpreadsheet[];
  addonName: string;
  scriptTimeZone: string;
  locale: string;
}

/** The factories of the services the runtime emulates itself, by global name. */
export function coreServices(options: CoreServicesOptions): Record<string, ServiceFactory> {
  const ui = new FakeUi(options.host, options.addonName);
  const directory = {
    active: options.active,
    create: options.create,
    byId: options.byId,
    all: options.all,
    ui: () => ui,
  };
  const core: Record<string, ServiceFactory> = {
    SpreadsheetApp: () => new FakeSpreadsheetApp(directory),
    PropertiesService: () => new FakePropertiesService(options.properties),
    LockService: () => new FakeLockService(),
    CacheService: () => new FakeCacheService(),
    Session: () =>
      new FakeSession(
        options.host,
        () => options.active()._state.ownerEmail,
        options.scriptTimeZone,
        options.locale,
      ),
    Utilities: (context) => new FakeUtilities((v) => context.emulator.unwrap(v)),
    Logger: () => new FakeLogger((text) => options.ui.record({ kind: 'log', title: 'Info', text })),
  };
  for (const name of PLACEHOLDER_SERVICES) {
    const placeholder: FakeClass = class {
      static gasClass = name;
    };
    core[name] = () => new (placeholder as unknown as new () => object)();
  }
  return core;
}

/**
 * The levels of the execution log, as the editor shows them: console.log writes DEBUG,
 * console.info INFO, console.warn WARNING, console.error ERROR
 * (https://developers.google.com/apps-script/reference/base/console); Logger.log writes INFO.
 */
export const LOG_LEVELS = ['Debug', 'Info', 'Warning', 'Error'] as const;

/**
 * A console inside the context whose lines go to the UI log at their level: a first string
 * argument may hold substitution strings (%s, %d, %i, %f, %o, %O, %j); an object alone is
 * serialised. console.time/timeEnd log "label: N ms" (Apps Script times the real run; offline the
 * figure is the wall clock of the emulation).
 */
export function installConsole(context: vm.Context, ui: UiLog): void {
  const log =
    (level: (typeof LOG_LEVELS)[number]) =>
    (...args: unknown[]) =>
      ui.record({
        kind: 'log',
        title: level,
        text:
          typeof args[0] === 'string'
            ? util.format(...args)
            : args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
      });
  const timers = new Map<string, number>();
  const time = (label?: unknown) => {
    timers.set(String(label ?? 'default'), performance.now());
  };
  const timeEnd = (label?: unknown) => {
    const key = String(label ?? 'default');
    const start = timers.get(key);
    if (start === undefined) return;
    timers.delete(key);
    log('Debug')(`${key}: ${Math.round(performance.now() - start)}ms`);
  };
  context.console = vm.runInContext(
    '(f) => ({ log: f.log, info: f.info, warn: f.warn, error: f.error, time: f.time, timeEnd: f.timeEnd })',
    context,
  )({
    log: log('Debug'),
    info: log('Info'),
    warn: log('Warning'),
    error: log('Error'),
    time,
    timeEnd,
  });
}

/**
 * The globals a fresh vm context gets: the core services the runtime itself emulates
 * (SpreadsheetApp over the runtime's spreadsheets, PropertiesService, LockService, CacheService,
 * Session, Utilities, Logger, placeholders) and a console that records into the UI log.
 */
import vm from 'node:vm';
import { FakeCacheService } from './services/cache';
import type { FakeClass } from './services/emulation';
import type { Host, UiEvent, UiLog } from './services/host';
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
  addonName: string;
  scriptTimeZone: string;
  locale: string;
}

/** The factories of the services the runtime emulates itself, by global name. */
export function coreServices(options: CoreServicesOptions): Record<string, ServiceFactory> {
  const say = (kind: UiEvent['kind']) => (text: string) => options.ui.record({ kind, title: '', text });
  const ui = new FakeUi(options.host, options.addonName);
  const directory = { active: options.active, create: options.create, byId: options.byId, ui: () => ui };
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
    Logger: () => new FakeLogger(say('log')),
  };
  for (const name of PLACEHOLDER_SERVICES) {
    const placeholder: FakeClass = class {
      static gasClass = name;
    };
    core[name] = () => new (placeholder as unknown as new () => object)();
  }
  return core;
}

/** A console inside the context whose log/info/warn/error lines go to the UI log. */
export function installConsole(context: vm.Context, ui: UiLog): void {
  const log =
    (kind: string) =>
    (...args: unknown[]) =>
      ui.record({
        kind: 'log',
        title: kind,
        text: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
      });
  context.console = vm.runInContext(
    '(f) => ({ log: f.log, info: f.info, warn: f.warn, error: f.error })',
    context,
  )({
    log: log('log'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  });
}

/**
 * ScriptApp emulation: installable triggers (time-driven and spreadsheet triggers), recorded in a
 * TriggerStore that the runtime owns, so that tests can list and fire them (see events.ts).
 * Faithful to Apps Script: builders create nothing until create(), at most 20 triggers,
 * everyMinutes only 1/5/10/15/30, getOAuthToken not available offline. Follows the emulation
 * conventions (static gasClass; the Emulator proxy counts each call as 'Class.method').
 */
import type { Emulates } from '../emulation';
import type { Host } from '../host';
import { ADDON_MIN_CLOCK_MS, addonTriggerTaken, MAX_TRIGGERS_PER_USER, TOO_MANY_TRIGGERS } from '../limits';

/** ScriptApp enums. Values are their names, as `String(ScriptApp.X.Y)` is in Apps Script. */
function names<T extends string>(...keys: T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [K in T]: K };
}

export const EventType = names(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_CHANGE',
  'ON_FORM_SUBMIT',
  'ON_EVENT_UPDATED',
);
export const TriggerSource = names('CLOCK', 'SPREADSHEETS', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const AuthMode = names('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
/** https://developers.google.com/apps-script/reference/script/installation-source */
export const InstallationSource = names('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');
export const WeekDay = names('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');

export type EventTypeName = keyof typeof EventType;
export type TriggerSourceName = keyof typeof TriggerSource;

/** How a time-driven trigger is scheduled. */
export interface ClockSchedule {
  /** One-off: the instant it runs (after(ms) counts from creation, at(date)). */
  atMs?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  timeZone?: string;
}

/** What the runtime records of an installed trigger. */
export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet ID for spreadsheet triggers, else null. */
  sourceId: string | null;
  schedule: ClockSchedule | null;
  createdAt: number;
  /** Who installed it: it runs as them, and only they see it (getProjectTriggers). */
  user?: string;
  /** The document it was created from (add-ons: one trigger of a type per user per document). */
  documentId?: string | null;
}

/**
 * The project's installable triggers, of every user. Each belongs to its installer: it runs as
 * them and only they see it; 20 per user per script; an add-on may have one trigger of each type
 * per user per document (services/limits.ts cites the pages).
 */
export class TriggerStore {
  static readonly MAX_TRIGGERS = MAX_TRIGGERS_PER_USER;
  readonly triggers: TriggerRecord[] = [];
  private next = 1;

  constructor(
    readonly now: () => number = () => Date.now(),
    private readonly _host?: Pick<Host, 'userEmail' | 'addon'>,
    /** The active document's ID (add-on rule). */
    private readonly _documentId: () => string | null = () => null,
  ) {}

  /** The user creating or seeing triggers now. */
  get user(): string | undefined {
    return this._host?.userEmail;
  }

  get addon(): boolean {
    return this._host?.addon ?? false;
  }

  /** The triggers the running user sees (their own). */
  visible(): TriggerRecord[] {
    const user = this.user;
    return user === undefined ? this.triggers : this.triggers.filter((t) => (t.user ?? user) === user);
  }

  /** afterMs: a one-off clock trigger's delay, counted from this moment of creation. */
  add(record: Omit<TriggerRecord, 'uid' | 'createdAt'>, afterMs?: number): TriggerRecord {
    const mine = this.visible();
    if (mine.length >= TriggerStore.MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    const documentId = record.sourceId ?? this._documentId();
    if (
      this.addon &&
      mine.some((t) => t.eventType === record.eventType && (t.documentId ?? t.sourceId) === documentId)
    )
      throw new Error(
        addonTriggerTaken(
          record.eventType === 'CLOCK' ? 'time-based' : record.eventType.replace('ON_', '').toLowerCase(),
        ),
      );
    const createdAt = this.now();
    const schedule = record.schedule ? { ...record.schedule } : null;
    if (schedule && afterMs !== undefined) schedule.atMs = createdAt + afterMs;
    // Add-ons: time-driven triggers run no sooner than an hour after they are made.
    if (this.addon && schedule?.atMs !== undefined)
      schedule.atMs = Math.max(schedule.atMs, createdAt + ADDON_MIN_CLOCK_MS);
    const trigger: TriggerRecord = {
      ...record,
      schedule,
      uid: String(7000000 + this.next++),
      createdAt,
      user: this.user,
      documentId,
    };
    this.triggers.push(trigger);
    return trigger;
  }

  /** Triggers kept beside a saved workbook, read back (their uids continue). */
  load(records: TriggerRecord[]): void {
    for (const record of records) {
      this.triggers.push({ ...record });
      this.next = Math.max(this.next, Number(record.uid) - 7000000 + 1 || this.next);
    }
  }

  remove(uid: string): boolean {
    const i = this.triggers.findIndex((t) => t.uid === uid);
    if (i >= 0) this.triggers.splice(i, 1);
    return i >= 0;
  }

  /** Installed on-edit triggers of a spreadsheet. */
  onEditTriggers(spreadsheetId: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === spreadsheetId);
  }

  /** Time-driven triggers due at an instant: one-off triggers whose time has come; recurring ones always. */
  dueClockTriggers(atMs: number = this.now()): TriggerRecord[] {
    return this.triggers.filter(
      (t) => t.eventType === 'CLOCK' && (t.schedule?.atMs === undefined || t.schedule.atMs <= atMs),
    );
  }
}

type GasTrigger = GoogleAppsScript.Script.Trigger;

export class FakeTrigger implements Emulates<
  GasTrigger,
  'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
> {
  static gasClass = 'Trigger';
  constructor(readonly _record: TriggerRecord) {}
  getUniqueId(): string {
    return this._record.uid;
  }
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getEventType(): EventTypeName {
    return this._record.eventType;
  }
  getTriggerSource(): TriggerSourceName {
    return this._record.source;
  }
  getTriggerSourceId(): string | null {
    return this._record.sourceId;
  }
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

/** Emulated, but not in the Emulates list (their parameters differ from @types': overloads there, the fakes' own classes or resource types here): at, onWeekDay. */
export class FakeClockTriggerBuilder implements Emulates<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  | 'after'
  | 'everyMinutes'
  | 'everyHours'
  | 'everyDays'
  | 'everyWeeks'
  | 'atHour'
  | 'nearMinute'
  | 'inTimezone'
  | 'create'
> {
  static gasClass = 'ClockTriggerBuilder';
  private readonly _schedule: ClockSchedule = {};
  private _afterMs: number | undefined;
  constructor(
    private readonly _store: TriggerStore,
    private readonly _handler: string,
  ) {}

  after(durationMilliseconds: number): this {
    if (!(typeof durationMilliseconds === 'number' && durationMilliseconds >= 0)) {
      throw new Error('Invalid argument: durationMilliseconds');
    }
    // The duration counts from when the trigger is made (create()), not from this call.
    this._schedule.atMs = this._store.now() + durationMilliseconds;
    this._afterMs = durationMilliseconds;
    return this;
  }
  at(date: Date): this {
    this._afterMs = undefined;
    this._schedule.atMs = date.getTime();
    return this;
  }
  everyMinutes(n: number): this {
    // Add-ons: "Time-driven triggers cannot run more frequently than once per hour."
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
    if (this._store.addon)
      throw new Error(
        'Add-ons cannot create time-driven triggers that run more frequently than once per hour.',
      );
    if (!EVERY_MINUTES.includes(n))
      throw new Error('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    this._schedule.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    if (!EVERY_HOURS.includes(n))
      throw new Error('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    this._schedule.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    this._schedule.everyDays = n;
    return this;
  }
  everyWeeks(n: number): this {
    this._schedule.everyWeeks = n;
    return this;
  }
  atHour(hour: number): this {
    this._schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    this._schedule.nearMinute = minute;
    return this;
  }
  onWeekDay(day: string): this {
    this._schedule.onWeekDay = String(day);
    return this;
  }
  inTimezone(timeZone: string): this {
    this._schedule.timeZone = timeZone;
    return this;
  }
  create(): FakeTrigger {
    const s = this._schedule;
    const kinds = [s.atMs, s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks].filter(
      (v) => v !== undefined,
    );
    if (kinds.length === 0) throw new Error('A time-based trigger needs a schedule (after, at or every...).');
    if (kinds.length > 1) throw new Error('Already chosen a time-based schedule for this trigger.');
    return new FakeTrigger(
      this._store.add(
        {
          handler: this._handler,
          eventType: 'CLOCK',
          source: 'CLOCK',
          sourceId: null,
          schedule: { ...s },
        },
        this._afterMs,
      ),
    );
  }
}

export class FakeSpreadsheetTriggerBuilder implements Emulates<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  'onEdit' | 'onChange' | 'onOpen' | 'onFormSubmit' | 'create'
> {
  static gasClass = 'SpreadsheetTriggerBuilder';
  private _eventType: EventTypeName | undefined;
  constructor(
    private readonly _store: TriggerStore,
    private readonly _handler: string,
    private readonly _spreadsheetId: string,
  ) {}

  onEdit(): this {
    this._eventType = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this._eventType = 'ON_CHANGE';
    return this;
  }
  onOpen(): this {
    this._eventType = 'ON_OPEN';
    return this;
  }
  onFormSubmit(): this {
    this._eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): FakeTrigger {
    if (!this._eventType)
      throw new Error('Choose an event (onEdit, onChange, onOpen or onFormSubmit) first.');
    return new FakeTrigger(
      this._store.add({
        handler: this._handler,
        eventType: this._eventType,
        source: 'SPREADSHEETS',
        sourceId: this._spreadsheetId,
        schedule: null,
      }),
    );
  }
}

export class FakeTriggerBuilder implements Emulates<
  GoogleAppsScript.Script.TriggerBuilder,
  'timeBased' | 'forSpreadsheet'
> {
  static gasClass = 'TriggerBuilder';
  constructor(
    private readonly _store: TriggerStore,
    private readonly _handler: string,
  ) {}
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this._store, this._handler);
  }
  forSpreadsheet(spreadsheet: string | { getId(): string }): FakeSpreadsheetTriggerBuilder {
    const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return new FakeSpreadsheetTriggerBuilder(this._store, this._handler, id);
  }
}

/** The ScriptApp global. Emulated, but not in the Emulates list (their parameters differ from @types': overloads there, the fakes' own classes or resource types here): deleteTrigger. */
export class FakeScriptApp implements Emulates<
  GoogleAppsScript.Script.ScriptApp,
  | 'EventType'
  | 'TriggerSource'
  | 'AuthMode'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'getScriptId'
  | 'getOAuthToken'
  | 'getIdentityToken'
> {
  static gasClass = 'ScriptApp';
  static gasProperties = ['EventType', 'TriggerSource', 'AuthMode', 'InstallationSource', 'WeekDay'] as const;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly AuthMode = AuthMode;
  readonly InstallationSource = InstallationSource;
  readonly WeekDay = WeekDay;

  constructor(
    readonly _store: TriggerStore,
    private readonly _scriptId = 'offline-script',
  ) {}

  /**
   * NONE for a script bound to the spreadsheet; an add-on installed from the Marketplace (--addon)
   * is WEB_STORE_ADD_ON. https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource()
   */
  getInstallationSource(): string {
    return this._store.addon ? InstallationSource.WEB_STORE_ADD_ON : InstallationSource.NONE;
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      throw new Error('Invalid argument: functionName');
    return new FakeTriggerBuilder(this._store, functionName);
  }
  /** The running user's triggers only: "a user cannot see another user's triggers". https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers() */
  getProjectTriggers(): FakeTrigger[] {
    return this._store.visible().map((record) => new FakeTrigger(record));
  }
  getUserTriggers(spreadsheet: { getId(): string }): FakeTrigger[] {
    const id = spreadsheet.getId();
    return this._store
      .visible()
      .filter((t) => t.sourceId === id)
      .map((record) => new FakeTrigger(record));
  }
  deleteTrigger(trigger: FakeTrigger): void {
    // The bundle hands back the proxy, whose only members are the Trigger methods.
    const uid = typeof trigger?.getUniqueId === 'function' ? trigger.getUniqueId() : undefined;
    if (!uid) throw new Error('Invalid argument: trigger');
    // Only one's own triggers can be deleted (the others are not visible).
    if (this._store.visible().some((t) => t.uid === uid)) this._store.remove(uid);
  }
  getScriptId(): string {
    return this._scriptId;
  }
  getOAuthToken(): never {
    throw new Error('ScriptApp.getOAuthToken is not emulated offline (there is no Google account).');
  }
  getIdentityToken(): never {
    throw new Error('ScriptApp.getIdentityToken is not emulated offline (there is no Google account).');
  }
}

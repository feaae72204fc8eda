/**
 * Firing triggers offline: a user edit (write the value, then call the installed on-edit handlers
 * and the simple onEdit with the event object Sheets builds) and time-driven triggers.
 */
import { AuthMode, type TriggerRecord, type TriggerStore } from './script-app';

type Cell = string | number | boolean | Date | null;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Calls a top-level function of the loaded script by name (undefined when it does not exist). */
export type CallHandler = (functionName: string, event: unknown, asUser?: string) => unknown;

export interface EditOptions {
  store: TriggerStore;
  /** The spreadsheet the edit is written to (the raw fake: the write is the user's, not counted). */
  spreadsheet: Spreadsheet;
  /** What the script sees of a fake (the runtime's counting proxy); default: the object itself. */
  wrap?: <T extends object>(value: T) => T;
  sheetName: string;
  /** A1 notation of the edited range, e.g. "B7" or "A2:C4" (a paste). */
  a1: string;
  /** One value (a single cell) or a 2-D array (a paste). */
  value: Cell | Cell[][];
  callHandler: CallHandler;
  /** The editing user's e-mail ('' when Sheets does not reveal it, e.g. outside the domain). */
  user?: string;
  /** Also call a simple `onEdit(e)` when the script defines one (Sheets does). */
  simpleTrigger?: boolean;
  /** A paste: Sheets gives no value or oldValue, even for one cell. */
  paste?: boolean;
}

export interface EditResult {
  event: Record<string, unknown>;
  /** Handler name → what it returned, or the error it threw (Sheets logs it; the edit stays). */
  results: { handler: string; triggerUid?: string; returned?: unknown; error?: string }[];
}

/** Sheets passes e.value / e.oldValue as text. */
function eventText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return (value as Date).toISOString();
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Simulates a user edit: writes the value(s), then fires the on-edit triggers of the spreadsheet. */
export function simulateEdit(options: EditOptions): EditResult {
  const sheet = options.spreadsheet.getSheetByName(options.sheetName);
  if (!sheet) throw new Error(`No sheet named "${options.sheetName}"`);
  const range = sheet.getRange(options.a1);
  const single = !options.paste && range.getNumRows() === 1 && range.getNumColumns() === 1;
  const oldValue = single ? range.getValue() : undefined;
  if (Array.isArray(options.value)) {
    range.setValues(options.value as Cell[][]);
  } else {
    range.setValue(options.value as Cell);
  }
  const user = options.user ?? '';
  const wrap = options.wrap ?? (<T extends object>(value: T) => value);
  const event: Record<string, unknown> = {
    authMode: AuthMode.FULL,
    range: wrap(range),
    source: wrap(options.spreadsheet),
    user: { getEmail: () => user, getUserLoginId: () => user, toString: () => user },
  };
  if (single) {
    // Sheets sets value only for a single cell, and oldValue only when the cell had content.
    const value = eventText(Array.isArray(options.value) ? options.value[0]?.[0] : options.value);
    if (value !== undefined) event.value = value;
    const old = eventText(oldValue);
    if (old !== undefined) event.oldValue = old;
  }
  const results: EditResult['results'] = [];
  const call = (handler: string, e: Record<string, unknown>, triggerUid?: string, asUser?: string) => {
    try {
      results.push({ handler, triggerUid, returned: options.callHandler(handler, e, asUser) });
    } catch (error) {
      results.push({ handler, triggerUid, error: error instanceof Error ? error.message : String(error) });
    }
  };
  if (options.simpleTrigger) call('onEdit', { ...event, authMode: AuthMode.LIMITED });
  for (const trigger of options.store.onEditTriggers(options.spreadsheet.getId())) {
    // An installable trigger runs as the user who installed it.
    call(trigger.handler, { ...event, triggerUid: trigger.uid }, trigger.uid, trigger.user);
  }
  return { event, results };
}

/** Fires one time-driven trigger as Apps Script would (one-off triggers are then deleted). */
export function fireClockTrigger(
  store: TriggerStore,
  trigger: TriggerRecord,
  callHandler: CallHandler,
  nowMs: number = store.now(),
): unknown {
  if (trigger.eventType !== 'CLOCK') throw new Error('Not a time-driven trigger');
  const date = new Date(nowMs);
  const event = {
    authMode: AuthMode.FULL,
    triggerUid: trigger.uid,
    'day-of-month': date.getUTCDate(),
    'day-of-week': date.getUTCDay() || 7,
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    month: date.getUTCMonth() + 1,
    second: date.getUTCSeconds(),
    timezone: 'UTC',
    'week-of-year': 0,
    year: date.getUTCFullYear(),
  };
  // Apps Script disables a one-off trigger once it has run; the emulator removes it.
  if (trigger.schedule?.atMs !== undefined) store.remove(trigger.uid);
  return callHandler(trigger.handler, event, trigger.user);
}

/** Fires every time-driven trigger that is due; returns what each handler returned. */
export function fireDueClockTriggers(
  store: TriggerStore,
  callHandler: CallHandler,
  nowMs: number = store.now(),
) {
  return store.dueClockTriggers(nowMs).map((trigger) => ({
    handler: trigger.handler,
    returned: fireClockTrigger(store, trigger, callHandler, nowMs),
  }));
}

/**
 * Value bridging between Node and the vm realm the bundle runs in: arguments copied in (so
 * `instanceof Object/Array/Date` hold in the bundle), results and errors copied out.
 */
import vm from 'node:vm';
import type { Realm } from './services/emulation';

/** Copies plain data into the vm realm (Dates stay Dates of that realm). */
export function intoRealm(value: unknown, context: vm.Context, realm: Realm): unknown {
  const json = vm.runInContext('JSON', context) as JSON;
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
  const RealmDate = realm.Date;
  return json.parse(text, (_key, v) =>
    v && typeof v === 'object' && typeof v.__offlineDate === 'number'
      ? new RealmDate(dates[v.__offlineDate].getTime())
      : v,
  );
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
    // defineProperty: a key typed by a user may be `__proto__` (a breakdown by such a column).
    if (copy !== undefined)
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** An Error of this realm with the message (and stack) of an error thrown in the vm. */
export function toNodeError(error: unknown): Error {
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

/**
 * Generic emulation layer: every object handed to the bundle is a Proxy that counts and times
 * each call as 'Class.method', converts thrown errors into errors of the vm realm, and throws
 * `not emulated: Class.member` for anything the fake does not implement.
 *
 * Conventions for fakes: a fake class has a static `gasClass` (the Apps Script class name);
 * its prototype methods whose names do not start with `_` are the emulated methods; data
 * members listed in static `gasProperties` (enums such as ButtonSet) are readable too.
 */
import { performance } from 'node:perf_hooks';
import { costOf, waitedSeconds } from './cost';
import { EXCEEDED_TIME } from './limits';

/** Constructors of the vm context, so that values handed to the bundle belong to its realm. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export interface FakeClass {
  gasClass: string;
  gasProperties?: readonly string[];
  /**
   * The script may set its own properties on an instance (HtmlTemplate's template variables,
   * `template.name = 'x'`): the fake's `_assign(key, value)` keeps them.
   */
  gasAssignable?: boolean;
  prototype: object;
}

/**
 * Counts emulated calls by 'Class.method', the time spent inside them, the cells bulk calls move
 * and the estimated Apps Script seconds (services/cost.ts).
 */
export class CallCounter {
  private counts = new Map<string, number>();
  /** Milliseconds spent inside emulated calls since the last reset. */
  ms = 0;
  /** Cells read and written by bulk calls since the last reset. */
  cellsRead = 0;
  cellsWritten = 0;
  /** Estimated Apps Script seconds since the last reset (the cost model). */
  seconds = 0;
  /** While a run is on: the seconds at which it must stop (Exceeded maximum execution time). */
  deadline: number | undefined;

  /** `cells.ranged`: how many of the cells written a range request covered (priced apart, cost.ts). */
  record(name: string, ms: number, cells: MovedCells = NO_CELLS): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.ms += ms;
    this.cellsRead += cells.read;
    this.cellsWritten += cells.written;
    this.seconds += costOf(name, cells.read + cells.written, cells.ranged ?? 0);
  }

  /** Throws Google's message once the run's estimated time passes its limit. */
  checkDeadline(): void {
    if (this.deadline !== undefined && this.seconds > this.deadline) throw new Error(EXCEEDED_TIME);
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Counts by 'Class.method', sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.ms = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.seconds = 0;
  }
}

/** Cells a call moved; `ranged` (part of `written`) those a range request covered. */
export interface MovedCells {
  read: number;
  written: number;
  ranged?: number;
}

const NO_CELLS: MovedCells = { read: 0, written: 0 };

/** Cells of a 2-D array (rows of arrays), else 0. */
function cellsOf(value: unknown): number {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return 0;
  let n = 0;
  for (const row of value) n += Array.isArray(row) ? row.length : 0;
  return n;
}

/**
 * The cells a call moves: the 2-D arrays it is given (writes) or returns (reads); a one-value
 * write to a range (setBackground, clear...) counts the range's cells (a fake says how many with
 * `_cellCount()`).
 */
function cellsMoved(name: string, target: object, args: unknown[], result: unknown) {
  const method = name.slice(name.lastIndexOf('.') + 1);
  // A fake that knows better (an advanced service counting the cells of its requests) says so.
  const own = target as {
    _cellsMoved?: (method: string, args: unknown[], result: unknown) => MovedCells;
  };
  if (typeof own._cellsMoved === 'function') return own._cellsMoved(method, args, result);
  let written = 0;
  for (const arg of args) written += cellsOf(arg);
  const sized = target as { _cellCount?: () => number };
  if (!written && /^(set|clear|merge)/.test(method) && typeof sized._cellCount === 'function')
    written = sized._cellCount();
  const read = cellsOf(result) || (/^get/.test(method) && typeof sized._cellCount === 'function' ? 1 : 0);
  return { read: written ? 0 : read, written };
}

/** Emulated methods of a fake class: its public prototype methods, sorted. */
export function emulatedMethods(fake: FakeClass): string[] {
  const names = new Set<string>();
  for (
    let proto = fake.prototype;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (name === 'constructor' || name.startsWith('_') || typeof descriptor?.value !== 'function') continue;
      names.add(name);
    }
  }
  // `_`-prefixed properties are the runtime's own hooks (e.g. unwrapping a fake handed back in), not Apps Script's.
  return [...names, ...(fake.gasProperties ?? []).filter((name) => !name.startsWith('_'))].sort();
}

export function notEmulated(name: string): Error {
  return new Error(`not emulated: ${name}`);
}

/** Wraps fakes in counting proxies. One Emulator per runtime. */
export class Emulator {
  private proxies = new WeakMap<object, object>();
  private raw = new WeakMap<object, object>();
  private methodSets = new Map<FakeClass, Set<string>>();
  private depth = 0;
  /**
   * Checks made before each call of the script's own (not the calls fakes make of each other),
   * e.g. a change to a document the running user may only view. A check throws to refuse the call.
   */
  readonly guards: ((name: string, target: object) => void)[] = [];

  constructor(
    readonly calls: CallCounter,
    readonly realm: Realm,
  ) {}

  /** The proxy the bundle sees for a fake instance (the same proxy each time). */
  wrap<T extends object>(target: T): T {
    const existing = this.proxies.get(target);
    if (existing) return existing as T;
    const fake = target.constructor as unknown as FakeClass;
    if (typeof fake?.gasClass !== 'string') return target;
    const methods = this.methodsOf(fake);
    const properties = new Set(fake.gasProperties ?? []);
    const functionCache = new Map<string, unknown>();
    const proxy = new Proxy(target, {
      get: (obj, key) => {
        if (typeof key === 'symbol') return undefined;
        if (key === 'toString') return () => fake.gasClass;
        if (key === 'toJSON') return undefined;
        if (properties.has(key)) return (obj as Record<string, unknown>)[key];
        if (fake.gasAssignable && !methods.has(key)) {
          const own = obj as unknown as { _has(key: string): boolean; _get(key: string): unknown };
          if (own._has(key)) return own._get(key);
        }
        if (!methods.has(key)) throw this.toRealm(notEmulated(`${fake.gasClass}.${key}`));
        let fn = functionCache.get(key);
        if (!fn) {
          const method = (obj as Record<string, (...args: unknown[]) => unknown>)[key];
          const name = `${fake.gasClass}.${key}`;
          fn = (...args: unknown[]) => this.invoke(name, () => method.apply(obj, args), obj, args);
          functionCache.set(key, fn);
        }
        return fn;
      },
      set: (obj, key, value) => {
        if (fake.gasAssignable && typeof key === 'string' && !methods.has(key) && !key.startsWith('_')) {
          (obj as unknown as { _assign(key: string, value: unknown): void })._assign(key, value);
          return true;
        }
        throw this.toRealm(notEmulated(`${fake.gasClass}.${String(key)} (assignment)`));
      },
      has: (obj, key) =>
        typeof key === 'string' &&
        (methods.has(key) ||
          properties.has(key) ||
          (!!fake.gasAssignable && (obj as unknown as { _has(key: string): boolean })._has(key))),
      ownKeys: () => [],
    });
    this.proxies.set(target, proxy);
    this.raw.set(proxy, target);
    return proxy as T;
  }

  /** The fake behind a proxy (or the value itself). */
  unwrap<T>(value: T): T {
    if (!value || typeof value !== 'object') return value;
    return (this.raw.get(value as object) ?? value) as T;
  }

  /**
   * Runs one emulated call; nested calls (a fake calling a fake) are not counted again. A call that
   * would start past the run's time limit throws "Exceeded maximum execution time" instead.
   */
  invoke<T>(name: string, body: () => T, target?: object, args: unknown[] = []): T {
    if (this.depth > 0) return this.wrapResult(body());
    try {
      this.calls.checkDeadline();
      if (target) for (const guard of this.guards) guard(name, target);
    } catch (error) {
      throw this.toRealm(error);
    }
    this.depth++;
    const start = performance.now();
    let result: unknown;
    let failed = true;
    try {
      result = body();
      failed = false;
      return this.wrapResult(result as T);
    } catch (error) {
      throw this.toRealm(error);
    } finally {
      this.depth--;
      const cells = !failed && target ? cellsMoved(name, target, args, result) : NO_CELLS;
      this.calls.record(name, performance.now() - start, cells);
      // Time the call spends waiting, beyond its price (Utilities.sleep).
      if (!failed) this.calls.seconds += waitedSeconds(name, args);
    }
  }

  /** An error of the vm realm with the same message (so `e instanceof Error` holds in the bundle). */
  toRealm(error: unknown): Error {
    if (error instanceof this.realm.Error) return error;
    const message = error instanceof Error ? error.message : String(error);
    const realmError = new this.realm.Error(message);
    // Apps Script names the errors its services throw "Exception" (the log shows "Exception: ...").
    realmError.name = 'Exception';
    return realmError;
  }

  /** Fakes returned to the bundle (alone, in arrays or in 2-D arrays) become proxies. */
  private wrapResult<T>(value: T): T {
    if (Array.isArray(value)) {
      const first = value.find((item) => item !== null && item !== undefined);
      if (Array.isArray(first)) return value.map((row) => this.wrapResult(row)) as T;
      if (isFake(first)) return value.map((item) => (isFake(item) ? this.wrap(item as object) : item)) as T;
      return value;
    }
    return (isFake(value) ? this.wrap(value as object) : value) as T;
  }

  private methodsOf(fake: FakeClass): Set<string> {
    let set = this.methodSets.get(fake);
    if (!set) {
      set = new Set(emulatedMethods({ gasClass: fake.gasClass, prototype: fake.prototype }));
      this.methodSets.set(fake, set);
    }
    return set;
  }
}

function isFake(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const ctor = (value as object).constructor as unknown as FakeClass | undefined;
  return typeof ctor?.gasClass === 'string';
}

/**
 * Checks a fake against its Apps Script type: `implements Emulates<Range, 'getValues' | ...>`
 * requires each named member to exist in @types/google-apps-script with compatible parameters.
 */
export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : unknown;
};

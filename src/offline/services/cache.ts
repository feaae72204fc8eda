/** CacheService: in memory, for the life of the runtime (expiry ignored). */
import type { Emulates } from './emulation';

export class FakeCache implements Emulates<
  GoogleAppsScript.Cache.Cache,
  'get' | 'put' | 'getAll' | 'putAll' | 'remove' | 'removeAll'
> {
  static gasClass = 'Cache';
  private readonly _entries = new Map<string, string>();
  get(key: string): string | null {
    return this._entries.get(key) ?? null;
  }
  put(key: string, value: string, _expirationInSeconds?: number): void {
    if (String(value).length > 100 * 1024) throw new Error('Argument too large: value');
    this._entries.set(key, String(value));
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) if (this._entries.has(key)) out[key] = this._entries.get(key) as string;
    return out;
  }
  putAll(values: Record<string, string>, _expirationInSeconds?: number): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value);
  }
  remove(key: string): void {
    this._entries.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this._entries.delete(key);
  }
}

export class FakeCacheService implements Emulates<
  GoogleAppsScript.Cache.CacheService,
  'getScriptCache' | 'getDocumentCache' | 'getUserCache'
> {
  static gasClass = 'CacheService';
  private readonly _caches = { script: new FakeCache(), document: new FakeCache(), user: new FakeCache() };
  getScriptCache(): FakeCache {
    return this._caches.script;
  }
  getDocumentCache(): FakeCache {
    return this._caches.document;
  }
  getUserCache(): FakeCache {
    return this._caches.user;
  }
}

/** CacheService: in memory, for the life of the runtime (expiry ignored), within Google's limits. */
import type { Emulates } from './emulation';
import { MAX_CACHE_EXPIRATION_S, MAX_CACHE_KEY, MAX_CACHE_PUT_ALL, MAX_CACHE_VALUE_BYTES } from './limits';

export class FakeCache implements Emulates<
  GoogleAppsScript.Cache.Cache,
  'get' | 'put' | 'getAll' | 'putAll' | 'remove' | 'removeAll'
> {
  static gasClass = 'Cache';
  private readonly _entries = new Map<string, string>();
  get(key: string): string | null {
    return this._entries.get(key) ?? null;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    if (String(key).length > MAX_CACHE_KEY) throw new Error('Argument too large: key');
    if (Buffer.byteLength(String(value), 'utf8') > MAX_CACHE_VALUE_BYTES)
      throw new Error('Argument too large: value');
    if (expirationInSeconds !== undefined && expirationInSeconds > MAX_CACHE_EXPIRATION_S)
      throw new Error('Invalid argument: expirationInSeconds');
    this._entries.set(key, String(value));
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) if (this._entries.has(key)) out[key] = this._entries.get(key) as string;
    return out;
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    if (Object.keys(values).length > MAX_CACHE_PUT_ALL) throw new Error('Argument too large: values');
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
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

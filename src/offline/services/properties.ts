/**
 * PropertiesService. Document properties persist with the workbook in a sidecar
 * `<workbook>.properties.json` (script and user properties too), never in a hidden sheet.
 */
import type { Emulates } from './emulation';
import {
  MAX_PROPERTY_STORE_BYTES,
  MAX_PROPERTY_VALUE_BYTES,
  PROPERTY_STORE_FULL,
  PROPERTY_TOO_LARGE,
} from './limits';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** 9 KB a value (key + value), 500 KB a store: services/limits.ts. */
function checkedSet(store: Record<string, string>, entries: [string, string][]): void {
  for (const [key, value] of entries) {
    if (bytes(key) + bytes(value) > MAX_PROPERTY_VALUE_BYTES) throw new Error(PROPERTY_TOO_LARGE);
  }
  const next = { ...store, ...Object.fromEntries(entries) };
  let total = 0;
  for (const [key, value] of Object.entries(next)) total += bytes(key) + bytes(value);
  if (total > MAX_PROPERTY_STORE_BYTES) throw new Error(PROPERTY_STORE_FULL);
  Object.assign(store, Object.fromEntries(entries));
}

export interface PropertyStores {
  script: Record<string, string>;
  document: Record<string, string>;
  user: Record<string, string>;
}

export class FakeProperties implements Emulates<
  GoogleAppsScript.Properties.Properties,
  | 'getProperty'
  | 'setProperty'
  | 'getProperties'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
  | 'getKeys'
> {
  static gasClass = 'Properties';
  constructor(private readonly _store: Record<string, string>) {}

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this._store, key) ? this._store[key] : null;
  }
  setProperty(key: string, value: string): this {
    checkedSet(this._store, [[String(key), String(value)]]);
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this._store };
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): this {
    const entries = Object.entries(properties).map(([k, v]) => [k, String(v)] as [string, string]);
    if (deleteAllOthers) {
      checkedSet({}, entries);
      this.deleteAllProperties();
    }
    checkedSet(this._store, entries);
    return this;
  }
  deleteProperty(key: string): this {
    delete this._store[key];
    return this;
  }
  deleteAllProperties(): this {
    for (const key of Object.keys(this._store)) delete this._store[key];
    return this;
  }
  getKeys(): string[] {
    return Object.keys(this._store);
  }
}

export class FakePropertiesService implements Emulates<
  GoogleAppsScript.Properties.PropertiesService,
  'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'
> {
  static gasClass = 'PropertiesService';
  constructor(private readonly _stores: PropertyStores) {}
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this._stores.script);
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this._stores.document);
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(this._stores.user);
  }
}

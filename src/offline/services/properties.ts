/**
 * PropertiesService. Document properties persist with the workbook in a sidecar
 * `<workbook>.properties.json` (script and user properties too), never in a hidden sheet.
 */
import type { Emulates } from './emulation';

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
    this._store[key] = String(value);
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this._store };
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): this {
    if (deleteAllOthers) this.deleteAllProperties();
    for (const [key, value] of Object.entries(properties)) this._store[key] = String(value);
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

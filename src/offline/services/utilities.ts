/** Utilities: formatDate (real time zones, Java patterns), sleep, blobs, UUIDs, base64, digests. */
import { createHash, randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import type { Emulates } from './emulation';
import { formatDate } from './format-date';

/** Apps Script bytes are signed (-128..127); accepts those, Uint8Array or Buffer. */
export function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array || ArrayBuffer.isView(data)) {
    const view = data as ArrayBufferView;
    return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  }
  if (Array.isArray(data)) return Buffer.from(data.map((b: number) => b & 0xff));
  if (data && typeof data === 'object' && Object.prototype.toString.call(data) === '[object Uint8Array]') {
    return Buffer.from(data as Uint8Array);
  }
  throw new Error('Invalid argument: data');
}

/** Signed bytes, as getBytes() returns them. */
export function toSignedBytes(buffer: Buffer): number[] {
  const out = new Array<number>(buffer.length);
  for (let i = 0; i < buffer.length; i++) out[i] = buffer[i] > 127 ? buffer[i] - 256 : buffer[i];
  return out;
}

export class FakeBlob implements Emulates<
  GoogleAppsScript.Base.Blob,
  | 'getDataAsString'
  | 'getBytes'
  | 'setName'
  | 'getName'
  | 'getContentType'
  | 'setContentType'
  | 'setDataFromString'
  | 'copyBlob'
> {
  static gasClass = 'Blob';
  /** Lets a fake that takes a blob (an inline image) find the fake behind the proxy (see document/element.ts `raw`). */
  static gasProperties: readonly string[] = ['_raw'];
  get _raw(): this {
    return this;
  }
  constructor(
    public _data: Buffer,
    private _contentType: string | null,
    private _name: string | null,
  ) {}
  getDataAsString(charset?: string): string {
    return this._data.toString(charset && /^utf-?16/i.test(charset) ? 'utf16le' : 'utf8');
  }
  getBytes(): number[] {
    return toSignedBytes(this._data);
  }
  setName(name: string): this {
    this._name = name;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(contentType: string | null): this {
    this._contentType = contentType;
    return this;
  }
  setDataFromString(string: string): this {
    this._data = Buffer.from(string, 'utf8');
    return this;
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(Buffer.from(this._data), this._contentType, this._name);
  }
}

export const DIGEST_ALGORITHM = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_512: 'sha512' };
export const CHARSET = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };

/** Utilities.sleep's documented maximum. */
export const MAX_SLEEP_MS = 300000;

export class FakeUtilities implements Emulates<
  GoogleAppsScript.Utilities.Utilities,
  | 'formatDate'
  | 'sleep'
  | 'newBlob'
  | 'getUuid'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'computeDigest'
  | 'zip'
  | 'formatString'
  | 'DigestAlgorithm'
  | 'Charset'
> {
  static gasClass = 'Utilities';
  static gasProperties = ['DigestAlgorithm', 'Charset'];
  readonly DigestAlgorithm = DIGEST_ALGORITHM as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly Charset = CHARSET as unknown as typeof GoogleAppsScript.Utilities.Charset;
  /** Milliseconds slept (sleep does not block; the total is recorded). */
  _slept = 0;
  constructor(readonly _unwrap: <T>(value: T) => T = (v) => v) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (Object.prototype.toString.call(date) !== '[object Date]') {
      throw new Error(
        'The parameters (' +
          typeof date +
          ",String,String) don't match the method signature for Utilities.formatDate.",
      );
    }
    return formatDate(new Date((date as unknown as Date).getTime()), String(timeZone), String(format));
  }
  /**
   * Sleeping does not block here, but it is Apps Script time: the runtime adds it to the run's
   * estimated seconds (emulation.ts), so a script that sleeps past the limit stops as online.
   * "The maximum allowed value is 300000 (or 5 minutes)":
   * https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer).
   * Google does not document the error past it; the stricter reading refuses the call.
   */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (typeof milliseconds !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_SLEEP_MS) {
      throw new Error(`Invalid argument: milliseconds (${String(milliseconds)}; at most ${MAX_SLEEP_MS})`);
    }
    this._slept += ms;
  }
  newBlob(data: unknown, contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(toBuffer(data ?? ''), contentType ?? null, name ?? null);
  }
  getUuid(): string {
    return randomUUID();
  }
  base64Encode(data: unknown): string {
    return toBuffer(data).toString('base64');
  }
  base64EncodeWebSafe(data: unknown): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }
  /**
   * A zip of blobs, each under its name: a name with slashes ("word/document.xml") is a path in the
   * zip, as Office files need (https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)).
   * Stricter than Google where it is silent: a blob without a name, or two of one name, is refused.
   */
  zip(blobs: unknown[], name?: string): FakeBlob {
    if (!Array.isArray(blobs)) throw new Error('Invalid argument: blobs');
    const files: Record<string, Uint8Array> = {};
    for (const item of blobs) {
      const blob = this._unwrap(item) as FakeBlob;
      if (!(blob instanceof FakeBlob)) throw new Error('Invalid argument: blobs');
      const entry = blob.getName();
      if (!entry) throw new Error('Utilities.zip: every blob needs a name (the file name in the zip)');
      if (entry in files) throw new Error(`Utilities.zip: two blobs are named ${entry}`);
      files[entry] = blob._data;
    }
    return new FakeBlob(Buffer.from(zipSync(files)), 'application/zip', name ?? null);
  }
  /**
   * sprintf-like formatting with '%'-style format strings (%s, %d/%i, %f with a precision, %x, %o,
   * %e, %%, flags and widths): https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
   * (gas-fakes' test/testutilities.js: "hello %s", "%d + %d = %d"). A missing argument prints as
   * "undefined" (stricter reading: Google documents no error).
   */
  formatString(template: string, ...args: unknown[]): string {
    let next = 0;
    return String(template).replace(
      /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifxXoeEgG%])/g,
      (_all, flags: string, width?: string, precision?: string, kind?: string) => {
        if (kind === '%') return '%';
        const value = args[next++];
        let text: string;
        const n = Number(value);
        switch (kind) {
          case 'd':
          case 'i':
            text = String(Math.trunc(n));
            break;
          case 'f':
            text = n.toFixed(precision === undefined ? 6 : Number(precision));
            break;
          case 'e':
          case 'E':
            text = n.toExponential(precision === undefined ? 6 : Number(precision));
            if (kind === 'E') text = text.toUpperCase();
            break;
          case 'g':
          case 'G':
            text = n.toPrecision(precision === undefined ? 6 : Math.max(1, Number(precision)));
            break;
          case 'x':
          case 'X':
            text = Math.trunc(n).toString(16);
            if (kind === 'X') text = text.toUpperCase();
            break;
          case 'o':
            text = Math.trunc(n).toString(8);
            break;
          default:
            text = String(value);
            if (precision !== undefined) text = text.slice(0, Number(precision));
        }
        if (kind !== 's' && flags.includes('+') && n >= 0) text = `+${text}`;
        const size = width === undefined ? 0 : Number(width);
        if (text.length >= size) return text;
        if (flags.includes('-')) return text.padEnd(size);
        return flags.includes('0') && kind !== 's' ? text.padStart(size, '0') : text.padStart(size);
      },
    );
  }
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: unknown): number[] {
    return toSignedBytes(createHash(String(algorithm)).update(toBuffer(value)).digest());
  }
}

export class FakeLogger implements Emulates<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  static gasClass = 'Logger';
  private readonly _lines: string[] = [];
  constructor(private readonly _sink: (text: string) => void) {}
  log(format: unknown, ...values: unknown[]): this {
    let text = String(format);
    values.forEach((value, i) => {
      text = text.replace(`%s`, String(value)).replace(`{${i}}`, String(value));
    });
    this._lines.push(text);
    this._sink(text);
    return this;
  }
  getLog(): string {
    return this._lines.join('\n');
  }
  clear(): void {
    this._lines.length = 0;
  }
}

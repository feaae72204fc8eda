/**
 * HtmlService, as far as the sidebar needs it: HTML files of the project (the build's *.html
 * beside Code.js), templates with scriptlets, a title, and Ui.showSidebar (which records the page;
 * `cbo-tracker ui` serves it). Everything else throws `not emulated: Class.method`.
 *
 * - createHtmlOutputFromFile / createTemplateFromFile take the file's name as the project shows it,
 *   without ".html" (https://developers.google.com/apps-script/reference/html/html-service); a name
 *   with no such file throws "No HTML file named X was found." as Apps Script does.
 * - Scriptlets (https://developers.google.com/apps-script/guides/html/templates): `<?= ... ?>`
 *   prints HTML-escaped, `<?!= ... ?>` prints as is, `<? ... ?>` runs code. Offline a scriptlet sees
 *   the Apps Script services and JavaScript's own globals only, not the script's functions (on
 *   Apps Script it would see them): the stricter reading, so keep scriptlets to service calls.
 *   Template variables (`template.x = ...`) are seen by the scriptlets as globals.
 * - createHtmlOutput(html) / createTemplate(html) take the HTML as a string; an HtmlOutput's title,
 *   width, height and content (append, appendUntrusted escaped, clear, setContent) as gas-fakes'
 *   test/testhtmlservice.js checked them on live Apps Script.
 * - The page itself runs in the browser: `cbo-tracker ui` serves it with google.script.run bridged
 *   to the runtime, under the rules of google.script.run (see src/offline/commands/ui.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Emulates } from './emulation';
import type { ServiceContext } from './registry';

export class FakeHtmlOutput implements Emulates<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'getContent'
  | 'getTitle'
  | 'setTitle'
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'setContent'
> {
  static gasClass = 'HtmlOutput';
  private _title = '';
  private _width: number | null = null;
  private _height: number | null = null;
  constructor(private _content: string) {}
  getContent(): string {
    return this._content;
  }
  setContent(content: string): this {
    this._content = String(content ?? '');
    return this;
  }
  append(addedContent: string): this {
    this._content += String(addedContent ?? '');
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this._content = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): this {
    if (typeof title !== 'string') throw new Error('HtmlOutput.setTitle: the title must be text');
    this._title = title;
    return this;
  }
  getWidth(): number | null {
    return this._width;
  }
  setWidth(width: number): this {
    this._width = FakeHtmlOutput._pixels(width, 'setWidth');
    return this;
  }
  getHeight(): number | null {
    return this._height;
  }
  setHeight(height: number): this {
    this._height = FakeHtmlOutput._pixels(height, 'setHeight');
    return this;
  }
  private static _pixels(value: unknown, method: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(
        `The parameters (${typeof value}) don't match the method signature for HtmlOutput.${method}.`,
      );
    return Math.trunc(value);
  }
}

const JS_GLOBALS = new Set([
  'JSON',
  'Math',
  'String',
  'Number',
  'Boolean',
  'Array',
  'Object',
  'Date',
  'RegExp',
  'Error',
  'parseInt',
  'parseFloat',
  'isNaN',
  'encodeURIComponent',
  'decodeURIComponent',
  'undefined',
  'NaN',
  'Infinity',
]);

function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Compiles a template's scriptlets into the body of a function of (print, printRaw). */
export function compileTemplate(source: string, fileName: string): string {
  const parts: string[] = [];
  let at = 0;
  const open = /<\?(!?=)?/g;
  let match: RegExpExecArray | null;
  while ((match = open.exec(source))) {
    parts.push(`__raw(${JSON.stringify(source.slice(at, match.index))});`);
    const end = source.indexOf('?>', open.lastIndex);
    if (end < 0) throw new Error(`${fileName}.html: a scriptlet opened with "<?" is not closed with "?>"`);
    const code = source.slice(open.lastIndex, end).trim().replace(/;+$/, '');
    if (match[1] === '=') parts.push(`__print(${code});`);
    else if (match[1] === '!=') parts.push(`__raw(${code});`);
    else parts.push(code);
    at = end + 2;
    open.lastIndex = at;
  }
  parts.push(`__raw(${JSON.stringify(source.slice(at))});`);
  return parts.join('\n');
}

export class FakeHtmlTemplate implements Emulates<
  GoogleAppsScript.HTML.HtmlTemplate,
  'evaluate' | 'getRawContent'
> {
  static gasClass = 'HtmlTemplate';
  static gasAssignable = true;
  /** Template variables the script set (`template.name = ...`). */
  private readonly _vars = new Map<string, unknown>();
  constructor(
    private readonly _source: string,
    private readonly _fileName: string,
    private readonly _context: ServiceContext,
  ) {}

  _assign(key: string, value: unknown): void {
    this._vars.set(key, value);
  }
  _has(key: string): boolean {
    return this._vars.has(key);
  }
  _get(key: string): unknown {
    return this._vars.get(key);
  }
  getRawContent(): string {
    return this._source;
  }

  evaluate(): FakeHtmlOutput {
    const out: string[] = [];
    const context = this._context;
    // Variables the scriptlets assign (a `var` inside `with` is assigned through the scope).
    const locals = new Map<string, unknown>();
    const scope = new Proxy(
      {},
      {
        has: (_target, key) => typeof key === 'string' && !JS_GLOBALS.has(key),
        set: (_target, key, value) => {
          if (typeof key === 'string') locals.set(key, value);
          return true;
        },
        get: (_target, key) => {
          if (typeof key === 'string' && locals.has(key)) return locals.get(key);
          if (key === Symbol.unscopables) return undefined;
          if (key === '__raw') return (value: unknown) => out.push(String(value ?? ''));
          if (key === '__print') return (value: unknown) => out.push(escapeHtml(value));
          if (typeof key === 'string' && this._vars.has(key)) return this._vars.get(key);
          const raw = typeof key === 'string' ? context.service(key) : undefined;
          if (raw) return context.emulator.wrap(raw);
          throw new ReferenceError(
            `${String(key)} is not defined (in a scriptlet of ${this._fileName}.html; offline, scriptlets see the Apps Script services only)`,
          );
        },
      },
    );
    const body = compileTemplate(this._source, this._fileName);
    // A sloppy-mode function (vm.compileFunction): `with` gives the scriptlets the services as globals.
    const run = vm.compileFunction(`with (__scope) {\n${body}\n}`, ['__scope'], {
      filename: `${this._fileName}.html`,
    }) as (scope: object) => void;
    run(scope);
    return new FakeHtmlOutput(out.join(''));
  }
}

export class FakeHtmlService implements Emulates<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutputFromFile' | 'createTemplateFromFile' | 'createHtmlOutput' | 'createTemplate'
> {
  static gasClass = 'HtmlService';
  constructor(private readonly _context: ServiceContext) {}

  private _read(filename: string): string {
    const name = typeof filename === 'string' ? filename : String(filename);
    const file = path.join(this._context.projectDir, `${name}.html`);
    const inside = path.relative(this._context.projectDir, file);
    if (!name || inside.startsWith('..') || path.isAbsolute(inside) || !fs.existsSync(file)) {
      throw new Error(`No HTML file named ${name} was found.`);
    }
    return fs.readFileSync(file, 'utf8');
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this._read(filename));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._read(filename), filename, this._context);
  }

  createHtmlOutput(html?: string): FakeHtmlOutput {
    return new FakeHtmlOutput(html === undefined || html === null ? '' : String(html));
  }

  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(String(html ?? ''), 'template', this._context);
  }
}

export const HTML_CLASSES = [FakeHtmlService, FakeHtmlTemplate, FakeHtmlOutput];

export function htmlService(context: ServiceContext): FakeHtmlService {
  return new FakeHtmlService(context);
}

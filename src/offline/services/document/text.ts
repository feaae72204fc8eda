/** Text and RangeElement of the emulated DocumentApp, plus the RE2-like pattern helper. */
import type { Emulates } from '../emulation';
import { Attribute, type Attributes, ElementType, TEXT_ATTRIBUTES } from './enums';
import { FakeElement } from './element';

/**
 * Apps Script takes RE2 patterns; we use JS RegExp. Differences: RE2 has no look-around or
 * back-references (JS accepts them), and `(?i)` at the start is turned into the `i` flag.
 */
export function patternOf(pattern: string, global = false): RegExp {
  let flags = global ? 'gu' : 'u';
  let source = pattern;
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  try {
    return new RegExp(source, flags);
  } catch {
    return new RegExp(source, flags.replace('u', ''));
  }
}

/** A run of characters of one Text. */
export class FakeText
  extends FakeElement
  implements
    Emulates<
      GoogleAppsScript.Document.Text,
      | 'appendText'
      | 'copy'
      | 'deleteText'
      | 'findText'
      | 'getAttributes'
      | 'getFontFamily'
      | 'getFontSize'
      | 'getForegroundColor'
      | 'getLinkUrl'
      | 'getText'
      | 'getTextAttributeIndices'
      | 'getType'
      | 'insertText'
      | 'isAtDocumentEnd'
      | 'isBold'
      | 'isItalic'
      | 'isUnderline'
      | 'replaceText'
      | 'setAttributes'
      | 'setBackgroundColor'
      | 'setBold'
      | 'setFontFamily'
      | 'setFontSize'
      | 'setForegroundColor'
      | 'setItalic'
      | 'setLinkUrl'
      | 'setStrikethrough'
      | 'setText'
      | 'setUnderline'
    >
{
  static override gasClass = 'Text';
  _chars = '';
  /** One attribute object per UTF-16 code unit (shared objects between equal neighbours). */
  _attrs: Attributes[] = [];

  constructor(text = '', attrs: Attributes = {}) {
    super();
    this._chars = text;
    this._attrs = new Array(text.length).fill(attrs);
  }

  getType() {
    return ElementType.TEXT;
  }
  getText(): string {
    return this._chars;
  }
  setText(text: string): FakeText {
    const attrs = this._attrs[0] ?? {};
    this._chars = String(text);
    this._attrs = new Array(this._chars.length).fill(attrs);
    return this;
  }
  /** Inserted characters take the attributes of the character before (or after, at 0). */
  insertText(offset: number, text: string): FakeText {
    this._checkOffset(offset, this._chars.length);
    const value = String(text);
    const attrs = this._attrs[offset - 1] ?? this._attrs[offset] ?? {};
    this._chars = this._chars.slice(0, offset) + value + this._chars.slice(offset);
    this._attrs.splice(offset, 0, ...new Array(value.length).fill(attrs));
    return this;
  }
  appendText(text: string): FakeText {
    return this.insertText(this._chars.length, text);
  }
  deleteText(startOffset: number, endOffsetInclusive: number): FakeText {
    this._checkRange(startOffset, endOffsetInclusive);
    this._chars = this._chars.slice(0, startOffset) + this._chars.slice(endOffsetInclusive + 1);
    this._attrs.splice(startOffset, endOffsetInclusive - startOffset + 1);
    return this;
  }
  copy(): FakeText {
    const text = new FakeText();
    text._chars = this._chars;
    text._attrs = [...this._attrs];
    return text;
  }
  isAtDocumentEnd(): boolean {
    return false;
  }

  getTextAttributeIndices(): number[] {
    const indices: number[] = [];
    for (let i = 0; i < this._attrs.length; i++) {
      if (i === 0 || !sameAttributes(this._attrs[i], this._attrs[i - 1])) indices.push(i);
    }
    return indices.length ? indices : [0];
  }
  getAttributes(offset?: number | null): Attributes {
    const all: Attributes = {};
    for (const key of TEXT_ATTRIBUTES) all[key] = null;
    if (offset !== undefined && offset !== null) return { ...all, ...this._attrs[offset] };
    // Whole text: an attribute is reported only when every character has the same value.
    for (const key of TEXT_ATTRIBUTES) {
      const first = this._attrs[0]?.[key] ?? null;
      if (this._attrs.every((a) => (a[key] ?? null) === first)) all[key] = first;
    }
    return all;
  }
  setAttributes(...args: unknown[]): FakeText {
    const [start, end, attrs] =
      args.length >= 3
        ? [args[0] as number, args[1] as number, args[2] as Attributes]
        : [0, this._chars.length - 1, args[0] as Attributes];
    const changes: Attributes = {};
    for (const [key, value] of Object.entries(attrs ?? {}))
      if (TEXT_ATTRIBUTES.has(key)) changes[key] = value;
    this._apply(start, end, changes);
    return this;
  }

  setBold(...args: unknown[]) {
    return this._set(Attribute.BOLD, args);
  }
  setItalic(...args: unknown[]) {
    return this._set(Attribute.ITALIC, args);
  }
  setUnderline(...args: unknown[]) {
    return this._set(Attribute.UNDERLINE, args);
  }
  setStrikethrough(...args: unknown[]) {
    return this._set(Attribute.STRIKETHROUGH, args);
  }
  setFontFamily(...args: unknown[]) {
    return this._set(Attribute.FONT_FAMILY, args);
  }
  setFontSize(...args: unknown[]) {
    return this._set(Attribute.FONT_SIZE, args);
  }
  setForegroundColor(...args: unknown[]) {
    return this._set(Attribute.FOREGROUND_COLOR, args);
  }
  setBackgroundColor(...args: unknown[]) {
    return this._set(Attribute.BACKGROUND_COLOR, args);
  }
  setLinkUrl(...args: unknown[]) {
    return this._set(Attribute.LINK_URL, args);
  }
  isBold(offset?: number | null) {
    return this._get(Attribute.BOLD, offset);
  }
  isItalic(offset?: number | null) {
    return this._get(Attribute.ITALIC, offset);
  }
  isUnderline(offset?: number | null) {
    return this._get(Attribute.UNDERLINE, offset);
  }
  getFontFamily(offset?: number | null) {
    return this._get(Attribute.FONT_FAMILY, offset);
  }
  getFontSize(offset?: number | null) {
    return this._get(Attribute.FONT_SIZE, offset);
  }
  getForegroundColor(offset?: number | null) {
    return this._get(Attribute.FOREGROUND_COLOR, offset);
  }
  getLinkUrl(offset?: number | null) {
    return this._get(Attribute.LINK_URL, offset);
  }

  findText(
    searchPattern: string,
    fromRange?: GoogleAppsScript.Document.RangeElement | null,
  ): FakeRangeElement | null {
    const from = (fromRange ?? undefined) as FakeRangeElement | undefined;
    const regex = patternOf(searchPattern, true);
    regex.lastIndex = from && from._element === this ? from._end + 1 : 0;
    const match = regex.exec(this._chars);
    if (!match || match[0].length === 0) return null;
    return new FakeRangeElement(this, match.index, match.index + match[0].length - 1);
  }
  /** Like Apps Script: `$1`, `$&` in the replacement are interpreted. */
  replaceText(searchPattern: string, replacement: string): FakeText {
    const regex = patternOf(searchPattern, true);
    const matches = [...this._chars.matchAll(regex)].filter((m) => m[0].length > 0);
    for (const match of matches.reverse()) {
      const start = match.index ?? 0;
      const value = match[0].replace(patternOf(searchPattern), replacement);
      const attrs = this._attrs[start] ?? {};
      this._chars = this._chars.slice(0, start) + value + this._chars.slice(start + match[0].length);
      this._attrs.splice(start, match[0].length, ...new Array(value.length).fill(attrs));
    }
    return this;
  }

  _set(key: string, args: unknown[]): FakeText {
    if (args.length >= 3) this._apply(args[0] as number, args[1] as number, { [key]: args[2] });
    else this._apply(0, this._chars.length - 1, { [key]: args[0] });
    return this;
  }
  _get(key: string, offset?: number | null): unknown {
    if (offset !== undefined && offset !== null) return this._attrs[offset]?.[key] ?? null;
    return this.getAttributes()[key];
  }
  _apply(start: number, end: number, changes: Attributes): void {
    if (this._chars.length === 0) return;
    this._checkRange(start, end);
    let previous: Attributes | undefined;
    let next: Attributes | undefined;
    for (let i = start; i <= end; i++) {
      if (this._attrs[i] !== previous) {
        previous = this._attrs[i];
        next = withoutNulls({ ...previous, ...changes });
      }
      this._attrs[i] = next as Attributes;
    }
  }
  _checkOffset(offset: number, max: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset > max) {
      throw new Error(`Index (${offset}) must be between 0 and ${max}.`);
    }
  }
  _checkRange(start: number, end: number): void {
    const last = this._chars.length - 1;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > last || start > end) {
      throw new Error(`Invalid range ${start}..${end} in a text of ${this._chars.length} characters.`);
    }
  }
  /** Runs of equal attributes, for rendering and saving. */
  _runs(): { text: string; attrs: Attributes }[] {
    const runs: { text: string; attrs: Attributes }[] = [];
    for (let i = 0; i < this._chars.length; i++) {
      const last = runs[runs.length - 1];
      if (last && sameAttributes(last.attrs, this._attrs[i])) last.text += this._chars[i];
      else runs.push({ text: this._chars[i], attrs: this._attrs[i] });
    }
    return runs;
  }
  static _fromRuns(runs: { text: string; attrs: Attributes }[]): FakeText {
    const text = new FakeText();
    for (const run of runs) {
      text._chars += run.text;
      for (let i = 0; i < run.text.length; i++) text._attrs.push(run.attrs);
    }
    return text;
  }
}

/** A search result: part of a Text. */
export class FakeRangeElement implements Emulates<
  GoogleAppsScript.Document.RangeElement,
  'getElement' | 'getEndOffsetInclusive' | 'getStartOffset' | 'isPartial'
> {
  static gasClass = 'RangeElement';
  static gasProperties: readonly string[] = ['_raw'];
  constructor(
    readonly _element: FakeText,
    readonly _start: number,
    readonly _end: number,
  ) {}
  get _raw(): this {
    return this;
  }
  getElement(): FakeText {
    return this._element;
  }
  getStartOffset(): number {
    return this._start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return this._start > 0 || this._end < this._element._chars.length - 1;
  }
}

function withoutNulls(attrs: Attributes): Attributes {
  for (const key of Object.keys(attrs))
    if (attrs[key] === null || attrs[key] === undefined) delete attrs[key];
  return attrs;
}

export function sameAttributes(a: Attributes | undefined, b: Attributes | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Base classes of the emulated document elements. */
import type { Attributes } from './enums';
import type { FakeText, FakeRangeElement } from './text';
import type { FakeListItem, FakeParagraph } from './paragraph';
import type { FakeTable, FakeTableRow } from './table';
import type { FakeTableCell } from './container';

export abstract class FakeElement {
  static gasClass = 'Element';
  /** Lets the emulation find the fake behind a proxy the bundle passes back (see `raw`). */
  static gasProperties: readonly string[] = ['_raw'];
  _parent: FakeBranch | null = null;

  get _raw(): this {
    return this;
  }
  abstract getType(): string;
  abstract copy(): FakeElement;

  getParent(): FakeBranch | null {
    return this._parent;
  }
  removeFromParent(): this {
    this._parent?._removeChild(this);
    return this;
  }
  getNextSibling(): FakeElement | null {
    const siblings = this._parent?._children;
    return siblings ? (siblings[siblings.indexOf(this) + 1] ?? null) : null;
  }
  getPreviousSibling(): FakeElement | null {
    const siblings = this._parent?._children;
    return siblings ? (siblings[siblings.indexOf(this) - 1] ?? null) : null;
  }
  asParagraph(): FakeParagraph {
    return this._as('PARAGRAPH') as unknown as FakeParagraph;
  }
  asListItem(): FakeListItem {
    return this._as('LIST_ITEM') as unknown as FakeListItem;
  }
  asTable(): FakeTable {
    return this._as('TABLE') as unknown as FakeTable;
  }
  asTableRow(): FakeTableRow {
    return this._as('TABLE_ROW') as unknown as FakeTableRow;
  }
  asTableCell(): FakeTableCell {
    return this._as('TABLE_CELL') as unknown as FakeTableCell;
  }
  asText(): FakeText {
    return this._as('TEXT') as unknown as FakeText;
  }
  asBody() {
    return this._as('BODY_SECTION');
  }
  asHeaderSection() {
    return this._as('HEADER_SECTION');
  }
  asFooterSection() {
    return this._as('FOOTER_SECTION');
  }
  asPageBreak() {
    return this._as('PAGE_BREAK');
  }
  asHorizontalRule() {
    return this._as('HORIZONTAL_RULE');
  }
  _as(type: string): this {
    if (this.getType() !== type) throw new Error(`Cannot cast a ${this.getType()} as ${type}.`);
    return this;
  }
  /** Every Text inside this element, in document order. */
  _texts(): FakeText[] {
    if (this.getType() === 'TEXT') return [this as unknown as FakeText];
    if (this instanceof FakeBranch) return this._children.flatMap((child) => child._texts());
    return [];
  }
}

/** An element with children. */
export abstract class FakeBranch extends FakeElement {
  _children: FakeElement[] = [];
  _attrs: Attributes = {};

  getNumChildren(): number {
    return this._children.length;
  }
  getChild(childIndex: number): FakeElement {
    const child = this._children[childIndex];
    if (!child) throw new Error(`Child index (${childIndex}) must be less than the number of children.`);
    return child;
  }
  getChildIndex(child: FakeElement): number {
    const index = this._children.indexOf(raw(child));
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }
  getText(): string {
    return this._children.map((child) => (child as unknown as { getText(): string }).getText()).join('\n');
  }
  findText(searchPattern: string, from?: FakeRangeElement): FakeRangeElement | null {
    const texts = this._texts();
    let start = 0;
    const after = from ? raw(from) : undefined;
    if (after) start = texts.indexOf(after._element);
    for (let i = Math.max(start, 0); i < texts.length; i++) {
      const found = texts[i].findText(
        searchPattern,
        i === start ? (after as unknown as GoogleAppsScript.Document.RangeElement) : undefined,
      );
      if (found) return found;
    }
    return null;
  }
  replaceText(searchPattern: string, replacement: string): this {
    for (const text of this._texts()) text.replaceText(searchPattern, replacement);
    return this;
  }
  getAttributes(): Attributes {
    return { ...this._attrs };
  }

  _insertChild(index: number, child: FakeElement): void {
    if (child._parent) throw new Error('Element must be detached.');
    if (index < 0 || index > this._children.length) {
      throw new Error(`Child index (${index}) must not be greater than the number of children.`);
    }
    this._children.splice(index, 0, child);
    child._parent = this;
  }
  _removeChild(child: FakeElement): void {
    const index = this._children.indexOf(child);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    this._children.splice(index, 1);
    child._parent = null;
  }
}

/** The fake behind a value the bundle passed back (a proxy or the fake itself). */
export function raw<T>(value: T): T {
  if (value && typeof value === 'object' && '_raw' in value) return (value as unknown as { _raw: T })._raw;
  return value;
}

/** Base classes of the emulated document elements. */
import type { Attributes } from './enums';
import type { Text, RangeElement } from './text';
import type { ListItem, Paragraph } from './paragraph';
import type { Table, TableRow } from './table';
import type { TableCell } from './container';

export abstract class Element {
  static gasClass = 'Element';
  /** Lets the emulation find the fake behind a proxy the bundle passes back (see `raw`). */
  static gasProperties: readonly string[] = ['_raw'];
  _parent: Branch | null = null;

  get _raw(): this {
    return this;
  }
  abstract getType(): string;
  abstract copy(): Element;

  getParent(): Branch | null {
    return this._parent;
  }
  removeFromParent(): this {
    this._parent?._removeChild(this);
    return this;
  }
  getNextSibling(): Element | null {
    const siblings = this._parent?._children;
    return siblings ? (siblings[siblings.indexOf(this) + 1] ?? null) : null;
  }
  getPreviousSibling(): Element | null {
    const siblings = this._parent?._children;
    return siblings ? (siblings[siblings.indexOf(this) - 1] ?? null) : null;
  }
  asParagraph(): Paragraph {
    return this._as('PARAGRAPH') as unknown as Paragraph;
  }
  asListItem(): ListItem {
    return this._as('LIST_ITEM') as unknown as ListItem;
  }
  asTable(): Table {
    return this._as('TABLE') as unknown as Table;
  }
  asTableRow(): TableRow {
    return this._as('TABLE_ROW') as unknown as TableRow;
  }
  asTableCell(): TableCell {
    return this._as('TABLE_CELL') as unknown as TableCell;
  }
  asText(): Text {
    return this._as('TEXT') as unknown as Text;
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
  _texts(): Text[] {
    if (this.getType() === 'TEXT') return [this as unknown as Text];
    if (this instanceof Branch) return this._children.flatMap((child) => child._texts());
    return [];
  }
}

/** An element with children. */
export abstract class Branch extends Element {
  _children: Element[] = [];
  _attrs: Attributes = {};

  getNumChildren(): number {
    return this._children.length;
  }
  getChild(childIndex: number): Element {
    const child = this._children[childIndex];
    if (!child) throw new Error(`Child index (${childIndex}) must be less than the number of children.`);
    return child;
  }
  getChildIndex(child: Element): number {
    const index = this._children.indexOf(raw(child));
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }
  getText(): string {
    return this._children.map((child) => (child as unknown as { getText(): string }).getText()).join('\n');
  }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    const texts = this._texts();
    let start = 0;
    const after = from ? raw(from) : undefined;
    if (after) start = texts.indexOf(after._element);
    for (let i = Math.max(start, 0); i < texts.length; i++) {
      const found = texts[i].findText(searchPattern, i === start ? after : undefined);
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

  _insertChild(index: number, child: Element): void {
    if (child._parent) throw new Error('Element must be detached.');
    if (index < 0 || index > this._children.length) {
      throw new Error(`Child index (${index}) must not be greater than the number of children.`);
    }
    this._children.splice(index, 0, child);
    child._parent = this;
  }
  _removeChild(child: Element): void {
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

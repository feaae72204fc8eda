/** Body, HeaderSection, FooterSection and TableCell: elements that hold paragraphs and tables. */
import { type Attributes, ElementType } from './enums';
import { Branch, type Element, raw } from './element';
import { HorizontalRule, ListItem, PageBreak, Paragraph } from './paragraph';
import { Table, type TableRow } from './table';
import { Text } from './text';

export abstract class Container extends Branch {
  appendParagraph(paragraph: string | Paragraph): Paragraph {
    return this.insertParagraph(this._children.length, paragraph);
  }
  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    const element = typeof paragraph === 'string' ? new Paragraph(paragraph) : raw(paragraph);
    this._insertChild(childIndex, element);
    return element;
  }
  appendListItem(listItem: string | ListItem): ListItem {
    return this.insertListItem(this._children.length, listItem);
  }
  /** A new list item joins the list of the list item just before it, as in Google Docs. */
  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    const isNew = typeof listItem === 'string';
    const element = isNew ? new ListItem(listItem) : raw(listItem);
    if (isNew) {
      const before = this._children[childIndex - 1];
      if (before instanceof ListItem) {
        element._listId = before._listId;
        element._glyph = before._glyph;
      }
    }
    this._insertChild(childIndex, element);
    return element;
  }
  appendTable(cells?: string[][] | Table): Table {
    return this.insertTable(this._children.length, cells);
  }
  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    const table =
      cells instanceof Table || (cells && '_raw' in cells) ? raw(cells as Table) : Table._of(cells);
    this._insertChild(childIndex, table);
    return table;
  }
  appendPageBreak(pageBreak?: PageBreak): PageBreak {
    const paragraph = this.appendParagraph('');
    const element = pageBreak ? raw(pageBreak) : new PageBreak();
    paragraph._insertChild(0, element);
    return element;
  }
  appendHorizontalRule(): HorizontalRule {
    return this.appendParagraph('').appendHorizontalRule();
  }
  /** Google Docs keeps a paragraph at the end of each section: it cannot be removed. */
  removeChild(child: Element): this {
    const element = raw(child);
    const last = this._children[this._children.length - 1];
    if (element === last && element instanceof Paragraph && this._keepsLastParagraph()) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this._removeChild(element);
    return this;
  }
  clear(): this {
    for (const child of this._children) child._parent = null;
    this._children = [];
    if (this._keepsLastParagraph()) this._insertChild(0, new Paragraph());
    return this;
  }
  setText(text: string): this {
    for (const child of this._children) child._parent = null;
    this._children = [];
    this._insertChild(0, new Paragraph(text));
    return this;
  }
  /**
   * The section's text as one Text. Formatting (setBold, setFontFamily, ...) and insertText /
   * appendText apply to the paragraphs inside, as in Apps Script; other edits are not emulated.
   */
  editAsText(): Text {
    const view = new SectionText();
    this._children.forEach((child, i) => {
      if (i > 0) view._append({ text: '\n', attrs: {} });
      for (const text of child._texts()) {
        view._segments.push({ text, start: view._chars.length });
        for (const run of text._runs()) view._append(run);
      }
    });
    return view;
  }
  setAttributes(attributes: Attributes): this {
    for (const child of this._children) {
      if (child instanceof Paragraph || child instanceof Table) child.setAttributes(attributes);
    }
    return this;
  }
  getParagraphs(): Paragraph[] {
    return this._descendants().filter((e): e is Paragraph => e instanceof Paragraph);
  }
  getListItems(): ListItem[] {
    return this._descendants().filter((e): e is ListItem => e instanceof ListItem);
  }
  getTables(): Table[] {
    return this._descendants().filter((e): e is Table => e instanceof Table);
  }
  _descendants(): Element[] {
    const all: Element[] = [];
    const walk = (element: Element) => {
      all.push(element);
      if (element instanceof Branch) element._children.forEach(walk);
    };
    this._children.forEach(walk);
    return all;
  }
  _keepsLastParagraph(): boolean {
    return true;
  }
  _copyChildrenInto<T extends Container>(target: T): T {
    target._attrs = { ...this._attrs };
    for (const child of this._children) target._insertChild(target._children.length, child.copy());
    return target;
  }
}

/** A container's text: formatting a range formats the Texts it came from. */
export class SectionText extends Text {
  _segments: { text: Text; start: number }[] = [];
  _append(run: { text: string; attrs: Attributes }): void {
    this._chars += run.text;
    for (let i = 0; i < run.text.length; i++) this._attrs.push(run.attrs);
  }
  /** Inserts into the paragraph text the offset falls in (at a boundary: the one before). */
  override insertText(offset: number, text: string): Text {
    const value = String(text);
    let index = -1;
    this._segments.forEach((segment, i) => {
      if (segment.start <= offset && offset <= segment.start + segment.text._chars.length) index = i;
    });
    if (index < 0) throw new Error('not emulated: inserting text outside the paragraphs of a section');
    const segment = this._segments[index];
    segment.text.insertText(offset - segment.start, value);
    for (const later of this._segments.slice(index + 1)) later.start += value.length;
    return super.insertText(offset, value);
  }
  override deleteText(): Text {
    throw new Error('not emulated: deleteText on the text of a section (edit its paragraphs)');
  }
  override setText(): Text {
    throw new Error('not emulated: setText on the text of a section (use the section’s setText)');
  }
  override _apply(start: number, end: number, changes: Attributes): void {
    super._apply(start, end, changes);
    for (const { text, start: at } of this._segments) {
      const from = Math.max(start, at);
      const to = Math.min(end, at + text._chars.length - 1);
      if (from <= to) text._apply(from - at, to - at, changes);
    }
  }
}

export class Body extends Container {
  static override gasClass = 'Body';
  getType() {
    return ElementType.BODY_SECTION;
  }
  copy(): Body {
    return this._copyChildrenInto(new Body());
  }
}

export class HeaderSection extends Container {
  static override gasClass = 'HeaderSection';
  getType() {
    return ElementType.HEADER_SECTION;
  }
  copy(): HeaderSection {
    return this._copyChildrenInto(new HeaderSection());
  }
}

export class FooterSection extends Container {
  static override gasClass = 'FooterSection';
  getType() {
    return ElementType.FOOTER_SECTION;
  }
  copy(): FooterSection {
    return this._copyChildrenInto(new FooterSection());
  }
}

export class TableCell extends Container {
  static override gasClass = 'TableCell';
  constructor(text = '') {
    super();
    this._insertChild(0, new Paragraph(text));
  }
  getType() {
    return ElementType.TABLE_CELL;
  }
  copy(): TableCell {
    const cell = new TableCell();
    cell._removeChild(cell._children[0]);
    return this._copyChildrenInto(cell);
  }
  getParentRow(): TableRow | null {
    return this._parent as TableRow | null;
  }
  getParentTable(): Table | null {
    return (this._parent?._parent as Table | undefined) ?? null;
  }
  setBackgroundColor(color: string | null): this {
    this._attrs.BACKGROUND_COLOR = color;
    return this;
  }
  getBackgroundColor(): string | null {
    return (this._attrs.BACKGROUND_COLOR as string) ?? null;
  }
  setWidth(width: number): this {
    this._attrs.WIDTH = width;
    return this;
  }
  getWidth(): number | null {
    return (this._attrs.WIDTH as number) ?? null;
  }
  setVerticalAlignment(alignment: string): this {
    this._attrs.VERTICAL_ALIGNMENT = String(alignment);
    return this;
  }
  setPaddingTop(points: number): this {
    this._attrs.PADDING_TOP = points;
    return this;
  }
  setPaddingBottom(points: number): this {
    this._attrs.PADDING_BOTTOM = points;
    return this;
  }
  setPaddingLeft(points: number): this {
    this._attrs.PADDING_LEFT = points;
    return this;
  }
  setPaddingRight(points: number): this {
    this._attrs.PADDING_RIGHT = points;
    return this;
  }
  override setAttributes(attributes: Attributes): this {
    for (const key of ['BACKGROUND_COLOR', 'WIDTH', 'VERTICAL_ALIGNMENT']) {
      if (key in attributes) this._attrs[key] = attributes[key];
    }
    return super.setAttributes(attributes);
  }
}

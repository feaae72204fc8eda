/** Body, HeaderSection, FooterSection and TableCell: elements that hold paragraphs and tables. */
import type { Emulates } from '../emulation';
import { type Attributes, ElementType, PAGE_ATTRIBUTES } from './enums';
import { FakeBranch, type FakeElement, raw } from './element';
import { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph } from './paragraph';
import { FakeTable, type FakeTableRow } from './table';
import { FakeText } from './text';

export abstract class FakeContainer extends FakeBranch {
  appendParagraph(paragraph: string | FakeParagraph): FakeParagraph {
    return this.insertParagraph(this._children.length, paragraph);
  }
  insertParagraph(childIndex: number, paragraph: string | FakeParagraph): FakeParagraph {
    const element = typeof paragraph === 'string' ? new FakeParagraph(paragraph) : raw(paragraph);
    this._insertChild(childIndex, element);
    return element;
  }
  appendListItem(listItem: string | FakeListItem): FakeListItem {
    return this.insertListItem(this._children.length, listItem);
  }
  /** A new list item joins the list of the list item just before it, as in Google Docs. */
  insertListItem(childIndex: number, listItem: string | FakeListItem): FakeListItem {
    const isNew = typeof listItem === 'string';
    const element = isNew ? new FakeListItem(listItem) : raw(listItem);
    if (isNew) {
      const before = this._children[childIndex - 1];
      if (before instanceof FakeListItem) {
        element._listId = before._listId;
        element._glyph = before._glyph;
      }
    }
    this._insertChild(childIndex, element);
    return element;
  }
  appendTable(cells?: string[][] | FakeTable): FakeTable {
    return this.insertTable(this._children.length, cells);
  }
  insertTable(childIndex: number, cells?: string[][] | FakeTable): FakeTable {
    const table =
      cells instanceof FakeTable || (cells && '_raw' in cells)
        ? raw(cells as FakeTable)
        : FakeTable._of(cells);
    this._insertChild(childIndex, table);
    return table;
  }
  appendPageBreak(pageBreak?: FakePageBreak): FakePageBreak {
    const paragraph = this.appendParagraph('');
    const element = pageBreak ? raw(pageBreak) : new FakePageBreak();
    paragraph._insertChild(0, element);
    return element;
  }
  appendHorizontalRule(): FakeHorizontalRule {
    return this.appendParagraph('').appendHorizontalRule();
  }
  /** Google Docs keeps a paragraph at the end of each section: it cannot be removed. */
  removeChild(child: FakeElement): this {
    const element = raw(child);
    const last = this._children[this._children.length - 1];
    if (element === last && element instanceof FakeParagraph && this._keepsLastParagraph()) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this._removeChild(element);
    return this;
  }
  clear(): this {
    for (const child of this._children) child._parent = null;
    this._children = [];
    if (this._keepsLastParagraph()) this._insertChild(0, new FakeParagraph());
    return this;
  }
  setText(text: string): this {
    for (const child of this._children) child._parent = null;
    this._children = [];
    this._insertChild(0, new FakeParagraph(text));
    return this;
  }
  /**
   * The section's text as one Text. Formatting (setBold, setFontFamily, ...) and insertText /
   * appendText apply to the paragraphs inside, as in Apps Script; other edits are not emulated.
   */
  editAsText(): FakeText {
    const view = new FakeSectionText();
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
      if (child instanceof FakeParagraph || child instanceof FakeTable) child.setAttributes(attributes);
    }
    return this;
  }
  getParagraphs(): FakeParagraph[] {
    return this._descendants().filter((e): e is FakeParagraph => e instanceof FakeParagraph);
  }
  getListItems(): FakeListItem[] {
    return this._descendants().filter((e): e is FakeListItem => e instanceof FakeListItem);
  }
  getTables(): FakeTable[] {
    return this._descendants().filter((e): e is FakeTable => e instanceof FakeTable);
  }
  _descendants(): FakeElement[] {
    const all: FakeElement[] = [];
    const walk = (element: FakeElement) => {
      all.push(element);
      if (element instanceof FakeBranch) element._children.forEach(walk);
    };
    this._children.forEach(walk);
    return all;
  }
  _keepsLastParagraph(): boolean {
    return true;
  }
  _copyChildrenInto<T extends FakeContainer>(target: T): T {
    target._attrs = { ...this._attrs };
    for (const child of this._children) target._insertChild(target._children.length, child.copy());
    return target;
  }
}

/** A container's text: formatting a range formats the Texts it came from. */
export class FakeSectionText extends FakeText {
  _segments: { text: FakeText; start: number }[] = [];
  _append(run: { text: string; attrs: Attributes }): void {
    this._chars += run.text;
    for (let i = 0; i < run.text.length; i++) this._attrs.push(run.attrs);
  }
  /** Inserts into the paragraph text the offset falls in (at a boundary: the one before). */
  override insertText(offset: number, text: string): FakeText {
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
  override deleteText(): FakeText {
    throw new Error('not emulated: deleteText on the text of a section (edit its paragraphs)');
  }
  override setText(): FakeText {
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

FakeParagraph._viewOf = (texts) => {
  const view = new FakeSectionText();
  for (const text of texts) {
    view._segments.push({ text, start: view._chars.length });
    for (const run of text._runs()) view._append(run);
  }
  return view;
};

/**
 * The page a body is laid out on when it does not say (points): A4 with the margins the
 * offline .docx has always had. A new Google Doc takes the page size of the user's locale
 * (File › Page setup); an imported Word file keeps its own.
 */
export const DEFAULT_PAGE = Object.freeze({
  PAGE_WIDTH: 595.3,
  PAGE_HEIGHT: 841.9,
  MARGIN_TOP: 56.7,
  MARGIN_BOTTOM: 56.7,
  MARGIN_LEFT: 62.35,
  MARGIN_RIGHT: 62.35,
});
type PageKey = keyof typeof DEFAULT_PAGE;

export class FakeBody
  extends FakeContainer
  implements
    Emulates<
      GoogleAppsScript.Document.Body,
      | 'copy'
      | 'getType'
      | 'getMarginBottom'
      | 'getMarginLeft'
      | 'getMarginRight'
      | 'getMarginTop'
      | 'getPageHeight'
      | 'getPageWidth'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'setMarginTop'
      | 'setPageHeight'
      | 'setPageWidth'
    >
{
  static override gasClass = 'Body';
  getType() {
    return ElementType.BODY_SECTION;
  }
  copy(): FakeBody {
    return this._copyChildrenInto(new FakeBody());
  }
  _page(key: PageKey): number {
    const value = this._attrs[key];
    return typeof value === 'number' ? value : DEFAULT_PAGE[key];
  }
  _setPage(key: PageKey, points: number): this {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0)
      throw new Error(`Invalid argument: ${String(points)}`);
    this._attrs[key] = points;
    return this;
  }
  getPageWidth() {
    return this._page('PAGE_WIDTH');
  }
  getPageHeight() {
    return this._page('PAGE_HEIGHT');
  }
  getMarginTop() {
    return this._page('MARGIN_TOP');
  }
  getMarginBottom() {
    return this._page('MARGIN_BOTTOM');
  }
  getMarginLeft() {
    return this._page('MARGIN_LEFT');
  }
  getMarginRight() {
    return this._page('MARGIN_RIGHT');
  }
  setPageWidth(points: number) {
    return this._setPage('PAGE_WIDTH', points);
  }
  setPageHeight(points: number) {
    return this._setPage('PAGE_HEIGHT', points);
  }
  setMarginTop(points: number) {
    return this._setPage('MARGIN_TOP', points);
  }
  setMarginBottom(points: number) {
    return this._setPage('MARGIN_BOTTOM', points);
  }
  setMarginLeft(points: number) {
    return this._setPage('MARGIN_LEFT', points);
  }
  setMarginRight(points: number) {
    return this._setPage('MARGIN_RIGHT', points);
  }
  /** Page attributes (PAGE_WIDTH, MARGIN_TOP, ...) set the page; the others go to the paragraphs and tables. */
  override setAttributes(attributes: Attributes): this {
    const others: Attributes = {};
    for (const [key, value] of Object.entries(attributes ?? {})) {
      if (PAGE_ATTRIBUTES.has(key)) this._setPage(key as PageKey, value as number);
      else others[key] = value;
    }
    return super.setAttributes(others);
  }
}

export class FakeHeaderSection
  extends FakeContainer
  implements Emulates<GoogleAppsScript.Document.HeaderSection, 'copy' | 'getType'>
{
  static override gasClass = 'HeaderSection';
  getType() {
    return ElementType.HEADER_SECTION;
  }
  copy(): FakeHeaderSection {
    return this._copyChildrenInto(new FakeHeaderSection());
  }
}

export class FakeFooterSection
  extends FakeContainer
  implements Emulates<GoogleAppsScript.Document.FooterSection, 'copy' | 'getType'>
{
  static override gasClass = 'FooterSection';
  getType() {
    return ElementType.FOOTER_SECTION;
  }
  copy(): FakeFooterSection {
    return this._copyChildrenInto(new FakeFooterSection());
  }
}

export class FakeTableCell
  extends FakeContainer
  implements
    Emulates<
      GoogleAppsScript.Document.TableCell,
      | 'copy'
      | 'getBackgroundColor'
      | 'getParentRow'
      | 'getParentTable'
      | 'getType'
      | 'getWidth'
      | 'setAttributes'
      | 'setBackgroundColor'
      | 'setPaddingBottom'
      | 'setPaddingLeft'
      | 'setPaddingRight'
      | 'setPaddingTop'
      | 'setVerticalAlignment'
      | 'setWidth'
    >
{
  static override gasClass = 'TableCell';
  constructor(text = '') {
    super();
    this._insertChild(0, new FakeParagraph(text));
  }
  getType() {
    return ElementType.TABLE_CELL;
  }
  copy(): FakeTableCell {
    const cell = new FakeTableCell();
    cell._removeChild(cell._children[0]);
    return this._copyChildrenInto(cell);
  }
  getParentRow(): FakeTableRow | null {
    return this._parent as FakeTableRow | null;
  }
  getParentTable(): FakeTable | null {
    return (this._parent?._parent as FakeTable | undefined) ?? null;
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
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment | string): this {
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

/** Paragraph, ListItem, PageBreak and HorizontalRule of the emulated DocumentApp. */
import { type Attributes, ElementType, GlyphType, PARAGRAPH_ATTRIBUTES, ParagraphHeading } from './enums';
import { Branch, Element } from './element';
import { Text } from './text';

export class PageBreak extends Element {
  static override gasClass = 'PageBreak';
  getType() {
    return ElementType.PAGE_BREAK;
  }
  copy() {
    return new PageBreak();
  }
  getText() {
    return '';
  }
}

export class HorizontalRule extends Element {
  static override gasClass = 'HorizontalRule';
  getType() {
    return ElementType.HORIZONTAL_RULE;
  }
  copy() {
    return new HorizontalRule();
  }
  getText() {
    return '';
  }
}

export class Paragraph extends Branch {
  static override gasClass = 'Paragraph';

  constructor(text = '') {
    super();
    if (text) this._insertChild(0, new Text(String(text)));
  }

  getType(): string {
    return ElementType.PARAGRAPH;
  }
  override getText(): string {
    return this._children.map((child) => (child instanceof Text ? child._chars : '')).join('');
  }
  setText(text: string): this {
    const attrs = this._children.find((c): c is Text => c instanceof Text)?._attrs[0] ?? {};
    for (const child of this._children) child._parent = null;
    this._children = [];
    if (String(text)) this._insertChild(0, new Text(String(text), attrs));
    return this;
  }
  appendText(text: string): Text {
    const last = this._children[this._children.length - 1];
    if (last instanceof Text) return last.appendText(text);
    const added = new Text(String(text));
    this._insertChild(this._children.length, added);
    return added;
  }
  insertText(childIndex: number, text: string): Text {
    const added = new Text(String(text));
    this._insertChild(childIndex, added);
    return added;
  }
  /** The paragraph's text as one Text (merging runs of several Text children). */
  editAsText(): Text {
    const texts = this._children.filter((c): c is Text => c instanceof Text);
    if (texts.length === 1) return texts[0];
    const merged = Text._fromRuns(texts.flatMap((t) => t._runs()));
    for (const text of texts) this._removeChild(text);
    this._insertChild(0, merged);
    return merged;
  }
  clear(): this {
    return this.setText('');
  }
  removeChild(child: Element): this {
    this._removeChild(child);
    return this;
  }
  appendPageBreak(): PageBreak {
    const pageBreak = new PageBreak();
    this._insertChild(this._children.length, pageBreak);
    return pageBreak;
  }
  appendHorizontalRule(): HorizontalRule {
    const rule = new HorizontalRule();
    this._insertChild(this._children.length, rule);
    return rule;
  }
  isAtDocumentEnd(): boolean {
    const parent = this._parent;
    return (
      !!parent &&
      parent.getType() === 'BODY_SECTION' &&
      parent._children[parent._children.length - 1] === this
    );
  }

  setHeading(heading: string): this {
    this._attrs.HEADING = String(heading);
    return this;
  }
  getHeading(): string {
    return String(this._attrs.HEADING ?? ParagraphHeading.NORMAL);
  }
  setAlignment(alignment: string): this {
    this._attrs.HORIZONTAL_ALIGNMENT = String(alignment);
    return this;
  }
  getAlignment(): string | null {
    return (this._attrs.HORIZONTAL_ALIGNMENT as string) ?? null;
  }
  setSpacingBefore(points: number): this {
    this._attrs.SPACING_BEFORE = points;
    return this;
  }
  getSpacingBefore(): number | null {
    return (this._attrs.SPACING_BEFORE as number) ?? null;
  }
  setSpacingAfter(points: number): this {
    this._attrs.SPACING_AFTER = points;
    return this;
  }
  getSpacingAfter(): number | null {
    return (this._attrs.SPACING_AFTER as number) ?? null;
  }
  setLineSpacing(multiplier: number): this {
    this._attrs.LINE_SPACING = multiplier;
    return this;
  }
  getLineSpacing(): number | null {
    return (this._attrs.LINE_SPACING as number) ?? null;
  }
  setIndentStart(points: number): this {
    this._attrs.INDENT_START = points;
    return this;
  }
  getIndentStart(): number | null {
    return (this._attrs.INDENT_START as number) ?? null;
  }
  setIndentFirstLine(points: number): this {
    this._attrs.INDENT_FIRST_LINE = points;
    return this;
  }
  setIndentEnd(points: number): this {
    this._attrs.INDENT_END = points;
    return this;
  }
  /** Paragraph attributes go on the paragraph, text attributes on all of its text. */
  setAttributes(attributes: Attributes): this {
    const textChanges: Attributes = {};
    for (const [key, value] of Object.entries(attributes ?? {})) {
      if (PARAGRAPH_ATTRIBUTES.has(key)) {
        if (value === null) delete this._attrs[key];
        else this._attrs[key] = value;
      } else textChanges[key] = value;
    }
    for (const child of this._children) if (child instanceof Text) child.setAttributes(textChanges);
    return this;
  }
  override getAttributes(): Attributes {
    const text = this._children.find((c): c is Text => c instanceof Text);
    return { ...(text ? text.getAttributes() : {}), HEADING: this.getHeading(), ...this._attrs };
  }
  copy(): Paragraph {
    return this._copyInto(new Paragraph());
  }
  _copyInto<T extends Paragraph>(target: T): T {
    target._attrs = { ...this._attrs };
    for (const child of this._children) target._insertChild(target._children.length, child.copy());
    return target;
  }
}

let listCounter = 0;
export function newListId(): string {
  listCounter += 1;
  return `kix.list.${listCounter}`;
}

export class ListItem extends Paragraph {
  static override gasClass = 'ListItem';
  _listId = newListId();
  _glyph: string = GlyphType.BULLET;
  _nesting = 0;

  override getType(): string {
    return ElementType.LIST_ITEM;
  }
  getListId(): string {
    return this._listId;
  }
  setListId(listItem: ListItem): this {
    this._listId = (listItem as ListItem)._raw._listId;
    return this;
  }
  getGlyphType(): string {
    return this._glyph;
  }
  setGlyphType(glyphType: string): this {
    this._glyph = String(glyphType);
    return this;
  }
  getNestingLevel(): number {
    return this._nesting;
  }
  setNestingLevel(nestingLevel: number): this {
    this._nesting = Math.max(0, Math.min(8, Math.floor(nestingLevel)));
    return this;
  }
  override getAttributes(): Attributes {
    return {
      ...super.getAttributes(),
      GLYPH_TYPE: this._glyph,
      NESTING_LEVEL: this._nesting,
      LIST_ID: this._listId,
    };
  }
  override copy(): ListItem {
    const item = this._copyInto(new ListItem());
    item._listId = this._listId;
    item._glyph = this._glyph;
    item._nesting = this._nesting;
    return item;
  }
}

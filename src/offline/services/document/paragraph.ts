/** Paragraph, ListItem, PageBreak and HorizontalRule of the emulated DocumentApp. */
import type { Emulates } from '../emulation';
import {
  type Attributes,
  type AutoTextType,
  ElementType,
  GlyphType,
  type ListLevel,
  PARAGRAPH_ATTRIBUTES,
  ParagraphHeading,
} from './enums';
import { FakeBranch, FakeElement } from './element';
import { FakeText } from './text';
import { FakeInlineImage, imageOf } from './inline-image';

export class FakePageBreak
  extends FakeElement
  implements Emulates<GoogleAppsScript.Document.PageBreak, 'copy' | 'getType'>
{
  static override gasClass = 'PageBreak';
  getType() {
    return ElementType.PAGE_BREAK;
  }
  copy() {
    return new FakePageBreak();
  }
  getText() {
    return '';
  }
}

export class FakeHorizontalRule
  extends FakeElement
  implements Emulates<GoogleAppsScript.Document.HorizontalRule, 'copy' | 'getType'>
{
  static override gasClass = 'HorizontalRule';
  getType() {
    return ElementType.HORIZONTAL_RULE;
  }
  copy() {
    return new FakeHorizontalRule();
  }
  getText() {
    return '';
  }
}

/**
 * A page number or page count field (Docs' AutoText). DocumentApp shows it as an
 * UnsupportedElement that a script can copy, move or remove but not make
 * (https://developers.google.com/apps-script/reference/document/unsupported-element).
 */
export class FakeUnsupportedElement
  extends FakeElement
  implements Emulates<GoogleAppsScript.Document.UnsupportedElement, 'copy' | 'getType'>
{
  static override gasClass = 'UnsupportedElement';
  constructor(readonly _autoText: AutoTextType) {
    super();
  }
  getType() {
    return ElementType.UNSUPPORTED;
  }
  copy() {
    return new FakeUnsupportedElement(this._autoText);
  }
  getText() {
    return '';
  }
}

export class FakeParagraph
  extends FakeBranch
  implements
    Emulates<
      GoogleAppsScript.Document.Paragraph,
      | 'appendHorizontalRule'
      | 'appendInlineImage'
      | 'appendPageBreak'
      | 'appendText'
      | 'clear'
      | 'copy'
      | 'editAsText'
      | 'getAlignment'
      | 'getAttributes'
      | 'getHeading'
      | 'getIndentStart'
      | 'getLineSpacing'
      | 'getSpacingAfter'
      | 'getSpacingBefore'
      | 'getText'
      | 'getType'
      | 'insertInlineImage'
      | 'insertText'
      | 'isAtDocumentEnd'
      | 'removeChild'
      | 'setAlignment'
      | 'setAttributes'
      | 'setHeading'
      | 'setIndentEnd'
      | 'setIndentFirstLine'
      | 'setIndentStart'
      | 'setLineSpacing'
      | 'setSpacingAfter'
      | 'setSpacingBefore'
      | 'setText'
    >
{
  static override gasClass = 'Paragraph';

  constructor(text = '') {
    super();
    if (text) this._insertChild(0, new FakeText(String(text)));
  }

  getType(): string {
    return ElementType.PARAGRAPH;
  }
  override getText(): string {
    return this._children.map((child) => (child instanceof FakeText ? child._chars : '')).join('');
  }
  setText(text: string): this {
    const attrs = this._children.find((c): c is FakeText => c instanceof FakeText)?._attrs[0] ?? {};
    for (const child of this._children) child._parent = null;
    this._children = [];
    if (String(text)) this._insertChild(0, new FakeText(String(text), attrs));
    return this;
  }
  appendText(text: string | GoogleAppsScript.Document.Text): FakeText {
    if (typeof text !== 'string') text = text.getText();
    const last = this._children[this._children.length - 1];
    if (last instanceof FakeText) return last.appendText(text);
    const added = new FakeText(String(text));
    this._insertChild(this._children.length, added);
    return added;
  }
  insertText(childIndex: number, text: string | GoogleAppsScript.Document.Text): FakeText {
    if (typeof text !== 'string') text = text.getText();
    const added = new FakeText(String(text));
    this._insertChild(childIndex, added);
    return added;
  }
  /**
   * The paragraph's text as one Text (merging runs of several Text children). Texts separated by
   * another element (a page number field) stay where they are: the Text returned is a view whose
   * formatting and insertions go to them.
   */
  editAsText(): FakeText {
    const texts = this._children.filter((c): c is FakeText => c instanceof FakeText);
    if (texts.length === 1) return texts[0];
    const first = this._children.indexOf(texts[0]);
    if (
      texts.length > 1 &&
      this._children.slice(first, first + texts.length).some((c) => !(c instanceof FakeText))
    )
      return this._textView(texts);
    const merged = FakeText._fromRuns(texts.flatMap((t) => t._runs()));
    for (const text of texts) this._removeChild(text);
    this._insertChild(0, merged);
    return merged;
  }
  clear(): this {
    return this.setText('');
  }
  /** Set by container.ts: a Text view over several Texts (FakeSectionText). */
  _textView(texts: FakeText[]): FakeText {
    return FakeParagraph._viewOf(texts);
  }
  static _viewOf: (texts: FakeText[]) => FakeText = () => {
    throw new Error('not emulated: editAsText over a field');
  };
  removeChild(child: GoogleAppsScript.Document.Element): this {
    this._removeChild(child as unknown as FakeElement);
    return this;
  }
  appendPageBreak(): FakePageBreak {
    const pageBreak = new FakePageBreak();
    this._insertChild(this._children.length, pageBreak);
    return pageBreak;
  }
  /** An image (a Blob or BlobSource: PNG, JPEG or GIF) at the end of the paragraph, at its own pixel size. */
  appendInlineImage(image: unknown): FakeInlineImage {
    return this.insertInlineImage(this._children.length, image);
  }
  /** An image at a child index of the paragraph (an InlineImage given is copied). */
  insertInlineImage(childIndex: number, image: unknown): FakeInlineImage {
    const given = (image as unknown as { _raw?: unknown })?._raw ?? image;
    const added = given instanceof FakeInlineImage ? given.copy() : new FakeInlineImage(imageOf(given));
    this._insertChild(childIndex, added);
    return added;
  }
  appendHorizontalRule(): FakeHorizontalRule {
    const rule = new FakeHorizontalRule();
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

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading | string): this {
    this._attrs.HEADING = String(heading);
    return this;
  }
  getHeading(): string {
    return String(this._attrs.HEADING ?? ParagraphHeading.NORMAL);
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment | string): this {
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
    for (const child of this._children) if (child instanceof FakeText) child.setAttributes(textChanges);
    return this;
  }
  override getAttributes(): Attributes {
    const text = this._children.find((c): c is FakeText => c instanceof FakeText);
    return { ...(text ? text.getAttributes() : {}), HEADING: this.getHeading(), ...this._attrs };
  }
  copy(): FakeParagraph {
    return this._copyInto(new FakeParagraph());
  }
  _copyInto<T extends FakeParagraph>(target: T): T {
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

export class FakeListItem
  extends FakeParagraph
  implements
    Emulates<
      GoogleAppsScript.Document.ListItem,
      | 'copy'
      | 'getAttributes'
      | 'getGlyphType'
      | 'getListId'
      | 'getNestingLevel'
      | 'getType'
      | 'setGlyphType'
      | 'setListId'
      | 'setNestingLevel'
    >
{
  static override gasClass = 'ListItem';
  _listId = newListId();
  _glyph: string = GlyphType.BULLET;
  _nesting = 0;
  /** The list's levels when it came with them (an imported Word list), shared by its items. */
  _levels: ListLevel[] | null = null;

  override getType(): string {
    return ElementType.LIST_ITEM;
  }
  getListId(): string {
    return this._listId;
  }
  setListId(listItem: GoogleAppsScript.Document.ListItem): this {
    this._listId = (listItem as unknown as FakeListItem)._raw._listId;
    return this;
  }
  getGlyphType(): string {
    return this._glyph;
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType | string): this {
    this._glyph = String(glyphType);
    return this;
  }
  getNestingLevel(): number {
    return this._nesting;
  }
  setNestingLevel(nestingLevel: number): this {
    this._nesting = Math.max(0, Math.min(8, Math.floor(nestingLevel)));
    const level = this._levels?.[this._nesting];
    if (level) this._glyph = glyphTypeOf(level);
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
  override copy(): FakeListItem {
    const item = this._copyInto(new FakeListItem());
    item._listId = this._listId;
    item._glyph = this._glyph;
    item._nesting = this._nesting;
    item._levels = this._levels;
    return item;
  }
}

const GLYPHS: Record<string, string> = {
  DECIMAL: GlyphType.NUMBER,
  ZERO_DECIMAL: GlyphType.NUMBER,
  ALPHA: GlyphType.LATIN_LOWER,
  UPPER_ALPHA: GlyphType.LATIN_UPPER,
  ROMAN: GlyphType.ROMAN_LOWER,
  UPPER_ROMAN: GlyphType.ROMAN_UPPER,
};
const SYMBOLS: Record<string, string> = {
  '○': GlyphType.HOLLOW_BULLET,
  '◦': GlyphType.HOLLOW_BULLET,
  o: GlyphType.HOLLOW_BULLET,
  '■': GlyphType.SQUARE_BULLET,
  '▪': GlyphType.SQUARE_BULLET,
  '§': GlyphType.SQUARE_BULLET,
};

/** DocumentApp's GlyphType of a list level. */
export function glyphTypeOf(level: ListLevel): string {
  if (level.glyphType && GLYPHS[level.glyphType]) return GLYPHS[level.glyphType];
  return SYMBOLS[level.glyphSymbol ?? ''] ?? GlyphType.BULLET;
}

/** DocumentApp enums. Values are their names, as `String(DocumentApp.X.Y)` is in Apps Script. */
function names<T extends string>(...keys: T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [K in T]: K };
}

export const ElementType = names(
  'BODY_SECTION',
  'HEADER_SECTION',
  'FOOTER_SECTION',
  'PARAGRAPH',
  'LIST_ITEM',
  'TABLE',
  'TABLE_ROW',
  'TABLE_CELL',
  'TEXT',
  'PAGE_BREAK',
  'HORIZONTAL_RULE',
  'INLINE_IMAGE',
  'UNSUPPORTED',
);
export const ParagraphHeading = names(
  'NORMAL',
  'TITLE',
  'SUBTITLE',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
);
export const GlyphType = names(
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
);
export const HorizontalAlignment = names('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const VerticalAlignment = names('TOP', 'CENTER', 'BOTTOM');
export const Attribute = names(
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'VERTICAL_ALIGNMENT',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'INDENT_START',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'GLYPH_TYPE',
  'NESTING_LEVEL',
  'LIST_ID',
  'BORDER_WIDTH',
  'BORDER_COLOR',
  'WIDTH',
  'MINIMUM_HEIGHT',
  'PADDING_TOP',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'MARGIN_TOP',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'PAGE_WIDTH',
  'PAGE_HEIGHT',
);

/** Attributes that apply to characters; the others apply to paragraphs, tables or cells. */
export const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
]);
export const PARAGRAPH_ATTRIBUTES: ReadonlySet<string> = new Set([
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'INDENT_START',
  'INDENT_END',
  'INDENT_FIRST_LINE',
]);

/** The page of a body (Body.setPageWidth, setMarginTop, ...), in points. */
export const PAGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'MARGIN_TOP',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'PAGE_WIDTH',
  'PAGE_HEIGHT',
]);

export type Attributes = Record<string, unknown>;

/**
 * What a page-number field shows: Docs calls these AutoText (PAGE_NUMBER, PAGE_COUNT,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#autotext); DocumentApp
 * sees them as an UnsupportedElement ("a region that cannot be affected by a script, such as a page
 * number", https://developers.google.com/apps-script/reference/document/unsupported-element) and
 * neither it nor the Docs API can insert one: they come from the Docs editor or an imported Word file.
 */
export type AutoTextType = 'PAGE_NUMBER' | 'PAGE_COUNT';

/**
 * One level of a list, named as the Docs API names a list's NestingLevel
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#nestinglevel):
 * an ordered level has a glyphType (DECIMAL, ALPHA, UPPER_ALPHA, ROMAN, UPPER_ROMAN) and a
 * glyphFormat whose %0, %1 … are the numbers of levels 0, 1 … ("%0.%1." gives 1.2.); a bulleted
 * level has a glyphSymbol. Indents in points.
 */
export interface ListLevel {
  glyphType?: string;
  glyphSymbol?: string;
  glyphFormat?: string;
  startNumber?: number;
  indentStart?: number;
  indentFirstLine?: number;
}

/** A table row's style as the Docs API has it (TableRowStyle): a repeating header row, a row that does not split. */
export interface RowStyle {
  tableHeader?: boolean;
  preventOverflow?: boolean;
}

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

export type Attributes = Record<string, unknown>;

/**
 * The styles of the Docs API (docs_v1 TextStyle, ParagraphStyle, bullets) and the attributes of
 * the emulated DocumentApp's model (DocumentApp.Attribute names), both ways, so that a document
 * read or written through the API is the very document DocumentApp reads and the .docx renders.
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#textstyle
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#paragraphstyle
 */
import type { Attributes } from '../document/enums';
import { colorOf as hexToColor, hexOf as colorToHex } from '../../../sheets/color';
import { ApiError } from '../sheets/schema';

import D = GoogleAppsScript.Docs.Schema;

const pt = (magnitude: number): D.Dimension => ({ magnitude, unit: 'PT' });
const points = (dimension: D.Dimension | undefined, path: string): number | undefined => {
  if (!dimension || dimension.magnitude === undefined) return undefined;
  if (dimension.unit !== 'PT')
    throw new ApiError(
      `Invalid value at '${path}.unit': only PT is a unit of the API (got ${dimension.unit})`,
    );
  return dimension.magnitude;
};
const optionalColor = (hex: unknown): D.OptionalColor | undefined =>
  typeof hex === 'string' ? { color: { rgbColor: hexToColor(hex) } } : undefined;
const hexOf = (color: D.OptionalColor | undefined): string | undefined =>
  color?.color?.rgbColor ? (colorToHex(color.color.rgbColor) ?? undefined) : undefined;

/** TextStyle field → [DocumentApp attribute, to the API, from the API]. */
const TEXT_FIELDS: Record<
  string,
  [string, (v: unknown) => unknown, (s: D.TextStyle, path: string) => unknown]
> = {
  bold: ['BOLD', (v) => (v === true ? true : undefined), (s) => (s.bold ? true : undefined)],
  italic: ['ITALIC', (v) => (v === true ? true : undefined), (s) => (s.italic ? true : undefined)],
  underline: ['UNDERLINE', (v) => (v === true ? true : undefined), (s) => (s.underline ? true : undefined)],
  strikethrough: [
    'STRIKETHROUGH',
    (v) => (v === true ? true : undefined),
    (s) => (s.strikethrough ? true : undefined),
  ],
  weightedFontFamily: [
    'FONT_FAMILY',
    (v) => (typeof v === 'string' ? { fontFamily: v, weight: 400 } : undefined),
    (s) => s.weightedFontFamily?.fontFamily,
  ],
  fontSize: [
    'FONT_SIZE',
    (v) => (typeof v === 'number' ? pt(v) : undefined),
    (s, path) => points(s.fontSize, `${path}.fontSize`),
  ],
  foregroundColor: ['FOREGROUND_COLOR', optionalColor, (s) => hexOf(s.foregroundColor)],
  backgroundColor: ['BACKGROUND_COLOR', optionalColor, (s) => hexOf(s.backgroundColor)],
  link: [
    'LINK_URL',
    (v) => (typeof v === 'string' && v ? { url: v } : undefined),
    (s) => s.link?.url || undefined,
  ],
};
/** TextStyle fields the API has and this emulation does not model (setting them is `not emulated`). */
const TEXT_UNMODELLED = new Set(['baselineOffset', 'smallCaps']);
export const TEXT_STYLE_FIELDS = Object.keys(TEXT_FIELDS);

const HEADINGS: Record<string, string> = {
  NORMAL: 'NORMAL_TEXT',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
};
const NAMED = Object.fromEntries(Object.entries(HEADINGS).map(([a, b]) => [b, a]));
const ALIGNMENTS: Record<string, string> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};
const ALIGNED = Object.fromEntries(Object.entries(ALIGNMENTS).map(([a, b]) => [b, a]));

/** ParagraphStyle field → [attribute, to the API, from the API]. */
const PARAGRAPH_FIELDS: Record<
  string,
  [string, (v: unknown) => unknown, (s: D.ParagraphStyle, path: string) => unknown]
> = {
  // NORMAL_TEXT is a paragraph without a heading (DocumentApp reports NORMAL for both).
  namedStyleType: [
    'HEADING',
    (v) => HEADINGS[String(v ?? 'NORMAL')] ?? 'NORMAL_TEXT',
    (s, path) => {
      if (s.namedStyleType === undefined || s.namedStyleType === 'NORMAL_TEXT') return undefined;
      const heading = NAMED[s.namedStyleType];
      if (!heading) throw new ApiError(`Invalid value at '${path}.namedStyleType', "${s.namedStyleType}"`);
      return heading;
    },
  ],
  alignment: [
    'HORIZONTAL_ALIGNMENT',
    (v) => (typeof v === 'string' ? ALIGNMENTS[v] : undefined),
    (s, path) => {
      if (s.alignment === undefined) return undefined;
      const alignment = ALIGNED[s.alignment];
      if (!alignment) throw new ApiError(`Invalid value at '${path}.alignment', "${s.alignment}"`);
      return alignment;
    },
  ],
  spaceAbove: [
    'SPACING_BEFORE',
    (v) => (typeof v === 'number' ? pt(v) : undefined),
    (s, path) => points(s.spaceAbove, `${path}.spaceAbove`),
  ],
  spaceBelow: [
    'SPACING_AFTER',
    (v) => (typeof v === 'number' ? pt(v) : undefined),
    (s, path) => points(s.spaceBelow, `${path}.spaceBelow`),
  ],
  // The API gives line spacing in percent (100 = single), DocumentApp as a multiplier.
  lineSpacing: [
    'LINE_SPACING',
    (v) => (typeof v === 'number' ? v * 100 : undefined),
    (s) => (typeof s.lineSpacing === 'number' ? s.lineSpacing / 100 : undefined),
  ],
  indentStart: [
    'INDENT_START',
    (v) => (typeof v === 'number' ? pt(v) : undefined),
    (s, path) => points(s.indentStart, `${path}.indentStart`),
  ],
  indentEnd: [
    'INDENT_END',
    (v) => (typeof v === 'number' ? pt(v) : undefined),
    (s, path) => points(s.indentEnd, `${path}.indentEnd`),
  ],
  indentFirstLine: [
    'INDENT_FIRST_LINE',
    (v) => (typeof v === 'number' ? pt(v) : undefined),
    (s, path) => points(s.indentFirstLine, `${path}.indentFirstLine`),
  ],
};
/** ParagraphStyle fields of the API this emulation does not model, and the read-only headingId. */
const PARAGRAPH_UNMODELLED = new Set([
  'avoidWidowAndOrphan',
  'borderBetween',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'borderTop',
  'direction',
  'keepLinesTogether',
  'keepWithNext',
  'shading',
  'spacingMode',
  'tabStops',
  'pageBreakBefore',
]);
export const PARAGRAPH_STYLE_FIELDS = Object.keys(PARAGRAPH_FIELDS);

function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** The API's TextStyle of a character's attributes. */
export function textStyleOf(attrs: Attributes): D.TextStyle {
  const style: Record<string, unknown> = {};
  for (const [field, [attr, to]] of Object.entries(TEXT_FIELDS)) style[field] = to(attrs[attr]);
  return withoutUndefined(style) as D.TextStyle;
}

/** The API's ParagraphStyle of a paragraph's attributes (namedStyleType always present, as online). */
export function paragraphStyleOf(attrs: Attributes): D.ParagraphStyle {
  const style: Record<string, unknown> = {};
  for (const [field, [attr, to]] of Object.entries(PARAGRAPH_FIELDS)) style[field] = to(attrs[attr]);
  return withoutUndefined(style) as D.ParagraphStyle;
}

/**
 * The `fields` mask of an update request: '*' or top-level field names of the message. The API
 * requires it ("fields is required") and refuses names the message does not have.
 */
export function maskOf(
  fields: unknown,
  known: readonly string[],
  unmodelled: ReadonlySet<string>,
  path: string,
) {
  if (typeof fields !== 'string' || fields.trim() === '')
    throw new ApiError(
      `${path}: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)`,
    );
  if (fields.trim() === '*') return [...known];
  const names = fields.split(',').map((name) => name.trim());
  for (const name of names) {
    if (unmodelled.has(name)) throw new Error(`not emulated: Docs ${path} field ${name}`);
    if (!known.includes(name)) throw new ApiError(`${path}: Invalid field: ${name}`);
  }
  return names;
}

/** The attribute changes of an updateTextStyle: listed fields set, or cleared when absent from the style. */
export function textChanges(style: D.TextStyle, fields: unknown, path: string): Attributes {
  for (const key of Object.keys(style ?? {})) {
    if (TEXT_UNMODELLED.has(key)) throw new Error(`not emulated: Docs ${path}.textStyle.${key}`);
    if (!(key in TEXT_FIELDS))
      throw new ApiError(
        `Invalid JSON payload received. Unknown name "${key}" at '${path}.textStyle': Cannot find field.`,
      );
  }
  const changes: Attributes = {};
  for (const field of maskOf(fields, TEXT_STYLE_FIELDS, TEXT_UNMODELLED, path)) {
    const [attr, , from] = TEXT_FIELDS[field];
    changes[attr] = from(style ?? {}, `${path}.textStyle`) ?? null;
  }
  return changes;
}

/** The attribute changes of an updateParagraphStyle. */
export function paragraphChanges(style: D.ParagraphStyle, fields: unknown, path: string): Attributes {
  for (const key of Object.keys(style ?? {})) {
    if (PARAGRAPH_UNMODELLED.has(key)) throw new Error(`not emulated: Docs ${path}.paragraphStyle.${key}`);
    if (key === 'headingId') throw new ApiError(`${path}: headingId is read-only`);
    if (!(key in PARAGRAPH_FIELDS))
      throw new ApiError(
        `Invalid JSON payload received. Unknown name "${key}" at '${path}.paragraphStyle': Cannot find field.`,
      );
  }
  const changes: Attributes = {};
  for (const field of maskOf(fields, PARAGRAPH_STYLE_FIELDS, PARAGRAPH_UNMODELLED, path)) {
    const [attr, , from] = PARAGRAPH_FIELDS[field];
    changes[attr] = from(style ?? {}, `${path}.paragraphStyle`) ?? null;
  }
  return changes;
}

/** Glyphs of a list's nesting level, both ways (DocumentApp.GlyphType ↔ the API's glyphType/glyphSymbol). */
const GLYPH_TYPES: Record<string, string> = {
  NUMBER: 'DECIMAL',
  LATIN_UPPER: 'UPPER_ALPHA',
  LATIN_LOWER: 'ALPHA',
  ROMAN_UPPER: 'UPPER_ROMAN',
  ROMAN_LOWER: 'ROMAN',
};
const GLYPH_SYMBOLS: Record<string, string> = { BULLET: '●', HOLLOW_BULLET: '○', SQUARE_BULLET: '■' };

export function nestingLevelOf(glyph: string): D.NestingLevel {
  if (GLYPH_TYPES[glyph]) return { glyphType: GLYPH_TYPES[glyph], glyphFormat: `%0.` };
  return { glyphSymbol: GLYPH_SYMBOLS[glyph] ?? '●' };
}

/**
 * The glyphs of the bullet presets of createParagraphBullets, by nesting level (levels past the
 * third repeat the cycle, as in Docs).
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#bulletglyphpreset
 */
export const BULLET_PRESETS: Record<string, string[]> = {
  BULLET_DISC_CIRCLE_SQUARE: ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'],
  BULLET_DIAMONDX_ARROW3D_SQUARE: ['BULLET', 'BULLET', 'SQUARE_BULLET'],
  BULLET_CHECKBOX: ['BULLET'],
  BULLET_ARROW_DIAMOND_DISC: ['BULLET', 'BULLET', 'BULLET'],
  BULLET_STAR_CIRCLE_SQUARE: ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'],
  BULLET_ARROW3D_CIRCLE_SQUARE: ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'],
  BULLET_LEFTTRIANGLE_DIAMOND_DISC: ['BULLET', 'BULLET', 'BULLET'],
  BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE: ['BULLET', 'BULLET', 'SQUARE_BULLET'],
  BULLET_DIAMOND_CIRCLE_SQUARE: ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'],
  NUMBERED_DECIMAL_ALPHA_ROMAN: ['NUMBER', 'LATIN_LOWER', 'ROMAN_LOWER'],
  NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS: ['NUMBER', 'LATIN_LOWER', 'ROMAN_LOWER'],
  NUMBERED_DECIMAL_NESTED: ['NUMBER', 'NUMBER', 'NUMBER'],
  NUMBERED_UPPERALPHA_ALPHA_ROMAN: ['LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_LOWER'],
  NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL: ['ROMAN_UPPER', 'LATIN_UPPER', 'NUMBER'],
  NUMBERED_ZERODECIMAL_ALPHA_ROMAN: ['NUMBER', 'LATIN_LOWER', 'ROMAN_LOWER'],
};

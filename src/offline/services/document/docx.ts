/** Renders an emulated Google Doc as a real .docx (docx package), with a Khmer complex-script font. */
import * as docx from 'docx';
import type { Attributes, ListLevel } from './enums';
import { type FakeBody, FakeContainer, FakeTableCell } from './container';
import type { FakeDocument } from './document';
import type { FakeElement } from './element';
import {
  FakeHorizontalRule,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeUnsupportedElement,
} from './paragraph';
import { FakeTable, type FakeTableRow } from './table';
import { FakeInlineImage } from './inline-image';
import { FakeText } from './text';

/** The complex-script font: Khmer shapes with it (fonts-khmeros on Linux, Khmer OS on Windows). */
export const KHMER_FONT = 'Khmer OS System';
export const DEFAULT_FONT = 'Arial';

const HEADINGS: Record<string, (typeof docx.HeadingLevel)[keyof typeof docx.HeadingLevel]> = {
  TITLE: docx.HeadingLevel.TITLE,
  HEADING1: docx.HeadingLevel.HEADING_1,
  HEADING2: docx.HeadingLevel.HEADING_2,
  HEADING3: docx.HeadingLevel.HEADING_3,
  HEADING4: docx.HeadingLevel.HEADING_4,
  HEADING5: docx.HeadingLevel.HEADING_5,
  HEADING6: docx.HeadingLevel.HEADING_6,
};
const ALIGNMENTS: Record<string, (typeof docx.AlignmentType)[keyof typeof docx.AlignmentType]> = {
  LEFT: docx.AlignmentType.LEFT,
  CENTER: docx.AlignmentType.CENTER,
  RIGHT: docx.AlignmentType.RIGHT,
  JUSTIFY: docx.AlignmentType.JUSTIFIED,
};
const FORMATS: Record<
  string,
  { format: (typeof docx.LevelFormat)[keyof typeof docx.LevelFormat]; text: string }
> = {
  NUMBER: { format: docx.LevelFormat.DECIMAL, text: '.' },
  LATIN_UPPER: { format: docx.LevelFormat.UPPER_LETTER, text: '.' },
  LATIN_LOWER: { format: docx.LevelFormat.LOWER_LETTER, text: '.' },
  ROMAN_UPPER: { format: docx.LevelFormat.UPPER_ROMAN, text: '.' },
  ROMAN_LOWER: { format: docx.LevelFormat.LOWER_ROMAN, text: '.' },
};
/** The glyphs Google Docs draws for DocumentApp's GlyphType (as the Docs API's glyphSymbol: ● ○ ■). */
const BULLETS: Record<string, string> = { BULLET: '●', HOLLOW_BULLET: '○', SQUARE_BULLET: '■' };
/** Docs API glyph types of a list level (ListLevel) in Word's numbering formats. */
const LEVEL_FORMATS: Record<string, (typeof docx.LevelFormat)[keyof typeof docx.LevelFormat]> = {
  DECIMAL: docx.LevelFormat.DECIMAL,
  ZERO_DECIMAL: docx.LevelFormat.DECIMAL_ZERO,
  ALPHA: docx.LevelFormat.LOWER_LETTER,
  UPPER_ALPHA: docx.LevelFormat.UPPER_LETTER,
  ROMAN: docx.LevelFormat.LOWER_ROMAN,
  UPPER_ROMAN: docx.LevelFormat.UPPER_ROMAN,
  NONE: docx.LevelFormat.NONE,
};
/** Heading styles carry outline levels, so that a table of contents and PDF bookmarks find them. */
const HEADING_STYLES = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `Heading${n}`,
  name: `heading ${n}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { bold: true, boldComplexScript: true, size: [32, 26, 24, 22, 22, 22][n - 1] },
  paragraph: { outlineLevel: n - 1, keepNext: true, spacing: { before: 240, after: 120 } },
}));

const twips = (points: number) => Math.round(points * 20);
const color = (value: unknown) => (typeof value === 'string' ? value.replace('#', '') : undefined);

/**
 * Latin text keeps the font's name (Word or LibreOffice substitute it when missing); Khmer
 * (complex script) gets a desktop Khmer OS font: Google Docs' own Khmer fonts (Battambang, ...)
 * are rarely installed, Khmer OS System is (fonts-khmeros, Windows in Cambodia).
 */
function font(family: unknown) {
  const name = typeof family === 'string' && family ? family : DEFAULT_FONT;
  const cs = /^khmer os/i.test(name) ? name : KHMER_FONT;
  return { ascii: name, hAnsi: name, cs, eastAsia: name };
}

/**
 * Apps Script gives the first line's indent from the margin (INDENT_FIRST_LINE) like the other
 * lines' (INDENT_START); Word gives it relative to the others: positive firstLine or hanging.
 */
function indentOf(a: Attributes): docx.IParagraphOptions['indent'] {
  const start = typeof a.INDENT_START === 'number' ? a.INDENT_START : undefined;
  const first = typeof a.INDENT_FIRST_LINE === 'number' ? a.INDENT_FIRST_LINE : undefined;
  if (start === undefined && first === undefined) return undefined;
  const delta = (first ?? start ?? 0) - (start ?? 0);
  return {
    left: twips(start ?? 0),
    firstLine: delta > 0 ? twips(delta) : undefined,
    hanging: delta < 0 ? twips(-delta) : undefined,
  };
}

class Renderer {
  /** Text width of the page in points: columns without a width share what the others leave. */
  constructor(readonly textWidth: number) {}

  /** One numbering definition per list id. */
  readonly lists = new Map<string, { reference: string; glyph: string; levels: ListLevel[] | null }>();

  runs(text: FakeText): docx.ParagraphChild[] {
    const runs: docx.ParagraphChild[] = [];
    for (const run of text._runs()) {
      const lines = run.text.split(/\r\n|\r|\n|\v/).map((line, i) => this.run(line, run.attrs, i > 0));
      const link = typeof run.attrs.LINK_URL === 'string' ? run.attrs.LINK_URL : '';
      if (/^(https?:|mailto:)/i.test(link)) runs.push(new docx.ExternalHyperlink({ link, children: lines }));
      else runs.push(...lines);
    }
    return runs;
  }

  run(text: string, a: Attributes, lineBreak: boolean): docx.TextRun {
    const size = typeof a.FONT_SIZE === 'number' ? a.FONT_SIZE * 2 : undefined;
    return new docx.TextRun({
      text,
      break: lineBreak ? 1 : undefined,
      bold: a.BOLD === true ? true : undefined,
      boldComplexScript: a.BOLD === true ? true : undefined,
      italics: a.ITALIC === true ? true : undefined,
      underline: a.UNDERLINE === true ? {} : undefined,
      strike: a.STRIKETHROUGH === true ? true : undefined,
      font: font(a.FONT_FAMILY),
      size,
      sizeComplexScript: size,
      color: color(a.FOREGROUND_COLOR) ?? (a.LINK_URL ? '1155CC' : undefined),
      shading: a.BACKGROUND_COLOR
        ? { type: docx.ShadingType.CLEAR, fill: color(a.BACKGROUND_COLOR), color: 'auto' }
        : undefined,
    });
  }

  /** A page number or page count field, in the look of the text beside it (Docs shows it so). */
  field(field: FakeUnsupportedElement, p: FakeParagraph): docx.TextRun {
    const siblings = p._children;
    const at = siblings.indexOf(field);
    const before = siblings
      .slice(0, at)
      .reverse()
      .find((c): c is FakeText => c instanceof FakeText);
    const after = siblings.slice(at + 1).find((c): c is FakeText => c instanceof FakeText);
    const a = before?._attrs[before._attrs.length - 1] ?? after?._attrs[0] ?? {};
    const size = typeof a.FONT_SIZE === 'number' ? a.FONT_SIZE * 2 : undefined;
    return new docx.TextRun({
      children: [field._autoText === 'PAGE_COUNT' ? docx.PageNumber.TOTAL_PAGES : docx.PageNumber.CURRENT],
      font: font(a.FONT_FAMILY),
      size,
      sizeComplexScript: size,
      bold: a.BOLD === true ? true : undefined,
      color: color(a.FOREGROUND_COLOR),
    });
  }

  /** An inline image at its size in pixels (Word's 96 pixels an inch, as Docs exports it), with its alternative text. */
  image(image: FakeInlineImage): docx.ImageRun {
    const type =
      image._image.contentType === 'image/jpeg'
        ? 'jpg'
        : image._image.contentType === 'image/gif'
          ? 'gif'
          : 'png';
    return new docx.ImageRun({
      type,
      data: image._image.data,
      transformation: { width: image._width, height: image._height },
      altText: {
        name: image._altTitle || 'image',
        title: image._altTitle,
        description: image._altDescription,
      },
    });
  }

  paragraph(p: FakeParagraph): docx.Paragraph {
    const a = p._attrs;
    const children: docx.ParagraphChild[] = [];
    let border: docx.IParagraphOptions['border'];
    for (const child of p._children) {
      if (child instanceof FakeText) children.push(...this.runs(child));
      else if (child instanceof FakePageBreak) children.push(new docx.PageBreak());
      else if (child instanceof FakeUnsupportedElement) children.push(this.field(child, p));
      else if (child instanceof FakeInlineImage) children.push(this.image(child));
      else if (child instanceof FakeHorizontalRule)
        border = { bottom: { style: docx.BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } };
    }
    const options: docx.IParagraphOptions = {
      children,
      border,
      heading: HEADINGS[String(a.HEADING)],
      alignment: ALIGNMENTS[String(a.HORIZONTAL_ALIGNMENT)],
      spacing: {
        before: typeof a.SPACING_BEFORE === 'number' ? twips(a.SPACING_BEFORE) : undefined,
        after: typeof a.SPACING_AFTER === 'number' ? twips(a.SPACING_AFTER) : undefined,
        line: typeof a.LINE_SPACING === 'number' ? Math.round(a.LINE_SPACING * 240) : undefined,
      },
      indent: indentOf(a),
    };
    if (p instanceof FakeListItem) {
      let list = this.lists.get(p._listId);
      if (!list) {
        list = { reference: `list-${this.lists.size + 1}`, glyph: p._glyph, levels: p._levels };
        this.lists.set(p._listId, list);
      }
      return new docx.Paragraph({
        ...options,
        indent: undefined,
        numbering: { reference: list.reference, level: p._nesting },
      });
    }
    return new docx.Paragraph(options);
  }

  blocks(container: FakeContainer | FakeTableCell): (docx.Paragraph | docx.Table)[] {
    const out: (docx.Paragraph | docx.Table)[] = [];
    const children = container._children as FakeElement[];
    children.forEach((child, i) => {
      if (child instanceof FakeParagraph) out.push(this.paragraph(child));
      else if (child instanceof FakeTable) {
        out.push(this.table(child));
        // Word needs a paragraph between two tables and after a table that ends a cell or the body.
        if (!(children[i + 1] instanceof FakeParagraph)) out.push(new docx.Paragraph({ children: [] }));
      }
    });
    if (container instanceof FakeTableCell && out.length === 0)
      out.push(new docx.Paragraph({ children: [] }));
    return out;
  }

  table(table: FakeTable): docx.Table {
    const borderWidth = table.getBorderWidth();
    const line =
      borderWidth > 0
        ? {
            style: docx.BorderStyle.SINGLE,
            size: Math.max(1, Math.round(borderWidth * 8)),
            color: color(table.getBorderColor()) ?? '000000',
          }
        : { style: docx.BorderStyle.NONE, size: 0, color: 'auto' };
    const columns = Math.max(0, ...(table._children as FakeTableRow[]).map((row) => row._children.length));
    // Columns without a width share what the others leave of the page, as in Google Docs.
    const set = Array.from({ length: columns }, (_, c) => table._widths[c]);
    const unset = set.filter((w) => typeof w !== 'number').length;
    const used = set.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
    const share = unset > 0 ? Math.max(36, (this.textWidth - used) / unset) : 0;
    const widths = set.map((w) => (typeof w === 'number' ? w : share));
    return new docx.Table({
      layout: docx.TableLayoutType.FIXED,
      columnWidths: widths.map((w) => twips(w)),
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      rows: (table._children as FakeTableRow[]).map(
        (row) =>
          new docx.TableRow({
            tableHeader: row._style.tableHeader === true ? true : undefined,
            cantSplit: row._style.preventOverflow === true ? true : undefined,
            children: row._cells().map((cell, c) => {
              const width = (cell._attrs.WIDTH as number | undefined) ?? widths[c];
              return new docx.TableCell({
                children: this.blocks(cell) as docx.Paragraph[],
                width:
                  typeof width === 'number' ? { size: twips(width), type: docx.WidthType.DXA } : undefined,
                shading: cell._attrs.BACKGROUND_COLOR
                  ? { type: docx.ShadingType.CLEAR, fill: color(cell._attrs.BACKGROUND_COLOR), color: 'auto' }
                  : undefined,
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
              });
            }),
          }),
      ),
    });
  }

  numbering(): docx.INumberingOptions {
    return {
      config: [...this.lists.values()].map(({ reference, glyph, levels }) => ({
        reference,
        levels: Array.from({ length: 9 }, (_, level) => {
          const own = levels?.[level];
          if (own) return levelOf(own, level);
          const numbered = FORMATS[glyph];
          return {
            level,
            format: numbered ? numbered.format : docx.LevelFormat.BULLET,
            text: numbered ? `%${level + 1}${numbered.text}` : (BULLETS[glyph] ?? BULLETS.BULLET),
            alignment: docx.AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          };
        }),
      })),
    };
  }
}

/** A list level as Word numbers it: Docs' %0 (level 0) is Word's %1. */
function levelOf(own: ListLevel, level: number) {
  const format = own.glyphType ? LEVEL_FORMATS[own.glyphType] : undefined;
  const text = format
    ? (own.glyphFormat ?? `%${level}.`).replace(/%(\d)/g, (_, n: string) => `%${Number(n) + 1}`)
    : (own.glyphSymbol ?? BULLETS.BULLET);
  const left = twips(own.indentStart ?? 36 * (level + 1));
  const hanging = twips((own.indentStart ?? 36 * (level + 1)) - (own.indentFirstLine ?? 18 + 36 * level));
  return {
    level,
    format: format ?? docx.LevelFormat.BULLET,
    text,
    start: own.startNumber ?? 1,
    alignment: docx.AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging: Math.max(0, hanging) } } },
  };
}

/** The page of a body in twips (A4 unless the document says). */
function pageOf(body: FakeBody) {
  return {
    size: { width: twips(body.getPageWidth()), height: twips(body.getPageHeight()) },
    margin: {
      top: twips(body.getMarginTop()),
      bottom: twips(body.getMarginBottom()),
      left: twips(body.getMarginLeft()),
      right: twips(body.getMarginRight()),
    },
  };
}

/** The .docx bytes of a document. */
export async function renderDocx(doc: FakeDocument): Promise<Buffer> {
  const body = doc._body;
  const renderer = new Renderer(body.getPageWidth() - body.getMarginLeft() - body.getMarginRight());
  const children = renderer.blocks(doc._body);
  const header = doc._header ? new docx.Header({ children: renderer.blocks(doc._header) }) : undefined;
  const footer = doc._footer ? new docx.Footer({ children: renderer.blocks(doc._footer) }) : undefined;
  const document = new docx.Document({
    title: doc._name,
    styles: {
      default: {
        document: { run: { font: font(DEFAULT_FONT), size: 22, sizeComplexScript: 22 } },
      },
      paragraphStyles: HEADING_STYLES,
    },
    numbering: renderer.numbering(),
    sections: [
      {
        properties: { page: pageOf(doc._body) },
        headers: header ? { default: header } : undefined,
        footers: footer ? { default: footer } : undefined,
        children,
      },
    ],
  });
  return docx.Packer.toBuffer(document);
}

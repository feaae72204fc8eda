/** Renders an emulated Google Doc as a real .docx (docx package), with a Khmer complex-script font. */
import * as docx from 'docx';
import type { Attributes } from './enums';
import { Container, TableCell } from './container';
import type { Document } from './document';
import type { Element } from './element';
import { HorizontalRule, ListItem, PageBreak, Paragraph } from './paragraph';
import { Table, type TableRow } from './table';
import { Text } from './text';

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
const BULLETS: Record<string, string> = { BULLET: '•', HOLLOW_BULLET: '◦', SQUARE_BULLET: '▪' };

const twips = (points: number) => Math.round(points * 20);
const color = (value: unknown) => (typeof value === 'string' ? value.replace('#', '') : undefined);

function font(family: unknown) {
  const name = typeof family === 'string' && family ? family : DEFAULT_FONT;
  const cs = /khmer|kantumruy|hanuman|battambang|siemreap|moul|koulen/i.test(name) ? name : KHMER_FONT;
  return { ascii: name, hAnsi: name, cs, eastAsia: name };
}

class Renderer {
  /** One numbering definition per list id. */
  readonly lists = new Map<string, { reference: string; glyph: string }>();

  runs(text: Text): docx.ParagraphChild[] {
    const runs: docx.ParagraphChild[] = [];
    for (const run of text._runs()) {
      run.text.split(/\r\n|\r|\n|\v/).forEach((line, i) => runs.push(this.run(line, run.attrs, i > 0)));
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
      color: color(a.FOREGROUND_COLOR),
      shading: a.BACKGROUND_COLOR
        ? { type: docx.ShadingType.CLEAR, fill: color(a.BACKGROUND_COLOR), color: 'auto' }
        : undefined,
    });
  }

  paragraph(p: Paragraph): docx.Paragraph {
    const a = p._attrs;
    const children: docx.ParagraphChild[] = [];
    let border: docx.IParagraphOptions['border'];
    for (const child of p._children) {
      if (child instanceof Text) children.push(...this.runs(child));
      else if (child instanceof PageBreak) children.push(new docx.PageBreak());
      else if (child instanceof HorizontalRule)
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
      indent:
        typeof a.INDENT_START === 'number' || typeof a.INDENT_FIRST_LINE === 'number'
          ? {
              left: typeof a.INDENT_START === 'number' ? twips(a.INDENT_START) : undefined,
              firstLine: typeof a.INDENT_FIRST_LINE === 'number' ? twips(a.INDENT_FIRST_LINE) : undefined,
            }
          : undefined,
    };
    if (p instanceof ListItem) {
      let list = this.lists.get(p._listId);
      if (!list) {
        list = { reference: `list-${this.lists.size + 1}`, glyph: p._glyph };
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

  blocks(container: Container | TableCell): (docx.Paragraph | docx.Table)[] {
    const out: (docx.Paragraph | docx.Table)[] = [];
    for (const child of container._children as Element[]) {
      if (child instanceof Paragraph) out.push(this.paragraph(child));
      else if (child instanceof Table) out.push(this.table(child), new docx.Paragraph({ children: [] }));
    }
    if (container instanceof TableCell && out.length === 0) out.push(new docx.Paragraph({ children: [] }));
    return out;
  }

  table(table: Table): docx.Table {
    const size = Math.max(1, Math.round(table.getBorderWidth() * 8));
    const line = { style: docx.BorderStyle.SINGLE, size, color: color(table.getBorderColor()) ?? '000000' };
    const columns = Math.max(0, ...(table._children as TableRow[]).map((row) => row._children.length));
    const widths = Array.from({ length: columns }, (_, c) => table._widths[c]);
    const known = widths.every((w) => typeof w === 'number');
    return new docx.Table({
      width: known ? undefined : { size: 100, type: docx.WidthType.PERCENTAGE },
      columnWidths: known ? widths.map((w) => twips(w as number)) : undefined,
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      rows: (table._children as TableRow[]).map(
        (row) =>
          new docx.TableRow({
            children: row._cells().map((cell, c) => {
              const width = (cell._attrs.WIDTH as number | undefined) ?? table._widths[c] ?? undefined;
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
      config: [...this.lists.values()].map(({ reference, glyph }) => ({
        reference,
        levels: Array.from({ length: 9 }, (_, level) => {
          const numbered = FORMATS[glyph];
          return {
            level,
            format: numbered ? numbered.format : docx.LevelFormat.BULLET,
            text: numbered ? `%${level + 1}${numbered.text}` : (BULLETS[glyph] ?? '•'),
            alignment: docx.AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          };
        }),
      })),
    };
  }
}

/** The .docx bytes of a document. */
export async function renderDocx(doc: Document): Promise<Buffer> {
  const renderer = new Renderer();
  const children = renderer.blocks(doc._body);
  const header = doc._header ? new docx.Header({ children: renderer.blocks(doc._header) }) : undefined;
  const footer = doc._footer ? new docx.Footer({ children: renderer.blocks(doc._footer) }) : undefined;
  const document = new docx.Document({
    title: doc._name,
    styles: {
      default: {
        document: { run: { font: font(DEFAULT_FONT), size: 22, sizeComplexScript: 22 } },
      },
    },
    numbering: renderer.numbering(),
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        headers: header ? { default: header } : undefined,
        footers: footer ? { default: footer } : undefined,
        children,
      },
    ],
  });
  return docx.Packer.toBuffer(document);
}

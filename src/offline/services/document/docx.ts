/** Renders an emulated Google Doc as a real .docx (docx package), with a Khmer complex-script font. */
import * as docx from 'docx';
import type { Attributes } from './enums';
import { FakeContainer, FakeTableCell } from './container';
import type { FakeDocument } from './document';
import type { FakeElement } from './element';
import { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph } from './paragraph';
import { FakeTable, type FakeTableRow } from './table';
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
const BULLETS: Record<string, string> = { BULLET: '•', HOLLOW_BULLET: '◦', SQUARE_BULLET: '▪' };

const twips = (points: number) => Math.round(points * 20);
const color = (value: unknown) => (typeof value === 'string' ? value.replace('#', '') : undefined);

/** Text width of the page (A4 less the margins below), in points: columns without a width share the rest. */
const PAGE_TEXT_WIDTH = (11906 - 2 * 1247) / 20;

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
  /** One numbering definition per list id. */
  readonly lists = new Map<string, { reference: string; glyph: string }>();

  runs(text: FakeText): docx.ParagraphChild[] {
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

  paragraph(p: FakeParagraph): docx.Paragraph {
    const a = p._attrs;
    const children: docx.ParagraphChild[] = [];
    let border: docx.IParagraphOptions['border'];
    for (const child of p._children) {
      if (child instanceof FakeText) children.push(...this.runs(child));
      else if (child instanceof FakePageBreak) children.push(new docx.PageBreak());
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

  blocks(container: FakeContainer | FakeTableCell): (docx.Paragraph | docx.Table)[] {
    const out: (docx.Paragraph | docx.Table)[] = [];
    for (const child of container._children as FakeElement[]) {
      if (child instanceof FakeParagraph) out.push(this.paragraph(child));
      else if (child instanceof FakeTable) out.push(this.table(child), new docx.Paragraph({ children: [] }));
    }
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
    const share = unset > 0 ? Math.max(36, (PAGE_TEXT_WIDTH - used) / unset) : 0;
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
export async function renderDocx(doc: FakeDocument): Promise<Buffer> {
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

/**
 * A Word file (.docx) imported as Google Drive imports it into a Google Doc (Drive v3
 * files.create with mimeType application/vnd.google-apps.document and the .docx as media,
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs), into the
 * emulated document model. Kept as Google keeps them: paragraphs with their runs merged into one
 * text (each character keeps its formatting, so a tag Word split across runs reads whole),
 * headings (heading styles and outline levels), alignment, spacing and indents, lists with their
 * levels and nesting, tables with column widths, shading, repeating header rows and rows that do
 * not split, nested tables, hyperlinks, page breaks, the default header and footer, page number
 * and page count fields, the page size and margins.
 *
 * Inline pictures (PNG, JPEG, GIF) are kept as InlineImages. What the model cannot hold is named
 * in a warning (never dropped silently): floating pictures and drawings, text boxes, footnotes, comments, equations, merged cells, section breaks, first-page and
 * even-page headers, super/subscript. Fields other than PAGE and NUMPAGES keep the text they
 * showed: a Google Doc has no other fields (its AutoText is only PAGE_NUMBER and PAGE_COUNT,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#autotext). Tracked
 * changes are read as accepted (insertions kept, deletions left out), with a warning.
 */
import { FakeFooterSection, FakeHeaderSection, FakeTableCell, type FakeContainer } from './container';
import { FakeDocument } from './document';
import type { Attributes, ListLevel } from './enums';
import { FakeListItem, FakePageBreak, FakeParagraph, FakeUnsupportedElement, glyphTypeOf } from './paragraph';
import { FakeTable, FakeTableRow } from './table';
import { FakeText } from './text';
import { FakeInlineImage, imageInfo } from './inline-image';
import { DocxPackage, DocxReadError, flag, kid, kids, textOf, type XmlNode } from './ooxml-read';

import { autoTextOf, HIGHLIGHTS, hyperlinkOf, SYMBOL_BULLETS, WORD_FORMATS } from './docx-vocabulary';
export { DocxReadError };

export interface DocxImport {
  doc: FakeDocument;
  /** What the document model does not keep, one line each ("3 images: …"). */
  warnings: string[];
}

const pt = (twips: string | undefined) => (twips === undefined ? undefined : Number(twips) / 20);

interface StyleInfo {
  name: string;
  basedOn?: string;
  pPr?: XmlNode;
  rPr?: XmlNode;
  tblPr?: XmlNode;
}

interface Field {
  instr: string;
  phase: 'instr' | 'result';
  emitted: boolean;
}

class Importer {
  readonly warnings = new Map<string, { count: number; text: string }>();
  readonly styles = new Map<string, StyleInfo>();
  readonly lists = new Map<string, { id: string; levels: ListLevel[] }>();
  readonly defaults: Attributes = {};
  private readonly numbering = new Map<string, XmlNode>();
  private readonly abstract = new Map<string, XmlNode>();
  private fields: Field[] = [];
  private rels = new Map<string, { target: string; external: boolean; type: string }>();

  constructor(
    readonly pkg: DocxPackage,
    readonly docId: string,
  ) {
    const styles = pkg.xml('word/styles.xml');
    for (const style of kids(styles, 'w:style')) {
      const id = style.attrs['w:styleId'] ?? '';
      this.styles.set(id, {
        name: (kid(style, 'w:name')?.attrs['w:val'] ?? id).toLowerCase(),
        basedOn: kid(style, 'w:basedOn')?.attrs['w:val'],
        pPr: kid(style, 'w:pPr'),
        rPr: kid(style, 'w:rPr'),
        tblPr: kid(style, 'w:tblPr'),
      });
    }
    // The document's default font (docDefaults) is every run's font unless a style or the run says.
    const defaults = kid(kid(kid(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    const fonts = kid(defaults, 'w:rFonts');
    const family = fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'] ?? fonts?.attrs['w:cs'];
    if (family) this.defaults.FONT_FAMILY = family;
    const numbering = pkg.xml('word/numbering.xml');
    for (const node of kids(numbering, 'w:abstractNum'))
      this.abstract.set(node.attrs['w:abstractNumId'], node);
    for (const node of kids(numbering, 'w:num')) this.numbering.set(node.attrs['w:numId'], node);
  }

  warn(key: string, text: string): void {
    const known = this.warnings.get(key);
    if (known) known.count += 1;
    else this.warnings.set(key, { count: 1, text });
  }

  /** A style and the styles it is based on, nearest first. */
  chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    for (let style = id ? this.styles.get(id) : undefined; style && out.length < 20;) {
      out.push(style);
      style = style.basedOn ? this.styles.get(style.basedOn) : undefined;
    }
    return out;
  }

  /** A section's blocks (body, header, footer, cell). */
  blocks(container: FakeContainer, node: XmlNode): void {
    for (const child of kids(node)) {
      if (child.name === 'w:p') this.paragraph(container, child);
      else if (child.name === 'w:tbl') container._insertChild(container._children.length, this.table(child));
      else if (child.name === 'w:sdt') this.blocks(container, kid(child, 'w:sdtContent') ?? child);
      else if (child.name === 'w:customXml' || child.name === 'w:ins') this.blocks(container, child);
      else if (child.name === 'w:del')
        this.warn('del', 'tracked deletions (left out: the changes are read as accepted)');
      else if (child.name === 'w:altChunk') this.warn('chunk', 'embedded documents (altChunk) not kept');
    }
  }

  heading(pPr: XmlNode | undefined): string | undefined {
    const styleId = kid(pPr, 'w:pStyle')?.attrs['w:val'];
    const direct = kid(pPr, 'w:outlineLvl')?.attrs['w:val'];
    for (const style of this.chain(styleId)) {
      if (style.name === 'title') return 'TITLE';
      if (style.name === 'subtitle') return 'SUBTITLE';
      const named = /^heading ([1-6])$/.exec(style.name);
      if (named) return `HEADING${named[1]}`;
      const level = kid(style.pPr, 'w:outlineLvl')?.attrs['w:val'];
      if (direct === undefined && level !== undefined && Number(level) < 6)
        return `HEADING${Number(level) + 1}`;
    }
    if (direct !== undefined && Number(direct) < 6) return `HEADING${Number(direct) + 1}`;
    return undefined;
  }

  /** The list a paragraph is in (numPr on the paragraph or its style), or undefined. */
  listOf(pPr: XmlNode | undefined): { list: { id: string; levels: ListLevel[] }; level: number } | undefined {
    let numPr = kid(pPr, 'w:numPr');
    if (!numPr) {
      for (const style of this.chain(kid(pPr, 'w:pStyle')?.attrs['w:val'])) {
        numPr = kid(style.pPr, 'w:numPr');
        if (numPr) break;
      }
    }
    const numId = kid(numPr, 'w:numId')?.attrs['w:val'];
    if (!numId || numId === '0') return undefined;
    const level = Math.min(8, Number(kid(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) || 0);
    let list = this.lists.get(numId);
    if (!list) {
      const num = this.numbering.get(numId);
      const abstract = this.abstract.get(kid(num, 'w:abstractNumId')?.attrs['w:val'] ?? '');
      if (!abstract) return undefined;
      const overrides = new Map(
        kids(num, 'w:lvlOverride').map((o) => [o.attrs['w:ilvl'], kid(o, 'w:startOverride')?.attrs['w:val']]),
      );
      const levels: ListLevel[] = [];
      for (const lvl of kids(abstract, 'w:lvl')) {
        const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0);
        const format = kid(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal';
        const text = kid(lvl, 'w:lvlText')?.attrs['w:val'] ?? '';
        const ind = kid(kid(lvl, 'w:pPr'), 'w:ind');
        const left = pt(ind?.attrs['w:left'] ?? ind?.attrs['w:start']);
        const hanging = pt(ind?.attrs['w:hanging']) ?? 0;
        const first = pt(ind?.attrs['w:firstLine']);
        const level: ListLevel = {};
        if (format === 'bullet') level.glyphSymbol = SYMBOL_BULLETS[text] ?? text;
        else {
          level.glyphType = WORD_FORMATS[format] ?? 'DECIMAL';
          if (!WORD_FORMATS[format])
            this.warn(`numfmt-${format}`, `list numbering "${format}" (read as 1, 2, 3)`);
          level.glyphFormat = text.replace(/%(\d)/g, (_, n: string) => `%${Number(n) - 1}`);
          const start = overrides.get(String(ilvl)) ?? kid(lvl, 'w:start')?.attrs['w:val'];
          if (start !== undefined && Number(start) !== 1) level.startNumber = Number(start);
        }
        if (left !== undefined) {
          level.indentStart = left;
          level.indentFirstLine = first !== undefined ? left + first : left - hanging;
        }
        levels[ilvl] = level;
      }
      for (let i = 0; i < 9; i++) levels[i] ??= { glyphSymbol: '●' };
      list = { id: `kix.${this.docId.slice(0, 8)}.${numId}`, levels };
      this.lists.set(numId, list);
    }
    // A level that shows nothing (LibreOffice's outline numbering of headings) is no list.
    const shown = list.levels[level];
    if (shown.glyphType === 'NONE' && !(shown.glyphFormat ?? '').replace(/%\d/g, '').trim()) return undefined;
    return { list, level };
  }

  paragraph(container: FakeContainer, node: XmlNode): void {
    const pPr = kid(node, 'w:pPr');
    if (kid(pPr, 'w:sectPr'))
      this.warn('section', 'section breaks (one page setup, header and footer kept for the whole document)');
    const inList = this.listOf(pPr);
    const paragraph = inList ? new FakeListItem() : new FakeParagraph();
    const attrs: Attributes = {};
    const heading = this.heading(pPr);
    if (heading) attrs.HEADING = heading;
    const jc = kid(pPr, 'w:jc')?.attrs['w:val'];
    const align = { center: 'CENTER', right: 'RIGHT', end: 'RIGHT', both: 'JUSTIFY', distribute: 'JUSTIFY' }[
      jc ?? ''
    ];
    if (align) attrs.HORIZONTAL_ALIGNMENT = align;
    const spacing = kid(pPr, 'w:spacing');
    const before = pt(spacing?.attrs['w:before']);
    const after = pt(spacing?.attrs['w:after']);
    if (before !== undefined) attrs.SPACING_BEFORE = before;
    if (after !== undefined) attrs.SPACING_AFTER = after;
    const line = spacing?.attrs['w:line'];
    if (line && (spacing?.attrs['w:lineRule'] ?? 'auto') === 'auto') attrs.LINE_SPACING = Number(line) / 240;
    const ind = kid(pPr, 'w:ind');
    if (ind && !inList) {
      const left = pt(ind.attrs['w:left'] ?? ind.attrs['w:start']);
      const first = pt(ind.attrs['w:firstLine']);
      const hanging = pt(ind.attrs['w:hanging']);
      const right = pt(ind.attrs['w:right'] ?? ind.attrs['w:end']);
      if (left !== undefined) attrs.INDENT_START = left;
      if (first !== undefined || hanging !== undefined)
        attrs.INDENT_FIRST_LINE = (left ?? 0) + (first ?? 0) - (hanging ?? 0);
      if (right !== undefined) attrs.INDENT_END = right;
    }
    paragraph._attrs = attrs;
    if (paragraph instanceof FakeListItem && inList) {
      paragraph._listId = inList.list.id;
      paragraph._levels = inList.list.levels;
      paragraph._nesting = inList.level;
      paragraph._glyph = glyphTypeOf(inList.list.levels[inList.level]);
    }
    const runs: { text: string; attrs: Attributes }[] = [];
    const flush = () => {
      if (runs.length > 0)
        paragraph._insertChild(paragraph._children.length, FakeText._fromRuns(runs.splice(0)));
    };
    const base = this.paragraphRun(pPr);
    this.inline(node, base, undefined, runs, (element) => {
      flush();
      paragraph._insertChild(paragraph._children.length, element);
    });
    flush();
    container._insertChild(container._children.length, paragraph);
  }

  /** Run formatting of the paragraph's style (not for headings: their look is the heading's). */
  paragraphRun(pPr: XmlNode | undefined): Attributes {
    const styleId = kid(pPr, 'w:pStyle')?.attrs['w:val'];
    if (this.heading(pPr)) return { ...this.defaults };
    const attrs: Attributes = { ...this.defaults };
    for (const style of this.chain(styleId).reverse()) Object.assign(attrs, this.runAttrs(style.rPr));
    return attrs;
  }

  runAttrs(rPr: XmlNode | undefined): Attributes {
    const attrs: Attributes = {};
    if (!rPr) return attrs;
    const set = (key: string, value: boolean | undefined) => {
      if (value !== undefined) attrs[key] = value;
    };
    set('BOLD', flag(rPr, 'w:b'));
    set('ITALIC', flag(rPr, 'w:i'));
    set('STRIKETHROUGH', flag(rPr, 'w:strike') ?? flag(rPr, 'w:dstrike'));
    const u = kid(rPr, 'w:u')?.attrs['w:val'];
    if (u !== undefined) attrs.UNDERLINE = u !== 'none';
    const size = kid(rPr, 'w:sz')?.attrs['w:val'] ?? kid(rPr, 'w:szCs')?.attrs['w:val'];
    if (size) attrs.FONT_SIZE = Number(size) / 2;
    const colour = kid(rPr, 'w:color')?.attrs['w:val'];
    if (colour && colour !== 'auto') attrs.FOREGROUND_COLOR = `#${colour.toLowerCase()}`;
    const highlight = kid(rPr, 'w:highlight')?.attrs['w:val'];
    const shading = kid(rPr, 'w:shd')?.attrs['w:fill'];
    if (highlight && HIGHLIGHTS[highlight]) attrs.BACKGROUND_COLOR = HIGHLIGHTS[highlight];
    else if (shading && shading !== 'auto') attrs.BACKGROUND_COLOR = `#${shading.toLowerCase()}`;
    const fonts = kid(rPr, 'w:rFonts');
    const family = fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'] ?? fonts?.attrs['w:cs'];
    if (family) attrs.FONT_FAMILY = family;
    const vertical = kid(rPr, 'w:vertAlign')?.attrs['w:val'];
    if (vertical === 'superscript' || vertical === 'subscript')
      this.warn('vert', 'superscript and subscript (kept as normal text)');
    return attrs;
  }

  /** The runs of a paragraph (or of a hyperlink, field, insertion inside it). */
  inline(
    node: XmlNode,
    base: Attributes,
    link: string | undefined,
    runs: { text: string; attrs: Attributes }[],
    element: (e: FakePageBreak | FakeUnsupportedElement | FakeInlineImage) => void,
  ): void {
    for (const child of kids(node)) {
      switch (child.name) {
        case 'w:r':
          this.run(child, base, link, runs, element);
          break;
        case 'w:hyperlink': {
          const rel = child.attrs['r:id'] ? this.rels.get(child.attrs['r:id']) : undefined;
          const target = rel?.external ? rel.target : undefined;
          if (!target) this.warn('anchor', 'links to a place in the document (kept as text)');
          this.inline(child, base, target ?? link, runs, element);
          break;
        }
        case 'w:fldSimple': {
          const auto = autoTextOf(child.attrs['w:instr'] ?? '');
          if (auto) element(new FakeUnsupportedElement(auto));
          else this.inline(child, base, hyperlinkOf(child.attrs['w:instr'] ?? '') ?? link, runs, element);
          if (!auto) this.otherField(child.attrs['w:instr'] ?? '');
          break;
        }
        case 'w:ins':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inline(child, base, link, runs, element);
          break;
        case 'w:sdt':
          this.inline(kid(child, 'w:sdtContent') ?? child, base, link, runs, element);
          break;
        case 'w:del':
          this.warn('del', 'tracked deletions (left out: the changes are read as accepted)');
          break;
        case 'm:oMath':
        case 'm:oMathPara':
          this.warn('math', 'equations not kept');
          break;
        case 'w:commentRangeStart':
          this.warn('comment', 'comments not kept');
          break;
        default:
          break;
      }
    }
  }

  otherField(instr: string): void {
    const name = instr.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
    if (name && name !== 'HYPERLINK')
      this.warn(
        `field-${name}`,
        `${name} fields (kept as the text they showed: a Google Doc has only page number and page count fields)`,
      );
  }

  run(
    node: XmlNode,
    base: Attributes,
    link: string | undefined,
    runs: { text: string; attrs: Attributes }[],
    element: (e: FakePageBreak | FakeUnsupportedElement | FakeInlineImage) => void,
  ): void {
    const rPr = kid(node, 'w:rPr');
    const styled: Attributes = { ...base };
    for (const style of this.chain(kid(rPr, 'w:rStyle')?.attrs['w:val']).reverse())
      Object.assign(styled, this.runAttrs(style.rPr));
    Object.assign(styled, this.runAttrs(rPr));
    const field = this.fields[this.fields.length - 1];
    const fieldLink = field ? hyperlinkOf(field.instr) : undefined;
    const href = link ?? fieldLink;
    if (href) styled.LINK_URL = href;
    const push = (text: string) => {
      const current = this.fields[this.fields.length - 1];
      if (current && (current.phase === 'instr' || autoTextOf(current.instr))) return;
      const last = runs[runs.length - 1];
      if (last && sameRun(last.attrs, styled)) last.text += text;
      else runs.push({ text, attrs: styled });
    };
    for (const child of kids(node)) {
      switch (child.name) {
        case 'w:t':
          push(textOf(child));
          break;
        case 'w:tab':
        case 'w:ptab':
          push('\t');
          break;
        case 'w:br':
          if (child.attrs['w:type'] === 'page') element(new FakePageBreak());
          else if (child.attrs['w:type'] === 'column')
            this.warn('column', 'column breaks (kept as line breaks)');
          if (child.attrs['w:type'] !== 'page') push('\r');
          break;
        case 'w:cr':
          push('\r');
          break;
        case 'w:noBreakHyphen':
          push('\u2011');
          break;
        case 'w:sym': {
          const code = parseInt(child.attrs['w:char'] ?? '', 16);
          if (Number.isFinite(code))
            push(SYMBOL_BULLETS[String.fromCharCode(code)] ?? String.fromCharCode(code));
          break;
        }
        case 'w:fldChar':
          this.fieldChar(child.attrs['w:fldCharType'], element);
          break;
        case 'w:instrText': {
          const current = this.fields[this.fields.length - 1];
          if (current?.phase === 'instr') current.instr += textOf(child);
          break;
        }
        case 'w:drawing': {
          const image = this.picture(child);
          if (image) element(image);
          else
            this.warn('image', 'images, drawings and text boxes not kept offline (Google Docs keeps images)');
          break;
        }
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          this.warn('image', 'images, drawings and text boxes not kept offline (Google Docs keeps images)');
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          this.warn('note', 'footnotes and endnotes not kept offline');
          break;
        case 'w:delText':
          break;
        default:
          break;
      }
    }
  }

  /**
   * An inline picture (PNG, JPEG or GIF) as Docs imports it: its bytes, its size on the page (EMU,
   * 9525 a pixel) and its alternative text. Floating pictures, shapes and text boxes: undefined.
   */
  picture(drawing: XmlNode): FakeInlineImage | undefined {
    const inline = kid(drawing, 'wp:inline');
    const picture = kid(kid(kid(inline, 'a:graphic'), 'a:graphicData'), 'pic:pic');
    const blip = kid(kid(picture, 'pic:blipFill'), 'a:blip');
    const rel = blip?.attrs['r:embed'] ? this.rels.get(blip.attrs['r:embed']) : undefined;
    const bytes = rel && !rel.external ? this.pkg.bytes(rel.target) : undefined;
    if (!bytes) return undefined;
    const data = Buffer.from(bytes);
    const info = imageInfo(data);
    if (!info) return undefined;
    const extent = kid(inline, 'wp:extent');
    const px = (emu: string | undefined, fallback: number) => {
      const value = Number(emu);
      return Number.isFinite(value) && value > 0 ? Math.max(1, Math.round(value / 9525)) : fallback;
    };
    const image = new FakeInlineImage(
      { data, ...info },
      px(extent?.attrs.cx, info.width),
      px(extent?.attrs.cy, info.height),
    );
    const properties = kid(inline, 'wp:docPr');
    image._altTitle = properties?.attrs.title ?? '';
    image._altDescription = properties?.attrs.descr ?? '';
    return image;
  }

  fieldChar(type: string | undefined, element: (e: FakeUnsupportedElement) => void): void {
    if (type === 'begin') this.fields.push({ instr: '', phase: 'instr', emitted: false });
    else if (type === 'separate' || type === 'end') {
      const field = this.fields[this.fields.length - 1];
      if (!field) return;
      const auto = autoTextOf(field.instr);
      if (auto && !field.emitted) {
        element(new FakeUnsupportedElement(auto));
        field.emitted = true;
      }
      if (field.phase === 'instr' && !auto) this.otherField(field.instr);
      field.phase = 'result';
      if (type === 'end') this.fields.pop();
    }
  }

  table(node: XmlNode): FakeTable {
    const table = new FakeTable();
    const tblPr = kid(node, 'w:tblPr');
    table._widths = kids(kid(node, 'w:tblGrid'), 'w:gridCol').map((col) => pt(col.attrs['w:w']) ?? null);
    const borders =
      kid(tblPr, 'w:tblBorders') ??
      this.chain(kid(tblPr, 'w:tblStyle')?.attrs['w:val'])
        .map((s) => kid(s.tblPr, 'w:tblBorders'))
        .find(Boolean);
    const edge = ['w:top', 'w:insideH', 'w:left', 'w:bottom']
      .map((name) => kid(borders, name))
      .find((b) => b && !['nil', 'none'].includes(b.attrs['w:val'] ?? ''));
    table._attrs.BORDER_WIDTH = edge ? Math.max(0.5, Number(edge.attrs['w:sz'] ?? 4) / 8) : 0;
    const borderColour = edge?.attrs['w:color'];
    if (borderColour && borderColour !== 'auto') table._attrs.BORDER_COLOR = `#${borderColour.toLowerCase()}`;
    const rows = contentKids(node, 'w:tr');
    for (const tr of rows) {
      const row = new FakeTableRow();
      const trPr = kid(tr, 'w:trPr');
      if (flag(trPr, 'w:tblHeader')) row._style.tableHeader = true;
      if (flag(trPr, 'w:cantSplit')) row._style.preventOverflow = true;
      const height = pt(kid(trPr, 'w:trHeight')?.attrs['w:val']);
      if (height) row._attrs.MINIMUM_HEIGHT = height;
      const cells = contentKids(tr, 'w:tc');
      for (const tc of cells) {
        const cell = new FakeTableCell();
        cell._removeChild(cell._children[0]);
        const tcPr = kid(tc, 'w:tcPr');
        const fill = kid(tcPr, 'w:shd')?.attrs['w:fill'];
        if (fill && fill !== 'auto') cell._attrs.BACKGROUND_COLOR = `#${fill.toLowerCase()}`;
        const vAlign = kid(tcPr, 'w:vAlign')?.attrs['w:val'];
        if (vAlign)
          cell._attrs.VERTICAL_ALIGNMENT =
            vAlign === 'center' ? 'CENTER' : vAlign === 'bottom' ? 'BOTTOM' : 'TOP';
        if (
          Number(kid(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1) > 1 ||
          kid(tcPr, 'w:vMerge') ||
          kid(tcPr, 'w:hMerge')
        )
          this.warn('merge', 'merged table cells (kept as separate cells offline)');
        this.blocks(cell, tc);
        if (cell._children.length === 0) cell._insertChild(0, new FakeParagraph());
        row._insertChild(row._children.length, cell);
      }
      table._insertChild(table._children.length, row);
    }
    return table;
  }

  /** A header or footer part into its section. */
  section(section: FakeContainer, part: string): void {
    const saved = this.rels;
    this.rels = this.pkg.relationships(part);
    const root = this.pkg.xml(part);
    if (root) this.blocks(section, root);
    this.rels = saved;
  }

  run_document(doc: FakeDocument): void {
    const main = this.pkg.mainPart() ?? 'word/document.xml';
    const root = this.pkg.xml(main) as XmlNode;
    const body = kid(root, 'w:body');
    if (!body) throw new DocxReadError(`${main} has no body`);
    this.rels = this.pkg.relationships(main);
    const docRels = this.rels;
    doc._body._children = [];
    this.blocks(doc._body, body);
    const children = doc._body._children;
    if (children.length === 0 || children[children.length - 1] instanceof FakeTable)
      doc._body._insertChild(children.length, new FakeParagraph());
    const sectPr = kid(body, 'w:sectPr');
    const size = kid(sectPr, 'w:pgSz');
    const margins = kid(sectPr, 'w:pgMar');
    const page: Attributes = {};
    const put = (key: string, value: number | undefined) => {
      if (value !== undefined && Number.isFinite(value)) page[key] = value;
    };
    put('PAGE_WIDTH', pt(size?.attrs['w:w']));
    put('PAGE_HEIGHT', pt(size?.attrs['w:h']));
    put('MARGIN_TOP', pt(margins?.attrs['w:top']));
    put('MARGIN_BOTTOM', pt(margins?.attrs['w:bottom']));
    put('MARGIN_LEFT', pt(margins?.attrs['w:left']));
    put('MARGIN_RIGHT', pt(margins?.attrs['w:right']));
    if (size?.attrs['w:orient'] === 'landscape' && (page.PAGE_WIDTH as number) < (page.PAGE_HEIGHT as number))
      [page.PAGE_WIDTH, page.PAGE_HEIGHT] = [page.PAGE_HEIGHT, page.PAGE_WIDTH];
    doc._body._attrs = page;
    for (const [kind, make] of [
      ['w:headerReference', () => (doc._header = new FakeHeaderSection())],
      ['w:footerReference', () => (doc._footer = new FakeFooterSection())],
    ] as const) {
      const refs = kids(sectPr, kind);
      const preferred = refs.find((r) => (r.attrs['w:type'] ?? 'default') === 'default');
      for (const other of refs.filter((r) => r !== preferred && r.attrs['w:type'] !== 'default'))
        if (other.attrs['w:type'] === 'first' ? flag(sectPr, 'w:titlePg') : true)
          this.warn(
            `hf-${other.attrs['w:type']}`,
            `a ${other.attrs['w:type']}-page ${kind === 'w:headerReference' ? 'header' : 'footer'} (one header and one footer kept for every page)`,
          );
      const rel = preferred ? docRels.get(preferred.attrs['r:id'] ?? '') : undefined;
      if (rel) this.section(make(), rel.target);
    }
  }
}

/** The children of `node` named `name`, also those inside content controls (w:sdt). */
function contentKids(node: XmlNode, name: string): XmlNode[] {
  return kids(node).flatMap((child) =>
    child.name === name ? [child] : child.name === 'w:sdt' ? kids(kid(child, 'w:sdtContent'), name) : [],
  );
}

function sameRun(a: Attributes, b: Attributes): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Imports a .docx as Drive's conversion does: the document, and what it could not keep. */
export function importDocx(data: Uint8Array, id: string, name: string): DocxImport {
  const pkg = new DocxPackage(data);
  const doc = new FakeDocument(id, name);
  const importer = new Importer(pkg, id);
  importer.run_document(doc);
  const warnings = [...importer.warnings.values()].map(({ count, text }) =>
    count > 1 ? `${text} ×${count}` : text,
  );
  return { doc, warnings };
}

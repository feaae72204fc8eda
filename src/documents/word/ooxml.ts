/**
 * A default template as a Word file, in pure code: the parts of a .docx (WordprocessingML strings)
 * for template lines (templates.ts). Google Drive converts such a file into a Google Doc and keeps
 * what DocumentApp and the Docs API cannot make: the header, the "Page X of Y" footer with page
 * number and page count fields, real heading styles with outline levels, multi-level numbered and
 * bulleted lists, table header rows that repeat on each page and rows that do not split, the A4
 * page. build-template.ts zips the parts (Utilities.zip) and imports them (one Drive.Files.create).
 * No service calls here.
 */
import { cellText, type TemplateLine } from '../templates';

/** Everything around the lines: the document's header and footer texts, its font. */
export interface WordFurniture {
  /** The header's text (tags allowed), right-aligned at the top of every page. */
  header: string;
  /** The footer's words around the page fields: ["Page ", " of ", ""] gives "Page 1 of 3". */
  footer: [string, string, string];
  /** The font of the whole document (Latin and complex script: Khmer). */
  font: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
/** A4 in twentieths of a point, with 2 cm side margins and 2.2 cm top and bottom. */
const PAGE = { width: 11906, height: 16838, top: 1247, bottom: 1247, left: 1134, right: 1134 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const HEADER_FILL = 'D9E2F3';
const TAG_COLOUR = '999999';
const BULLETS = ['●', '○', '■'];

// eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 has no control characters but tab, line feed and carriage return.
      .replace(CONTROL, '')
  );
}

const twips = (points: number) => Math.round(points * 20);

interface RunStyle {
  bold?: boolean;
  size?: number;
  colour?: string;
}

function runProperties(style: RunStyle): string {
  const parts: string[] = [];
  if (style.bold) parts.push('<w:b/><w:bCs/>');
  if (style.colour) parts.push(`<w:color w:val="${style.colour}"/>`);
  if (style.size) parts.push(`<w:sz w:val="${style.size * 2}"/><w:szCs w:val="${style.size * 2}"/>`);
  return parts.length ? `<w:rPr>${parts.join('')}</w:rPr>` : '';
}

/** Runs of a text: tabs and line breaks as Word writes them. */
function runs(text: string, style: RunStyle = {}): string {
  const rPr = runProperties(style);
  return text
    .split('\n')
    .map((line, i) => {
      const pieces = line
        .split('\t')
        .map((piece) => (piece ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>` : ''))
        .join('<w:tab/>');
      return `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}${pieces}</w:r>`;
    })
    .join('');
}

function paragraph(text: string, pPr: string[], style: RunStyle = {}): string {
  const properties = pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : '';
  return `<w:p>${properties}${text ? runs(text, style) : ''}</w:p>`;
}

/** Which numbering instance a list line belongs to: one per named list, so numbers run on across loops. */
class Lists {
  readonly numbered = new Map<string, number>();
  readonly bulleted = new Map<string, number>();
  private next = 1;
  id(kind: 'numbered' | 'bulleted', name: string): number {
    const map = kind === 'numbered' ? this.numbered : this.bulleted;
    let id = map.get(name);
    if (id === undefined) {
      id = this.next++;
      map.set(name, id);
    }
    return id;
  }
}

const STYLE_IDS: Record<string, string> = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
};

/**
 * The list a line is in: its `list` name, else one list for each run of list lines of its kind (as
 * Docs makes one list of consecutive bullets: a repeated line stays in its list either way).
 */
function listName(lines: readonly TemplateLine[], index: number): string {
  const line = lines[index];
  if ('bullet' in line || 'numbered' in line) {
    if (line.list) return `named:${line.list}`;
    const kind = 'bullet' in line ? 'bullet' : 'numbered';
    let first = index;
    while (first > 0) {
      const before = lines[first - 1];
      if (!(kind in before) || ('list' in before && before.list)) break;
      first -= 1;
    }
    return `run:${first}`;
  }
  return '';
}

function lineXml(line: TemplateLine, lists: Lists, list: string, next?: TemplateLine): string {
  // A paragraph after a table, as Google Docs has one, unless the next line is one (an empty
  // paragraph more would push the page on: the report's last page left blank).
  if ('table' in line) return tableXml(line, lists) + (next && 'paragraph' in next ? '' : TRAILING);
  if ('bullet' in line || 'numbered' in line) {
    const numbered = 'numbered' in line;
    const text = numbered ? line.numbered : line.bullet;
    const level = Math.max(0, Math.min(8, line.level ?? 0));
    const id = lists.id(numbered ? 'numbered' : 'bulleted', list);
    return paragraph(text, [
      '<w:pStyle w:val="ListParagraph"/>',
      `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`,
      '<w:spacing w:after="60"/>',
    ]);
  }
  const pPr: string[] = [];
  const styleId = line.style ? STYLE_IDS[line.style] : undefined;
  if (styleId) pPr.push(`<w:pStyle w:val="${styleId}"/>`);
  if (line.style === 'label') pPr.push('<w:keepNext/><w:spacing w:before="160" w:after="40"/>');
  if (line.style === 'tag') pPr.push('<w:spacing w:after="0"/>');
  if (line.indent || line.hanging)
    pPr.push(`<w:ind w:left="${twips(line.indent ?? 0)}" w:hanging="${twips(line.hanging ?? 0)}"/>`);
  if (line.center) pPr.push('<w:jc w:val="center"/>');
  // The title in bold 18 pt as direct formatting too: an editor or converter that keeps only its
  // own Title style (26-28 pt) still shows the reference's title size.
  const style: RunStyle =
    line.style === 'label'
      ? { bold: true }
      : line.style === 'tag'
        ? { size: 8, colour: TAG_COLOUR }
        : line.style === 'title'
          ? { bold: true, size: 18 }
          : {};
  return paragraph(line.paragraph, pPr, style);
}

/** Column widths in twips: the ones given, the others sharing the rest of the page. */
function columnWidths(columns: number, widths: readonly number[] = []): number[] {
  const set = Array.from({ length: columns }, (_, c) => widths[c]);
  const used = set.reduce<number>((sum, w) => sum + (typeof w === 'number' ? twips(w) : 0), 0);
  const unset = set.filter((w) => typeof w !== 'number').length;
  const share = unset ? Math.max(720, Math.floor((TEXT_WIDTH - used) / unset)) : 0;
  return set.map((w) => (typeof w === 'number' ? twips(w) : share));
}

function tableXml(line: Extract<TemplateLine, { kind: 'labels' | 'grid' }>, lists: Lists): string {
  const columns = Math.max(0, ...line.table.map((row) => row.length));
  const widths = columnWidths(columns, line.widths);
  const grid = line.kind === 'grid';
  const borders = grid
    ? '<w:tblBorders>' +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
        .map((edge) => `<w:${edge} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
        .join('') +
      '</w:tblBorders>'
    : '<w:tblBorders>' +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
        .map((edge) => `<w:${edge} w:val="nil"/>`)
        .join('') +
      '</w:tblBorders>';
  const rows = line.table.map((cells, r) => {
    const header = grid && r === 0;
    // A grid's first row repeats at the top of each page; no row splits across pages.
    const trPr = `<w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    const tcs = Array.from({ length: columns }, (_, c) => {
      const cell = cells[c] ?? '';
      const text = cellText(cell);
      const shading = header ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/>` : '';
      const bold = header || (line.boldRows?.includes(r) ?? false);
      // A grid's header in 9 pt, so that "Baseline" or "Cumulative" fit their columns unbroken.
      const style: RunStyle = grid ? { size: header ? 9 : (line.size ?? 10), bold } : { bold: c === 0 };
      // A bulleted cell: its paragraph is a list item (the group work's points).
      const pPr =
        typeof cell === 'string'
          ? ['<w:spacing w:before="40" w:after="40"/>']
          : [
              '<w:pStyle w:val="ListParagraph"/>',
              `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${lists.id('bulleted', 'bullets')}"/></w:numPr>`,
              '<w:spacing w:before="20" w:after="20"/>',
            ];
      return (
        `<w:tc><w:tcPr><w:tcW w:w="${widths[c]}" w:type="dxa"/>${shading}</w:tcPr>` +
        `${paragraph(text, pPr, style)}</w:tc>`
      );
    });
    return `<w:tr>${trPr}${tcs.join('')}</w:tr>`;
  });
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${borders}` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>' +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

/** The paragraph Google Docs keeps after a table (and Word needs between two tables). */
const TRAILING = '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>';

function field(instruction: string, shown: string, style: RunStyle): string {
  const rPr = runProperties(style);
  return (
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rPr}<w:t>${shown}</w:t></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

function stylesXml(font: string): string {
  const fonts = `<w:rFonts w:ascii="${escapeXml(font)}" w:hAnsi="${escapeXml(font)}" w:eastAsia="${escapeXml(font)}" w:cs="${escapeXml(font)}"/>`;
  const heading = (n: number, size: number, before: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  return (
    `${DECLARATION}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:bidi="km-KH"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>' +
    heading(1, 28, 360) +
    heading(2, 24, 280) +
    heading(3, 22, 200) +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>' +
    '</w:styles>'
  );
}

function numberingXml(lists: Lists): string {
  // Google Docs' own list geometry (its presets: the glyph at 18 pt, the text at 36 pt, 36 pt more
  // a level), so that items the Docs API adds to a copy (createParagraphBullets) line up with the
  // template's.
  const indent = (level: number) => `<w:pPr><w:ind w:left="${720 * (level + 1)}" w:hanging="360"/></w:pPr>`;
  // A numbered level's glyph where its parent's text starts, and room for the longer number
  // ("2.1." needs more than 18 pt: the text would jump to the next tab stop).
  const numberIndent = (level: number) =>
    `<w:pPr><w:ind w:left="${720 * (level + 1) + 360 * level}" w:hanging="${360 * (level + 1)}"/></w:pPr>`;
  const numbered = Array.from({ length: 9 }, (_, level) => {
    const text = Array.from({ length: level + 1 }, (__, n) => `%${n + 1}`).join('.') + '.';
    return `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>${numberIndent(level)}</w:lvl>`;
  }).join('');
  const bulleted = Array.from({ length: 9 }, (_, level) => {
    const glyph = BULLETS[level % BULLETS.length];
    return `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${glyph}"/><w:lvlJc w:val="left"/>${indent(level)}</w:lvl>`;
  }).join('');
  const nums = [
    ...[...lists.numbered.values()].map(
      (id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="0"/></w:num>`,
    ),
    ...[...lists.bulleted.values()].map(
      (id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="1"/></w:num>`,
    ),
  ].sort((a, b) => Number(/numId="(\d+)"/.exec(a)?.[1]) - Number(/numId="(\d+)"/.exec(b)?.[1]));
  return (
    `${DECLARATION}<w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${numbered}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${bulleted}</w:abstractNum>` +
    `${nums.join('')}</w:numbering>`
  );
}

/** The parts of the template's .docx, by path in the zip. */
export function templateParts(
  lines: readonly TemplateLine[],
  furniture: WordFurniture,
): Record<string, string> {
  const lists = new Lists();
  const body = lines.map((line, i) => lineXml(line, lists, listName(lines, i), lines[i + 1])).join('');
  const sectPr =
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>' +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const header = paragraph(furniture.header, ['<w:pStyle w:val="Header"/>', '<w:jc w:val="right"/>'], {
    size: 8,
    colour: '595959',
  });
  const [before, between, after] = furniture.footer;
  const small: RunStyle = { size: 9 };
  const footerRuns = (text: string) => (text ? runs(text, small) : '');
  const footer =
    '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>' +
    `${footerRuns(before)}${field('PAGE', '1', small)}${footerRuns(between)}${field('NUMPAGES', '1', small)}${footerRuns(after)}</w:p>`;
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  return {
    '[Content_Types].xml':
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/>` +
      `<Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/>` +
      `<Override PartName="/word/header1.xml" ContentType="${main}.header+xml"/>` +
      `<Override PartName="/word/footer1.xml" ContentType="${main}.footer+xml"/></Types>`,
    '_rels/.rels':
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels':
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>` +
      `<Relationship Id="rIdHeader" Type="${R}/header" Target="header1.xml"/>` +
      `<Relationship Id="rIdFooter" Type="${R}/footer" Target="footer1.xml"/></Relationships>`,
    'word/document.xml': `${DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sectPr}</w:body></w:document>`,
    'word/styles.xml': stylesXml(furniture.font),
    'word/numbering.xml': numberingXml(lists),
    'word/header1.xml': `${DECLARATION}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${header}</w:hdr>`,
    'word/footer1.xml': `${DECLARATION}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${footer}</w:ftr>`,
  };
}

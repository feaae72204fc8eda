/**
 * A template document as Documents.get returns it, read the way render.ts reads DocumentApp's
 * elements: paragraphs with their text as Apps Script reports it, the UTF-16 index of each
 * character, one text style per character and their list; tables as rows of cells; the body,
 * default header and footer as segments. Pure (https://developers.google.com/workspace/docs/api/concepts/structure).
 */
import { urlHasTag, type Link, type TemplateNode } from './render';

import D = GoogleAppsScript.Docs.Schema;

/** Apps Script's soft line break in getText ('\r', what render.ts works with) and the API's. */
export const toApi = (text: string) => text.replace(/\r/g, '\u000b');
const fromApi = (text: string) => text.split('\u000b').join('\r');

/** A template paragraph as the API gives it. */
export interface ParagraphInfo {
  /** Text as Apps Script reports it (no newline, atoms left out). */
  text: string;
  /** Index of each text offset (and of the newline, at text.length). */
  index: number[];
  /** One style per character of `text`. */
  styles: D.TextStyle[];
  /** Holds a page break, horizontal rule or other non-text element. */
  atoms: boolean;
  style: D.ParagraphStyle;
  /** Its list, nesting level, glyph there, and the glyphs of the list's first three levels. */
  bullet?: { listId: string; nesting: number; glyph: string; glyphs?: string[] };
}

/** A node of render.ts with where it is in the document. */
export interface Node extends TemplateNode {
  element: D.StructuralElement;
  paragraph?: ParagraphInfo;
  rows?: RowNode[];
}
export interface RowNode {
  element: D.TableRow;
  cells: { text: string; children?: Node[]; all: Node[]; element: D.TableCell }[];
}

function glyphOf(lists: Record<string, D.List>, listId: string, nesting: number): string {
  const level = lists[listId]?.listProperties?.nestingLevels?.[nesting];
  return level?.glyphType && level.glyphType !== 'GLYPH_TYPE_UNSPECIFIED'
    ? level.glyphType
    : (level?.glyphSymbol ?? '●');
}

export function paragraphInfo(element: D.StructuralElement, lists: Record<string, D.List>): ParagraphInfo {
  const paragraph = element.paragraph as D.Paragraph;
  const info: ParagraphInfo = {
    text: '',
    index: [],
    styles: [],
    atoms: false,
    style: paragraph.paragraphStyle ?? {},
  };
  for (const part of paragraph.elements ?? []) {
    const start = part.startIndex ?? 0;
    if (part.textRun) {
      const content = part.textRun.content ?? '';
      for (let i = 0; i < content.length; i++) {
        if (content[i] === '\n') continue;
        info.text += fromApi(content[i]);
        info.index.push(start + i);
        info.styles.push(part.textRun.textStyle ?? {});
      }
    } else info.atoms = true;
  }
  info.index.push((element.endIndex ?? 1) - 1);
  if (paragraph.bullet) {
    const nesting = paragraph.bullet.nestingLevel ?? 0;
    const listId = paragraph.bullet.listId ?? '';
    const glyphs = [0, 1, 2].map((level) => glyphOf(lists, listId, level));
    info.bullet = { listId, nesting, glyph: glyphOf(lists, listId, nesting), glyphs };
  }
  return info;
}

/** The runs of a paragraph linked to an address that holds a tag. */
function linksOf(info: ParagraphInfo): Link[] {
  const links: Link[] = [];
  info.styles.forEach((style, i) => {
    const url = style.link?.url;
    if (!url || !urlHasTag(url)) return;
    const last = links[links.length - 1];
    if (last && last.end === i && last.url === url) last.end = i + 1;
    else links.push({ start: i, end: i + 1, url });
  });
  return links;
}

export function readContent(content: readonly D.StructuralElement[], lists: Record<string, D.List>): Node[] {
  const nodes: Node[] = [];
  for (const element of content) {
    if (element.sectionBreak) continue;
    if (element.paragraph) {
      const paragraph = paragraphInfo(element, lists);
      const links = linksOf(paragraph);
      nodes.push({
        type: paragraph.bullet ? 'LIST_ITEM' : 'PARAGRAPH',
        text: paragraph.text,
        element,
        paragraph,
        ...(links.length ? { links } : {}),
      });
    } else if (element.table) {
      nodes.push({ type: 'TABLE', text: '', element, rows: readRows(element.table, lists) });
    } else {
      nodes.push({ type: element.tableOfContents ? 'TABLE_OF_CONTENTS' : 'OTHER', text: '', element });
    }
  }
  return nodes;
}

function readRows(table: D.Table, lists: Record<string, D.List>): RowNode[] {
  return (table.tableRows ?? []).map((row) => ({
    element: row,
    cells: (row.tableCells ?? []).map((cell) => {
      const all = readContent(cell.content ?? [], lists);
      const text = all.map((node) => node.text).join('\n');
      return { text, all, children: text.includes('{{') ? all : undefined, element: cell };
    }),
  }));
}

/** The segments of a document: body, then its default header and footer (as fill.ts fills them). */
export function segmentsOf(
  doc: D.Document,
): { name: string; segmentId?: string; content: D.StructuralElement[] }[] {
  const segments: { name: string; segmentId?: string; content: D.StructuralElement[] }[] = [
    { name: 'body', content: doc.body?.content ?? [] },
  ];
  const headerId = doc.documentStyle?.defaultHeaderId;
  const footerId = doc.documentStyle?.defaultFooterId;
  const headers = (doc.headers ?? {}) as Record<string, D.Header>;
  const footers = (doc.footers ?? {}) as Record<string, D.Footer>;
  if (headerId && headers[headerId])
    segments.push({ name: 'header', segmentId: headerId, content: headers[headerId].content ?? [] });
  if (footerId && footers[footerId])
    segments.push({ name: 'footer', segmentId: footerId, content: footers[footerId].content ?? [] });
  return segments;
}

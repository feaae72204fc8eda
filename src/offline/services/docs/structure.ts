/**
 * The Docs API's view of an emulated document: Google's index model over the very elements
 * DocumentApp uses. Indexes count UTF-16 code units; the body starts with a section break
 * (0..1), so its first paragraph starts at 1; headers and footers are segments of their own
 * (segmentId = their ID) starting at 0. Every paragraph ends with a newline ('\n', one index);
 * a page break or horizontal rule is one index; a soft line break is '\u000b' in the API where
 * Apps Script's getText reports '\r'. A table takes one index before its first row, each row one
 * before its first cell, each cell one before its content, and one after its last row.
 * https://developers.google.com/workspace/docs/api/concepts/structure
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#structuralelement
 */
import type { FakeContainer, FakeTableCell } from '../document/container';
import type { FakeDocument } from '../document/document';
import type { FakeElement } from '../document/element';
import {
  FakeHorizontalRule,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeUnsupportedElement,
} from '../document/paragraph';
import { FakeInlineImage } from '../document/inline-image';
import type { ListLevel } from '../document/enums';
import { FakeTable, type FakeTableRow } from '../document/table';
import { FakeText } from '../document/text';
import { nestingLevelOf, paragraphStyleOf, textStyleOf } from './styles';

import D = GoogleAppsScript.Docs.Schema;

/** The IDs the emulation gives a document's one header and one footer. */
export const HEADER_ID = 'kix.header';
export const FOOTER_ID = 'kix.footer';

/** Apps Script's soft line break ('\r' in getText) and the API's ('\u000b'). */
export const toApiText = (text: string) => text.replace(/\r/g, '\u000b');
export const fromApiText = (text: string) => text.split('\u000b').join('\r');

/** One structural element of a segment and where it is. */
export interface Placed {
  element: FakeParagraph | FakeTable;
  container: FakeContainer;
  start: number;
  end: number;
}

export function inlineLength(child: FakeElement): number {
  return child instanceof FakeText ? child._chars.length : 1;
}

export function paragraphLength(paragraph: FakeParagraph): number {
  let length = 1;
  for (const child of paragraph._children) length += inlineLength(child);
  return length;
}

export function elementLength(element: FakeElement): number {
  if (element instanceof FakeParagraph) return paragraphLength(element);
  if (element instanceof FakeTable) {
    let length = 2;
    for (const row of element._children as FakeTableRow[]) {
      length += 1;
      for (const cell of row._cells()) length += 1 + containerLength(cell);
    }
    return length;
  }
  return 0;
}

export function containerLength(container: FakeContainer): number {
  let length = 0;
  for (const child of container._children) length += elementLength(child);
  return length;
}

/** A segment: the body, the header or the footer, and the index its content starts at. */
export interface Segment {
  container: FakeContainer;
  start: number;
}

export function segmentOf(doc: FakeDocument, segmentId: string | undefined): Segment | undefined {
  if (!segmentId) return { container: doc._body, start: 1 };
  if (segmentId === HEADER_ID && doc._header) return { container: doc._header, start: 0 };
  if (segmentId === FOOTER_ID && doc._footer) return { container: doc._footer, start: 0 };
  return undefined;
}

/** Every structural element of a segment, at every depth (tables' cells included), in index order. */
export function placeAll(segment: Segment): Placed[] {
  const all: Placed[] = [];
  const walk = (container: FakeContainer, start: number): number => {
    let at = start;
    for (const child of container._children) {
      if (!(child instanceof FakeParagraph || child instanceof FakeTable)) continue;
      const length = elementLength(child);
      all.push({ element: child, container, start: at, end: at + length });
      if (child instanceof FakeTable) {
        let inner = at + 1;
        for (const row of child._children as FakeTableRow[]) {
          inner += 1;
          for (const cell of row._cells()) inner = walk(cell, inner + 1);
        }
      }
      at += length;
    }
    return at;
  };
  walk(segment.container, segment.start);
  return all;
}

/** The paragraph whose indexes [start, end) hold `index`, or undefined (a table's own index, or out of the segment). */
export function paragraphAt(segment: Segment, index: number): Placed | undefined {
  return placeAll(segment).find(
    (placed) => placed.element instanceof FakeParagraph && placed.start <= index && index < placed.end,
  );
}

/** The document as Documents.get returns it (no tabs: the legacy single-tab fields). */
export function documentJson(doc: FakeDocument): D.Document {
  const lists: Record<string, D.List> = {};
  const json: D.Document = {
    documentId: doc._id,
    title: doc._name,
    body: {
      content: [
        {
          endIndex: 1,
          sectionBreak: { sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT' } },
        },
      ],
    },
    documentStyle: {},
    lists,
  };
  (json.body as D.Body).content?.push(...contentJson(doc._body, 1, lists));
  const style = json.documentStyle as D.DocumentStyle;
  // The page, as Documents.get gives it (DocumentStyle.pageSize and margins, in points).
  const body = doc._body;
  const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
  style.pageSize = { width: pt(body.getPageWidth()), height: pt(body.getPageHeight()) };
  style.marginTop = pt(body.getMarginTop());
  style.marginBottom = pt(body.getMarginBottom());
  style.marginLeft = pt(body.getMarginLeft());
  style.marginRight = pt(body.getMarginRight());
  if (doc._header) {
    style.defaultHeaderId = HEADER_ID;
    json.headers = { [HEADER_ID]: { headerId: HEADER_ID, content: contentJson(doc._header, 0, lists) } };
  }
  if (doc._footer) {
    style.defaultFooterId = FOOTER_ID;
    json.footers = { [FOOTER_ID]: { footerId: FOOTER_ID, content: contentJson(doc._footer, 0, lists) } };
  }
  return json;
}

function contentJson(
  container: FakeContainer,
  start: number,
  lists: Record<string, D.List>,
): D.StructuralElement[] {
  const content: D.StructuralElement[] = [];
  let at = start;
  for (const child of container._children) {
    if (child instanceof FakeParagraph) {
      content.push(paragraphJson(child, at, lists));
      at += paragraphLength(child);
    } else if (child instanceof FakeTable) {
      content.push(tableJson(child, at, lists));
      at += elementLength(child);
    }
  }
  return content;
}

function paragraphJson(
  paragraph: FakeParagraph,
  start: number,
  lists: Record<string, D.List>,
): D.StructuralElement {
  const elements: D.ParagraphElement[] = [];
  let at = start;
  const runs: { text: string; attrs: Record<string, unknown> }[] = [];
  const flush = () => {
    for (const run of runs.splice(0)) {
      const length = run.text.length;
      elements.push({
        startIndex: at,
        endIndex: at + length,
        textRun: { content: toApiText(run.text), textStyle: textStyleOf(run.attrs) },
      });
      at += length;
    }
  };
  for (const child of paragraph._children) {
    if (child instanceof FakeText) {
      for (const run of child._runs()) {
        const last = runs[runs.length - 1];
        if (last && sameKeys(last.attrs, run.attrs)) last.text += run.text;
        else runs.push({ text: run.text, attrs: run.attrs });
      }
      continue;
    }
    flush();
    const element: D.ParagraphElement = { startIndex: at, endIndex: at + 1 };
    if (child instanceof FakePageBreak) element.pageBreak = { textStyle: {} };
    else if (child instanceof FakeHorizontalRule) element.horizontalRule = { textStyle: {} };
    // A page number or page count field (AutoText).
    else if (child instanceof FakeUnsupportedElement)
      (element as Record<string, unknown>).autoText = { type: child._autoText, textStyle: {} };
    // An image takes one index, as Docs' inline objects do.
    else if (child instanceof FakeInlineImage)
      element.inlineObjectElement = { inlineObjectId: `kix.image.${at}`, textStyle: {} };
    elements.push(element);
    at += 1;
  }
  // The paragraph's newline belongs to its last run when there is one.
  const last = runs[runs.length - 1];
  if (last) {
    flush();
    const run = elements[elements.length - 1];
    (run.textRun as D.TextRun).content += '\n';
    run.endIndex = (run.endIndex as number) + 1;
  } else {
    elements.push({ startIndex: at, endIndex: at + 1, textRun: { content: '\n', textStyle: {} } });
  }
  const json: D.Paragraph = { elements, paragraphStyle: paragraphStyleOf(paragraph._attrs) };
  if (paragraph instanceof FakeListItem) {
    json.bullet = { listId: paragraph._listId, textStyle: {} };
    if (paragraph._nesting > 0) json.bullet.nestingLevel = paragraph._nesting;
    const list = (lists[paragraph._listId] ??= {
      listProperties: { nestingLevels: paragraph._levels ? paragraph._levels.map(levelJson) : [] },
    });
    const levels = (list.listProperties as D.ListProperties).nestingLevels as D.NestingLevel[];
    for (let level = 0; level <= paragraph._nesting; level++) levels[level] ??= {};
    if (Object.keys(levels[paragraph._nesting]).length === 0)
      levels[paragraph._nesting] = nestingLevelOf(paragraph._glyph);
  }
  return { startIndex: start, endIndex: start + paragraphLength(paragraph), paragraph: json };
}

function tableJson(table: FakeTable, start: number, lists: Record<string, D.List>): D.StructuralElement {
  let at = start + 1;
  const rows = table._children as FakeTableRow[];
  const tableRows: D.TableRow[] = rows.map((row) => {
    const rowStart = at;
    at += 1;
    const tableCells: D.TableCell[] = row._cells().map((cell) => {
      const cellStart = at;
      const content = contentJson(cell, at + 1, lists);
      at += 1 + containerLength(cell);
      return { startIndex: cellStart, endIndex: at, content, tableCellStyle: cellStyle(cell) };
    });
    const tableRowStyle: D.TableRowStyle & { tableHeader?: boolean; preventOverflow?: boolean } = {};
    if (row._style.tableHeader) tableRowStyle.tableHeader = true;
    if (row._style.preventOverflow) tableRowStyle.preventOverflow = true;
    if (typeof row._attrs.MINIMUM_HEIGHT === 'number')
      tableRowStyle.minRowHeight = { magnitude: row._attrs.MINIMUM_HEIGHT, unit: 'PT' };
    return { startIndex: rowStart, endIndex: at, tableCells, tableRowStyle };
  });
  const columns = Math.max(0, ...rows.map((row) => row._children.length));
  const tableColumnProperties: D.TableColumnProperties[] = [];
  for (let c = 0; c < columns; c++) {
    const width = table._widths[c];
    tableColumnProperties.push(
      typeof width === 'number'
        ? { widthType: 'FIXED_WIDTH', width: { magnitude: width, unit: 'PT' } }
        : { widthType: 'EVENLY_DISTRIBUTED' },
    );
  }
  return {
    startIndex: start,
    endIndex: at + 1,
    table: { rows: rows.length, columns, tableRows, tableStyle: { tableColumnProperties } },
  };
}

/** A list level of an imported list, as the API gives a NestingLevel. */
function levelJson(level: ListLevel): D.NestingLevel {
  const json: Record<string, unknown> = {};
  if (level.glyphType) json.glyphType = level.glyphType;
  if (level.glyphSymbol) json.glyphSymbol = level.glyphSymbol;
  if (level.glyphFormat) json.glyphFormat = level.glyphFormat;
  if (level.startNumber !== undefined) json.startNumber = level.startNumber;
  if (level.indentStart !== undefined) json.indentStart = { magnitude: level.indentStart, unit: 'PT' };
  if (level.indentFirstLine !== undefined)
    json.indentFirstLine = { magnitude: level.indentFirstLine, unit: 'PT' };
  return json as D.NestingLevel;
}

function cellStyle(cell: FakeTableCell): D.TableCellStyle {
  const style: D.TableCellStyle = {};
  if (typeof cell._attrs.BACKGROUND_COLOR === 'string')
    style.backgroundColor = textStyleOf({ BACKGROUND_COLOR: cell._attrs.BACKGROUND_COLOR }).backgroundColor;
  if (typeof cell._attrs.VERTICAL_ALIGNMENT === 'string')
    style.contentAlignment =
      cell._attrs.VERTICAL_ALIGNMENT === 'CENTER' ? 'MIDDLE' : cell._attrs.VERTICAL_ALIGNMENT;
  return style;
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Fits numbered table columns to the data through the Docs API: pure, no services. A table whose
 * header row names `{{Group 1}}`, `{{Group 2}}` … (or `{{Period n}}`) gets as many such columns
 * as the meeting has groups (the report periods), as refill.ts's fitNumberedColumns does with
 * DocumentApp: the last numbered column is copied (its fields renumbered) or extra ones removed,
 * the row loop's closing tags kept in the row's last numbered cell. Here the same is planned as
 * the first requests of the document's one `Documents.batchUpdate` (`insertTableColumn` and the
 * copied cells' text and styles; `deleteTableColumn`),
 * and the document they make is predicted (its JSON re-indexed), so that the fill (requests.ts)
 * is planned on it. https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request
 * Only tables directly in the body are fitted this way; a table inside a table with columns to
 * fit, or one with rows of different lengths (merged cells), is `unsupported`: the glue then
 * fits and fills that document with DocumentApp.
 */
import { paragraphInfo } from './document-json';
import { Unsupported, Writer } from './requests';

import D = GoogleAppsScript.Docs.Schema;

/** A table's numbered columns: the header field (`Group`), the row fields (`Points`) and how many. */
export interface ColumnFit {
  fields: readonly string[];
  count: number;
}

export interface FittedDocument {
  supported: boolean;
  /** The document as the requests make it (indexes as Documents.get would give them). */
  doc: D.Document;
  /** Requests to send first in the batch (none: nothing to fit). */
  requests: D.Request[];
}

const CLOSE_TAG = /\{\{\s*\/[^{}]*\}\}/g;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const numbered = (field: string, n: string) => new RegExp(`\\{\\{\\s*${field}\\s+(${n})\\s*\\}\\}`, 'g');
const paragraphs = (cell: D.TableCell) => cell.content ?? [];
const cellsOf = (row: D.TableRow) => row.tableCells ?? [];
/** The text runs of a cell's paragraphs (Apps Script's replaceText works run by run too). */
const runsOf = (cell: D.TableCell) =>
  paragraphs(cell).flatMap((p) => (p.paragraph?.elements ?? []).filter((e) => e.textRun));
const runs = (cell: D.TableCell) => runsOf(cell).map((e) => e.textRun as D.TextRun);
const textOf = (cell: D.TableCell) =>
  runs(cell)
    .map((run) => run.content ?? '')
    .join('');

/**
 * Column widths that fit the page: none when the table's widths (points) already fit `available`
 * (or one is not fixed), else each column scaled down alike, none narrower than `least` (a
 * figure such as "៥៧.១%" or "57.1%" at 9 pt), the others sharing what is left. Pure.
 */
export function widthsWithin(
  widths: readonly (number | undefined)[],
  available: number,
  least = 34,
): number[] | undefined {
  if (widths.some((w) => typeof w !== 'number')) return undefined;
  const known = widths as number[];
  const total = known.reduce((a, b) => a + b, 0);
  if (total <= available + 0.5 || known.length === 0) return undefined;
  const scaled = known.map((w) => (w * available) / total);
  const small = scaled.map((w) => w < least);
  const fixed = small.filter(Boolean).length * least;
  const rest = known.reduce((sum, w, i) => (small[i] ? sum : sum + w), 0);
  const fitted =
    fixed < available && rest > 0
      ? known.map((w, i) => (small[i] ? least : (w * (available - fixed)) / rest))
      : scaled;
  return fitted.map((w) => Math.floor(w * 10) / 10);
}

/** The width between a document's side margins, in points (undefined: the document does not say). */
function textWidthOf(doc: D.Document): number | undefined {
  const style = doc.documentStyle;
  const page = style?.pageSize?.width?.magnitude;
  if (typeof page !== 'number') return undefined;
  return page - (style?.marginLeft?.magnitude ?? 72) - (style?.marginRight?.magnitude ?? 72);
}

/** Plans the fits of a document's tables (as Documents.get returned it); the input is not changed. */
export function fitColumns(doc: D.Document, fits: readonly ColumnFit[]): FittedDocument {
  const fitted = clone(doc);
  const lists = (fitted.lists ??= {}) as Record<string, D.List>;
  const content = fitted.body?.content ?? [];
  const requests: D.Request[] = [];
  try {
    // The last table first, so that the indexes of the tables before it stay valid.
    for (const element of [...content].reverse()) {
      if (!element.table) continue;
      for (const fit of fits)
        fitTable(element, element.table, fit, lists, new Writer(undefined, requests), textWidthOf(fitted));
    }
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { supported: false, doc, requests: [] };
  }
  return { supported: true, doc: requests.length ? (reindex(content, 0), fitted) : doc, requests };
}

/** The header cells naming `{{<field> n}}`, with their n. */
function numberedColumns(table: D.Table, field: string): { cell: number; n: number }[] {
  const header = table.tableRows?.[0];
  const columns: { cell: number; n: number }[] = [];
  cellsOf(header ?? {}).forEach((cell, c) => {
    for (const match of textOf(cell).matchAll(numbered(field, '\\d+')))
      columns.push({ cell: c, n: +match[1] });
  });
  return columns;
}

function fitTable(
  element: D.StructuralElement,
  table: D.Table,
  fit: ColumnFit,
  lists: Record<string, D.List>,
  writer: Writer,
  available?: number,
): void {
  const rows = table.tableRows ?? [];
  const columns = numberedColumns(table, fit.fields[0]);
  const { count } = fit;

  // A table to fit that holds a table, or has merged cells: DocumentApp fits it.
  const nested = rows.some((row) => cellsOf(row).some((cell) => paragraphs(cell).some((p) => !p.paragraph)));
  if (nested && columns.length) throw new Unsupported('table in a table');
  if (!columns.length) return;
  const last = columns.reduce((a, b) => (b.n > a.n ? b : a));
  if (last.n === count) return;
  if (new Set(rows.map((row) => cellsOf(row).length)).size > 1) throw new Unsupported('merged');
  const start = element.startIndex as number;
  const at = (columnIndex: number) => ({ tableStartLocation: { index: start }, rowIndex: 0, columnIndex });
  const out = writer.out;
  const model = last.cell;
  if (last.n < count) {
    // The closing tags leave the model cells (from the last row up); the last copy gets them.
    const closings = rows.map((row) => textOf(cellsOf(row)[model]).match(CLOSE_TAG)?.join('') ?? '');
    for (const row of [...rows].reverse())
      for (const p of [...paragraphs(cellsOf(row)[model])].reverse()) {
        const info = paragraphInfo(p, lists);
        for (const match of [...info.text.matchAll(CLOSE_TAG)].reverse())
          writer.delete(info.index[match.index], info.index[match.index + match[0].length - 1] + 1);
      }
    for (const row of rows)
      for (const run of runs(cellsOf(row)[model])) run.content = run.content?.replace(CLOSE_TAG, '');
    // The new columns, right of the model: empty cells in its cells' style, of its width.
    const added = Array.from({ length: count - last.n }, (_, k) => model + 1 + k);
    added.forEach(() =>
      out.push({ insertTableColumn: { tableCellLocation: at(model), insertRight: true } } as D.Request),
    );
    // The copies take the model's width (as Docs does); a table then wider than the page is
    // narrowed to it, every column alike (the report's periods: Khmer labels are longer).
    const properties = (table.tableStyle ??= {}).tableColumnProperties ?? [];
    properties.splice(model + 1, 0, ...added.map(() => clone(properties[model] ?? {})));
    table.tableStyle.tableColumnProperties = properties;
    const fitted =
      available === undefined
        ? undefined
        : widthsWithin(
            properties.map((p) => p.width?.magnitude),
            available,
          );
    fitted?.forEach((width, c) => {
      properties[c] = { widthType: 'FIXED_WIDTH', width: { magnitude: width, unit: 'PT' } };
      out.push({
        updateTableColumnProperties: {
          tableStartLocation: { index: start },
          columnIndices: [c],
          tableColumnProperties: properties[c],
          fields: 'widthType,width',
        },
      } as D.Request);
    });
    // Each copy renumbered (its bullets are a list of their own, made by the fill's
    // createParagraphBullets in the empty cell; the predicted JSON keeps the model's list).
    rows.forEach((row, r) => {
      const cells = cellsOf(row);
      cells.splice(
        model + 1,
        0,
        ...added.map((_, k) => {
          const cell = clone(cells[model]);
          for (const run of runs(cell))
            for (const field of fit.fields)
              run.content = run.content?.replace(
                numbered(field, String(last.n)),
                `{{${field} ${last.n + k + 1}}}`,
              );
          const texts = runs(cell);
          const end = texts[texts.length - 1];
          if (k === added.length - 1) end.content = (end.content ?? '').replace(/\n$/, `${closings[r]}\n`);
          return cell;
        }),
      );
    });
    reindex([element], start);
    // Filled from the last row up and the rightmost cell left; the new cells before the one
    // being filled are still empty (2 indexes: the cell's and its empty paragraph's).
    let shift = 0;
    const fills: { at: number; cell: D.TableCell }[] = [];
    for (const row of rows)
      for (const c of added) {
        const cell = cellsOf(row)[c];
        fills.push({ at: (cell.startIndex as number) + 1 - shift, cell });
        shift += (cell.endIndex as number) - (cell.startIndex as number) - 2;
      }
    for (const { at: index, cell } of fills.reverse()) {
      const copies = paragraphs(cell).map((p) => {
        const info = paragraphInfo(p, lists);
        if (info.atoms) throw new Unsupported('atoms');
        return { text: info.text, styles: info.styles, style: info.style, bullet: info.bullet };
      });
      writer.write(index, copies, {}, (text) => writer.insert(index, text), 'into');
    }
  } else {
    const kept = columns.find((c) => c.n === count)?.cell;
    const first = Math.min(...columns.map((c) => c.cell));
    const keep = kept ?? (first > 0 ? first - 1 : undefined);
    const removed = [...new Set(columns.map((c) => c.cell))]
      .filter((c) => c > (kept ?? first - 1))
      .sort((a, b) => b - a);
    if (removed.length >= cellsOf(rows[0]).length) throw new Unsupported('no column');
    const closings = rows.map((row) =>
      removed
        .map((c) => textOf(cellsOf(row)[c]).match(CLOSE_TAG)?.join('') ?? '')
        .reverse()
        .join(''),
    );
    for (const c of removed) {
      out.push({ deleteTableColumn: { tableCellLocation: at(c) } });
      for (const row of rows) cellsOf(row).splice(c, 1);
    }
    reindex([element], start);
    // The closing tags at the end of the kept cell (at the start of the first one when none is kept).
    for (let r = rows.length - 1; r >= 0; r--) {
      if (!closings[r]) continue;
      const parts = runsOf(cellsOf(rows[r])[keep ?? 0]);
      const part = keep === undefined ? parts[0] : parts[parts.length - 1];
      const run = part.textRun as D.TextRun;
      const at0 = keep === undefined ? 0 : (run.content ?? '').length - 1;
      writer.insert((part.startIndex as number) + at0, closings[r]);
      run.content = (run.content ?? '').slice(0, at0) + closings[r] + (run.content ?? '').slice(at0);
    }
  }
  reindex([element], start);
}

/** Sets the indexes of structural elements from `start`, as the API counts them; returns the end. */
export function reindex(content: D.StructuralElement[], start: number): number {
  let at = start;
  for (const element of content) {
    if (element.sectionBreak) {
      at = element.endIndex ?? at + 1;
      continue;
    }
    const length = (element.endIndex ?? 0) - (element.startIndex ?? 0);
    element.startIndex = at;
    if (element.paragraph) {
      for (const part of element.paragraph.elements ?? []) {
        const size = part.textRun
          ? (part.textRun.content ?? '').length
          : (part.endIndex ?? 0) - (part.startIndex ?? 0);
        part.startIndex = at;
        part.endIndex = at += size;
      }
    } else if (element.table) {
      at += 1;
      for (const row of element.table.tableRows ?? []) {
        row.startIndex = at++;
        for (const cell of cellsOf(row)) {
          cell.startIndex = at;
          cell.endIndex = at = reindex(paragraphs(cell), at + 1);
        }
        row.endIndex = at;
      }
      at += 1;
    } else at += length;
    element.endIndex = at;
  }
  return at;
}

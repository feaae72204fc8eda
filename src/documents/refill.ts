/**
 * Refilling a document from its template with DocumentApp only (so that a template the user made
 * needs no Drive access), and fitting the group work table to a meeting's groups.
 */
import { widthsWithin } from './template/columns';

type Doc = GoogleAppsScript.Document.Document;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

/** Replaces a section's contents by copies of another section's children (paragraphs, lists, tables...). */
function copyChildren(source: Section, target: Section, body = false): void {
  target.clear();
  const first = target.getNumChildren() === 1 ? target.getChild(0) : undefined;
  const count = source.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = source.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) target.appendParagraph(child.asParagraph().copy());
    else if (type === DocumentApp.ElementType.LIST_ITEM) target.appendListItem(child.asListItem().copy());
    else if (type === DocumentApp.ElementType.TABLE) target.appendTable(child.asTable().copy());
    else if (body && type === DocumentApp.ElementType.HORIZONTAL_RULE)
      (target as GoogleAppsScript.Document.Body).appendHorizontalRule();
    else if (body && type === DocumentApp.ElementType.PAGE_BREAK)
      (target as GoogleAppsScript.Document.Body).appendPageBreak();
  }
  if (first && target.getNumChildren() > 1) target.removeChild(first);
}

/**
 * Fills a document (new or made before) with a fresh copy of the template: body, header and
 * footer. DocumentApp only, so that a template the user made needs no Drive access.
 */
export function refillFromTemplate(doc: Doc, template: Doc): void {
  copyChildren(template.getBody(), doc.getBody(), true);
  const header = template.getHeader();
  const ownHeader = doc.getHeader();
  if (header) copyChildren(header, ownHeader ?? doc.addHeader());
  else ownHeader?.clear();
  const footer = template.getFooter();
  const ownFooter = doc.getFooter();
  if (footer) copyChildren(footer, ownFooter ?? doc.addFooter());
  else ownFooter?.clear();
}

const CLOSE_TAG = /\{\{\s*\/[^{}]*\}\}/g;

/**
 * Fits a group work table (header cells `{{Group 1}}`, `{{Group 2}}` …, row cells `{{Points n}}`)
 * to the meeting's number of groups: copies the last group column or drops extra ones, keeping
 * the row loop's closing tag in the last cell. Calls grow with groups, not with rows. Returns
 * whether it changed the document.
 */
export function fitGroupColumns(doc: Doc, groups: number): boolean {
  if (groups < 1) return false;
  return fitNumberedColumns(doc, GROUP_FIELDS, groups);
}

/** The fields of the numbered columns: the header's first, then the rows'. */
export const GROUP_FIELDS = ['Group', 'Points'] as const;
export const PERIOD_FIELDS = ['Period', 'Actual'] as const;

/**
 * Fits a report's indicators table (header cells `{{Period 1}}` …, row cells `{{Actual n}}`) to
 * the report's period columns; none removes them. Returns whether it changed the document.
 */
export function fitPeriodColumns(doc: Doc, periods: number): boolean {
  return fitNumberedColumns(doc, PERIOD_FIELDS, periods);
}

/**
 * Fits every table whose header row names `{{<fields[0]> n}}` to `count` such columns: copies
 * the last one (renumbering its fields) or removes extra ones, keeping the closing tags of the
 * row loop in the row's cells. Returns whether it changed the document.
 */
function fitNumberedColumns(doc: Doc, fields: readonly string[], count: number): boolean {
  const headerTag = new RegExp(`\\{\\{\\s*${fields[0]}\\s+(\\d+)\\s*\\}\\}`, 'g');
  let changed = false;
  const body = doc.getBody();
  const available = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
  for (const table of body.getTables()) {
    if (table.getNumRows() === 0) continue;
    const header = table.getRow(0);
    const columns: { cell: number; n: number }[] = [];
    for (let c = 0; c < header.getNumCells(); c++) {
      for (const match of header.getCell(c).getText().matchAll(headerTag))
        columns.push({ cell: c, n: Number(match[1]) });
    }
    if (columns.length === 0) continue;
    const last = columns.reduce((a, b) => (b.n > a.n ? b : a));
    if (last.n === count) continue;
    changed = true;
    // Widths follow their columns: a copy takes its model's, as the Docs API fit does (columns.ts).
    const widths = Array.from({ length: header.getNumCells() }, (_, c) => table.getColumnWidth(c));
    const removed: number[] = [];
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      if (row.getNumCells() <= last.cell) continue;
      if (last.n < count) {
        const model = row.getCell(last.cell);
        const closing = model.getText().match(CLOSE_TAG) ?? [];
        if (closing.length > 0) model.replaceText(CLOSE_TAG.source, '');
        for (let n = last.n + 1; n <= count; n++) {
          const added = row.insertTableCell(last.cell + (n - last.n), model.copy());
          renumber(added, fields, last.n, n);
          if (n === count && closing.length > 0) added.editAsText().appendText(closing.join(''));
        }
      } else {
        const kept = columns.find((c) => c.n === count)?.cell;
        const first = Math.min(...columns.map((c) => c.cell));
        const keep = kept ?? (first > 0 ? first - 1 : undefined);
        const closing: string[] = [];
        for (let c = row.getNumCells() - 1; c > (kept ?? first - 1); c--) {
          if (!columns.some((col) => col.cell === c)) continue;
          closing.unshift(...(row.getCell(c).getText().match(CLOSE_TAG) ?? []));
          row.removeCell(c);
          if (r === 0) removed.push(c);
        }
        if (closing.length === 0) continue;
        if (keep !== undefined) row.getCell(keep).editAsText().appendText(closing.join(''));
        else row.getCell(0).editAsText().insertText(0, closing.join(''));
      }
    }
    if (last.n < count)
      widths.splice(last.cell + 1, 0, ...Array<number>(count - last.n).fill(widths[last.cell]));
    else for (const c of removed) widths.splice(c, 1);
    const from = last.n < count ? last.cell + 1 : Math.min(...removed);
    // A table then wider than the page is narrowed to it, every column alike (as columns.ts).
    const fitted = last.n < count ? widthsWithin(widths, available) : undefined;
    (fitted ?? widths).forEach((width, c) => {
      if ((fitted || c >= from) && typeof width === 'number') table.setColumnWidth(c, width);
    });
  }
  return changed;
}

function renumber(
  cell: GoogleAppsScript.Document.TableCell,
  fields: readonly string[],
  from: number,
  to: number,
): void {
  for (const field of fields) {
    cell.replaceText(`\\{\\{\\s*${field}\\s+${from}\\s*\\}\\}`, `{{${field} ${to}}}`);
  }
}

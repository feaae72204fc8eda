/**
 * Fills a Google Doc template in place: walks body, header and footer once, repeats blocks of
 * paragraphs and table rows, and inserts values literally (deleteText + insertText, never
 * replaceText, so `$1`, `\` and regex characters in data stay as typed).
 */
import {
  type Scopes,
  type Tag,
  findTags,
  lookup,
  sectionScopes,
  soleTag,
  textLines,
  LINE_BREAK,
} from './tags';
import type { FillOptions, FillResult, TemplateData, TemplateProblem, TemplateValue } from './types';

type Doc = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;
type Container = GoogleAppsScript.Document.ContainerElement & {
  insertParagraph(index: number, p: GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph;
  insertListItem(index: number, p: GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem;
  insertTable(index: number, t: GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table;
  removeChild(child: Element): unknown;
};
type Para = GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;

interface Context {
  problems: TemplateProblem[];
  replaced: number;
  timeZone?: string;
}

/** Labels of template children by their position in the template (for problem places). */
type Labels = (position: number, type: string) => string;

export function fillDocument(doc: Doc, data: TemplateData, options: FillOptions = {}): FillResult {
  const context: Context = { problems: [], replaced: 0, timeZone: options.timeZone };
  const sections: [string, Container | null][] = [
    ['body', doc.getBody() as unknown as Container],
    ['header', doc.getHeader() as unknown as Container | null],
    ['footer', doc.getFooter() as unknown as Container | null],
  ];
  for (const [name, container] of sections) {
    if (container)
      fillRange(container, 0, container.getNumChildren(), [data], sequentialLabels(name), context);
  }
  return { problems: context.problems, replaced: context.replaced };
}

function sequentialLabels(section: string): Labels {
  const labels: string[] = [];
  let paragraphs = 0;
  let tables = 0;
  return (position, type) => {
    if (labels[position] === undefined) {
      labels[position] =
        type === 'TABLE' ? `${section} table ${++tables}` : `${section} paragraph ${++paragraphs}`;
    }
    return labels[position];
  };
}

function problem(context: Context, tag: string, place: string, message: string): void {
  context.problems.push({ tag, place, message });
}

function typeOf(element: Element): string {
  return String(element.getType());
}

function asPara(element: Element, type: string): Para {
  return type === 'LIST_ITEM' ? element.asListItem() : element.asParagraph();
}

/**
 * Fills `count` template children of a container starting at `start`; returns how many children
 * they became.
 */
function fillRange(
  container: Container,
  start: number,
  count: number,
  scopes: Scopes,
  labels: Labels,
  context: Context,
): number {
  let index = start;
  let end = start + count;
  let position = 0;
  while (index < end) {
    const child = container.getChild(index);
    const type = typeOf(child);
    const place = labels(position, type);
    if (type === 'TABLE') {
      fillTable(child.asTable(), scopes, place, context);
      index++;
      position++;
      continue;
    }
    if (type !== 'PARAGRAPH' && type !== 'LIST_ITEM') {
      index++;
      position++;
      continue;
    }
    const paragraph = asPara(child, type);
    const text = paragraph.getText();
    if (!text.includes('{{')) {
      index++;
      position++;
      continue;
    }
    const sole = soleTag(text);
    if (sole && (sole.kind === 'open' || sole.kind === 'inverted')) {
      const close = findBlockClose(container, index + 1, end, sole.name);
      if (close >= 0) {
        const templateCount = close - index - 1;
        const innerLabels = (p: number, t: string) => labels(position + 1 + p, t);
        for (let p = 0; p <= templateCount + 1; p++)
          labels(position + p, typeOf(container.getChild(index + p)));
        const made = fillBlock(container, index, templateCount, sole, scopes, innerLabels, place, context);
        end += made - (templateCount + 2);
        index += made;
        position += templateCount + 2;
        continue;
      }
    }
    if (sole && sole.kind === 'value') {
      const made = fillSoleValue(container, index, paragraph, sole, scopes, place, context);
      end += made - 1;
      index += made;
      position++;
      continue;
    }
    fillText(paragraph.editAsText(), text, scopes, place, context);
    index++;
    position++;
  }
  return end - start;
}

/** The index of the paragraph that closes a block opened just before `from`, or -1. */
function findBlockClose(container: Container, from: number, end: number, name: string): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const child = container.getChild(i);
    const type = typeOf(child);
    if (type !== 'PARAGRAPH' && type !== 'LIST_ITEM') continue;
    const text = asPara(child, type).getText();
    if (!text.includes('{{')) continue;
    const tag = soleTag(text);
    if (!tag || tag.name !== name) continue;
    if (tag.kind === 'open' || tag.kind === 'inverted') depth++;
    else if (tag.kind === 'close') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Repeats (or shows, or hides) the children between an opening and a closing tag paragraph. */
function fillBlock(
  container: Container,
  openIndex: number,
  templateCount: number,
  open: Tag,
  scopes: Scopes,
  labels: Labels,
  place: string,
  context: Context,
): number {
  const found = lookup(scopes, open.name);
  if (!found.found)
    problem(context, open.raw, place, `unknown field "${open.name}": the section is left out`);
  const repetitions = sectionScopes(scopes, open.kind as 'open' | 'inverted', found.value);
  const template: Element[] = [];
  for (let i = 0; i < templateCount; i++) template.push(container.getChild(openIndex + 1 + i));
  const closeElement = container.getChild(openIndex + 1 + templateCount);
  let made = 0;
  repetitions.forEach((repetition, n) => {
    const first = openIndex + made;
    for (const element of template) insertCopy(container, openIndex + made++, element);
    const itemLabels: Labels =
      repetitions.length > 1 ? (p, t) => `${labels(p, t)} (${open.name} item ${n + 1})` : labels;
    made += fillRange(container, first, templateCount, repetition, itemLabels, context) - templateCount;
  });
  // The originals now follow the copies; a section's last paragraph is emptied, not removed.
  const closeIndex = openIndex + made + templateCount + 1;
  const closeIsLast = closeIndex === container.getNumChildren() - 1;
  if (closeIsLast) asPara(closeElement, typeOf(closeElement)).setText('');
  for (let i = closeIndex - (closeIsLast ? 1 : 0); i >= openIndex + made; i--) {
    container.getChild(i).removeFromParent();
  }
  return made + (closeIsLast ? 1 : 0);
}

function insertCopy(container: Container, index: number, element: Element): void {
  const type = typeOf(element);
  if (type === 'TABLE') container.insertTable(index, element.asTable().copy());
  else if (type === 'LIST_ITEM') container.insertListItem(index, element.asListItem().copy());
  else if (type === 'PARAGRAPH') container.insertParagraph(index, element.asParagraph().copy());
}

/** A paragraph that is just `{{Field}}`: each line of the value becomes its own paragraph. */
function fillSoleValue(
  container: Container,
  index: number,
  paragraph: Para,
  tag: Tag,
  scopes: Scopes,
  place: string,
  context: Context,
): number {
  const found = lookup(scopes, tag.name);
  const lines = found.found ? textLines(found.value, context.timeZone) : undefined;
  if (!found.found || !lines || 'error' in lines) {
    fillText(paragraph.editAsText(), paragraph.getText(), scopes, place, context);
    return 1;
  }
  const values = lines.lines.length > 1 ? lines.lines.filter((line) => line.trim() !== '') : lines.lines;
  if (values.length === 0) {
    context.replaced++;
    const isLast = index === container.getNumChildren() - 1;
    if (Array.isArray(found.value) && !isLast) {
      paragraph.removeFromParent();
      return 0;
    }
    replaceTag(paragraph.editAsText(), tag.start, tag.end, '');
    return 1;
  }
  const type = typeOf(paragraph as unknown as Element);
  for (let i = values.length - 1; i >= 1; i--) {
    const copy = paragraph.copy();
    replaceTag(copy.editAsText(), tag.start, tag.end, values[i]);
    if (type === 'LIST_ITEM') container.insertListItem(index + 1, copy as GoogleAppsScript.Document.ListItem);
    else container.insertParagraph(index + 1, copy as GoogleAppsScript.Document.Paragraph);
  }
  replaceTag(paragraph.editAsText(), tag.start, tag.end, values[0]);
  context.replaced++;
  return values.length;
}

interface Edit {
  start: number;
  end: number;
  value: string;
}

/** Fills the tags of one paragraph's text in place. */
function fillText(
  text: GoogleAppsScript.Document.Text,
  content: string,
  scopes: Scopes,
  place: string,
  context: Context,
) {
  const edits = inlineEdits(content, findTags(content), scopes, place, context);
  for (const edit of edits.sort((a, b) => b.start - a.start))
    replaceTag(text, edit.start, edit.end, edit.value);
}

/**
 * Replaces [start, end) — which begins with '{' — by a literal value. The value is inserted after
 * that first character so it takes the tag's formatting, then the tag is deleted around it.
 */
function replaceTag(text: GoogleAppsScript.Document.Text, start: number, end: number, value: string): void {
  if (value === '') {
    text.deleteText(start, end - 1);
    return;
  }
  text.insertText(start + 1, value);
  text.deleteText(start + 1 + value.length, end - 1 + value.length);
  text.deleteText(start, start);
}

function inlineEdits(content: string, tags: Tag[], scopes: Scopes, place: string, context: Context): Edit[] {
  const edits: Edit[] = [];
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k];
    if (tag.kind === 'close') {
      problem(context, tag.raw, place, `closing tag without a matching {{#${tag.name}}}`);
      continue;
    }
    const found = lookup(scopes, tag.name);
    if (tag.kind === 'value') {
      if (!found.found) {
        problem(context, tag.raw, place, `unknown field "${tag.name}": the tag is left in the document`);
        continue;
      }
      const lines = textLines(found.value, context.timeZone);
      if ('error' in lines) {
        problem(context, tag.raw, place, `"${tag.name}" ${lines.error}`);
        continue;
      }
      edits.push({ start: tag.start, end: tag.end, value: lines.lines.join(LINE_BREAK) });
      context.replaced++;
      continue;
    }
    const closeIndex = matchingClose(tags, k);
    if (closeIndex < 0) {
      problem(context, tag.raw, place, `section without a closing {{/${tag.name}}}`);
      continue;
    }
    const close = tags[closeIndex];
    if (!found.found)
      problem(context, tag.raw, place, `unknown field "${tag.name}": the section is left out`);
    const repetitions = sectionScopes(scopes, tag.kind as 'open' | 'inverted', found.value);
    const inner = tags.slice(k + 1, closeIndex);
    if (repetitions.length === 0) {
      edits.push({ start: tag.start, end: close.end, value: '' });
    } else if (repetitions.length === 1) {
      edits.push({ start: tag.start, end: tag.end, value: '' });
      edits.push(...inlineEdits(content, inner, repetitions[0], place, context));
      edits.push({ start: close.start, end: close.end, value: '' });
    } else {
      const part = content.slice(tag.end, close.start);
      const value = repetitions.map((repetition) => renderString(part, repetition, place, context)).join('');
      edits.push({ start: tag.start, end: close.end, value });
    }
    k = closeIndex;
  }
  return edits;
}

function renderString(content: string, scopes: Scopes, place: string, context: Context): string {
  const edits = inlineEdits(content, findTags(content), scopes, place, context).sort(
    (a, b) => b.start - a.start,
  );
  let result = content;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.value + result.slice(edit.end);
  return result;
}

function matchingClose(tags: readonly Tag[], openIndex: number): number {
  const name = tags[openIndex].name;
  let depth = 0;
  for (let i = openIndex + 1; i < tags.length; i++) {
    if (tags[i].name !== name) continue;
    if (tags[i].kind === 'open' || tags[i].kind === 'inverted') depth++;
    else if (tags[i].kind === 'close') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Rows of a table: a section whose tags sit in different paragraphs of one row (or of several rows) repeats those rows. */
function fillTable(table: Table, scopes: Scopes, place: string, context: Context): void {
  let r = 0;
  let templateRow = 0;
  while (r < table.getNumRows()) {
    const rowPlace = `${place} row ${templateRow + 1}`;
    const section = rowSection(table, r);
    if (!section) {
      fillRow(table.getRow(r), scopes, rowPlace, context);
      r++;
      templateRow++;
      continue;
    }
    const { open, lastRow } = section;
    const found = lookup(scopes, open.name);
    if (!found.found)
      problem(context, open.raw, rowPlace, `unknown field "${open.name}": the rows are left out`);
    const repetitions = sectionScopes(scopes, open.kind as 'open' | 'inverted', found.value);
    const template: GoogleAppsScript.Document.TableRow[] = [];
    for (let i = r; i <= lastRow; i++) template.push(table.getRow(i));
    let made = 0;
    repetitions.forEach((repetition, n) => {
      const suffix = repetitions.length > 1 ? ` (${open.name} item ${n + 1})` : '';
      template.forEach((row, i) => {
        const copy = table.insertTableRow(r + made++, row.copy());
        if (i === 0) removeTagText(copy, open.raw, false);
        if (i === template.length - 1) removeTagText(copy, `{{/${open.name}}}`, true, open.name);
        fillRow(copy, repetition, `${place} row ${templateRow + i + 1}${suffix}`, context);
      });
    });
    for (let i = 0; i < template.length; i++) table.removeRow(r + made);
    r += made;
    templateRow += template.length;
  }
}

/** A section opened in row `r` whose closing tag is in another paragraph of this row or in a later row. */
function rowSection(table: Table, r: number): { open: Tag; lastRow: number } | undefined {
  const row = table.getRow(r);
  const text = rowText(row);
  if (!text.includes('{{')) return undefined;
  const lines = text.split('\n');
  for (const line of lines) {
    const tags = findTags(line);
    for (let k = 0; k < tags.length; k++) {
      if (tags[k].kind !== 'open' && tags[k].kind !== 'inverted') continue;
      if (matchingClose(tags, k) >= 0) continue;
      // Look for the close in the rest of this row, then in later rows.
      const after = text.slice(text.indexOf(line) + tags[k].end);
      if (closesIn(after, tags[k].name)) return { open: tags[k], lastRow: r };
      for (let next = r + 1; next < table.getNumRows(); next++) {
        if (closesIn(rowText(table.getRow(next)), tags[k].name)) return { open: tags[k], lastRow: next };
      }
      return undefined;
    }
  }
  return undefined;
}

function rowText(row: GoogleAppsScript.Document.TableRow): string {
  const texts: string[] = [];
  for (let c = 0; c < row.getNumCells(); c++) texts.push(row.getCell(c).getText());
  return texts.join('\n');
}

function closesIn(text: string, name: string): boolean {
  return findTags(text).some((tag) => tag.kind === 'close' && tag.name === name);
}

/** Deletes the first (or last) occurrence of a section tag in a row. */
function removeTagText(
  row: GoogleAppsScript.Document.TableRow,
  raw: string,
  last: boolean,
  name?: string,
): void {
  const cells: number[] = [];
  for (let c = 0; c < row.getNumCells(); c++) cells.push(c);
  if (last) cells.reverse();
  for (const c of cells) {
    const cell = row.getCell(c);
    const children: number[] = [];
    for (let i = 0; i < cell.getNumChildren(); i++) children.push(i);
    if (last) children.reverse();
    for (const i of children) {
      const child = cell.getChild(i);
      const type = typeOf(child);
      if (type !== 'PARAGRAPH' && type !== 'LIST_ITEM') continue;
      const paragraph = asPara(child, type);
      const content = paragraph.getText();
      const tags = findTags(content).filter((t) =>
        name ? t.kind === 'close' && t.name === name : t.raw === raw,
      );
      const tag = last ? tags[tags.length - 1] : tags[0];
      if (tag) {
        paragraph.editAsText().deleteText(tag.start, tag.end - 1);
        return;
      }
    }
  }
}

function fillRow(
  row: GoogleAppsScript.Document.TableRow,
  scopes: Scopes,
  place: string,
  context: Context,
): void {
  for (let c = 0; c < row.getNumCells(); c++) {
    const cell = row.getCell(c) as unknown as Container;
    const cellPlace = `${place} cell ${c + 1}`;
    const labels: Labels = (p, t) =>
      p === 0 ? cellPlace : `${cellPlace} ${t === 'TABLE' ? 'table' : 'paragraph'} ${p + 1}`;
    fillRange(cell, 0, cell.getNumChildren(), scopes, labels, context);
  }
}

export type { TemplateValue };

/**
 * Resolves a template's structure, read once, into what the filled document holds: which template
 * children appear, in which order, with which text edits. Pure: no services; fill.ts applies it.
 */
import {
  type Scopes,
  type Tag,
  findTags,
  sameTagName,
  lookup,
  sectionScopes,
  soleTag,
  textLines,
  LINE_BREAK,
} from './tags';
import type { TemplateProblem, TemplateProblemCode } from './types';
import { localized, say, type Localized } from '../../i18n/messages';

/** A template child as read once: a paragraph or list item (with its text), a table, or another element. */
export interface TemplateNode {
  type: string;
  /** The paragraph's text; section tags of repeated table rows are blanked out (see `masks`). */
  text: string;
  /** Tags removed from `text` (same length, spaces): deleted when the paragraph is edited. */
  masks?: Edit[];
  /** Links of the paragraph whose address holds a tag (see `urlHasTag`), in offsets of `text`. */
  links?: Link[];
  rows?: TemplateRow[];
}

export interface TemplateRow {
  cells: TemplateCell[];
}

export interface TemplateCell {
  text: string;
  /** Read only when the cell holds a tag. */
  children?: TemplateNode[];
}

/** Characters [start, end) of a paragraph linked to `url`. */
export interface Link {
  start: number;
  end: number;
  url: string;
}

/** An address as typed ("https://…/{{ID}}") or as Docs and Word store it ("…/%7B%7BID%7D%7D"). */
const urlText = (url: string) => url.replace(/%7B/gi, '{').replace(/%7D/gi, '}').replace(/%20/g, ' ');

/** Whether a link's address holds a tag to fill. */
export const urlHasTag = (url: string): boolean => findTags(urlText(url)).length > 0;

/** Replaces [start, end) of a paragraph's template text by a literal value. */
export interface Edit {
  start: number;
  end: number;
  value: string;
}

/** One child of the output: template child `k`, its text edits (none: unchanged), or emptied. */
export interface OutputItem {
  k: number;
  edits: Edit[];
  clear?: boolean;
  /** The paragraph's links whose address had tags, filled, in offsets of the output text. */
  links?: Link[];
  /**
   * With `clear`: a list item kept only because its container needs a last paragraph (a table
   * cell whose group has no point) is no longer a list item: an empty cell, no empty bullet.
   */
  plain?: boolean;
  table?: RowPlan[];
}

/**
 * Rows `first`..`last` of a table: filled once (`section` undefined), or a repeated section whose
 * rows (`stamp`: the template rows with the section tags blanked) appear once per repetition.
 * Per repetition, per row, per cell: the cell's output (undefined: the cell has no tag).
 */
export interface RowPlan {
  first: number;
  last: number;
  section?: { stamp: TemplateRow[] };
  repetitions: (OutputItem[] | undefined)[][][];
}

export interface RenderContext {
  problems: TemplateProblem[];
  replaced: number;
  timeZone?: string;
}

const isParagraph = (node: TemplateNode) => node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM';

function problem(
  context: RenderContext,
  code: TemplateProblemCode,
  tag: string,
  place: string,
  message: Localized,
): void {
  context.problems.push({ code, tag, place, message: say('en', message), i18n: message });
}

/** The template text of a paragraph with its edits (and masks) applied. */
export function editedText(node: TemplateNode, edits: readonly Edit[]): string {
  let text = node.text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.value + text.slice(edit.end);
  return text;
}

/** Place labels of a container's children: "body paragraph 3", "body table 1". */
export function sequentialLabels(section: string, nodes: readonly TemplateNode[]): (k: number) => string {
  let paragraphs = 0;
  let tables = 0;
  const labels = nodes.map((node) =>
    node.type === 'TABLE' ? `${section} table ${++tables}` : `${section} paragraph ${++paragraphs}`,
  );
  return (k) => labels[k];
}

/**
 * The output of a container's children. A section's last paragraph is emptied, not removed (a
 * Google Docs section keeps its last paragraph).
 */
export function renderContainer(
  nodes: readonly TemplateNode[],
  scopes: Scopes,
  labels: (k: number) => string,
  context: RenderContext,
): OutputItem[] {
  const out: OutputItem[] = [];
  renderRange(nodes, 0, nodes.length, scopes, labels, '', context, out);
  const last = nodes.length - 1;
  if (last >= 0 && isParagraph(nodes[last]) && !out.some((item) => item.k === last))
    out.push(emptied(last, nodes[last]));
  return out;
}

/** A container's last paragraph, emptied (a list item also loses its bullet). */
function emptied(k: number, node: TemplateNode): OutputItem {
  return node.type === 'LIST_ITEM'
    ? { k, edits: [], clear: true, plain: true }
    : { k, edits: [], clear: true };
}

function item(k: number, node: TemplateNode, edits: Edit[], links?: Link[]): OutputItem {
  const all = node.masks ? [...edits, ...node.masks] : edits;
  if (!links) return { k, edits: all };
  const at = (x: number) => outputOffset(x, all);
  const moved = links.map((link) => ({ ...link, start: at(link.start), end: at(link.end) }));
  return { k, edits: all, links: moved.filter((link) => link.start < link.end) };
}

/** Where template offset `x` of a paragraph is once its edits are made (inside a tag: after its value). */
function outputOffset(x: number, edits: readonly Edit[]): number {
  const shift = (before: number) =>
    edits.reduce((sum, e) => (e.end <= before ? sum + e.value.length - (e.end - e.start) : sum), 0);
  const inside = edits.find((e) => e.start < x && x < e.end);
  return inside ? inside.start + shift(inside.start) + inside.value.length : x + shift(x);
}

/**
 * The node's links with their addresses filled in these scopes (a value's spaces as %20); an
 * unknown field is reported at `place link` and its tag left in the address.
 */
function filledLinks(
  node: TemplateNode,
  scopes: Scopes,
  place: string,
  context: RenderContext,
): Link[] | undefined {
  return node.links?.map((link) => {
    const url = urlText(link.url);
    const edits = inlineEdits(url, findTags(url), scopes, `${place} link`, context).map((edit) => ({
      ...edit,
      value: edit.value.trim().replace(/\s+/g, '%20'),
    }));
    return { ...link, url: editedText({ type: 'PARAGRAPH', text: url }, edits) };
  });
}

function renderRange(
  nodes: readonly TemplateNode[],
  from: number,
  to: number,
  scopes: Scopes,
  labels: (k: number) => string,
  suffix: string,
  context: RenderContext,
  out: OutputItem[],
): void {
  for (let k = from; k < to; k++) {
    const node = nodes[k];
    const place = labels(k) + suffix;
    if (node.rows) {
      out.push({ k, edits: [], table: renderTable(node.rows, scopes, place, context) });
      continue;
    }
    const text = node.text;
    if (!isParagraph(node) || !text.includes('{{')) {
      out.push(item(k, node, [], filledLinks(node, scopes, place, context)));
      continue;
    }
    const sole = soleTag(text);
    if (sole && (sole.kind === 'open' || sole.kind === 'inverted')) {
      const close = blockClose(nodes, k + 1, to, sole.name);
      if (close >= 0) {
        const found = lookup(scopes, sole.name);
        if (!found.found)
          problem(
            context,
            'template-unknown-field',
            sole.raw,
            place,
            localized('template.unknownSection', { name: sole.name }),
          );
        const repetitions = sectionScopes(scopes, sole.kind, found.value);
        repetitions.forEach((repetition, n) => {
          const itemSuffix = repetitions.length > 1 ? `${suffix} (${sole.name} item ${n + 1})` : suffix;
          renderRange(nodes, k + 1, close, repetition, labels, itemSuffix, context, out);
        });
        k = close;
        continue;
      }
    }
    if (sole && sole.kind === 'value' && renderSoleValue(nodes, k, sole, scopes, place, context, out))
      continue;
    const edits = inlineEdits(text, findTags(text), scopes, place, context);
    // A list item its tags left empty is left out: no empty bullet (a container's last paragraph
    // is emptied instead, and is no list item any more).
    if (isEmptiedListItem(node, edits)) {
      if (k === nodes.length - 1) out.push(emptied(k, node));
      continue;
    }
    out.push(item(k, node, edits, filledLinks(node, scopes, place, context)));
  }
}

/** A list item that had tags and whose text, once filled, is blank. */
function isEmptiedListItem(node: TemplateNode, edits: readonly Edit[]): boolean {
  return node.type === 'LIST_ITEM' && edits.length > 0 && editedText(node, edits).trim() === '';
}

/** The paragraph that closes a block opened just before `from`, or -1. */
function blockClose(nodes: readonly TemplateNode[], from: number, to: number, name: string): number {
  let depth = 0;
  for (let k = from; k < to; k++) {
    if (!isParagraph(nodes[k]) || !nodes[k].text.includes('{{')) continue;
    const tag = soleTag(nodes[k].text);
    if (!tag || !sameTagName(tag.name, name)) continue;
    if (tag.kind === 'open' || tag.kind === 'inverted') depth++;
    else if (tag.kind === 'close') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/**
 * A paragraph that is just `{{Field}}`: one paragraph per line of the value. False when the
 * value cannot be shown this way (the inline path reports why).
 */
function renderSoleValue(
  nodes: readonly TemplateNode[],
  k: number,
  tag: Tag,
  scopes: Scopes,
  place: string,
  context: RenderContext,
  out: OutputItem[],
): boolean {
  const found = lookup(scopes, tag.name);
  const lines = found.found ? textLines(found.value, context.timeZone) : undefined;
  if (!lines || 'error' in lines) return false;
  let values = lines.lines.length > 1 ? lines.lines.filter((line) => line.trim() !== '') : lines.lines;
  // A list item shows no empty bullet for a blank value.
  if (nodes[k].type === 'LIST_ITEM' && values.every((line) => line.trim() === '')) values = [];
  context.replaced++;
  if (values.length === 0) {
    const last = k === nodes.length - 1;
    if (nodes[k].type === 'LIST_ITEM') {
      if (last) out.push(emptied(k, nodes[k]));
      return true;
    }
    if (Array.isArray(found.value) && !last) return true;
    values.push('');
  }
  const links = filledLinks(nodes[k], scopes, place, context);
  for (const value of values) out.push(item(k, nodes[k], [{ start: tag.start, end: tag.end, value }], links));
  return true;
}

function inlineEdits(
  content: string,
  tags: Tag[],
  scopes: Scopes,
  place: string,
  context: RenderContext,
): Edit[] {
  const edits: Edit[] = [];
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k];
    if (tag.kind === 'close') {
      problem(
        context,
        'template-unopened-close',
        tag.raw,
        place,
        localized('template.unopenedClose', { name: tag.name }),
      );
      continue;
    }
    const found = lookup(scopes, tag.name);
    if (tag.kind === 'value') {
      if (!found.found) {
        problem(
          context,
          'template-unknown-field',
          tag.raw,
          place,
          localized('template.unknownTag', { name: tag.name }),
        );
        continue;
      }
      const lines = textLines(found.value, context.timeZone);
      if ('error' in lines) {
        problem(
          context,
          'template-bad-value',
          tag.raw,
          place,
          localized('template.badValue', { name: tag.name, error: localized(lines.error) }),
        );
        continue;
      }
      edits.push({ start: tag.start, end: tag.end, value: lines.lines.join(LINE_BREAK) });
      context.replaced++;
      continue;
    }
    const closeIndex = matchingClose(tags, k);
    if (closeIndex < 0) {
      problem(
        context,
        'template-unclosed-section',
        tag.raw,
        place,
        localized('template.unclosedSection', { name: tag.name }),
      );
      continue;
    }
    const close = tags[closeIndex];
    if (!found.found)
      problem(
        context,
        'template-unknown-field',
        tag.raw,
        place,
        localized('template.unknownSection', { name: tag.name }),
      );
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
      const value = repetitions
        .map((repetition) => {
          const node = { type: 'PARAGRAPH', text: part };
          return editedText(node, inlineEdits(part, findTags(part), repetition, place, context));
        })
        .join('');
      edits.push({ start: tag.start, end: close.end, value });
    }
    k = closeIndex;
  }
  return edits;
}

function matchingClose(tags: readonly Tag[], openIndex: number): number {
  const name = tags[openIndex].name;
  let depth = 0;
  for (let i = openIndex + 1; i < tags.length; i++) {
    if (!sameTagName(tags[i].name, name)) continue;
    if (tags[i].kind === 'open' || tags[i].kind === 'inverted') depth++;
    else if (tags[i].kind === 'close') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Rows of a table: a section whose tags sit in different paragraphs of one row (or of several
 * rows) repeats those rows; other rows are filled once.
 */
export function renderTable(
  rows: readonly TemplateRow[],
  scopes: Scopes,
  place: string,
  context: RenderContext,
): RowPlan[] {
  const texts = rows.map((row) => row.cells.map((cell) => cell.text).join('\n'));
  const plans: RowPlan[] = [];
  for (let r = 0; r < rows.length;) {
    const rowPlace = `${place} row ${r + 1}`;
    const section = rowSection(texts, r);
    if (!section) {
      plans.push({ first: r, last: r, repetitions: [[renderRow(rows[r], scopes, rowPlace, context)]] });
      r++;
      continue;
    }
    const { open, lastRow } = section;
    const found = lookup(scopes, open.name);
    if (!found.found)
      problem(
        context,
        'template-unknown-field',
        open.raw,
        rowPlace,
        localized('template.unknownRows', { name: open.name }),
      );
    const repetitions = sectionScopes(scopes, open.kind as 'open' | 'inverted', found.value);
    const stamp = maskSectionTags(rows.slice(r, lastRow + 1), open);
    plans.push({
      first: r,
      last: lastRow,
      section: { stamp },
      repetitions: repetitions.map((repetition, n) => {
        const suffix = repetitions.length > 1 ? ` (${open.name} item ${n + 1})` : '';
        return stamp.map((row, i) =>
          renderRow(row, repetition, `${place} row ${r + i + 1}${suffix}`, context),
        );
      }),
    });
    r = lastRow + 1;
  }
  return plans;
}

function renderRow(
  row: TemplateRow,
  scopes: Scopes,
  place: string,
  context: RenderContext,
): (OutputItem[] | undefined)[] {
  return row.cells.map((cell, c) => {
    const children = cell.children;
    if (!children) return undefined;
    const cellPlace = `${place} cell ${c + 1}`;
    const labels = (k: number) =>
      k === 0 ? cellPlace : `${cellPlace} ${children[k].type === 'TABLE' ? 'table' : 'paragraph'} ${k + 1}`;
    return renderContainer(children, scopes, labels, context);
  });
}

/** A section opened in row `r` whose closing tag is in another paragraph of this row or in a later row. */
function rowSection(texts: readonly string[], r: number): { open: Tag; lastRow: number } | undefined {
  const text = texts[r];
  if (!text.includes('{{')) return undefined;
  for (const line of text.split('\n')) {
    const tags = findTags(line);
    for (let k = 0; k < tags.length; k++) {
      if (tags[k].kind !== 'open' && tags[k].kind !== 'inverted') continue;
      if (matchingClose(tags, k) >= 0) continue;
      const after = text.slice(text.indexOf(line) + tags[k].end);
      if (closesIn(after, tags[k].name)) return { open: tags[k], lastRow: r };
      for (let next = r + 1; next < texts.length; next++) {
        if (closesIn(texts[next], tags[k].name)) return { open: tags[k], lastRow: next };
      }
      return undefined;
    }
  }
  return undefined;
}

function closesIn(text: string, name: string): boolean {
  return findTags(text).some((tag) => tag.kind === 'close' && sameTagName(tag.name, name));
}

/**
 * The section's rows with its opening tag (first occurrence in the first row) and closing tag
 * (last occurrence in the last row) blanked out; the paragraphs holding them carry masks.
 */
function maskSectionTags(rows: TemplateRow[], open: Tag): TemplateRow[] {
  const copy = rows.map((row) => ({
    cells: row.cells.map((cell) => ({ ...cell, children: cell.children && [...cell.children] })),
  }));
  maskTag(copy[0], (tags) => tags.find((t) => t.raw === open.raw));
  maskTag(
    copy[copy.length - 1],
    (tags) => tags.filter((t) => t.kind === 'close' && sameTagName(t.name, open.name)).pop(),
    true,
  );
  return copy;
}

function maskTag(row: TemplateRow, pick: (tags: Tag[]) => Tag | undefined, last = false): void {
  const cells = last ? [...row.cells].reverse() : row.cells;
  for (const cell of cells) {
    const children = cell.children ?? [];
    const order = children.map((_, k) => k);
    if (last) order.reverse();
    for (const k of order) {
      const node = children[k];
      if (!isParagraph(node)) continue;
      const tag = pick(findTags(node.text));
      if (!tag) continue;
      const blank = ' '.repeat(tag.end - tag.start);
      children[k] = {
        ...node,
        text: node.text.slice(0, tag.start) + blank + node.text.slice(tag.end),
        masks: [...(node.masks ?? []), { start: tag.start, end: tag.end, value: '' }],
      };
      return;
    }
  }
}

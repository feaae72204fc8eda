/**
 * Plans the Docs API requests that fill a template: pure, no services. From the template's
 * document as `Documents.get` returns it and render.ts's plan, it produces the
 * `Documents.batchUpdate` requests that make the same document the DocumentApp fill (fill.ts)
 * makes, in one call: every edit, from the end of each segment backwards so that the indexes read
 * stay valid: values replace their tags (inserted after the tag's first character, so that
 * they take its formatting, then the tag deleted, as fill.ts does); repeated paragraphs are
 * inserted as text with newlines after the previous kept paragraph (whose style and list they
 * take, as Docs does), then given their template paragraph's exact paragraph and text styles and
 * bullets; a repeated table row is inserted below its template row and filled; unused paragraphs,
 * tables and rows are deleted.
 * Indexes are UTF-16 code units, as the API counts them
 * (https://developers.google.com/workspace/docs/api/concepts/structure).
 * What the API cannot do from a template's JSON alone (a repeated table, a repeated paragraph
 * holding a page break, a repeated section of table rows of different row or cell styles, which
 * insertTableRow cannot copy in their order) makes the plan `unsupported`:
 * the glue then fills that document with DocumentApp as before.
 */
import {
  editedText,
  renderContainer,
  sequentialLabels,
  type Edit,
  type OutputItem,
  type RenderContext,
  type RowPlan,
} from './render';
import type { FillOptions, TemplateData, TemplateProblem } from './types';
import { readContent, segmentsOf, toApi, type Node, type ParagraphInfo, type RowNode } from './document-json';

import D = GoogleAppsScript.Docs.Schema;

/** The style fields the planner sets on a repeated paragraph (the others of the template's style are copied too). */
export const TEXT_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'weightedFontFamily',
  'fontSize',
  'foregroundColor',
  'backgroundColor',
  'link',
];
export const PARAGRAPH_FIELDS = [
  'namedStyleType',
  'alignment',
  'spaceAbove',
  'spaceBelow',
  'lineSpacing',
  'indentStart',
  'indentEnd',
  'indentFirstLine',
];

/** Bullet presets by the glyph of each nesting level (cycling every three levels), as Docs draws them. */
const PRESETS: [string, string[]][] = [
  ['BULLET_DISC_CIRCLE_SQUARE', ['●', '○', '■']],
  ['NUMBERED_DECIMAL_ALPHA_ROMAN', ['DECIMAL', 'ALPHA', 'ROMAN']],
  ['NUMBERED_UPPERALPHA_ALPHA_ROMAN', ['UPPER_ALPHA', 'ALPHA', 'ROMAN']],
  ['NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL', ['UPPER_ROMAN', 'UPPER_ALPHA', 'DECIMAL']],
  ['NUMBERED_DECIMAL_NESTED', ['DECIMAL', 'DECIMAL', 'DECIMAL']],
];

export interface FillPlan {
  /** False when the API path cannot make this document (then `reason`). */
  supported: boolean;
  reason?: string;
  problems: TemplateProblem[];
  replaced: number;
  /** The requests of one Documents.batchUpdate (none: nothing to change). */
  requests: D.Request[];
}

export class Unsupported extends Error {}

/** Plans the fill of a template document (as Documents.get returned it) with data. */
export function planFill(doc: D.Document, data: TemplateData, options: FillOptions = {}): FillPlan {
  const context: RenderContext = { problems: [], replaced: 0, timeZone: options.timeZone };
  const lists = (doc.lists ?? {}) as Record<string, D.List>;
  const segments = segmentsOf(doc).map((segment) => {
    const nodes = readContent(segment.content, lists);
    const items = renderContainer(nodes, [data], sequentialLabels(segment.name, nodes), context);
    return { ...segment, nodes, items };
  });
  const plan: FillPlan = {
    supported: true,
    problems: context.problems,
    replaced: context.replaced,
    requests: [],
  };
  try {
    // The header and footer are segments of their own; the body last or first makes no difference.
    for (const segment of [...segments].reverse())
      new Writer(segment.segmentId, plan.requests).container(segment.nodes, segment.nodes, segment.items);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { ...plan, supported: false, reason: error.message, requests: [] };
  }
  return plan;
}

/** A paragraph to insert: Apps Script text, one style per character, its paragraph style and bullet. */
export interface Copy {
  text: string;
  styles: D.TextStyle[];
  style: D.ParagraphStyle;
  bullet?: ParagraphInfo['bullet'];
}

function copyOf(template: Node, item: OutputItem): Copy {
  const info = template.paragraph as ParagraphInfo;
  if (info.atoms) throw new Unsupported('a repeated paragraph holds a page break or another element');
  let text = template.text;
  const styles = [...info.styles];
  // The real text: masks (blanked section tags) are still in it; edits use the same offsets.
  for (const edit of [...item.edits].sort((a, b) => b.start - a.start)) {
    const style = styles[edit.start] ?? styles[edit.start - 1] ?? {};
    text = text.slice(0, edit.start) + edit.value + text.slice(edit.end);
    styles.splice(edit.start, edit.end - edit.start, ...new Array(edit.value.length).fill(style));
  }
  // A plain paragraph in place of a list item: no bullet and the default paragraph style, as
  // DocumentApp's insertParagraph makes it.
  if (item.plain) return { text: '', styles: [], style: {} };
  if (item.clear) return { text: '', styles: [], style: info.style, bullet: info.bullet };
  for (const link of item.links ?? [])
    for (let i = link.start; i < link.end; i++) styles[i] = { ...styles[i], link: { url: link.url } };
  return { text, styles, style: info.style, bullet: info.bullet };
}

/** The real template text of a node (render.ts's text has masked tags blanked). */
function realNode(node: Node): Node {
  return node.paragraph ? { ...node, text: node.paragraph.text } : node;
}

function withSegment<T extends object>(value: T, segmentId: string | undefined): T {
  return segmentId ? { ...value, segmentId } : value;
}

export class Writer {
  constructor(
    readonly segmentId: string | undefined,
    readonly out: D.Request[],
  ) {}

  range(startIndex: number, endIndex: number): D.Range {
    return withSegment({ startIndex, endIndex }, this.segmentId);
  }
  delete(start: number, end: number): void {
    if (start < end) this.out.push({ deleteContentRange: { range: this.range(start, end) } });
  }
  insert(index: number, text: string): void {
    if (text)
      this.out.push({ insertText: { location: withSegment({ index }, this.segmentId), text: toApi(text) } });
  }

  /**
   * A container's output: `template` are the nodes render.ts planned (a repeated row's section
   * tags masked), `now` the same children with their real text.
   */
  container(template: Node[], now: Node[], items: OutputItem[]): void {
    interruptedLists(now, items);
    const kept = template.map(() => false);
    let last = -1;
    const original = items.map((item) => {
      if (kept[item.k] || item.k < last) return false;
      kept[item.k] = true;
      last = item.k;
      return true;
    });
    const originals = items.map((_, i) => i).filter((i) => original[i]);
    for (let j = originals.length - 1; j >= 0; j--) {
      const i = originals[j];
      const k = items[i].k;
      const nextI = j + 1 < originals.length ? originals[j + 1] : items.length;
      const nextK = j + 1 < originals.length ? items[originals[j + 1]].k : now.length;
      // Unused children between this kept child and the next are deleted.
      if (nextK > k + 1) {
        if (nextK >= now.length) throw new Error('the last child of a segment is never left out');
        this.delete(now[k + 1].element.startIndex as number, now[nextK].element.startIndex as number);
      }
      const copies = items.slice(i + 1, nextI);
      if (copies.length) this.copies(template, now, k, nextK, copies);
      this.original(template[k], now[k], items[i]);
    }
    const first = originals.length ? items[originals[0]].k : now.length;
    if (first > 0) this.delete(now[0].element.startIndex as number, now[first].element.startIndex as number);
  }

  /** Paragraph copies between kept child `k` and `nextK` (or the end). */
  copies(template: Node[], now: Node[], k: number, nextK: number, items: OutputItem[]): void {
    const paragraphs: Copy[] = [];
    for (const item of items) {
      const node = template[item.k];
      if (node.rows) throw new Unsupported('a table is repeated');
      if (!node.paragraph) continue; // other elements (a table of contents) are not repeated, as in fill.ts
      paragraphs.push(copyOf(realNode(node), item));
    }
    if (!paragraphs.length) return;
    const anchor = now[k];
    if (anchor.paragraph) {
      // After the kept paragraph: "\nA\nB" at its newline; the copies take its style and list.
      const at = (anchor.element.endIndex as number) - 1;
      this.write(at + 1, paragraphs, anchor.paragraph, (text) => this.insert(at, text), 'after');
    } else {
      const next = now[nextK];
      if (!next?.paragraph) throw new Unsupported('repeated paragraphs between two tables');
      const at = anchor.element.endIndex as number;
      this.write(at, paragraphs, next.paragraph, (text) => this.insert(at, text), 'before');
    }
  }

  /**
   * Inserts paragraphs whose first starts at `start` and styles them exactly. `inherited`: the
   * paragraph whose style and bullet the new paragraphs get from Docs.
   */
  write(
    start: number,
    paragraphs: Copy[],
    inherited: Pick<ParagraphInfo, 'bullet'>,
    insert: (text: string) => void,
    mode: 'after' | 'before' | 'into',
  ): void {
    const tabs = paragraphs.map((p) =>
      p.bullet && !sameList(p.bullet, inherited.bullet) ? p.bullet.nesting : 0,
    );
    const texts = paragraphs.map((p, n) => '\t'.repeat(tabs[n]) + p.text);
    const joined = texts.join('\n');
    insert(mode === 'after' ? `\n${joined}` : mode === 'before' ? `${joined}\n` : joined);
    const starts: number[] = [];
    let at = start;
    for (const text of texts) {
      starts.push(at);
      at += text.length + 1;
    }
    // Bullets first, in document order, so that a paragraph joins the list just made before it
    // (createParagraphBullets removes the leading tabs that give the nesting level).
    let removed = 0;
    const from = starts.map((start, n) => {
      const p = paragraphs[n];
      const at = start - removed;
      const range = this.range(at, at + 1);
      if (!p.bullet) {
        if (inherited.bullet) this.out.push({ deleteParagraphBullets: { range } });
      } else if (!sameList(p.bullet, inherited.bullet)) {
        this.out.push({ createParagraphBullets: { range, bulletPreset: presetOf(p.bullet) } });
      }
      removed += tabs[n];
      return at;
    });
    // Then the exact styles, from the last paragraph backwards.
    for (let n = paragraphs.length - 1; n >= 0; n--) {
      const p = paragraphs[n];
      this.out.push({
        updateParagraphStyle: {
          range: this.range(from[n], from[n] + 1),
          paragraphStyle: paragraphStyle(p.style),
          fields: fieldsOf(p.style, PARAGRAPH_FIELDS, ['headingId', 'tabStops']),
        },
      });
      for (const run of runsOf(p.styles).reverse())
        this.out.push({
          updateTextStyle: {
            range: this.range(from[n] + run.start, from[n] + run.end),
            textStyle: run.style,
            fields: fieldsOf(run.style, TEXT_FIELDS, []),
          },
        });
    }
  }

  /** A kept child: a paragraph's edits, or a table's rows. */
  original(template: Node, now: Node, item: OutputItem): void {
    if (template.rows) {
      this.table(template, item.table ?? []);
      return;
    }
    const info = now.paragraph;
    if (!info) return;
    if (item.clear) {
      const start = now.element.startIndex as number;
      this.delete(start, (now.element.endIndex as number) - 1);
      if (item.plain && info.bullet) {
        const range = this.range(start, start + 1);
        this.out.push({ deleteParagraphBullets: { range } });
        const fields = PARAGRAPH_FIELDS.join(',');
        this.out.push({ updateParagraphStyle: { range, paragraphStyle: {}, fields } });
      }
      return;
    }
    const links = item.links ?? [];
    if (links.length && info.atoms)
      throw new Unsupported('a link with a tag in a paragraph holding another element');
    const changed =
      item.edits.length > 0 && (!!template.masks || editedText(template, item.edits) !== template.text);
    if (changed) for (const edit of [...item.edits].sort((a, b) => b.start - a.start)) this.edit(info, edit);
    // Then the links' filled addresses, over the filled text.
    const start = now.element.startIndex as number;
    for (const link of [...links].reverse())
      this.out.push({
        updateTextStyle: {
          range: this.range(start + link.start, start + link.end),
          textStyle: { link: { url: link.url } },
          fields: 'link',
        },
      });
  }

  /** Replaces a tag by its value: after the tag's first character (its formatting), then the tag deleted. */
  edit(info: ParagraphInfo, edit: Edit): void {
    const start = info.index[edit.start];
    const end = info.index[edit.end - 1] + 1;
    if (edit.value === '') {
      this.delete(start, end);
      return;
    }
    const length = toApi(edit.value).length;
    this.insert(start + 1, edit.value);
    this.delete(start + 1 + length, end + length);
    this.delete(start, start + 1);
  }

  /**
   * A kept table, from its last rows to its first: a repeated section's extra rows are inserted
   * below its template row (empty rows: one index for the row, and one for each cell before its
   * empty paragraph) and filled from the last; then the template rows are filled in place; a
   * section shown no times has its rows deleted.
   */
  table(template: Node, plans: RowPlan[]): void {
    const rows = template.rows as RowNode[];
    const tableStartLocation = withSegment({ index: template.element.startIndex as number }, this.segmentId);
    const location = (rowIndex: number) => ({ tableStartLocation, rowIndex, columnIndex: 0 });
    for (const plan of [...plans].reverse()) {
      const size = plan.last - plan.first + 1;
      const count = plan.repetitions.length;
      if (count === 0) {
        if (size === rows.length) throw new Unsupported('every row of a table is left out');
        for (let r = plan.last; r >= plan.first; r--)
          this.out.push({ deleteTableRow: { tableCellLocation: location(r) } });
        continue;
      }
      if (count > 1) {
        // New rows are inserted below the section's last row and take its style (insertTableRow
        // copies the row it is given): the rows of a section of several must share one style.
        const section = rows.slice(plan.first, plan.last + 1);
        const reference = rows[plan.last];
        if (!section.every((row) => sameRowStyle(row, reference)))
          throw new Unsupported('a repeated section of table rows of different styles');
        const cellCount = reference.cells.length;
        for (let n = size; n < count * size; n++)
          this.out.push({ insertTableRow: { tableCellLocation: location(plan.last), insertBelow: true } });
        const rowSize = 1 + 2 * cellCount;
        for (let n = count - 1; n >= 1; n--) {
          for (let i = size - 1; i >= 0; i--) {
            const rowStart = (reference.element.endIndex as number) + ((n - 1) * size + i) * rowSize;
            const templateRow = rows[plan.first + i];
            const stamp = plan.section?.stamp[i];
            const cells = plan.repetitions[n][i];
            for (let c = cellCount - 1; c >= 0; c--) {
              const templateCell = templateRow.cells[c];
              const planned = (stamp?.cells[c].children as Node[] | undefined) ?? templateCell.all;
              const output = cells[c] ?? templateCell.all.map((_, k) => ({ k, edits: [] }) as OutputItem);
              this.fillEmptyCell(planned, rowStart + 2 + 2 * c, output);
            }
          }
        }
      }
      for (let i = size - 1; i >= 0; i--) {
        const row = rows[plan.first + i];
        const stamp = plan.section?.stamp[i];
        const cells = plan.repetitions[0][i];
        for (let c = row.cells.length - 1; c >= 0; c--) {
          const cellItems = cells[c];
          const cell = row.cells[c];
          if (!cellItems || !cell.children) continue;
          this.container(
            (stamp?.cells[c].children as Node[] | undefined) ?? cell.children,
            cell.all,
            cellItems,
          );
        }
      }
    }
  }

  /** A new row's cell: its one empty paragraph (at `at`) and the paragraphs before it get the cell's output. */
  fillEmptyCell(template: Node[], at: number, items: OutputItem[]): void {
    const paragraphs: Copy[] = [];
    for (const item of items) {
      const node = template[item.k];
      if (node.rows) throw new Unsupported('a table inside a repeated table row');
      if (node.paragraph) paragraphs.push(copyOf(realNode(node), item));
    }
    if (!paragraphs.length) return;
    this.write(at, paragraphs, {}, (text) => this.insert(at, text), 'into');
  }
}

/** Rows that insertTableRow can make from one another: the same row style and cell styles. */
function sameRowStyle(a: RowNode, b: RowNode): boolean {
  const style = (row: RowNode) =>
    JSON.stringify([
      row.element.tableRowStyle ?? {},
      row.cells.map((cell) => cell.element.tableCellStyle ?? {}),
    ]);
  return style(a) === style(b);
}

/**
 * A numbered list that another list interrupts ("1. …", "- …", "2. …"): createParagraphBullets
 * joins a paragraph only to the list right before it, so the numbers after the interruption would
 * start again at 1 (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#createparagraphbulletsrequest);
 * DocumentApp's copies of a list item keep its list, so that fill makes this document.
 */
function interruptedLists(now: Node[], items: OutputItem[]): void {
  const seen = new Set<string>();
  let previous: string | undefined;
  for (const item of items) {
    const bullet = item.plain ? undefined : now[item.k]?.paragraph?.bullet;
    const list = bullet?.listId;
    if (bullet && /^[A-Z_]{4,}$/.test(bullet.glyph) && seen.has(bullet.listId) && previous !== list)
      throw new Unsupported('a numbered list interrupted by another list');
    if (list) seen.add(list);
    previous = list;
  }
}

function sameList(a: ParagraphInfo['bullet'], b: ParagraphInfo['bullet']): boolean {
  return !!a && !!b && a.listId === b.listId && a.nesting === b.nesting;
}

/**
 * The preset that draws a list as the template's does: the one whose three levels all match
 * (a "1." / "1.1." list is NUMBERED_DECIMAL_NESTED, so that an item of another level made after
 * one of its items joins that list: "If the paragraph immediately before … is in a list with a
 * matching preset, the paragraphs being updated are added to that preceding list",
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#createparagraphbulletsrequest),
 * else the one whose glyph matches at the item's level.
 */
function presetOf(bullet: NonNullable<ParagraphInfo['bullet']>): string {
  const all = bullet.glyphs && PRESETS.find(([, glyphs]) => glyphs.every((g, i) => g === bullet.glyphs?.[i]));
  if (all) return all[0];
  const level = bullet.nesting % 3;
  const found = PRESETS.find(([, glyphs]) => glyphs[level] === bullet.glyph);
  if (found) return found[0];
  return /^[●○■◆❖➢]/.test(bullet.glyph) || bullet.glyph.length <= 2 ? PRESETS[0][0] : PRESETS[1][0];
}

function paragraphStyle(style: D.ParagraphStyle): D.ParagraphStyle {
  const copy = { ...style } as Record<string, unknown>;
  // Read-only in the API: the heading's ID and the tab stops.
  delete copy.headingId;
  delete copy.tabStops;
  return copy as D.ParagraphStyle;
}

/** The modelled fields (set, or cleared when absent) and any other field the template's style carries. */
function fieldsOf(style: object, known: readonly string[], skip: readonly string[]): string {
  const names = new Set(known);
  for (const key of Object.keys(style)) if (!skip.includes(key)) names.add(key);
  return [...names].join(',');
}

function runsOf(styles: D.TextStyle[]): { start: number; end: number; style: D.TextStyle }[] {
  const runs: { start: number; end: number; style: D.TextStyle; key: string }[] = [];
  styles.forEach((style, i) => {
    const key = JSON.stringify(style);
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, style, key });
  });
  return runs.map(({ start, end, style }) => ({ start, end, style }));
}

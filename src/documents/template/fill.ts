/**
 * Fills a Google Doc template in place. Each container (body, header, footer, table cell) is read
 * once; render.ts resolves the output from that structure; here it is applied: the first use of
 * a template child keeps the original, later uses insert pristine copies, unused children are
 * removed (never copy-then-remove). A changed paragraph of uniform formatting gets one setText;
 * otherwise each tag is replaced in place so that a value takes its tag's formatting. Values
 * are inserted literally (never replaceText). Repeated table rows are stamped: the template
 * row's paragraphs get an item's text, then the row is copied.
 */
import {
  editedText,
  renderContainer,
  sequentialLabels,
  urlHasTag,
  type Link,
  type Edit,
  type OutputItem,
  type RenderContext,
  type RowPlan,
  type TemplateNode,
  type TemplateRow,
} from './render';
import type { FillOptions, FillResult, TemplateData, TemplateValue } from './types';

type Doc = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;
type Container = GoogleAppsScript.Document.ContainerElement & {
  insertParagraph(index: number, p: GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph;
  insertListItem(index: number, p: GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem;
  insertTable(index: number, t: GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table;
};
type Para = GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;

/** A child of one container in the document (the template's own, or a copy's). */
interface Handle {
  element: Element;
  para?: Para;
  table?: Table;
}

/** A template child read once, with the handles of the template's own elements. */
interface Node extends TemplateNode {
  handle?: Handle;
  rows?: Row[];
  /** One setText keeps the formatting: uniform text, nothing but text (known once edited). */
  uniform?: boolean;
}

interface Row extends TemplateRow {
  handle?: TableRow;
  cells: { text: string; children?: Node[]; handle?: Container }[];
}

export function fillDocument(doc: Doc, data: TemplateData, options: FillOptions = {}): FillResult {
  const context: RenderContext = { problems: [], replaced: 0, timeZone: options.timeZone };
  const sections: [string, Container | null][] = [
    ['body', doc.getBody() as unknown as Container],
    ['header', doc.getHeader() as unknown as Container | null],
    ['footer', doc.getFooter() as unknown as Container | null],
  ];
  for (const [name, container] of sections) {
    if (!container) continue;
    const nodes = readContainer(container);
    const items = renderContainer(nodes, [data], sequentialLabels(name, nodes), context);
    applyContainer(container, nodes, items, false);
  }
  return { problems: context.problems, replaced: context.replaced };
}

function handleOf(element: Element, type: string): Handle {
  if (type === 'TABLE') return { element, table: element.asTable() };
  if (type === 'LIST_ITEM') return { element, para: element.asListItem() };
  if (type === 'PARAGRAPH') return { element, para: element.asParagraph() };
  return { element };
}

function readContainer(container: Container): Node[] {
  const nodes: Node[] = [];
  for (let k = 0, n = container.getNumChildren(); k < n; k++) {
    const element = container.getChild(k);
    const type = String(element.getType());
    const handle = handleOf(element, type);
    const text = handle.para ? handle.para.getText() : '';
    const node: Node = { type, handle, text, rows: handle.table ? readRows(handle.table) : undefined };
    if (handle.para && text) readLinks(node, handle.para);
    nodes.push(node);
  }
  return nodes;
}

/**
 * The links of a paragraph whose address holds a tag: its formatting runs read once (which also
 * tells whether one setText keeps the formatting), and each run's link.
 */
function readLinks(node: Node, para: Para): void {
  const text = para.editAsText();
  const starts = text.getTextAttributeIndices();
  if (starts.length <= 1 && para.getNumChildren() === 1) node.uniform = true;
  const links: Link[] = [];
  starts.forEach((start, i) => {
    const url = text.getLinkUrl(start);
    if (!url || !urlHasTag(url)) return;
    const end = starts[i + 1] ?? node.text.length;
    const last = links[links.length - 1];
    if (last && last.end === start && last.url === url) last.end = end;
    else links.push({ start, end, url });
  });
  if (links.length) node.links = links;
}

function readRows(table: Table): Row[] {
  const rows: Row[] = [];
  for (let r = 0, n = table.getNumRows(); r < n; r++) {
    const handle = table.getRow(r);
    const cells: Row['cells'] = [];
    for (let c = 0, m = handle.getNumCells(); c < m; c++) {
      const cell = handle.getCell(c) as unknown as Container;
      const text = cell.getText();
      cells.push({ text, handle: cell, children: text.includes('{{') ? readContainer(cell) : undefined });
    }
    rows.push({ handle, cells });
  }
  return rows;
}

/** Whether one setText can fill a paragraph without losing formatting or inline elements. */
function isUniform(node: Node, para: Para): boolean {
  node.uniform ??= para.getNumChildren() === 1 && para.editAsText().getTextAttributeIndices().length <= 1;
  return node.uniform;
}

function changes(node: Node, item: OutputItem): boolean {
  return item.edits.length > 0 && (!!node.masks || editedText(node, item.edits) !== node.text);
}

/** Edits a paragraph (in the document or a detached copy) as its output item says. */
function editParagraph(para: Para, node: Node, item: OutputItem): void {
  if (item.clear) {
    para.setText('');
    return;
  }
  if (changes(node, item)) {
    if (node.uniform) para.setText(editedText(node, item.edits));
    else {
      const edited = para.editAsText();
      for (const edit of [...item.edits].sort((a, b) => b.start - a.start))
        replaceTag(edited, edit.start, edit.end, edit.value);
    }
  }
  // A link whose address had tags gets its filled address.
  for (const link of item.links ?? []) para.editAsText().setLinkUrl(link.start, link.end - 1, link.url);
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

/**
 * Applies a container's output. `fresh`: the container is a copy, whose children are looked up
 * (the template's handles belong to the original).
 */
function applyContainer(container: Container, nodes: Node[], items: OutputItem[], fresh: boolean): void {
  const handles: (Handle | undefined)[] = nodes.map((node) => (fresh ? undefined : node.handle));
  const get = (k: number) => (handles[k] ??= handleOf(container.getChild(k), nodes[k].type));
  // The first use of each child, in document order, keeps the original.
  const kept = nodes.map(() => false);
  let last = -1;
  const original = items.map((item) => {
    if (kept[item.k] || item.k < last) return false;
    kept[item.k] = true;
    last = item.k;
    return true;
  });
  // Read all that is needed while the children are pristine and where they were read.
  nodes.forEach((_, k) => get(k));
  items.forEach((item) => {
    const para = handles[item.k]?.para;
    if (para && changes(nodes[item.k], item)) isUniform(nodes[item.k], para);
  });
  const copies = items.map((item, i) => {
    const handle = handles[item.k] as Handle;
    return original[i] ? undefined : (handle.para ?? handle.table)?.copy();
  });
  nodes.forEach((_, k) => kept[k] || get(k).element.removeFromParent());
  let index = 0;
  items.forEach((item, i) => {
    const node = nodes[item.k];
    const copy = copies[i];
    if (!original[i] && !copy) return; // other elements (e.g. a table of contents) are not repeated
    if (node.rows) {
      const table = copy ? container.insertTable(index, copy as Table) : (get(item.k).table as Table);
      applyTable(table, node.rows, item.table ?? [], fresh || !!copy);
    } else if (item.plain && node.type === 'LIST_ITEM') {
      // An emptied list item that must stay (a cell's last paragraph): an empty paragraph instead.
      (container as unknown as GoogleAppsScript.Document.Body).insertParagraph(index, '');
      if (!copy) get(item.k).element.removeFromParent();
    } else if (copy) {
      editParagraph(copy as Para, node, item);
      if (node.type === 'LIST_ITEM')
        container.insertListItem(index, copy as GoogleAppsScript.Document.ListItem);
      else container.insertParagraph(index, copy as GoogleAppsScript.Document.Paragraph);
    } else {
      const para = get(item.k).para;
      if (para) editParagraph(para, node, item);
    }
    index++;
  });
}

function applyTable(table: Table, rows: Row[], plans: RowPlan[], fresh: boolean): void {
  const handles = rows.map((row, r) => (fresh ? table.getRow(r) : (row.handle as TableRow)));
  let offset = 0;
  for (const plan of plans) {
    if (plan.section) {
      offset += applySection(
        table,
        plan.first + offset,
        plan,
        handles.slice(plan.first, plan.last + 1),
        fresh,
      );
    } else {
      applyRow(handles[plan.first], rows[plan.first], plan.repetitions[0][0], fresh);
    }
  }
}

function cellOf(row: TableRow, rowNode: Row, c: number, fresh: boolean): Container {
  return fresh ? (row.getCell(c) as unknown as Container) : (rowNode.cells[c].handle as Container);
}

function applyRow(row: TableRow, rowNode: Row, cells: (OutputItem[] | undefined)[], fresh: boolean): void {
  cells.forEach((items, c) => {
    const children = rowNode.cells[c].children;
    if (items && children) applyContainer(cellOf(row, rowNode, c, fresh), children, items, fresh);
  });
}

/**
 * A repeated section of rows starting at row `at`: each repetition whose cells keep their
 * paragraphs (one each, uniform formatting) is stamped onto the template rows, which are then
 * copied (the last repetition keeps the template rows); any other repetition inserts a pristine
 * copy and fills it. Returns the number of rows added.
 */
function applySection(table: Table, at: number, plan: RowPlan, handles: TableRow[], fresh: boolean): number {
  const stamp = (plan.section as { stamp: Row[] }).stamp;
  // Paragraph handles of the template rows, and whether each repetition can be stamped.
  const paras = stamp.map((row, i) =>
    row.cells.map((cell, c) => {
      const nodes = (cell.children ?? []) as Node[];
      const container = fresh && nodes.length ? cellOf(handles[i], row, c, true) : undefined;
      return nodes.map((node, k) =>
        container ? handleOf(container.getChild(k), node.type).para : node.handle?.para,
      );
    }),
  );
  const stampable = plan.repetitions.map((repetition) =>
    repetition.every((cells, i) =>
      cells.every((items, c) => {
        const nodes = stamp[i].cells[c].children as Node[];
        return (
          !items ||
          (items.length === nodes.length &&
            items.every((item, k) => {
              const para = paras[i][c][k];
              if (item.k !== k || item.table || item.clear || item.links) return false;
              return item.edits.length === 0 || (!!para && isUniform(nodes[k], para));
            }))
        );
      }),
    ),
  );
  const pristine = stampable.every(Boolean) ? [] : handles.map((row) => row.copy());
  const current = stamp.map((row) => row.cells.map((cell) => (cell.children ?? []).map((node) => node.text)));
  const last = plan.repetitions.length - 1;
  let made = 0;
  plan.repetitions.forEach((repetition, n) => {
    if (!stampable[n]) {
      pristine.forEach((row, i) => {
        const copy = table.insertTableRow(at + made++, row.copy());
        applyRow(copy, stamp[i], repetition[i], true);
      });
      return;
    }
    const blanks: [number, number, number][] = [];
    repetition.forEach((cells, i) =>
      cells.forEach((items, c) =>
        items?.forEach((item, k) => {
          if (item.edits.length === 0) return;
          const text = editedText(stamp[i].cells[c].children?.[k] as Node, item.edits);
          // A stamp paragraph is never emptied before the last copy: it would lose its formatting.
          if (text === '' && n < last) blanks.push([i, c, k]);
          else if (text !== current[i][c][k]) {
            paras[i][c][k]?.setText(text);
            current[i][c][k] = text;
          }
        }),
      ),
    );
    if (n === last) return;
    handles.forEach((row, i) => {
      const copy = table.insertTableRow(at + made++, row.copy());
      for (const [, c, k] of blanks.filter(([j]) => j === i)) {
        const node = stamp[i].cells[c].children?.[k] as Node;
        handleOf(copy.getCell(c).getChild(k), node.type).para?.setText('');
      }
    });
  });
  if (last >= 0 && stampable[last]) return made;
  handles.forEach((row) => row.removeFromParent());
  return made - handles.length;
}

export type { TemplateValue, Edit };

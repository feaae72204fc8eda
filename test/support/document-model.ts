/** Comparing document models made two ways (DocumentApp's fill and the Docs API's). */
import type { BlockModel, DocumentModel } from '../../src/offline/services/document/serialize';

type Inline = {
  text?: { text: string; attrs: Record<string, unknown> }[];
  pageBreak?: true;
  horizontalRule?: true;
};

/**
 * A model with what the two ways may differ in and Docs does not distinguish taken out: runs
 * merged across Text elements, empty Texts, a paragraph marked NORMAL and one without a heading;
 * widths of columns the table does not have, or none (evenly distributed) after the last set one;
 * list IDs are named in order of appearance (which paragraphs share a list is compared), or
 * erased (`eraseLists`: where the Docs API cannot put a paragraph into a list other than the one
 * just before it).
 */
export function normalModel(
  model: Pick<DocumentModel, 'name' | 'body' | 'header' | 'footer'>,
  options: { eraseLists?: boolean } = {},
) {
  const lists = new Map<string, string>();
  const blocks = (list: BlockModel[] | null): unknown =>
    list?.map((block) => {
      if (block.type === 'TABLE')
        return {
          ...block,
          widths: columnWidths(block),
          rows: block.rows.map((row) => ({
            ...row,
            cells: row.cells.map((cell) => ({ ...cell, children: blocks(cell.children) })),
          })),
        };
      const runs: { text: string; attrs: Record<string, unknown> }[] = [];
      const children: unknown[] = [];
      for (const inline of block.children as Inline[]) {
        if (!inline.text) {
          children.push(inline);
          continue;
        }
        for (const run of inline.text) {
          const last = runs[runs.length - 1];
          if (last && JSON.stringify(last.attrs) === JSON.stringify(run.attrs)) last.text += run.text;
          else if (run.text) runs.push({ ...run });
        }
      }
      const attrs = { ...block.attrs };
      if (attrs.HEADING === 'NORMAL') delete attrs.HEADING;
      const rest = { ...block } as BlockModel & { listId?: string };
      if (rest.listId !== undefined && options.eraseLists) delete rest.listId;
      else if (rest.listId !== undefined) {
        if (!lists.has(rest.listId)) lists.set(rest.listId, `list ${lists.size + 1}`);
        rest.listId = lists.get(rest.listId);
      }
      return { ...rest, attrs, children: [...(runs.length ? [{ text: runs }] : []), ...children] };
    }) ?? null;
  return {
    name: model.name,
    body: blocks(model.body),
    header: blocks(model.header),
    footer: blocks(model.footer),
  };
}

/** A table's column widths as Docs has them: one per column, none after the last fixed one. */
function columnWidths(table: Extract<BlockModel, { type: 'TABLE' }>): (number | null)[] {
  const columns = Math.max(0, ...table.rows.map((row) => row.cells.length));
  const widths = Array.from({ length: columns }, (_, c) => table.widths[c] ?? null);
  while (widths.length && widths[widths.length - 1] === null) widths.pop();
  return widths;
}

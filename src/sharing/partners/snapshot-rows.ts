/**
 * The rows of the Partner snapshots sheet as they change (pure): each kept row in its place, a
 * replaced partner's row rewritten only when what was agreed changed (its "Updated" time kept
 * otherwise), and the blocks of rows a write must cover.
 */
import type { Cell } from '../../workbook/values';

/** Index of "Updated" in a snapshot row (after Partner, CBO ID, Values). */
const UPDATED = 3;

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

/** Whether two snapshot rows agree on everything but their "Updated" time (trailing blanks ignored). */
export function sameAgreement(a: readonly Cell[], b: readonly Cell[]): boolean {
  const width = Math.max(a.length, b.length);
  for (let i = 0; i < width; i++) if (i !== UPDATED && text(a[i]) !== text(b[i])) return false;
  return true;
}

/**
 * The new rows, in the old order: a row of a partner without fresh rows is kept; a replaced
 * partner's row becomes its fresh row (the old one when only the time differs), or goes when the
 * fresh rows no longer have it. The fresh rows used are taken out of their map; the caller appends
 * what is left (new CBOs, new partners).
 */
export function snapshotGrid(
  old: readonly (readonly Cell[])[],
  freshOf: (row: readonly Cell[]) => Map<string, Cell[]> | undefined,
  keyOf: (row: readonly Cell[]) => string,
): Cell[][] {
  const rows: Cell[][] = [];
  for (const row of old) {
    const fresh = freshOf(row);
    if (!fresh) {
      rows.push(row.slice());
      continue;
    }
    const key = keyOf(row);
    const next = fresh.get(key);
    if (!next) continue;
    fresh.delete(key);
    rows.push(sameAgreement(row, next) ? row.slice() : next);
  }
  return rows;
}

/**
 * Row blocks [from, to) (0-based) where `after` differs from `before`, including the rows past
 * the end of the shorter one; more than `max` blocks become one, from the first to the last.
 */
export function writeBlocks(
  before: readonly (readonly Cell[])[],
  after: readonly (readonly Cell[])[],
  max: number,
): { from: number; to: number }[] {
  const blocks: { from: number; to: number }[] = [];
  const height = Math.max(before.length, after.length);
  for (let r = 0; r < height; r++) {
    const a = before[r] ?? [];
    const b = after[r] ?? [];
    const width = Math.max(a.length, b.length);
    let changed = r >= before.length || r >= after.length;
    for (let c = 0; !changed && c < width; c++) changed = text(a[c]) !== text(b[c]);
    if (!changed) continue;
    const last = blocks[blocks.length - 1];
    if (last && last.to === r) last.to = r + 1;
    else blocks.push({ from: r, to: r + 1 });
  }
  if (blocks.length > max) return [{ from: blocks[0].from, to: blocks[blocks.length - 1].to }];
  return blocks;
}

/**
 * Which CBOs columns a collect must read (pure). The merge needs the master's value of a cell only
 * where the copy's differs from what was agreed (or nothing was agreed): a copy cell equal to its
 * snapshot is agreed whatever the master holds. So CBOs is read by its CBO ID and Partner columns,
 * plus the columns where some copy row of a CBO in CBOs changed, never whole.
 */
import { CBOS } from '../../workbook/contract';
import { Table } from '../../workbook/table';
import type { Cell } from '../../workbook/values';
import { meaningKey } from './master-form';
import { headerColumns, idKey, KEY_COLUMNS, valueKey, type Snapshot } from './merge';

/**
 * Indexes (0-based) of the master's columns whose values the merge of this copy looks at, besides
 * CBO ID and Partner. `master`: CBOs' header, with at least its CBO ID column read.
 */
export function masterColumnsNeeded(
  master: Table,
  copyValues: readonly (readonly Cell[])[],
  base: Snapshot,
  timeZone: string,
): number[] {
  const copy = Table.fromValues(CBOS.name, CBOS, copyValues);
  if (!copy.headerMap.index.has('CBO ID')) return [];
  const copyColumns = new Map(headerColumns(copy).map((c) => [c.key, c]));
  const shared = headerColumns(master).filter((c) => copyColumns.has(c.key) && !KEY_COLUMNS.has(c.key));
  const inMaster = new Set(master.rows.map((row) => idKey(master.get(row, 'CBO ID'))));
  const needed = new Set<number>();
  for (const row of copy.rows) {
    const key = idKey(copy.get(row, 'CBO ID'));
    // A new CBO (not in CBOs) is appended from the copy alone.
    if (!key || !inMaster.has(key)) continue;
    const agreed = base.get(key);
    for (const c of shared) {
      const value = valueKey(row.cells[copyColumns.get(c.key)!.index], timeZone);
      const was = agreed?.[c.key];
      // By meaning, as the merge compares (TRUE and Yes, ២៥ and 25 are agreed).
      if (was === undefined || (was !== value && meaningKey(was, c.key) !== meaningKey(value, c.key)))
        needed.add(c.index);
    }
  }
  return [...needed].sort((a, b) => a - b);
}

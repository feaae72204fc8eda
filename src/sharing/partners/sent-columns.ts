/**
 * Which CBOs columns a partner copy carries (pure): the contract's, and of the user's own columns
 * only those named in Settings › Partner columns. Staff keep internal columns (a budget, notes
 * about the partner) in CBOs without sending them to every partner. A column a copy was sent
 * before stays collected from that copy (its snapshot has it) until the copy is refreshed.
 */
import { CBOS, SETTING } from '../../workbook/contract';
import { normalizeHeader } from '../../workbook/headers';
import { foldKey } from '../../workbook/matching';
import type { Settings } from '../../workbook/settings';
import { cleanText } from '../../workbook/values';
import type { Snapshot } from './merge';

/** Every contract header and alias of CBOs, normalized. */
const CONTRACT = new Set(CBOS.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]).map(normalizeHeader));

export const isContractColumn = (key: string): boolean => CONTRACT.has(key);

/** Settings › Partner columns: the headers named (commas, semicolons or lines between), normalized. */
export function partnerColumnsSetting(settings: Settings): Set<string> {
  const text = cleanText(settings.raw.get(foldKey(SETTING.partnerColumns)));
  return new Set(
    text
      .split(/[,;\n]+/)
      .map(normalizeHeader)
      .filter(Boolean),
  );
}

/** The indexes (0-based, in sheet order) of the CBOs columns (merge.ts headerColumns) a copy carries. */
export function sentColumns(
  columns: readonly { key: string; index: number }[],
  named: ReadonlySet<string>,
): number[] {
  return columns
    .filter((c) => CONTRACT.has(c.key) || named.has(c.key))
    .map((c) => c.index)
    .sort((a, b) => a - b);
}

/** The column keys a copy was sent, as its snapshot has them. */
export function snapshotColumns(base: Snapshot): Set<string> {
  const keys = new Set<string>();
  for (const values of base.values()) for (const key of Object.keys(values)) keys.add(key);
  return keys;
}

/**
 * A CBO ID changed in a partner copy (pure). A row whose ID is neither in CBOs nor in what was sent
 * would be a new CBO, and a sent ID missing from the copy a deleted one: a changed ID would become
 * a second CBO. So such a row is matched against the sent IDs missing from the copy, by place (it
 * sits between the same rows as the missing ID did) and by its other values (the same CBO name, or
 * at least half of its filled values, a third at the same place); a match is held back as a
 * conflict (merge.ts), never guessed either way.
 */
import { normalizeHeader } from '../../workbook/headers';
import type { Snapshot } from './merge';

export interface ChangedIdInput {
  /** rowKeys of the copy's rows (merge.ts), '' for a row without ID. */
  copyKeys: readonly string[];
  /** Indexes of the copy rows that would be new CBOs (their ID neither in CBOs nor sent). */
  unknown: readonly number[];
  /** Sent row keys missing from the copy (that would be flagged as deleted). */
  missing: readonly string[];
  base: Snapshot;
  /** The value key (merge.ts valueKey) of a copy cell, by copy row and column key. */
  valueOf: (r: number, column: string) => string;
  /** Column keys compared (the shared columns but CBO ID and Partner). */
  columns: readonly string[];
}

const NAMES = ['CBO name', 'CBO name (Khmer)'].map(normalizeHeader);
const START = '\u0002';

/** Copy row index → the sent row key it most likely was. */
export function changedIds(input: ChangedIdInput): Map<number, string> {
  const { copyKeys, base, columns, missing, unknown } = input;
  const found = new Map<number, string>();
  if (!missing.length || !unknown.length) return found;
  const sent = [...base.keys()];
  const place = new Map(sent.map((key, i) => [key, [sent[i - 1] ?? START, sent[i + 1] ?? START]]));
  const pairs: { r: number; key: string; score: number }[] = [];
  for (const r of unknown) {
    const above = copyKeys[r - 1] ?? START;
    const below = copyKeys[r + 1] ?? START;
    for (const key of missing) {
      const values = base.get(key)!;
      let filled = 0;
      let same = 0;
      let sameName = false;
      for (const column of columns) {
        const value = input.valueOf(r, column);
        const was = values[column] ?? '';
        if (!value && !was) continue;
        filled++;
        if (value === was) {
          same++;
          if (NAMES.includes(column)) sameName = true;
        }
      }
      const [before, after] = place.get(key)!;
      const samePlace = above === before || below === after;
      if (sameName || (same > 0 && (same * 2 >= filled || (samePlace && same * 3 >= filled))))
        pairs.push({ r, key, score: (sameName ? 2 : 0) + (samePlace ? 1 : 0) + same / filled });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (found.has(pair.r) || taken.has(pair.key)) continue;
    found.set(pair.r, pair.key);
    taken.add(pair.key);
  }
  return found;
}

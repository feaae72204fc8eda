/**
 * Finding columns by header text, never by position. Matching ignores case, surrounding
 * spaces, repeated inner spaces and a trailing `*` (the contract's rule).
 */
import type { ColumnSpec } from './contract';
import { cleanText, SPACE_CLASS, type Cell } from './values';

const INNER_SPACE = new RegExp(`${SPACE_CLASS}+`, 'g');

export function normalizeHeader(header: Cell): string {
  return cleanText(header)
    .replace(/\s*\*+$/, '')
    .replace(INNER_SPACE, ' ')
    .trim()
    .toLowerCase();
}

export interface HeaderMap {
  /** Column index (0-based) of each contract header that is present. */
  index: Map<string, number>;
  /** Contract columns with no header in the sheet. */
  missing: ColumnSpec[];
  /** Headers the contract does not know, kept untouched. */
  unknown: { index: number; header: string }[];
  /** Contract headers that appear more than once: the first one is used. */
  duplicates: { header: string; index: number }[];
}

/** Maps a header row onto contract columns. */
export function mapHeaders(headerRow: readonly Cell[], columns: readonly ColumnSpec[]): HeaderMap {
  const wanted = new Map<string, ColumnSpec>();
  for (const column of columns) {
    wanted.set(normalizeHeader(column.header), column);
    for (const alias of column.aliases ?? []) wanted.set(normalizeHeader(alias), column);
  }
  const index = new Map<string, number>();
  const unknown: HeaderMap['unknown'] = [];
  const duplicates: HeaderMap['duplicates'] = [];
  headerRow.forEach((cell, i) => {
    const key = normalizeHeader(cell);
    if (key === '') return;
    const column = wanted.get(key);
    if (!column) {
      unknown.push({ index: i, header: cleanText(cell) });
    } else if (index.has(column.header)) {
      duplicates.push({ header: column.header, index: i });
    } else {
      index.set(column.header, i);
    }
  });
  const missing = columns.filter((column) => !index.has(column.header));
  return { index, missing, unknown, duplicates };
}

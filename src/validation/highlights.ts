/**
 * Problem cells in the input sheets get a fill and a note; the next run takes away only what the
 * previous run added. Pure: the glue reads the backgrounds and notes of one area once, this
 * module computes the new arrays and the memory to keep (in DocumentProperties) for next time.
 *
 * The memory lists, per sheet, each cell the tool marked with the user's own fill that it covered.
 * The user's own note stays in the cell, after the tool's text and a blank line, so the memory
 * need not keep it (10,000 marked cells with Khmer notes fit in the document properties: 9 KB a
 * value, 500 KB a store). A marked cell whose fill the user has changed since keeps the user's
 * fill; a note the user has rewritten (no longer starting with NOTE_PREFIX) is kept too. When the
 * memory would still be too large to store, it records only `all`: the next run then clears every
 * cell that carries a tool fill and a tool note (user fills under those marks are not restored then).
 */
import type { Severity } from '../workbook/problem';

export const ERROR_FILL = '#f4c7c3';
export const WARNING_FILL = '#fce8b2';
export const DEFAULT_FILL = '#ffffff';
export const NOTE_PREFIX = 'CBO Tracker: ';
const NOTE_SEPARATOR = '\n\n';

/** A problem cell: sheet row and column numbers (1-based). */
export interface CellMark {
  row: number;
  column: number;
  severity: Severity;
  text: string;
}

/**
 * [row, column, the user's fill (when not the default)]. Memories written by earlier versions also
 * carry the user's note as a fourth element; it is still honoured.
 */
export type MarkedCell = [number, number, string?, string?];

export interface SheetMemory {
  cells: MarkedCell[];
  /** The cell list was too large to keep: clear every tool mark in the sheet. */
  all?: boolean;
}

export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The smallest area holding every cell to mark or to restore, within the sheet's data range. */
export function highlightArea(
  marks: readonly CellMark[],
  memory: SheetMemory | undefined,
  lastRow: number,
  lastColumn: number,
): Area | undefined {
  if (memory?.all)
    return lastRow > 0 && lastColumn > 0
      ? { row: 1, column: 1, rows: lastRow, columns: lastColumn }
      : undefined;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const take = (row: number, column: number) => {
    if (row < 1 || column < 1 || row > lastRow || column > lastColumn) return;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  };
  for (const mark of marks) take(mark.row, mark.column);
  for (const [row, column] of memory?.cells ?? []) take(row, column);
  return bottom === 0
    ? undefined
    : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function isToolFill(color: string): boolean {
  const lower = color.toLowerCase();
  return lower === ERROR_FILL || lower === WARNING_FILL;
}

/** The user's note kept under a tool note (after the first blank line), '' when none. */
export function userNoteOf(note: string): string {
  if (!note.startsWith(NOTE_PREFIX)) return note;
  const at = note.indexOf(NOTE_SEPARATOR);
  return at < 0 ? '' : note.slice(at + NOTE_SEPARATOR.length);
}

/** A mark's text on one paragraph per line: no blank line, which separates the user's note. */
function markLine(text: string): string {
  return text.replace(/\n\s*\n/g, '\n');
}

function isDefaultFill(color: string | null | undefined): boolean {
  return !color || color.toLowerCase() === DEFAULT_FILL;
}

export interface HighlightResult {
  /** Fills to write back (null: no fill). */
  backgrounds: (string | null)[][];
  notes: string[][];
  memory: SheetMemory;
}

/** The fills and notes of `area` after removing the previous marks and adding the new ones. */
export function applyHighlights(
  area: Area,
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  marks: readonly CellMark[],
  memory: SheetMemory | undefined,
): HighlightResult {
  const fills: (string | null)[][] = backgrounds.map((row) =>
    row.map((color) => (isDefaultFill(color) ? null : color)),
  );
  const texts: string[][] = notes.map((row) => row.map((note) => note ?? ''));
  const inside = (row: number, column: number) =>
    row >= area.row &&
    row < area.row + area.rows &&
    column >= area.column &&
    column < area.column + area.columns;

  // 1. Take away the previous run's marks.
  const restore = (i: number, j: number, userFill?: string, userNote?: string) => {
    const fill = fills[i][j];
    if (fill && isToolFill(fill)) fills[i][j] = userFill ?? null;
    if (texts[i][j].startsWith(NOTE_PREFIX)) texts[i][j] = userNote ?? userNoteOf(texts[i][j]);
  };
  if (memory?.all) {
    for (let i = 0; i < area.rows; i++) {
      for (let j = 0; j < area.columns; j++) {
        if (texts[i][j].startsWith(NOTE_PREFIX) && isToolFill(fills[i][j] ?? '')) restore(i, j);
      }
    }
  }
  for (const [row, column, userFill, userNote] of memory?.cells ?? []) {
    if (inside(row, column)) restore(row - area.row, column - area.column, userFill, userNote);
  }

  // 2. Mark this run's problem cells (an error wins over a warning in the same cell).
  const byCell = new Map<string, { row: number; column: number; error: boolean; lines: string[] }>();
  for (const mark of marks) {
    if (!inside(mark.row, mark.column)) continue;
    const key = `${mark.row},${mark.column}`;
    const cell = byCell.get(key) ?? { row: mark.row, column: mark.column, error: false, lines: [] };
    cell.error = cell.error || mark.severity === 'error';
    const line = markLine(mark.text);
    if (!cell.lines.includes(line)) cell.lines.push(line);
    byCell.set(key, cell);
  }
  const cells: MarkedCell[] = [];
  for (const cell of byCell.values()) {
    const i = cell.row - area.row;
    const j = cell.column - area.column;
    // A tool mark left by a run the memory does not know (memory lost) is not the user's.
    const fill = fills[i][j];
    const userFill = fill && !isToolFill(fill) ? fill : undefined;
    const userNote = userNoteOf(texts[i][j]) || undefined;
    fills[i][j] = cell.error ? ERROR_FILL : WARNING_FILL;
    texts[i][j] = NOTE_PREFIX + cell.lines.join('\n') + (userNote ? NOTE_SEPARATOR + userNote : '');
    const entry: MarkedCell = [cell.row, cell.column];
    if (userFill !== undefined) entry.push(userFill);
    cells.push(entry);
  }
  return { backgrounds: fills, notes: texts, memory: { cells } };
}

/**
 * Memory of every sheet as stored: JSON split into chunks under one property prefix. Apps Script
 * allows 9 KB a value and 500 KB a property store, counted in bytes (UTF-8), so chunks are cut by
 * bytes and the memory keeps well under the store's limit, leaving room for the other properties.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export const MEMORY_KEY = 'cboTracker.validation.marks';
/** Bytes of one chunk (with its key, under the 9 KB of a value). */
export const CHUNK_BYTES = 8000;
/** Bytes the whole memory may take in the document properties. */
export const MAX_MEMORY_BYTES = 200000;

/** UTF-8 length without Node's Buffer (the bundle runs in Apps Script). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Cuts text into pieces of at most `max` UTF-8 bytes, never inside a character. */
export function chunkByBytes(text: string, max: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code < 0xdc00 && i + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > max) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

export function encodeMemory(
  memory: Record<string, SheetMemory>,
  previousKeys: readonly string[],
): Record<string, string> {
  let json = JSON.stringify(memory);
  if (utf8Length(json) > MAX_MEMORY_BYTES) {
    const small: Record<string, SheetMemory> = {};
    for (const sheet of Object.keys(memory)) small[sheet] = { cells: [], all: true };
    json = JSON.stringify(small);
  }
  const properties: Record<string, string> = {};
  chunkByBytes(json, CHUNK_BYTES).forEach((chunk, i) => (properties[`${MEMORY_KEY}.${i}`] = chunk));
  for (const key of previousKeys) if (!(key in properties)) properties[key] = '';
  return properties;
}

export function memoryKeys(properties: Record<string, string>): string[] {
  return Object.keys(properties).filter((key) => key.startsWith(`${MEMORY_KEY}.`));
}

/** The stored memory; anything unreadable counts as no memory (nothing is restored). */
export function decodeMemory(properties: Record<string, string>): Record<string, SheetMemory> {
  const chunks: string[] = [];
  for (let i = 0; properties[`${MEMORY_KEY}.${i}`]; i++) chunks.push(properties[`${MEMORY_KEY}.${i}`]);
  if (chunks.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(chunks.join(''));
    const memory: Record<string, SheetMemory> = {};
    if (!parsed || typeof parsed !== 'object') return {};
    for (const [sheet, value] of Object.entries(parsed as Record<string, unknown>)) {
      const v = value as Partial<SheetMemory>;
      if (!v || !Array.isArray(v.cells)) continue;
      const cells = v.cells.filter(
        (cell): cell is MarkedCell =>
          Array.isArray(cell) &&
          typeof cell[0] === 'number' &&
          typeof cell[1] === 'number' &&
          (cell[2] == null || typeof cell[2] === 'string') &&
          (cell[3] == null || typeof cell[3] === 'string'),
      );
      memory[sheet] = {
        cells: cells.map(([r, c, f, n]) => [r, c, f || undefined, n ?? undefined] as MarkedCell),
        all: v.all === true,
      };
    }
    return memory;
  } catch {
    return {};
  }
}

/**
 * What a problem mark is (pure): the fill and note of a problem cell, the user's own note kept
 * under the tool's text after a blank line, and the tools to keep a memory of marks in the
 * document properties (9 KB a value, 500 KB a store, counted in UTF-8 bytes). marks.ts plans the
 * marks of a run as changes; this module also reads the memory of the earlier format (cells with
 * the user's fill and note) so that marks written before are still taken away.
 */
import type { Severity } from '../workbook/problem';

export const ERROR_FILL = '#f4c7c3';
export const WARNING_FILL = '#fce8b2';
export const NOTE_PREFIX = 'CBO Tracker: ';
const NOTE_SEPARATOR = '\n\n';

/** A problem cell: sheet row and column numbers (1-based). */
export interface CellMark {
  row: number;
  column: number;
  severity: Severity;
  text: string;
}

/** Earlier memory format: [row, column, the user's fill, the user's note]. */
export type MarkedCell = [number, number, string?, string?];

export interface SheetMemory {
  cells: MarkedCell[];
  /** The cell list was too large to keep: clear every tool mark in the sheet. */
  all?: boolean;
}

/** The user's note kept under a tool note (after the first blank line), '' when none. */
export function userNoteOf(note: string): string {
  if (!note.startsWith(NOTE_PREFIX)) return note;
  const at = note.indexOf(NOTE_SEPARATOR);
  return at < 0 ? '' : note.slice(at + NOTE_SEPARATOR.length);
}

/**
 * Property keys of the earlier memory format (JSON in chunks). Apps Script allows 9 KB a value and
 * 500 KB a property store, counted in bytes (UTF-8).
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export const MEMORY_KEY = 'cboTracker.validation.marks';

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

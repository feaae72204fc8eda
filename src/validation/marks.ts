/**
 * Problem marks written as changes (pure): a run writes only the cells whose mark is new, changed
 * or removed, never the bounding box of all marks. The memory (document properties) keeps, per
 * marked cell, a short hash of its mark and the user's own fill it covered, so an unchanged mark is
 * neither read nor written again. The cells that may change are read first (their fill and note),
 * in one strip per column, so the user's own fill and note are kept under a mark and come back
 * when the mark goes. The user's note stays in the cell after the tool's text and a blank line.
 *
 * When the memory would be too large to store, it records only `all` for a sheet: the next run then
 * reads the sheet's whole data area and clears every cell carrying a tool fill and a tool note.
 */
import {
  chunkByBytes,
  decodeMemory,
  ERROR_FILL,
  MEMORY_KEY,
  NOTE_PREFIX,
  userNoteOf,
  utf8Length,
  WARNING_FILL,
  type CellMark,
} from './highlights';

/** [row, column, hash of the mark, the user's fill under it (when not the default)]. */
export type MarkEntry = [number, number, string, string?];

export interface MarkMemory {
  cells: MarkEntry[];
  /** The list was too large to keep: every tool mark of the sheet is to be cleared. */
  all?: boolean;
}

export const MARKS_KEY = 'cboTracker.validation.cellMarks';
const CHUNK_BYTES = 7000;
/** Bytes the memory may take in the document properties (a store holds 500 KB in all). */
export const MAX_MARKS_BYTES = 250000;

const SEPARATOR = '\n\n';

function isToolFill(color: string | null | undefined): boolean {
  const lower = (color ?? '').toLowerCase();
  return lower === ERROR_FILL || lower === WARNING_FILL;
}

function normalFill(color: string | null | undefined): string | null {
  return !color || color.toLowerCase() === '#ffffff' ? null : color.toLowerCase();
}

/** FNV-1a of a mark's severity and text, base 36 (a few characters). */
export function markHash(error: boolean, lines: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = `${error ? 'E' : 'W'}${lines.join('\n')}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // 30 bits are plenty to tell a cell's mark from its previous one.
  return (h >>> 2).toString(36);
}

export interface CellPlan {
  row: number;
  column: number;
  error: boolean;
  lines: string[];
  hash: string;
}

/** This run's marks by cell ("row,column"): an error wins over a warning in the same cell. */
export function planCells(marks: readonly CellMark[]): Map<string, CellPlan> {
  const byCell = new Map<string, CellPlan>();
  for (const mark of marks) {
    const key = `${mark.row},${mark.column}`;
    const cell = byCell.get(key) ?? { row: mark.row, column: mark.column, error: false, lines: [], hash: '' };
    cell.error = cell.error || mark.severity === 'error';
    // One paragraph per line: a blank line separates the user's note.
    const line = mark.text.replace(/\n\s*\n/g, '\n');
    if (!cell.lines.includes(line)) cell.lines.push(line);
    byCell.set(key, cell);
  }
  for (const cell of byCell.values()) cell.hash = markHash(cell.error, cell.lines);
  return byCell;
}

/** A column strip to read: rows from..to (1-based, inclusive) of one column. */
export interface Strip {
  column: number;
  from: number;
  to: number;
}

export interface ReadPlan {
  cells: Map<string, CellPlan>;
  /** Cells whose mark is new, changed or removed ("row,column"). */
  changing: Set<string>;
  strips: Strip[];
}

/** Which cells may change and the strips that hold them (within the sheet's data area). */
export function planRead(
  marks: readonly CellMark[],
  memory: MarkMemory | undefined,
  lastRow: number,
  lastColumn: number,
): ReadPlan {
  const cells = planCells(marks);
  const changing = new Set<string>();
  const previous = new Map((memory?.cells ?? []).map((entry) => [`${entry[0]},${entry[1]}`, entry]));
  for (const [key, cell] of cells) if (previous.get(key)?.[2] !== cell.hash) changing.add(key);
  for (const key of previous.keys()) if (!cells.has(key)) changing.add(key);
  const inside = (key: string) => {
    const [row, column] = key.split(',').map(Number);
    return row >= 1 && column >= 1 && row <= lastRow && column <= lastColumn;
  };
  for (const key of [...changing]) if (!inside(key)) changing.delete(key);
  const strips = new Map<number, Strip>();
  if (memory?.all && lastRow > 1) {
    for (let column = 1; column <= lastColumn; column++) strips.set(column, { column, from: 2, to: lastRow });
  }
  for (const key of changing) {
    const [row, column] = key.split(',').map(Number);
    const strip = strips.get(column);
    if (!strip) strips.set(column, { column, from: row, to: row });
    else {
      strip.from = Math.min(strip.from, row);
      strip.to = Math.max(strip.to, row);
    }
  }
  return { cells, changing, strips: [...strips.values()].sort((a, b) => a.column - b.column) };
}

/** What was read of a cell: its fill ('#rrggbb' or null) and its note. */
export interface CellState {
  fill: string | null;
  note: string;
}

/** One cell to write: its new fill (null: none) and note. */
export interface CellWrite {
  row: number;
  column: number;
  fill: string | null;
  note: string;
}

/**
 * The writes of this run and the memory to keep. `read` holds every cell of the strips
 * ("row,column" → state; cells missing from it are empty).
 */
export function planWrites(
  plan: ReadPlan,
  read: ReadonlyMap<string, CellState>,
  memory: MarkMemory | undefined,
): { writes: CellWrite[]; memory: MarkMemory } {
  const previous = new Map((memory?.cells ?? []).map((entry) => [`${entry[0]},${entry[1]}`, entry]));
  const writes: CellWrite[] = [];
  const kept: MarkEntry[] = [];
  const visit = new Set(plan.changing);
  if (memory?.all) for (const key of read.keys()) visit.add(key);
  for (const key of visit) {
    const [row, column] = key.split(',').map(Number);
    const state = read.get(key) ?? { fill: null, note: '' };
    const fill = normalFill(state.fill);
    const note = state.note ?? '';
    const before = previous.get(key);
    // A tool mark: the one the memory knows, or any tool fill with a tool note (memory lost or `all`).
    const toolNote = note.startsWith(NOTE_PREFIX);
    const marked = before !== undefined || (toolNote && isToolFill(fill));
    // Under a tool fill lies the user's fill the memory kept (none when the memory does not know it).
    const baseFill = isToolFill(fill) ? (before?.[3] ?? null) : fill;
    const baseNote = toolNote ? userNoteOf(note) : note;
    const cell = plan.cells.get(key);
    let newFill: string | null;
    let newNote: string;
    if (cell) {
      newFill = cell.error ? ERROR_FILL : WARNING_FILL;
      newNote = NOTE_PREFIX + cell.lines.join('\n') + (baseNote ? SEPARATOR + baseNote : '');
      const entry: MarkEntry = [row, column, cell.hash];
      if (baseFill) entry.push(baseFill);
      kept.push(entry);
    } else {
      if (!marked && !toolNote) continue;
      newFill = baseFill;
      newNote = baseNote;
    }
    if (newFill !== fill || newNote !== note) writes.push({ row, column, fill: newFill, note: newNote });
  }
  // Unchanged marks are neither read nor written: their memory stays.
  for (const [key, cell] of plan.cells) {
    if (visit.has(key)) continue;
    const before = previous.get(key);
    if (before && before[2] === cell.hash) kept.push(before);
  }
  kept.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  writes.sort((a, b) => a.row - b.row || a.column - b.column);
  return { writes, memory: { cells: kept } };
}

/**
 * One sheet's memory as stored: `c` lists the cells as "row.column.hash[.fill]" joined by "|", rows
 * as the difference from the previous cell's row and numbers in base 36, fills as indexes into `f`
 * (10,000 marked cells take about 150 KB).
 */
interface StoredSheet {
  c: string;
  f?: string[];
  all?: boolean;
}

function packSheet(memory: MarkMemory): StoredSheet {
  const fills: string[] = [];
  let previousRow = 0;
  const parts = memory.cells.map(([row, column, hash, fill]) => {
    const delta = (row - previousRow).toString(36);
    previousRow = row;
    let part = `${delta}.${column.toString(36)}.${hash}`;
    if (fill) {
      let index = fills.indexOf(fill);
      if (index < 0) index = fills.push(fill) - 1;
      part += `.${index.toString(36)}`;
    }
    return part;
  });
  return { c: parts.join('|'), ...(fills.length ? { f: fills } : {}), ...(memory.all ? { all: true } : {}) };
}

function unpackSheet(stored: StoredSheet): MarkMemory | undefined {
  if (typeof stored?.c !== 'string') return undefined;
  const fills = Array.isArray(stored.f) ? stored.f.map(String) : [];
  const cells: MarkEntry[] = [];
  let row = 0;
  for (const part of stored.c ? stored.c.split('|') : []) {
    const [delta, column, hash, fill] = part.split('.');
    row += parseInt(delta, 36);
    const c = parseInt(column, 36);
    if (!Number.isFinite(row) || !Number.isFinite(c) || hash === undefined) return undefined;
    const entry: MarkEntry = [row, c, hash];
    if (fill !== undefined && fills[parseInt(fill, 36)]) entry.push(fills[parseInt(fill, 36)]);
    cells.push(entry);
  }
  return { cells, ...(stored.all === true ? { all: true } : {}) };
}

/** The marks memory of every sheet as document properties (chunks cut by UTF-8 bytes). */
export function encodeMarks(
  memory: Record<string, MarkMemory>,
  previousKeys: readonly string[],
): Record<string, string> {
  const packed: Record<string, StoredSheet> = {};
  for (const [sheet, value] of Object.entries(memory)) packed[sheet] = packSheet(value);
  let json = JSON.stringify(packed);
  if (utf8Length(json) > MAX_MARKS_BYTES) {
    const small: Record<string, StoredSheet> = {};
    for (const sheet of Object.keys(memory)) small[sheet] = { c: '', all: true };
    json = JSON.stringify(small);
  }
  const properties: Record<string, string> = {};
  chunkByBytes(json, CHUNK_BYTES).forEach((chunk, i) => (properties[`${MARKS_KEY}.${i}`] = chunk));
  // Keys of an earlier, longer memory (and of the older memory format) are emptied.
  for (const key of previousKeys) if (!(key in properties)) properties[key] = '';
  return properties;
}

/** Stored property keys of the marks memory, in this format and the older one. */
export function marksKeys(properties: Record<string, string>): string[] {
  return Object.keys(properties).filter(
    (key) => key.startsWith(`${MARKS_KEY}.`) || key.startsWith(`${MEMORY_KEY}.`),
  );
}

/**
 * The stored marks memory; anything unreadable counts as no memory. A memory of the older format
 * (cells without a hash) is read as marks to look at again.
 */
export function decodeMarks(properties: Record<string, string>): Record<string, MarkMemory> {
  const chunks: string[] = [];
  for (let i = 0; properties[`${MARKS_KEY}.${i}`]; i++) chunks.push(properties[`${MARKS_KEY}.${i}`]);
  if (chunks.length === 0) {
    const legacy = decodeMemory(properties);
    const out: Record<string, MarkMemory> = {};
    for (const [sheet, value] of Object.entries(legacy)) {
      out[sheet] = {
        cells: value.cells.map(([r, c, fill]) => (fill ? [r, c, '', fill] : [r, c, '']) as MarkEntry),
        ...(value.all ? { all: true } : {}),
      };
    }
    return out;
  }
  try {
    const parsed: unknown = JSON.parse(chunks.join(''));
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Record<string, MarkMemory> = {};
    for (const [sheet, value] of Object.entries(parsed as Record<string, StoredSheet>)) {
      const memory = unpackSheet(value);
      if (memory) out[sheet] = memory;
    }
    return out;
  } catch {
    return {};
  }
}

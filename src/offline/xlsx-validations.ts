/**
 * Dropdowns (data validations) as an .xlsx stores them: one rule per rectangle of cells. exceljs
 * keeps a rule per cell and, when it writes, squeezes alike cells into rectangles, but it visits
 * the cells in text order ("D10" before "D2"), so a column's rule comes out twice, overlapping
 * (`D10:D1000` and `D2:D1000`). Before a write the runtime gives exceljs the rectangles itself, each
 * cell in exactly one; a workbook's own dropdowns are kept as they are (their cells and rules).
 */
import type ExcelJS from 'exceljs';

type Model = Record<string, ExcelJS.DataValidation>;

interface Cell {
  row: number;
  column: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let out = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

const address = (cell: Cell) => `${columnLetters(cell.column)}${cell.row}`;

/** Every cell of an address of the model ("D5", or "D2:E9" when already a rectangle). */
function cellsOf(key: string): Cell[] | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(key);
  if (!match) return undefined;
  const [left, top] = [columnNumber(match[1]), Number(match[2])];
  const [right, bottom] = match[3] ? [columnNumber(match[3]), Number(match[4])] : [left, top];
  const cells: Cell[] = [];
  for (let column = Math.min(left, right); column <= Math.max(left, right); column++)
    for (let row = Math.min(top, bottom); row <= Math.max(top, bottom); row++) cells.push({ row, column });
  return cells;
}

/**
 * The same rules, keyed by rectangles that cover each cell once: a column's run of rows with the
 * same rule is one rectangle, widened over the neighbouring columns that have the same run.
 */
export function rectangleModel(model: Model): Model {
  const groups = new Map<string, { rule: ExcelJS.DataValidation; cells: Map<string, Cell> }>();
  const out: Model = {};
  for (const [key, rule] of Object.entries(model)) {
    const cells = cellsOf(key);
    if (!cells || !rule) {
      if (rule) out[key] = rule;
      continue;
    }
    const id = JSON.stringify(rule);
    const group = groups.get(id) ?? { rule, cells: new Map<string, Cell>() };
    for (const cell of cells) group.cells.set(address(cell), cell);
    groups.set(id, group);
  }
  for (const { rule, cells } of groups.values()) {
    // Runs of rows, column by column.
    const byColumn = new Map<number, number[]>();
    for (const cell of cells.values()) {
      const rows = byColumn.get(cell.column) ?? [];
      rows.push(cell.row);
      byColumn.set(cell.column, rows);
    }
    const runs: { column: number; top: number; bottom: number }[] = [];
    for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
      const rows = byColumn.get(column)!.sort((a, b) => a - b);
      let top = rows[0];
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
        runs.push({ column, top, bottom: rows[i - 1] });
        top = rows[i];
      }
    }
    // Neighbouring columns with the same run make one rectangle.
    const open = new Map<string, { left: number; right: number; top: number; bottom: number }>();
    const rectangles: { left: number; right: number; top: number; bottom: number }[] = [];
    for (const run of runs) {
      const span = `${run.top}:${run.bottom}`;
      const rectangle = open.get(span);
      if (rectangle && rectangle.right === run.column - 1) rectangle.right = run.column;
      else {
        const fresh = { left: run.column, right: run.column, top: run.top, bottom: run.bottom };
        rectangles.push(fresh);
        open.set(span, fresh);
      }
    }
    for (const r of rectangles) {
      const from = address({ row: r.top, column: r.left });
      const to = address({ row: r.bottom, column: r.right });
      out[from === to ? from : `${from}:${to}`] = rule;
    }
  }
  return out;
}

/**
 * Writes with every sheet's dropdowns as rectangles (rectangleModel), then puts the per-cell rules
 * back, so the workbook in memory is as it was.
 */
export async function withRectangleValidations<T>(
  workbook: ExcelJS.Workbook,
  write: () => Promise<T>,
): Promise<T> {
  const kept: { holder: { model: Model }; model: Model }[] = [];
  for (const sheet of workbook.worksheets) {
    const holder = (sheet as unknown as { dataValidations?: { model: Model } }).dataValidations;
    if (!holder?.model || Object.keys(holder.model).length === 0) continue;
    kept.push({ holder, model: holder.model });
    holder.model = rectangleModel(holder.model);
  }
  try {
    return await write();
  } finally {
    for (const { holder, model } of kept) holder.model = model;
  }
}

/**
 * Writes the problem marks (Apps Script glue): reads the fill and note of the cells whose mark may
 * change in one `Sheets.Spreadsheets.get` (a strip per column), and writes only the cells that
 * change in one `Sheets.Spreadsheets.batchUpdate`. Unchanged marks are neither read nor written.
 */
import { spreadsheetsApi, sendRequests } from '../sheets/advanced';
import { a1Of, fillAndNote, hexOf, type Request } from '../sheets/requests';
import type { CellMark } from './highlights';
import {
  decodeMarks,
  encodeMarks,
  marksKeys,
  planRead,
  planWrites,
  type CellState,
  type MarkMemory,
  type ReadPlan,
} from './marks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MarkedSheet {
  name: string;
  marks: readonly CellMark[];
  lastRow: number;
  lastColumn: number;
}

const READ_FIELDS =
  'sheets(properties(title),data(startRow,startColumn,rowData(values(note,userEnteredFormat(backgroundColor)))))';

/** Marks the problem cells of the sheets; returns how many cells were written. */
export function writeMarks(
  spreadsheet: Spreadsheet,
  sheets: readonly MarkedSheet[],
  sheetIdOf: (name: string) => number | undefined,
): number {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const previous = decodeMarks(stored);
  const plans = new Map<string, { sheet: MarkedSheet; plan: ReadPlan }>();
  const ranges: string[] = [];
  for (const sheet of sheets) {
    const plan = planRead(sheet.marks, previous[sheet.name], sheet.lastRow, sheet.lastColumn);
    plans.set(sheet.name, { sheet, plan });
    for (const strip of plan.strips)
      ranges.push(a1Of(sheet.name, strip.from, strip.column, strip.to - strip.from + 1, 1));
  }
  const read = new Map<string, Map<string, CellState>>();
  if (ranges.length > 0) {
    const got = spreadsheetsApi().get(spreadsheet.getId(), { ranges, fields: READ_FIELDS });
    for (const sheet of got.sheets ?? []) {
      const cells = new Map<string, CellState>();
      for (const data of sheet.data ?? []) {
        (data.rowData ?? []).forEach((row, i) => {
          (row.values ?? []).forEach((cell, j) => {
            const fill = hexOf(cell.userEnteredFormat?.backgroundColor);
            if (!fill && !cell.note) return;
            cells.set(`${(data.startRow ?? 0) + i + 1},${(data.startColumn ?? 0) + j + 1}`, {
              fill,
              note: cell.note ?? '',
            });
          });
        });
      }
      read.set(sheet.properties?.title ?? '', cells);
    }
  }
  const memory: Record<string, MarkMemory> = {};
  const requests: Request[] = [];
  let written = 0;
  for (const { sheet, plan } of plans.values()) {
    const result = planWrites(plan, read.get(sheet.name) ?? new Map(), previous[sheet.name]);
    if (result.memory.cells.length > 0) memory[sheet.name] = result.memory;
    // Neighbouring rows of a column go in one request.
    if (result.writes.length === 0) continue;
    const sheetId = sheetIdOf(sheet.name);
    if (sheetId === undefined) continue;
    const writes = result.writes.slice().sort((a, b) => a.column - b.column || a.row - b.row);
    for (let i = 0; i < writes.length;) {
      let j = i + 1;
      while (
        j < writes.length &&
        writes[j].column === writes[i].column &&
        writes[j].row === writes[j - 1].row + 1
      )
        j++;
      requests.push(fillAndNote(sheetId, writes[i].row, writes[i].column, writes.slice(i, j)));
      i = j;
    }
    written += writes.length;
  }
  sendRequests(spreadsheet.getId(), requests);
  properties.setProperties(encodeMarks(memory, marksKeys(stored)));
  return written;
}

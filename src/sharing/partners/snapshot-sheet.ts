/**
 * The Partner snapshots sheet (Apps Script glue): what each partner was sent or last agreed, one
 * row per partner and CBO. Only the rows that change are written, in place: a collect that agrees
 * one cell per partner rewrites one row per partner, not the whole sheet. A new sheet, and a write
 * of many rows, are Sheets API requests (one batchUpdate with the caller's others): their text
 * goes in as text (`stringValue`), so no number formats are read to keep it literal.
 */
import { foldKey } from '../../workbook/matching';
import { literalCell, type Cell } from '../../workbook/values';
import { ensureGrid, readValues, rectangular, writeOutputSheet } from '../../sheets/io';
import { sendRequests } from '../../sheets/advanced';
import { colorOf, literalCellData, type Request } from '../../sheets/requests';
import { HEADER_BACKGROUND, type SheetInfo } from '../setup/requests';
import {
  snapshotHeader,
  snapshotRowKeys,
  snapshotRows,
  SNAPSHOT_HEADER,
  SNAPSHOT_SHEET,
  type Snapshot,
} from './merge';
import { snapshotGrid, writeBlocks } from './snapshot-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** At most this many writes for the changed rows; more, and the span from the first to the last is written. */
const MAX_BLOCKS = 20;
/**
 * From this many cells the changed rows go into the batchUpdate: a REST call costs about a second,
 * and its cells half what setValues' do (10 µs against 20, src/offline/services/cost.ts).
 */
export const API_CELLS = 50_000;
/** The sheet ID a new Partner snapshots sheet gets (or the first free one after it). */
const SNAPSHOT_SHEET_ID = 2000;

/** Cells of rows for updateCells: literal (text is never read as a number, date or formula). */
function rowData(rows: readonly (readonly Cell[])[], timeZone: string) {
  return rows.map((row) => ({ values: row.map((cell) => literalCellData(cell, timeZone)) }));
}

/**
 * Replaces the snapshots of the partners given (keyed by foldKey of the partner), keeping the
 * others, and returns the Sheets API requests still to send (the caller sends them in its
 * batchUpdate). `existing`: the sheet's values as read by the caller in this execution (read here
 * when not given). `infos`: every sheet's info as read (one Spreadsheets.get); a new sheet's is
 * added to it, for the caller to plan its protection.
 */
export function snapshotWrites(
  spreadsheet: Spreadsheet,
  replaced: Map<string, { name: string; snapshot: Snapshot }>,
  time: string,
  existing?: readonly (readonly Cell[])[],
  infos?: Map<string, SheetInfo>,
): Request[] {
  const old = existing ?? readValues(spreadsheet, SNAPSHOT_SHEET) ?? [];
  const fresh = new Map<string, Map<string, Cell[]>>();
  for (const [partnerKey, { name, snapshot }] of replaced) {
    const rows = new Map<string, Cell[]>();
    const keyOf = snapshotRowKeys();
    for (const row of snapshotRows(name, snapshot, time)) rows.set(keyOf(row), row);
    fresh.set(partnerKey, rows);
  }
  const rows = snapshotGrid(old.slice(1), (row) => fresh.get(foldKey(row[0])), snapshotRowKeys());
  for (const mine of fresh.values()) rows.push(...mine.values());
  // Long snapshots continue in more columns; trailing blanks of kept rows do not count.
  const width = rows.reduce((max, row) => {
    let n = row.length;
    while (n > SNAPSHOT_HEADER.length && (row[n - 1] === '' || row[n - 1] == null)) n--;
    return Math.max(max, n);
  }, SNAPSHOT_HEADER.length);
  const header = snapshotHeader(width);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheet = infos
    ? infos.has(SNAPSHOT_SHEET) && spreadsheet.getSheetByName(SNAPSHOT_SHEET)
    : spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  const requests: Request[] = [];
  if (!sheet) {
    // A new sheet: made, filled and hidden (tool-internal, out of the way of the tabs users work
    // in) in the one batchUpdate.
    const taken = new Set(
      infos ? [...infos.values()].map((i) => i.sheetId) : spreadsheet.getSheets().map((s) => s.getSheetId()),
    );
    let sheetId = SNAPSHOT_SHEET_ID;
    while (taken.has(sheetId)) sheetId++;
    const info: SheetInfo = {
      sheetId,
      title: SNAPSHOT_SHEET,
      // At least a new sheet's 1,000 × 26 grid.
      rowCount: Math.max(rows.length + 1, 1000),
      columnCount: Math.max(width, 26),
      protectedRanges: [],
    };
    requests.push(
      {
        addSheet: {
          properties: {
            sheetId,
            title: SNAPSHOT_SHEET,
            hidden: true,
            gridProperties: { rowCount: info.rowCount, columnCount: info.columnCount, frozenRowCount: 1 },
          },
        },
      },
      {
        updateCells: {
          start: { sheetId, rowIndex: 0, columnIndex: 0 },
          rows: [
            {
              values: header.map((h) => ({
                userEnteredValue: { stringValue: h },
                userEnteredFormat: {
                  textFormat: { bold: true },
                  backgroundColor: colorOf(HEADER_BACKGROUND),
                },
              })),
            },
          ],
          fields: 'userEnteredValue,userEnteredFormat(textFormat.bold,backgroundColor)',
        },
      },
    );
    if (rows.length)
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: 1, columnIndex: 0 },
          rows: rowData(rectangular(rows, width), timeZone),
          fields: 'userEnteredValue',
        },
      });
    infos?.set(SNAPSHOT_SHEET, info);
    return requests;
  }
  const oldWidth = old[0]?.length ?? 0;
  const sameHeader = oldWidth === width && header.every((h, i) => String(old[0][i] ?? '') === h);
  if (!sameHeader) {
    const written = writeOutputSheet(
      spreadsheet,
      SNAPSHOT_SHEET,
      header,
      rows.map((row) => row.map(literalCell)),
    );
    if (!written.isSheetHidden()) written.hideSheet();
    return requests;
  }
  const before = rectangular(old.slice(1), width);
  const after = rectangular(rows, width);
  const blocks = writeBlocks(before, after, MAX_BLOCKS);
  const valuesOf = (block: { from: number; to: number }) => {
    const values = after.slice(block.from, block.to);
    // Rows past the new end are blanked.
    while (values.length < block.to - block.from) values.push(new Array<Cell>(width).fill(''));
    return values;
  };
  const cells = blocks.reduce((n, block) => n + (block.to - block.from) * width, 0);
  if (cells >= API_CELLS) {
    const sheetId = sheet.getSheetId();
    const rowCount = infos?.get(SNAPSHOT_SHEET)?.rowCount ?? sheet.getMaxRows();
    if (rows.length + 1 > rowCount)
      requests.push({ appendDimension: { sheetId, dimension: 'ROWS', length: rows.length + 1 - rowCount } });
    for (const block of blocks)
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: block.from + 1, columnIndex: 0 },
          rows: rowData(valuesOf(block), timeZone),
          fields: 'userEnteredValue',
        },
      });
  } else {
    ensureGrid(sheet, rows.length + 1, width);
    for (const block of blocks) {
      const values = valuesOf(block).map((row) => row.map(literalCell));
      sheet.getRange(block.from + 2, 1, values.length, width).setValues(values);
    }
  }
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  return requests;
}

/** snapshotWrites, its requests sent in one batchUpdate. */
export function writeSnapshots(
  spreadsheet: Spreadsheet,
  replaced: Map<string, { name: string; snapshot: Snapshot }>,
  time: string,
  existing?: readonly (readonly Cell[])[],
): void {
  sendRequests(spreadsheet.getId(), snapshotWrites(spreadsheet, replaced, time, existing));
}

/**
 * The Partner snapshots sheet (Apps Script glue): what each partner was sent or last agreed, one
 * row per partner and CBO. Only the rows that change are written, in place: a collect that agrees
 * one cell per partner rewrites one row per partner, not the whole sheet.
 */
import { foldKey } from '../../workbook/matching';
import { literalCell, type Cell } from '../../workbook/values';
import { ensureGrid, readValues, rectangular, writeOutputSheet } from '../../sheets/io';
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
 * Replaces the snapshots of the partners given (keyed by foldKey of the partner), keeping the
 * others. `existing`: the sheet's values as read by the caller in this execution (read here when
 * not given).
 */
export function writeSnapshots(
  spreadsheet: Spreadsheet,
  replaced: Map<string, { name: string; snapshot: Snapshot }>,
  time: string,
  existing?: readonly (readonly Cell[])[],
): void {
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
  const sheet = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  const oldWidth = old[0]?.length ?? 0;
  const sameHeader = oldWidth === width && header.every((h, i) => String(old[0][i] ?? '') === h);
  if (!sheet || !sameHeader) {
    const written = writeOutputSheet(
      spreadsheet,
      SNAPSHOT_SHEET,
      header,
      rows.map((row) => row.map(literalCell)),
    );
    // Tool-internal (and protected): out of the way of the tabs users work in.
    if (!written.isSheetHidden()) written.hideSheet();
    return;
  }
  ensureGrid(sheet, rows.length + 1, width);
  const before = rectangular(old.slice(1), width);
  const after = rectangular(rows, width);
  for (const block of writeBlocks(before, after, MAX_BLOCKS)) {
    const values = after.slice(block.from, block.to).map((row) => row.map(literalCell));
    // Rows past the new end are blanked.
    while (values.length < block.to - block.from) values.push(new Array<Cell>(width).fill(''));
    sheet.getRange(block.from + 2, 1, values.length, width).setValues(values);
  }
  if (!sheet.isSheetHidden()) sheet.hideSheet();
}

/** The Partner snapshots sheet (Apps Script glue): what each partner was sent, rewritten per run. */
import { foldKey } from '../../workbook/matching';
import { literalCell } from '../../workbook/values';
import { readValues, writeOutputSheet } from '../../sheets/io';
import { snapshotHeader, snapshotRows, SNAPSHOT_HEADER, SNAPSHOT_SHEET, type Snapshot } from './merge';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Replaces the snapshots of the partners given, keeping the others. */
export function writeSnapshots(
  spreadsheet: Spreadsheet,
  replaced: Map<string, { name: string; snapshot: Snapshot }>,
  time: string,
) {
  const existing = readValues(spreadsheet, SNAPSHOT_SHEET);
  const keep = (existing ?? []).slice(1).filter((row) => !replaced.has(foldKey(row[0])));
  const rows = [...keep];
  for (const { name, snapshot } of replaced.values()) rows.push(...snapshotRows(name, snapshot, time));
  // Long snapshots continue in more columns; trailing blanks of kept rows do not count.
  const width = rows.reduce((max, row) => {
    let n = row.length;
    while (n > SNAPSHOT_HEADER.length && (row[n - 1] === '' || row[n - 1] == null)) n--;
    return Math.max(max, n);
  }, SNAPSHOT_HEADER.length);
  const sheet = writeOutputSheet(
    spreadsheet,
    SNAPSHOT_SHEET,
    snapshotHeader(width),
    rows.map((row) => row.map(literalCell)),
  );
  // Tool-internal (and protected): out of the way of the tabs users work in.
  if (!sheet.isSheetHidden()) sheet.hideSheet();
}

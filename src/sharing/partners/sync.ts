/**
 * "Create partner sheets" and "Collect partner updates" (Apps Script glue). Calls grow with the
 * number of partners, never with the number of rows: each sheet is read once and written once.
 */
import { CBOS, GEOGRAPHY, LISTS, PARTNERS, SETTINGS } from '../../workbook/contract';
import { foldKey } from '../../workbook/matching';
import { settingsFromValues } from '../../workbook/settings';
import { Table } from '../../workbook/table';
import { cleanText, literalCell, type Cell } from '../../workbook/values';
import { a1, readValues, rectangular, writeOutputSheet } from '../../sheets/workbook';
import { logTime, toolEntry } from '../changelog/entries';
import { appendLogRows } from '../changelog/log';
import { applyProtections } from '../protection/apply';
import { protectionSettings } from '../protection/plan';
import { applyValidation } from '../setup/apply';
import { planSheet, planValidations, type SheetState } from '../setup/plan';
import {
  issueRow,
  mergePartnerCopy,
  PARTNER_SHEET_COLUMN,
  readSnapshots,
  rowsOfPartner,
  snapshotOf,
  snapshotRows,
  SNAPSHOT_HEADER,
  SNAPSHOT_SHEET,
  SYNC_CONFLICTS_HEADER,
  SYNC_CONFLICTS_SHEET,
  type Snapshot,
} from './merge';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PartnerCopySummary {
  partner: string;
  id: string;
  url: string;
  cbos: number;
  editors: string[];
}

function fail(message: string): never {
  throw new Error(message);
}

/** Partners with their sheet row, name and e-mails. */
function partnerRows(spreadsheet: Spreadsheet) {
  const values =
    readValues(spreadsheet, PARTNERS.name) ?? fail('There is no "Partners" sheet: run "Set up sheets".');
  const table = Table.fromValues(PARTNERS.name, PARTNERS, values);
  const partners = table.rows
    .map((row) => ({
      row,
      name: cleanText(table.get(row, 'Partner')),
      emails: cleanText(table.get(row, 'Email'))
        .split(/[,;\s]+/)
        .filter((e) => e.includes('@')),
      sheetId: cleanText(table.get(row, PARTNER_SHEET_COLUMN)),
    }))
    .filter((p) => p.name);
  return { values, table, partners };
}

/** Writes the partner sheet IDs into Partners (a tool column at the end, added when missing). */
function recordPartnerSheets(spreadsheet: Spreadsheet, table: Table, ids: Map<number, string>): void {
  const sheet = spreadsheet.getSheetByName(PARTNERS.name)!;
  let column = table.column(PARTNER_SHEET_COLUMN) + 1;
  if (column === 0) {
    column = Math.max(sheet.getLastColumn(), table.headerRow.length) + 1;
    if (column > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    sheet.getRange(1, column).setValue(PARTNER_SHEET_COLUMN).setFontWeight('bold');
  }
  const last = Math.max(...ids.keys());
  if (!Number.isFinite(last) || last < 2) return;
  const current = sheet.getRange(2, column, last - 1, 1).getValues() as Cell[][];
  // Plain-text format: the IDs are written as they are (no apostrophe needed).
  const values = current.map((row, i) => [ids.get(i + 2) ?? row[0]]);
  sheet
    .getRange(2, column, last - 1, 1)
    .setNumberFormat('@')
    .setValues(values);
}

function writeSnapshots(
  spreadsheet: Spreadsheet,
  replaced: Map<string, { name: string; snapshot: Snapshot }>,
  time: string,
) {
  const existing = readValues(spreadsheet, SNAPSHOT_SHEET);
  const keep = (existing ?? []).slice(1).filter((row) => !replaced.has(foldKey(row[0])));
  const rows = [...keep];
  for (const { name, snapshot } of replaced.values()) rows.push(...snapshotRows(name, snapshot, time));
  writeOutputSheet(
    spreadsheet,
    SNAPSHOT_SHEET,
    SNAPSHOT_HEADER,
    rows.map((row) => row.map(literalCell)),
  );
}

function stateOfValues(values: Cell[][] | undefined): SheetState | undefined {
  if (!values) return undefined;
  return {
    header: values[0] ?? [],
    lastRow: values.length,
    lastColumn: values[0]?.length ?? 0,
    maxRows: values.length,
  };
}

/** Creates one spreadsheet per partner with its CBOs rows, dropdowns and protections. */
export function createPartnerCopies(spreadsheet: Spreadsheet): PartnerCopySummary[] {
  const cbosValues =
    readValues(spreadsheet, CBOS.name) ?? fail('There is no "CBOs" sheet: run "Set up sheets".');
  const master = Table.fromValues(CBOS.name, CBOS, cbosValues);
  if (!master.headerMap.index.has('CBO ID') || !master.headerMap.index.has('Partner')) {
    fail('CBOs needs its "CBO ID" and "Partner" columns: run "Set up sheets".');
  }
  const lists = readValues(spreadsheet, LISTS.name);
  const geography = readValues(spreadsheet, GEOGRAPHY.name);
  const settings = settingsFromValues(readValues(spreadsheet, SETTINGS.name));
  const protection = protectionSettings(settings);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const { table, partners } = partnerRows(spreadsheet);
  const ids = new Map<number, string>();
  const snapshots = new Map<string, { name: string; snapshot: Snapshot }>();
  const out: PartnerCopySummary[] = [];
  const header = master.headerRow.map((h) => literalCell(h as Cell));
  const width = header.length;
  for (const partner of partners) {
    const rows = rowsOfPartner(master, partner.name);
    const copy = SpreadsheetApp.create(`${settings.organisation || 'CBO Tracker'}: CBOs of ${partner.name}`);
    const sheet = copy.getSheets()[0];
    sheet.setName(CBOS.name);
    const values = rectangular([header, ...rows.map((row) => row.cells.map(literalCell))], width);
    if (values.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    if (width > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, values.length, width).setValues(values);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(1);
    // Lists and Geography travel with the copy so that its dropdowns work.
    const copied = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>([[CBOS.name, sheet]]);
    for (const [name, data] of [
      [LISTS.name, lists],
      [GEOGRAPHY.name, geography],
    ] as const) {
      if (!data || data.length === 0) continue;
      const extra = copy.insertSheet(name);
      const grid = rectangular(data.map((row) => row.map(literalCell)));
      extra.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
      copied.set(name, extra);
    }
    const plans = [
      planSheet(CBOS, stateOfValues(values)),
      planSheet(LISTS, stateOfValues(lists)),
      planSheet(GEOGRAPHY, stateOfValues(geography)),
    ];
    for (const rule of planValidations(plans)) {
      if (rule.sheet !== CBOS.name) continue;
      if (rule.header === 'Partner') {
        applyValidation(copy, copied, { ...rule, source: { type: 'list', values: [partner.name] } });
      } else if (rule.source.type === 'list' || copied.has(rule.source.sheet)) {
        applyValidation(copy, copied, rule);
      }
    }
    applyProtections(copy, protection);
    if (partner.emails.length) copy.addEditors(partner.emails);
    ids.set(partner.row.rowNumber, copy.getId());
    snapshots.set(foldKey(partner.name), {
      name: partner.name,
      snapshot: snapshotOf(master, rows, timeZone),
    });
    out.push({
      partner: partner.name,
      id: copy.getId(),
      url: copy.getUrl(),
      cbos: rows.length,
      editors: partner.emails,
    });
  }
  if (ids.size) recordPartnerSheets(spreadsheet, table, ids);
  writeSnapshots(spreadsheet, snapshots, logTime(new Date(), timeZone));
  applyProtections(spreadsheet, protection);
  return out;
}

export interface CollectSummary {
  partners: { partner: string; updated: number; appended: number; issues: number; refused?: string }[];
  updated: number;
  appended: number;
  conflicts: number;
}

/** Merges every partner copy into CBOs; conflicts and flags go to Sync conflicts. */
export function collectPartnerCopies(spreadsheet: Spreadsheet): CollectSummary {
  const cbosSheet = spreadsheet.getSheetByName(CBOS.name) ?? fail('There is no "CBOs" sheet.');
  const range = cbosSheet.getDataRange();
  const values = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  const master = Table.fromValues(CBOS.name, CBOS, values);
  if (!master.headerMap.index.has('CBO ID')) fail('CBOs has no "CBO ID" column: nothing can be collected.');
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  const time = logTime(now, timeZone);
  const user = Session.getEffectiveUser().getEmail();
  const snapshots = readSnapshots(readValues(spreadsheet, SNAPSHOT_SHEET));
  const { partners } = partnerRows(spreadsheet);
  const summary: CollectSummary = { partners: [], updated: 0, appended: 0, conflicts: 0 };
  const grid = values.map((row) => row.slice());
  const appended: Cell[][] = [];
  const log: Cell[][] = [];
  const issues: Cell[][] = [];
  const newSnapshots = new Map<string, { name: string; snapshot: Snapshot }>();
  for (const partner of partners) {
    if (!partner.sheetId) continue;
    let copyValues: Cell[][] | undefined;
    try {
      copyValues = readValues(SpreadsheetApp.openById(partner.sheetId), CBOS.name);
    } catch (error) {
      const refused = `The copy of ${partner.name} (${partner.sheetId}) cannot be opened: ${(error as Error).message}`;
      summary.partners.push({ partner: partner.name, updated: 0, appended: 0, issues: 0, refused });
      issues.push([partner.name, '', '', '', '', '', time, refused].map(literalCell));
      continue;
    }
    if (!copyValues) {
      const refused = `The copy of ${partner.name} has no "CBOs" sheet: nothing was collected.`;
      summary.partners.push({ partner: partner.name, updated: 0, appended: 0, issues: 0, refused });
      issues.push([partner.name, '', '', '', '', '', time, refused].map(literalCell));
      continue;
    }
    const base = snapshots.get(foldKey(partner.name)) ?? new Map();
    const merge = mergePartnerCopy({ partner: partner.name, master, copyValues, base, timeZone });
    if (merge.refused)
      issues.push([partner.name, '', 'CBO ID', '', '', '', time, merge.refused].map(literalCell));
    for (const update of merge.updates) {
      grid[update.rowNumber - 1][update.index] = update.value;
      log.push(
        toolEntry(
          now,
          timeZone,
          `${user} (from ${partner.name})`,
          CBOS.name,
          a1(update.rowNumber, update.index + 1),
          update.oldValue,
          update.value,
        ),
      );
    }
    const firstNew = values.length + appended.length + 1;
    merge.appends.forEach((row, i) => {
      appended.push(row.cells);
      log.push(
        toolEntry(
          now,
          timeZone,
          `${user} (from ${partner.name})`,
          CBOS.name,
          `A${firstNew + i}`,
          '',
          `New CBO ${row.cboId}`,
        ),
      );
    });
    for (const issue of merge.issues) issues.push(issueRow(issue, time).map(literalCell));
    if (!merge.refused)
      newSnapshots.set(foldKey(partner.name), { name: partner.name, snapshot: merge.snapshot });
    summary.partners.push({
      partner: partner.name,
      updated: merge.updates.length,
      appended: merge.appends.length,
      issues: merge.issues.length,
      refused: merge.refused,
    });
    summary.updated += merge.updates.length;
    summary.appended += merge.appends.length;
  }
  summary.conflicts = issues.length;
  if (summary.updated > 0) {
    // One write of the whole sheet: formulas stay formulas, text stays text.
    const out = grid.map((row, r) =>
      row.map((cell, c) => (formulas[r]?.[c] ? formulas[r][c] : literalCell(cell))),
    );
    range.setValues(out);
  }
  if (appended.length) {
    const width = values[0].length;
    cbosSheet.getRange(values.length + 1, 1, appended.length, width).setValues(
      rectangular(
        appended.map((row) => row.map(literalCell)),
        width,
      ),
    );
  }
  appendLogRows(spreadsheet, log);
  writeOutputSheet(spreadsheet, SYNC_CONFLICTS_SHEET, SYNC_CONFLICTS_HEADER, issues);
  if (newSnapshots.size) writeSnapshots(spreadsheet, newSnapshots, time);
  return summary;
}

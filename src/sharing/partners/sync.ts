/**
 * "Create partner sheets" and "Collect partner updates" (Apps Script glue). Calls grow with the
 * number of partners, never with the number of rows: each sheet is read once and written once.
 */
import { parseLanguage, type Language } from '../../i18n/language';
import { MESSAGES, t, type MessageKey } from '../../i18n/messages';
import { CBOS, GEOGRAPHY, LISTS, PARTNERS, SETTINGS } from '../../workbook/contract';
import { today } from '../../workbook/dates';
import { foldKey } from '../../workbook/matching';
import { settingsFromValues } from '../../workbook/settings';
import { Table } from '../../workbook/table';
import { cleanText, isDate, literalCell, type Cell } from '../../workbook/values';
import { ensureGrid, readValues, rectangular, writeOutputSheet } from '../../sheets/io';
import { a1 } from '../../workbook/a1';
import { logTime, toolEntry } from '../changelog/entries';
import { appendLogRows } from '../changelog/log';
import { applyProtectionsApi, protectionChanges } from '../protection/api';
import { protectionSettings } from '../protection/plan';
import { applyValidation } from '../setup/apply';
import { validationRequest, type SheetInfo } from '../setup/requests';
import { sendRequests, spreadsheetsApi } from '../../sheets/advanced';
import { literalCellData, valuesOfRows, type Request } from '../../sheets/requests';
import { copyResource, type CopySheet } from './copy-plan';
import { planSheet, planValidations, type SheetState } from '../setup/plan';
import {
  checkPartnerCopy,
  errorCells,
  partnerProblemRow,
  partnerProblems,
  PARTNER_PROBLEMS_HEADER,
  PARTNER_PROBLEMS_SHEET,
  type PartnerProblem,
} from './check';
import {
  issueRow,
  mergePartnerCopy,
  uncollectedChanges,
  PARTNER_SHEET_COLUMN,
  readSnapshots,
  rowsOfPartner,
  snapshotOf,
  snapshotHeader,
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
  /** '' when refused. */
  id: string;
  url: string;
  cbos: number;
  editors: string[];
  /** The copy recorded in Partners was refreshed (not a new spreadsheet). */
  reused: boolean;
  /** Not refreshed: the copy has changes that were not collected. */
  refused?: string;
  /** E.g. the recorded copy could not be opened and a new one was made. */
  note?: string;
}

/** The name of a partner's copy (and, offline, of its file). */
export function copyName(partner: string): string {
  return `${partner} – CBOs`;
}

/** How many differences a refusal names. */
const SHOWN_CHANGES = 5;

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
      /** Partners › Language (optional): the language of this partner's copy. */
      language: parseLanguage(cleanText(table.get(row, 'Language'))),
    }))
    .filter((p) => p.name);
  return { values, table, partners };
}

/**
 * The Partners column holding each partner's sheet ID (1-based), added at the end when missing.
 * Done before any copy is made: row 1 is protected for the coordinators, and a copy whose ID could
 * not be recorded would be made again next time.
 */
function partnerSheetColumn(spreadsheet: Spreadsheet, table: Table): number {
  const found = table.column(PARTNER_SHEET_COLUMN) + 1;
  if (found > 0) return found;
  const sheet = spreadsheet.getSheetByName(PARTNERS.name)!;
  const column = Math.max(sheet.getLastColumn(), table.headerRow.length) + 1;
  try {
    ensureGrid(sheet, 1, column);
    sheet.getRange(1, column).setValue(PARTNER_SHEET_COLUMN).setFontWeight('bold');
  } catch (error) {
    fail(
      `Partners has no "${PARTNER_SHEET_COLUMN}" column and it could not be added to its header row ` +
        `(${(error as Error).message}). Ask a coordinator (Settings › Coordinators) to run Create partner sheets once.`,
    );
  }
  return column;
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

/**
 * Values for setValues that stay literal text: an apostrophe before text, except in plain-text
 * ('@') cells, which keep text as typed (and would keep the apostrophe too).
 */
function literalValues(
  grid: readonly (readonly Cell[])[],
  formats: readonly (readonly string[])[],
): Cell[][] {
  return grid.map((row, r) => row.map((cell, c) => (formats[r]?.[c] === '@' ? cell : literalCell(cell))));
}

/**
 * Rewrites a sheet of a copy with the grid (one write), blanking what the old grid had beyond it.
 * Row 1 is left alone when it already holds the grid's header (it is protected for coordinators).
 */
function writeCopySheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: Cell[][]): void {
  const lastRow = sheet.getLastRow();
  const height = Math.max(grid.length, lastRow);
  const width = Math.max(grid[0]?.length ?? 0, sheet.getLastColumn());
  if (height === 0 || width === 0) return;
  ensureGrid(sheet, height, width);
  const values = rectangular(grid, width);
  while (values.length < height) values.push(new Array<Cell>(width).fill(''));
  const header = lastRow > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[]) : [];
  const from = header.length && header.every((cell, c) => cell === values[0][c]) ? 2 : 1;
  if (from > height) return;
  const range = sheet.getRange(from, 1, height - from + 1, width);
  range.setValues(literalValues(values.slice(from - 1), range.getNumberFormats()));
}

/** Runs of neighbouring changed cells, row by row (0-based row and column). */
export function changedRuns(
  before: readonly (readonly Cell[])[],
  after: readonly (readonly Cell[])[],
): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = [];
  after.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const changed = c < row.length && row[c] !== before[r]?.[c];
      if (changed && start < 0) start = c;
      if (!changed && start >= 0) {
        runs.push({ row: r, column: start, length: c - start });
        start = -1;
      }
    }
  });
  return runs;
}

/**
 * A copy's CBOs values in one call (Sheets.Spreadsheets.get), as getValues would give them;
 * undefined when the copy has no CBOs sheet.
 */
function readCopy(id: string): Cell[][] | undefined {
  const fields =
    'properties(timeZone),sheets(properties(title),data(rowData(values(effectiveValue,userEnteredFormat(numberFormat)))))';
  let got: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    got = spreadsheetsApi().get(id, { ranges: [`'${CBOS.name}'`], fields });
  } catch (error) {
    if (/Unable to parse range/.test((error as Error).message)) return undefined;
    throw error;
  }
  const sheet = got.sheets?.find((s) => s.properties?.title === CBOS.name);
  if (!sheet) return undefined;
  return valuesOfRows(sheet.data?.[0]?.rowData, got.properties?.timeZone ?? 'UTC');
}

/** Opens the recorded copy, or says why it cannot be opened. */
function openCopy(id: string): { copy?: Spreadsheet; error?: string } {
  try {
    return { copy: SpreadsheetApp.openById(id) };
  } catch (error) {
    return { error: (error as Error).message };
  }
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

/** Notes of a copy's header row: what each contract column holds, in the copy's language. */
export function headerNotes(header: readonly Cell[], language: Language): string[] {
  const keys = new Map(CBOS.columns.map((column) => [foldKey(column.header), `column.${column.header}`]));
  return header.map((cell) => {
    const key = keys.get(foldKey(cleanText(cell).replace(/\*$/, '')));
    return key && key in MESSAGES ? t(language, key as MessageKey) : '';
  });
}

/** What every partner's copy is made from (read once per run or job step). */
export interface SplitContext {
  spreadsheet: Spreadsheet;
  master: Table;
  header: Cell[];
  width: number;
  lists: Cell[][] | undefined;
  geography: Cell[][] | undefined;
  settings: ReturnType<typeof settingsFromValues>;
  protection: ReturnType<typeof protectionSettings>;
  timeZone: string;
  partners: ReturnType<typeof partnerRows>['partners'];
  idColumn: number;
  snapshotsNow: Map<string, Snapshot>;
  me: string;
}

export function splitContext(spreadsheet: Spreadsheet): SplitContext {
  const cbosValues =
    readValues(spreadsheet, CBOS.name) ?? fail('There is no "CBOs" sheet: run "Set up sheets".');
  const master = Table.fromValues(CBOS.name, CBOS, cbosValues);
  if (!master.headerMap.index.has('CBO ID') || !master.headerMap.index.has('Partner')) {
    fail('CBOs needs its "CBO ID" and "Partner" columns: run "Set up sheets".');
  }
  const settings = settingsFromValues(readValues(spreadsheet, SETTINGS.name));
  const { table, partners } = partnerRows(spreadsheet);
  const header = master.headerRow.map((h) => h as Cell);
  return {
    spreadsheet,
    master,
    header,
    width: header.length,
    lists: readValues(spreadsheet, LISTS.name),
    geography: readValues(spreadsheet, GEOGRAPHY.name),
    settings,
    protection: protectionSettings(settings),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    partners,
    idColumn: partners.length ? partnerSheetColumn(spreadsheet, table) : 0,
    snapshotsNow: readSnapshots(readValues(spreadsheet, SNAPSHOT_SHEET)),
    me: Session.getEffectiveUser().getEmail(),
  };
}

/** The dropdowns of a copy's CBOs (Partner: this partner only) as requests. */
function copyValidationRequests(
  context: SplitContext,
  partner: string,
  values: Cell[][],
  infos: ReadonlyMap<string, SheetInfo>,
  language: Language,
): Request[] {
  const plans = [
    planSheet(CBOS, stateOfValues(values)),
    planSheet(LISTS, stateOfValues(context.lists)),
    planSheet(GEOGRAPHY, stateOfValues(context.geography)),
  ];
  const cbos = infos.get(CBOS.name);
  if (!cbos) return [];
  const requests: Request[] = [];
  for (const rule of planValidations(plans, language)) {
    if (rule.sheet !== CBOS.name) continue;
    if (rule.source.type === 'range' && !infos.has(rule.source.sheet)) continue;
    const request = validationRequest(rule, cbos, rule.header === 'Partner' ? [partner] : undefined);
    if (request) requests.push(request);
  }
  return requests;
}

/**
 * A new copy in three calls: one Sheets.Spreadsheets.create with its data, one batchUpdate of its
 * dropdowns and protections, one share (addEditors).
 */
function makeCopy(
  context: SplitContext,
  partner: SplitContext['partners'][number],
  values: Cell[][],
  language: Language,
): { id: string; url: string } {
  const sheets: CopySheet[] = [
    {
      title: CBOS.name,
      values,
      header: true,
      // A Khmer copy keeps the contract's headers (collect reads them) and explains each in a note.
      ...(language === 'km' ? { headerNotes: headerNotes(context.header, language) } : {}),
    },
  ];
  for (const [name, data] of [
    [LISTS.name, context.lists],
    [GEOGRAPHY.name, context.geography],
  ] as const) {
    if (data && data.length > 0) sheets.push({ title: name, values: rectangular(data) });
  }
  const made = spreadsheetsApi().create(copyResource(copyName(partner.name), context.timeZone, sheets));
  const id = made.spreadsheetId ?? fail(`The copy of ${partner.name} was not made.`);
  const infos = new Map<string, SheetInfo>();
  for (const sheet of made.sheets ?? []) {
    const p = sheet.properties ?? {};
    infos.set(p.title ?? '', {
      sheetId: p.sheetId ?? 0,
      title: p.title ?? '',
      rowCount: p.gridProperties?.rowCount ?? 0,
      columnCount: p.gridProperties?.columnCount ?? 0,
      protectedRanges: [],
    });
  }
  const protections = protectionChanges(infos, context.protection, context.me, context.me);
  sendRequests(id, [
    ...copyValidationRequests(context, partner.name, values, infos, language),
    ...protections.requests,
  ]);
  const copy = SpreadsheetApp.openById(id);
  shareCopy(copy, context, partner.emails);
  return { id, url: made.spreadsheetUrl ?? copy.getUrl() };
}

/**
 * Shares a copy with its partner and with everyone who may edit the master (its owner and
 * editors), in one call: a colleague who did not make the copies can still collect them
 * (SpreadsheetApp.openById and the Sheets API refuse a spreadsheet not shared with the user).
 */
function shareCopy(copy: Spreadsheet, context: SplitContext, partnerEmails: string[]): void {
  const colleagues = context.spreadsheet.getEditors().map((user) => user.getEmail());
  const me = context.me.toLowerCase();
  const emails = [...new Set([...partnerEmails, ...colleagues].filter((e) => e && e.toLowerCase() !== me))];
  if (emails.length) copy.addEditors(emails);
}

/** Writes a new copy's ID into its Partners row at once, so that no later run makes it again. */
function recordPartnerSheet(context: SplitContext, row: number, id: string): void {
  const sheet = context.spreadsheet.getSheetByName(PARTNERS.name)!;
  // Plain-text format: the ID is written as it is (no apostrophe needed).
  sheet.getRange(row, context.idColumn).setNumberFormat('@').setValue(id);
}

export interface SplitOutcome {
  summary: PartnerCopySummary;
  snapshot?: { name: string; snapshot: Snapshot };
}

/** Makes or refreshes one partner's copy. */
export function splitPartner(context: SplitContext, partner: SplitContext['partners'][number]): SplitOutcome {
  const { master, timeZone } = context;
  const rows = rowsOfPartner(master, partner.name);
  const values = rectangular([context.header, ...rows.map((row) => row.cells)], context.width);
  const language = partner.language ?? context.settings.language;
  let copy: Spreadsheet | undefined;
  let note: string | undefined;
  if (partner.sheetId) {
    const opened = openCopy(partner.sheetId);
    if (opened.copy) {
      const copyValues = readValues(opened.copy, CBOS.name);
      const base = context.snapshotsNow.get(foldKey(partner.name)) ?? new Map();
      const changes = copyValues
        ? uncollectedChanges(copyValues, base, timeZone)
        : ['its "CBOs" sheet is gone'];
      if (changes.length) {
        const more = changes.length > SHOWN_CHANGES ? ` and ${changes.length - SHOWN_CHANGES} more` : '';
        return {
          summary: {
            partner: partner.name,
            id: partner.sheetId,
            url: opened.copy.getUrl(),
            cbos: 0,
            editors: [],
            reused: false,
            refused:
              `The copy of ${partner.name} was not refreshed: it has changes that were not collected ` +
              `(${changes.slice(0, SHOWN_CHANGES).join('; ')}${more}). Run "Collect partner updates" first; ` +
              'settle conflicts and deleted rows with the partner in the copy. To start over with a new ' +
              `copy, clear ${partner.name}'s "${PARTNER_SHEET_COLUMN}" cell in Partners.`,
          },
        };
      }
      copy = opened.copy;
    } else {
      note = `The recorded copy ${partner.sheetId} cannot be opened (${opened.error}): a new copy was made.`;
    }
  }
  const snapshot = { name: partner.name, snapshot: snapshotOf(master, rows, timeZone) };
  if (!copy) {
    const made = makeCopy(context, partner, values, language);
    recordPartnerSheet(context, partner.row.rowNumber, made.id);
    return {
      summary: {
        partner: partner.name,
        id: made.id,
        url: made.url,
        cbos: rows.length,
        editors: partner.emails,
        reused: false,
        ...(note ? { note } : {}),
      },
      snapshot,
    };
  }
  // A copy made before is refreshed in place.
  const sheet = copy.getSheetByName(CBOS.name)!;
  writeCopySheet(sheet, values);
  const headerRow = sheet.getRange(1, 1, 1, context.width).setFontWeight('bold');
  if (language === 'km') headerRow.setNotes([headerNotes(context.header, language)]);
  sheet.setFrozenRows(1);
  const copied = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>([[CBOS.name, sheet]]);
  for (const [name, data] of [
    [LISTS.name, context.lists],
    [GEOGRAPHY.name, context.geography],
  ] as const) {
    if (!data || data.length === 0) continue;
    const extra = copy.getSheetByName(name) ?? copy.insertSheet(name);
    writeCopySheet(extra, rectangular(data));
    copied.set(name, extra);
  }
  const plans = [
    planSheet(CBOS, stateOfValues(values)),
    planSheet(LISTS, stateOfValues(context.lists)),
    planSheet(GEOGRAPHY, stateOfValues(context.geography)),
  ];
  for (const rule of planValidations(plans, language)) {
    if (rule.sheet !== CBOS.name) continue;
    if (rule.header === 'Partner') {
      applyValidation(copy, copied, { ...rule, source: { type: 'list', values: [partner.name] } });
    } else if (rule.source.type === 'list' || copied.has(rule.source.sheet)) {
      applyValidation(copy, copied, rule);
    }
  }
  applyProtectionsApi(copy, context.protection);
  shareCopy(copy, context, partner.emails);
  return {
    summary: {
      partner: partner.name,
      id: copy.getId(),
      url: copy.getUrl(),
      cbos: rows.length,
      editors: partner.emails,
      reused: true,
      ...(note ? { note } : {}),
    },
    snapshot,
  };
}

/** After a run or a job step: the snapshots of the partners done. */
export function finishSplit(
  context: SplitContext,
  snapshots: Map<string, { name: string; snapshot: Snapshot }>,
): void {
  if (snapshots.size) writeSnapshots(context.spreadsheet, snapshots, logTime(new Date(), context.timeZone));
}

export interface CollectSummary {
  partners: {
    partner: string;
    updated: number;
    appended: number;
    issues: number;
    /** Validation problems of the copy (errors and warnings). */
    problems: number;
    /** Changes (cells or new rows) waiting in the copy because of an error. */
    heldBack: number;
    refused?: string;
  }[];
  updated: number;
  appended: number;
  /** Rows of Sync conflicts (conflicts, flags, refused rows and copies). */
  conflicts: number;
  heldBack: number;
  /** Every problem of the partner copies (also in the Partner problems sheet). */
  problems: PartnerProblem[];
}

/** Merges every partner copy into CBOs; conflicts and flags go to Sync conflicts. */
export function collectPartnerCopies(spreadsheet: Spreadsheet): CollectSummary {
  const cbosSheet = spreadsheet.getSheetByName(CBOS.name) ?? fail('There is no "CBOs" sheet.');
  const range = cbosSheet.getDataRange();
  const values = range.getValues() as Cell[][];
  // Formulas are read only in the columns a partner changes (one read per column, when needed).
  const formulaColumns = new Map<number, string[][]>();
  const formulaAt = (row: number, index: number): string => {
    let column = formulaColumns.get(index);
    if (!column) {
      column = cbosSheet.getRange(1, index + 1, values.length, 1).getFormulas();
      formulaColumns.set(index, column);
    }
    return column[row]?.[0] ?? '';
  };
  const master = Table.fromValues(CBOS.name, CBOS, values);
  if (!master.headerMap.index.has('CBO ID')) fail('CBOs has no "CBO ID" column: nothing can be collected.');
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  const time = logTime(now, timeZone);
  const user = Session.getEffectiveUser().getEmail();
  const snapshots = readSnapshots(readValues(spreadsheet, SNAPSHOT_SHEET));
  const { partners, table: partnersTable } = partnerRows(spreadsheet);
  const geographyValues = readValues(spreadsheet, GEOGRAPHY.name);
  const listsValues = readValues(spreadsheet, LISTS.name);
  const reference = {
    geography: geographyValues && Table.fromValues(GEOGRAPHY.name, GEOGRAPHY, geographyValues),
    lists: listsValues && Table.fromValues(LISTS.name, LISTS, listsValues),
    partners: partnersTable,
  };
  const day = today(timeZone, now);
  const language = settingsFromValues(readValues(spreadsheet, SETTINGS.name)).language;
  const summary: CollectSummary = {
    partners: [],
    updated: 0,
    appended: 0,
    conflicts: 0,
    heldBack: 0,
    problems: [],
  };
  const grid = values.map((row) => row.slice());
  const appended: Cell[][] = [];
  const log: Cell[][] = [];
  /** Change log rows of new CBOs: their cell is known once the rows are written. */
  const appendedLog: { entry: number; offset: number }[] = [];
  const issues: Cell[][] = [];
  const refusedCopy = (partner: string, refused: string) => {
    summary.partners.push({ partner, updated: 0, appended: 0, issues: 0, problems: 0, heldBack: 0, refused });
    issues.push([partner, '', '', '', '', '', time, refused].map(literalCell));
  };
  const newSnapshots = new Map<string, { name: string; snapshot: Snapshot }>();
  for (const partner of partners) {
    if (!partner.sheetId) continue;
    let copyValues: Cell[][] | undefined;
    try {
      copyValues = readCopy(partner.sheetId);
    } catch (error) {
      refusedCopy(
        partner.name,
        `The copy of ${partner.name} (${partner.sheetId}) cannot be opened: ${(error as Error).message}`,
      );
      continue;
    }
    if (!copyValues) {
      refusedCopy(partner.name, `The copy of ${partner.name} has no "CBOs" sheet: nothing was collected.`);
      continue;
    }
    const base = snapshots.get(foldKey(partner.name)) ?? new Map();
    const copyTable = Table.fromValues(CBOS.name, CBOS, copyValues);
    const checked = copyTable.headerMap.index.has('CBO ID')
      ? checkPartnerCopy(copyTable, reference, timeZone, day)
      : [];
    const merge = mergePartnerCopy({
      partner: partner.name,
      master,
      copyValues,
      base,
      timeZone,
      errorCells: errorCells(checked),
    });
    const problems = partnerProblems(partner.name, checked, merge.heldBack);
    summary.problems.push(...problems);
    if (merge.refused)
      issues.push([partner.name, '', 'CBO ID', '', '', '', time, merge.refused].map(literalCell));
    let applied = 0;
    for (const update of merge.updates) {
      const formula = formulaAt(update.rowNumber - 1, update.index);
      if (formula) {
        // A formula of CBOs is never replaced by a value.
        issues.push(
          [
            partner.name,
            update.cboId,
            update.header,
            formula,
            update.value,
            '',
            time,
            'CBOs has a formula in this cell: the partner value was not written. Change the formula or type the value in CBOs.',
          ].map(literalCell),
        );
        continue;
      }
      applied++;
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
    merge.appends.forEach((row) => {
      appendedLog.push({ entry: log.length, offset: appended.length });
      appended.push(row.cells);
      log.push(
        toolEntry(now, timeZone, `${user} (from ${partner.name})`, CBOS.name, '', '', `New CBO ${row.cboId}`),
      );
    });
    for (const issue of merge.issues) issues.push(issueRow(issue, time).map(literalCell));
    if (!merge.refused)
      newSnapshots.set(foldKey(partner.name), { name: partner.name, snapshot: merge.snapshot });
    summary.partners.push({
      partner: partner.name,
      updated: applied,
      appended: merge.appends.length,
      issues: merge.issues.length,
      problems: problems.length,
      heldBack: merge.heldBack.length,
      refused: merge.refused,
    });
    summary.updated += applied;
    summary.appended += merge.appends.length;
    summary.heldBack += merge.heldBack.length;
  }
  summary.conflicts = issues.length;
  if (summary.updated > 0) {
    // Only the cells that change are written (a run of neighbouring cells of a row at a time):
    // what others typed meanwhile is not undone and formulas elsewhere are not flattened.
    // In one Sheets.Spreadsheets.batchUpdate; values stay literal (text is never read as a formula).
    const sheetId = cbosSheet.getSheetId();
    const requests: Request[] = [];
    for (const run of changedRuns(values, grid)) {
      const cells = grid[run.row].slice(run.column, run.column + run.length);
      const dated = cells.some((cell) => isDate(cell));
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: run.row, columnIndex: run.column },
          rows: [{ values: cells.map((cell) => literalCellData(cell, timeZone)) }],
          fields: dated ? 'userEnteredValue,userEnteredFormat.numberFormat' : 'userEnteredValue',
        },
      });
    }
    sendRequests(spreadsheet.getId(), requests);
  }
  if (appended.length) {
    const width = values[0].length;
    // Below the last row as it is now (someone may have added rows since the read), in a grid
    // grown to hold them.
    const first = Math.max(values.length, cbosSheet.getLastRow()) + 1;
    ensureGrid(cbosSheet, first + appended.length - 1, width);
    const target = cbosSheet.getRange(first, 1, appended.length, width);
    target.setValues(literalValues(rectangular(appended, width), target.getNumberFormats()));
    for (const { entry, offset } of appendedLog) log[entry][3] = `A${first + offset}`;
  }
  appendLogRows(spreadsheet, log);
  writeOutputSheet(spreadsheet, SYNC_CONFLICTS_SHEET, SYNC_CONFLICTS_HEADER, issues);
  if (summary.problems.length || spreadsheet.getSheetByName(PARTNER_PROBLEMS_SHEET)) {
    writeOutputSheet(
      spreadsheet,
      PARTNER_PROBLEMS_SHEET,
      PARTNER_PROBLEMS_HEADER,
      summary.problems.map((p) => partnerProblemRow(p, language).map(literalCell)),
    );
  }
  if (newSnapshots.size) writeSnapshots(spreadsheet, newSnapshots, time);
  return summary;
}

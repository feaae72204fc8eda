/**
 * "Set up sheets" (Apps Script glue): applies the set-up plan through the Sheets advanced service,
 * with a constant number of calls whatever the number of sheets, columns and rows (requests.ts
 * turns the plans into requests). applyValidation (SpreadsheetApp) is still used by partner copies.
 */
import { SETTINGS, SHEET } from '../../workbook/contract';
import { settingsFromValues, type Settings } from '../../workbook/settings';
import type { Cell } from '../../workbook/values';
import { columnLetter } from '../../workbook/a1';
import type { ProtectionSummary } from '../protection/plan';
import { protectionSettings } from '../protection/plan';
import { sendRequests, spreadsheetsApi } from '../../sheets/advanced';
import type { Request } from '../../sheets/requests';
import { ownerOf, protectionChanges, SHEET_FIELDS, sheetInfosOf } from '../protection/api';
import {
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  planValidations,
  planWorkbook,
  SETUP_SHEETS,
  TOOL_PREFIX,
  type SheetState,
  type ValidationPlan,
} from './plan';
import { headerWritable, sameRule, sheetRequests, validationRequest, type SheetInfo } from './requests';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { HEADER_BACKGROUND } from './requests';

export interface SetupSummary {
  createdSheets: string[];
  addedColumns: Record<string, string[]>;
  seeded: string[];
  dropdowns: number;
  /** Dropdowns left alone because the column already has a validation of the user's. */
  keptUserDropdowns: string[];
  protections: ProtectionSummary;
  problems: string[];
}

export function applyValidation(
  spreadsheet: Spreadsheet,
  sheets: Map<string, Sheet>,
  rule: ValidationPlan,
): boolean {
  const sheet = sheets.get(rule.sheet);
  if (!sheet) return false;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return false;
  const range = sheet.getRange(2, rule.column, rows, 1);
  // A validation the user made (not ours) is kept.
  const current = range.getDataValidations();
  const userRule = current.some(
    (row) => row[0] && !String(row[0].getHelpText() ?? '').startsWith(TOOL_PREFIX),
  );
  if (userRule) return false;
  let builder = SpreadsheetApp.newDataValidation();
  if (rule.source.type === 'list') {
    builder = builder.requireValueInList([...rule.source.values], true);
  } else {
    const source = sheets.get(rule.source.sheet) ?? spreadsheet.getSheetByName(rule.source.sheet);
    if (!source) return false;
    const letters = columnLetter(rule.source.column - 1);
    builder = builder.requireValueInRange(source.getRange(`${letters}2:${letters}`), true);
  }
  range.setDataValidation(builder.setAllowInvalid(true).setHelpText(rule.helpText).build());
  return true;
}

/** The values of rows read with effectiveValue (formulas as their results; dates as serial numbers). */
function rowValues(rowData: GoogleAppsScript.Sheets.Schema.RowData[] | undefined): Cell[][] {
  return (rowData ?? []).map((row) =>
    (row.values ?? []).map((cell) => {
      const v = cell.effectiveValue;
      if (!v) return '';
      return v.stringValue ?? v.numberValue ?? v.boolValue ?? '';
    }),
  );
}

/** Sheets read whole (small, and seeded when empty): the others by their header row and row 2. */
const READ_WHOLE = new Set([SETTINGS.name, SHEET.lists, SHEET.indicators]);

/** One read: every sheet's properties and protections, the values and dropdowns of the rows read. */
const READ_FIELDS =
  `${SHEET_FIELDS.slice(0, -1)},` +
  'data(startRow,startColumn,rowData(values(effectiveValue,dataValidation))))';
/**
 * The dropdowns of the columns about to be written: only `dataValidation`, so that a cell without
 * one comes back empty (and costs nothing past the last one that has one). The condition's type,
 * which every rule has, is asked too: a user's rule without an input message is still returned.
 */
const VALIDATION_FIELDS =
  'sheets(properties(title),data(startColumn,rowData(values(dataValidation(condition(type),inputMessage)))))';

/** Sheet IDs chosen for the sheets set-up creates: the first free ones from here. */
const FIRST_NEW_SHEET_ID = 1000;

type Rule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

/**
 * Sets up (or repairs) a spreadsheet. Running it twice changes nothing the second time. Through
 * the Sheets advanced service: the sheets' names (getSheets), one read of every sheet's properties,
 * protections, header row and row 2 (the small sheets whole), one read of only the dropdowns of
 * the columns about to be written (to keep a user's own dropdown), then one batchUpdate for
 * everything, new sheets included (addSheet with a chosen sheetId). A column whose dropdown in
 * row 2 is already CBO Tracker's, as it would be written, is left as it is (neither read nor
 * rewritten). Returns the summary and the workbook's Settings as read (or seeded), so that the
 * caller need not read Settings again.
 */
export function setUpSpreadsheet(spreadsheet: Spreadsheet): { summary: SetupSummary; settings: Settings } {
  const api = spreadsheetsApi();
  const id = spreadsheet.getId();
  const summary: SetupSummary = {
    createdSheets: [],
    addedColumns: {},
    seeded: [],
    dropdowns: 0,
    keptUserDropdowns: [],
    protections: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    problems: [],
  };

  // What the sheets hold: the contract sheets' header row and row 2, the small sheets whole, one
  // cell of any other sheet (for its properties and protections: a read with ranges returns only
  // the sheets it names).
  const setupNames = new Set(SETUP_SHEETS.map((spec) => spec.name));
  const ranges = spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .map((name) =>
      READ_WHOLE.has(name)
        ? quoted(name)
        : setupNames.has(name)
          ? `${quoted(name)}!1:2`
          : `${quoted(name)}!A1`,
    );
  let got: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    got = api.get(id, { ranges, fields: READ_FIELDS });
  } catch (error) {
    // A sheet of one row has no row 2 (a range past the grid is refused): the header rows only.
    if (!/exceeds grid limits/.test((error as Error).message)) throw error;
    got = api.get(id, { ranges: ranges.map((r) => r.replace(/!1:2$/, '!1:1')), fields: READ_FIELDS });
  }
  const infos = sheetInfosOf(got.sheets);
  const values = new Map<string, Cell[][]>();
  /** The dropdown in row 2, by "Sheet!column". */
  const rowTwoRules = new Map<string, Rule>();
  for (const sheet of got.sheets ?? []) {
    const title = sheet.properties?.title ?? '';
    const rowData = sheet.data?.[0]?.rowData;
    values.set(title, rowValues(rowData));
    (rowData?.[1]?.values ?? []).forEach((cell, c) => {
      if (cell.dataValidation) rowTwoRules.set(`${title}!${c + 1}`, cell.dataValidation);
    });
  }
  const headerOnly = (name: string) => !READ_WHOLE.has(name);
  const stateOf = (name: string, lastColumn?: number): SheetState | undefined => {
    const info = infos.get(name);
    if (!info) return undefined;
    const rows = values.get(name) ?? [];
    const header = rows[0] ?? [];
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    return {
      header,
      // Sheets read by their first rows only are never seeded: they count as holding data.
      lastRow: headerOnly(name) ? Math.max(rows.length, 2) : rows.length,
      lastColumn: lastColumn ?? width,
      maxRows: info.rowCount,
    };
  };
  const states = new Map(SETUP_SHEETS.map((spec) => [spec.name, stateOf(spec.name)]));
  let plans = planWorkbook(states);
  // A column added to a sheet read by its header goes after the last column holding anything.
  const recheck = plans.filter((plan) => !plan.create && plan.added.length > 0 && headerOnly(plan.name));
  if (recheck.length > 0) {
    for (const plan of recheck) {
      const last = spreadsheet.getSheetByName(plan.name)?.getLastColumn() ?? 0;
      states.set(plan.name, stateOf(plan.name, last));
    }
    plans = planWorkbook(states);
  }

  // New sheets first, in the same batchUpdate: each with a sheetId chosen here, which the other
  // requests name (unique: none of the spreadsheet's).
  const requests: Request[] = [];
  const taken = new Set([...infos.values()].map((info) => info.sheetId));
  let nextId = FIRST_NEW_SHEET_ID;
  for (const plan of plans.filter((p) => p.create)) {
    while (taken.has(nextId)) nextId++;
    taken.add(nextId);
    requests.push({ addSheet: { properties: { sheetId: nextId, title: plan.name } } });
    infos.set(plan.name, {
      sheetId: nextId,
      title: plan.name,
      rowCount: NEW_SHEET_ROWS,
      columnCount: NEW_SHEET_COLUMNS,
      protectedRanges: [],
    });
  }

  // The columns each sheet's grid has before this set-up adds any (a column it adds has no dropdown
  // of the user's, and reading it before the batchUpdate appends it would be outside the grid).
  const gridColumns = new Map([...infos].map(([name, info]) => [name, info.columnCount]));
  for (const plan of plans) {
    const info = infos.get(plan.name);
    if (!info) continue;
    if (plan.added.length > 0 && !plan.create) {
      const first = Math.min(...plan.added.map((c) => c.column));
      const last = Math.max(...plan.added.map((c) => c.column));
      if (!headerWritable(info, first, last)) {
        // Row 1 is protected for the coordinators: someone else cannot add columns to it.
        summary.problems.push(
          `${plan.name}: ${plan.added.map((c) => `"${c.header}"`).join(', ')} could not be added to the header row ` +
            '(it is protected). Ask a coordinator (Settings › Coordinators) to run Set up sheets.',
        );
        plan.columns = plan.columns.filter((c) => !c.added);
        plan.added = [];
      }
    }
    requests.push(...sheetRequests(plan, info, plan.create));
    if (plan.added.length > 0) {
      info.columnCount = Math.max(info.columnCount, ...plan.added.map((c) => c.column));
    }
    if (plan.create) summary.createdSheets.push(plan.name);
    else if (plan.added.length) summary.addedColumns[plan.name] = plan.added.map((c) => c.header);
    if (plan.seed.length) summary.seeded.push(plan.name);
  }

  // Settings as they will be (seeded when new or empty): the dropdowns' help in the workbook's
  // language, the protections and the language of the summary the menu shows.
  const settingsPlan = plans.find((plan) => plan.name === SETTINGS.name);
  const settingsValues =
    settingsPlan && settingsPlan.seed.length > 0
      ? [headerRow(settingsPlan.columns), ...settingsPlan.seed.flatMap((b) => b.values)]
      : values.get(SETTINGS.name);
  const workbookSettings = settingsFromValues(settingsValues);

  // Dropdowns: a column whose row 2 already has CBO Tracker's dropdown as it would be written is
  // left alone; a column that has a validation of the user's (not CBO Tracker's) keeps it.
  const rules = planValidations(plans, workbookSettings.language);
  const planned = rules.map((rule) => {
    const info = infos.get(rule.sheet);
    const sourceOk = rule.source.type === 'list' || infos.has(rule.source.sheet);
    const request = info && sourceOk ? validationRequest(rule, info, undefined) : undefined;
    const created = !!plans.find((p) => p.name === rule.sheet)?.create;
    const inPlace =
      !created && sameRule(rowTwoRules.get(`${rule.sheet}!${rule.column}`), request?.setDataValidation?.rule);
    return { rule, request, created, inPlace };
  });
  const userRules = readUserValidations(
    id,
    planned
      .filter((p) => p.request && !p.created && !p.inPlace)
      .map((p) => p.rule)
      .filter((rule) => rule.column <= (gridColumns.get(rule.sheet) ?? 0)),
    infos,
  );
  for (const { rule, request, inPlace } of planned) {
    if (inPlace) summary.dropdowns++;
    else if (request && !userRules.has(`${rule.sheet}!${rule.column}`)) {
      requests.push(request);
      summary.dropdowns++;
    } else summary.keptUserDropdowns.push(`${rule.sheet} › ${rule.header}`);
  }

  const settings = protectionSettings(workbookSettings);
  summary.problems.push(...settings.problems);
  const me = Session.getEffectiveUser().getEmail();
  const protections = protectionChanges(infos, settings, me, ownerOf(spreadsheet));
  requests.push(...protections.requests);
  summary.protections = protections.summary;
  sendRequests(id, requests);
  return { summary, settings: workbookSettings };
}

/** A sheet's header row as set-up leaves it (its columns at their positions). */
function headerRow(columns: readonly { header: string; column: number }[]): Cell[] {
  const row: Cell[] = new Array(Math.max(0, ...columns.map((c) => c.column))).fill('');
  for (const c of columns) row[c.column - 1] = c.header;
  return row;
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Columns ("Sheet!column") where a cell below the header has a validation that is not CBO Tracker's. */
function readUserValidations(
  id: string,
  rules: readonly ValidationPlan[],
  infos: ReadonlyMap<string, SheetInfo>,
): Set<string> {
  const found = new Set<string>();
  const ranges = rules
    .filter((rule) => (infos.get(rule.sheet)?.rowCount ?? 0) > 1)
    .map((rule) => {
      const letters = columnLetter(rule.column - 1);
      return `${quoted(rule.sheet)}!${letters}2:${letters}${infos.get(rule.sheet)!.rowCount}`;
    });
  if (ranges.length === 0) return found;
  const got = spreadsheetsApi().get(id, { ranges, fields: VALIDATION_FIELDS });
  for (const sheet of got.sheets ?? []) {
    for (const data of sheet.data ?? []) {
      const user = (data.rowData ?? []).some((row) =>
        (row.values ?? []).some(
          (cell) =>
            cell.dataValidation && !String(cell.dataValidation.inputMessage ?? '').startsWith(TOOL_PREFIX),
        ),
      );
      if (user) found.add(`${sheet.properties?.title}!${(data.startColumn ?? 0) + 1}`);
    }
  }
  return found;
}

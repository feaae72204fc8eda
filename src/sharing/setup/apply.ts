/**
 * "Set up sheets" (Apps Script glue): applies the set-up plan through the Sheets advanced service,
 * with a constant number of calls whatever the number of sheets, columns and rows (requests.ts
 * turns the plans into requests). applyValidation (SpreadsheetApp) is still used by partner copies.
 */
import { SETTINGS, SHEET } from '../../workbook/contract';
import { settingsFromValues } from '../../workbook/settings';
import type { Cell } from '../../workbook/values';
import { columnLetter } from '../../workbook/a1';
import type { ProtectionSummary } from '../protection/plan';
import { protectionSettings } from '../protection/plan';
import { sendRequests, spreadsheetsApi } from '../../sheets/advanced';
import type { Request } from '../../sheets/requests';
import { ownerOf, protectionChanges, readSheetInfos } from '../protection/api';
import {
  NEW_SHEET_ROWS,
  planValidations,
  planWorkbook,
  SETUP_SHEETS,
  TOOL_PREFIX,
  type SheetState,
  type ValidationPlan,
} from './plan';
import { headerWritable, sheetRequests, validationRequest, type SheetInfo } from './requests';

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

/** Sheets read whole (small, and seeded when empty): the others only by their header row. */
const READ_WHOLE = new Set([SETTINGS.name, SHEET.lists, SHEET.indicators]);

const DATA_FIELDS = 'sheets(properties(title),data(startRow,startColumn,rowData(values(effectiveValue))))';
const VALIDATION_FIELDS =
  'sheets(properties(title),data(startColumn,rowData(values(dataValidation(inputMessage)))))';

/**
 * Sets up (or repairs) a spreadsheet. Running it twice changes nothing the second time. Through
 * the Sheets advanced service: one read of every sheet's properties and protections, one of the
 * header rows (and the small sheets whole), one of the dropdowns already there, then one
 * batchUpdate for everything (two when sheets are created: their IDs come from the first).
 */
export function setUpSpreadsheet(spreadsheet: Spreadsheet): SetupSummary {
  const api = spreadsheetsApi();
  const id = spreadsheet.getId();
  const infos = readSheetInfos(id);
  const summary: SetupSummary = {
    createdSheets: [],
    addedColumns: {},
    seeded: [],
    dropdowns: 0,
    keptUserDropdowns: [],
    protections: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    problems: [],
  };

  // What the existing sheets hold: the header row, the small sheets whole.
  const existing = SETUP_SHEETS.filter((spec) => infos.has(spec.name));
  const values = new Map<string, Cell[][]>();
  if (existing.length > 0) {
    const ranges = existing.map((spec) =>
      READ_WHOLE.has(spec.name) ? quoted(spec.name) : `${quoted(spec.name)}!1:1`,
    );
    const got = api.get(id, { ranges, fields: DATA_FIELDS });
    for (const sheet of got.sheets ?? []) {
      values.set(sheet.properties?.title ?? '', rowValues(sheet.data?.[0]?.rowData));
    }
  }
  const stateOf = (name: string, lastColumn?: number): SheetState | undefined => {
    const info = infos.get(name);
    if (!info) return undefined;
    const rows = values.get(name) ?? [];
    const header = rows[0] ?? [];
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    return {
      header,
      // Sheets read by their header only are never seeded: they count as holding data.
      lastRow: READ_WHOLE.has(name) ? rows.length : Math.max(rows.length, 2),
      lastColumn: lastColumn ?? width,
      maxRows: info.rowCount,
    };
  };
  const states = new Map(SETUP_SHEETS.map((spec) => [spec.name, stateOf(spec.name)]));
  let plans = planWorkbook(states);
  // A column added to a sheet read by its header goes after the last column holding anything.
  const recheck = plans.filter((plan) => !plan.create && plan.added.length > 0 && !READ_WHOLE.has(plan.name));
  if (recheck.length > 0) {
    for (const plan of recheck) {
      const last = spreadsheet.getSheetByName(plan.name)?.getLastColumn() ?? 0;
      states.set(plan.name, stateOf(plan.name, last));
    }
    plans = planWorkbook(states);
  }

  // New sheets first: the other requests need their IDs.
  const toCreate = plans.filter((plan) => plan.create);
  if (toCreate.length > 0) {
    const reply = api.batchUpdate(
      { requests: toCreate.map((plan) => ({ addSheet: { properties: { title: plan.name } } })) },
      id,
    );
    (reply.replies ?? []).forEach((r) => {
      const p = r.addSheet?.properties;
      if (!p?.title) return;
      infos.set(p.title, {
        sheetId: p.sheetId ?? 0,
        title: p.title,
        rowCount: p.gridProperties?.rowCount ?? NEW_SHEET_ROWS,
        columnCount: p.gridProperties?.columnCount ?? 26,
        protectedRanges: [],
      });
    });
  }

  // The columns each sheet's grid has before this set-up adds any (a column it adds has no dropdown
  // of the user's, and reading it before the batchUpdate appends it would be outside the grid).
  const gridColumns = new Map([...infos].map(([name, info]) => [name, info.columnCount]));
  const requests: Request[] = [];
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

  // Settings as they will be (seeded when new): the dropdowns' help in the workbook's language,
  // and the protections.
  const settingsPlan = plans.find((plan) => plan.name === SETTINGS.name);
  const settingsValues = settingsPlan?.create
    ? [settingsPlan.columns.map((c) => c.header), ...settingsPlan.seed.flatMap((b) => b.values)]
    : values.get(SETTINGS.name);
  const workbookSettings = settingsFromValues(settingsValues);

  // Dropdowns: a column that has a validation of the user's (not CBO Tracker's) keeps it.
  const rules = planValidations(plans, workbookSettings.language);
  const userRules = readUserValidations(
    id,
    rules.filter(
      (rule) =>
        !plans.find((p) => p.name === rule.sheet)?.create &&
        rule.column <= (gridColumns.get(rule.sheet) ?? 0),
    ),
    infos,
  );
  for (const rule of rules) {
    const info = infos.get(rule.sheet);
    const sourceOk = rule.source.type === 'list' || infos.has(rule.source.sheet);
    const request =
      info && sourceOk && !userRules.has(`${rule.sheet}!${rule.column}`)
        ? validationRequest(rule, info, undefined)
        : undefined;
    if (request) {
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
  return summary;
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

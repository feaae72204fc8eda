/**
 * "Set up sheets" (Apps Script glue): applies the set-up plan. A constant number of calls per sheet
 * and per column, whatever the number of rows: headers and seeds in one setValues per block,
 * formats and dropdowns per column range, protections found by description.
 */
import { SETTINGS } from '../../workbook/contract';
import { settingsFromValues } from '../../workbook/settings';
import type { Cell } from '../../workbook/values';
import { readValues } from '../../sheets/io';
import { a1 } from '../../workbook/a1';
import { applyProtections, type ProtectionSummary } from '../protection/apply';
import { protectionSettings } from '../protection/plan';
import {
  numberFormatFor,
  planValidations,
  planWorkbook,
  SETUP_SHEETS,
  TOOL_PREFIX,
  widthFor,
  type SheetPlan,
  type SheetState,
  type ValidationPlan,
} from './plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_BACKGROUND = '#d9e2f3';

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

function stateOf(sheet: Sheet): SheetState {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] as Cell[]) : [];
  return { header, lastRow, lastColumn, maxRows: sheet.getMaxRows() };
}

function applySheet(
  spreadsheet: Spreadsheet,
  plan: SheetPlan,
  existing: Sheet | null,
  problems: string[],
): Sheet {
  const sheet = existing ?? spreadsheet.insertSheet(plan.name);
  if (plan.added.length > 0) {
    const first = Math.min(...plan.added.map((c) => c.column));
    const last = Math.max(...plan.added.map((c) => c.column));
    // Added columns are contiguous (they follow the last used column).
    const headers = plan.added.map((c) => c.header);
    try {
      const maxColumns = sheet.getMaxColumns();
      if (last > maxColumns) sheet.insertColumnsAfter(maxColumns, last - maxColumns);
      const range = sheet.getRange(1, first, 1, last - first + 1);
      range.setValues([headers]);
      // Styling only for the headers the tool adds: a user's header keeps its colours.
      range.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    } catch (error) {
      // Row 1 is protected for the coordinators: someone else cannot add columns to it.
      problems.push(
        `${plan.name}: ${headers.map((h) => `"${h}"`).join(', ')} could not be added to the header row ` +
          `(${(error as Error).message}). Ask a coordinator (Settings › Coordinators) to run Set up sheets.`,
      );
      // Nothing else is done for columns that are not there.
      plan.columns = plan.columns.filter((c) => !c.added);
      plan.added = [];
      return sheet;
    }
    const rows = sheet.getMaxRows() - 1;
    for (const c of plan.added) {
      const format = numberFormatFor(c.spec);
      if (format && rows > 0) sheet.getRange(2, c.column, rows, 1).setNumberFormat(format);
      sheet.setColumnWidth(c.column, widthFor(c.spec));
    }
  }
  // A sheet the tool creates gets a frozen header; a user's sheet keeps the view its users chose.
  if (!existing) sheet.setFrozenRows(1);
  for (const block of plan.seed) {
    if (block.values.length === 0) continue;
    sheet
      .getRange(block.row, block.column, block.values.length, block.values[0].length)
      .setValues(block.values);
  }
  return sheet;
}

function columnLetters(column: number): string {
  return a1(1, column).replace(/\d+$/, '');
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
    const letters = columnLetters(rule.source.column);
    builder = builder.requireValueInRange(source.getRange(`${letters}2:${letters}`), true);
  }
  range.setDataValidation(builder.setAllowInvalid(true).setHelpText(rule.helpText).build());
  return true;
}

/** Sets up (or repairs) a spreadsheet. Running it twice changes nothing the second time. */
export function setUpSpreadsheet(spreadsheet: Spreadsheet): SetupSummary {
  const existing = new Map<string, Sheet | null>();
  const states = new Map<string, SheetState | undefined>();
  for (const spec of SETUP_SHEETS) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    existing.set(spec.name, sheet);
    states.set(spec.name, sheet ? stateOf(sheet) : undefined);
  }
  const plans = planWorkbook(states);
  const sheets = new Map<string, Sheet>();
  const summary: SetupSummary = {
    createdSheets: [],
    addedColumns: {},
    seeded: [],
    dropdowns: 0,
    keptUserDropdowns: [],
    protections: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    problems: [],
  };
  for (const plan of plans) {
    sheets.set(plan.name, applySheet(spreadsheet, plan, existing.get(plan.name) ?? null, summary.problems));
    if (plan.create) summary.createdSheets.push(plan.name);
    else if (plan.added.length) summary.addedColumns[plan.name] = plan.added.map((c) => c.header);
    if (plan.seed.length) summary.seeded.push(plan.name);
  }
  const workbookSettings = settingsFromValues(readValues(spreadsheet, SETTINGS.name));
  // Dropdown help in the workbook's language.
  for (const rule of planValidations(plans, workbookSettings.language)) {
    if (applyValidation(spreadsheet, sheets, rule)) summary.dropdowns++;
    else summary.keptUserDropdowns.push(`${rule.sheet} › ${rule.header}`);
  }
  const settings = protectionSettings(workbookSettings);
  summary.problems.push(...settings.problems);
  summary.protections = applyProtections(spreadsheet, settings);
  return summary;
}

/**
 * The sidebar's own server functions (menu item "Open CBO Tracker", and what the page asks through
 * google.script.run besides the jobs: its first state, the meetings and projects to choose from,
 * the indicator figures, selecting a problem's cell). Everything returned is plain data that
 * google.script.run can carry (no Date: dates are ISO text).
 */
import { readValues } from '../sheets/io';
import { latestResultsFromValues, RESULTS_SHEET } from '../indicators/results';
import { JOB_NAMES, sidebarJobs, DEFAULT_STEP_BUDGET_MS } from '../jobs/registry';
import type { JobProgress } from '../jobs/job';
import { INPUT_SHEETS, MEETINGS, OUTPUT_SHEETS, PROJECTS, type SheetSpec } from '../workbook/contract';
import { isoDay, parseDay } from '../workbook/dates';
import { foldKey } from '../workbook/matching';
import { Table } from '../workbook/table';
import { cleanText } from '../workbook/values';
import { MESSAGES } from '../i18n/messages';
import type { Language } from '../i18n/language';
import { interfaceLanguage } from '../menu/language';
import { dashboardOf, type Dashboard } from './dashboard';

export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'CBO Tracker';

/** Menu: Open CBO Tracker. */
export function openSidebar(): void {
  const template = HtmlService.createTemplateFromFile(SIDEBAR_FILE);
  const output = template.evaluate().setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(output);
}

/** A meeting or project the page lets the user choose. */
export interface SidebarItem {
  id: string;
  title: string;
  /** ISO day, '' when none or unreadable. */
  date: string;
  /** The row already links a document (a new run refills it). */
  hasDocument: boolean;
}

export interface SidebarState {
  spreadsheet: string;
  jobNames: readonly string[];
  jobs: Record<string, JobProgress | null>;
  meetings: SidebarItem[];
  projects: SidebarItem[];
  dashboard: Dashboard;
  stepBudgetMs: number;
  /** The interface language (Settings › Language, else the user's locale) and the page's words in it. */
  language: Language;
  labels: Record<string, string>;
}

/**
 * The menu's words the page uses (the names of the jobs), as written, placeholders unfilled. The
 * page's own words (`sidebar.*`, src/i18n/catalogue/sidebar.ts) are not sent: the build writes
 * them into SidebarWords.html, which Sidebar.html includes, so Code.js does not carry them.
 */
export function sidebarLabels(language: Language): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, message] of Object.entries(MESSAGES)) {
    if (key.startsWith('menu.')) labels[key] = message[language];
  }
  return labels;
}

function itemsOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
  idHeader: string,
  dateHeader: string | null,
): SidebarItem[] {
  const values = readValues(spreadsheet, spec.name);
  if (!values) return [];
  const table = Table.fromValues(spec.name, spec, values);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const items: SidebarItem[] = [];
  for (const row of table.rows) {
    const id = cleanText(table.get(row, idHeader));
    if (!id) continue;
    const day = dateHeader ? parseDay(table.get(row, dateHeader), zone) : undefined;
    items.push({
      id,
      title: cleanText(table.get(row, 'Title')),
      date: day?.status === 'ok' ? isoDay(day.value) : '',
      hasDocument: cleanText(table.get(row, 'Document')) !== '',
    });
  }
  return items;
}

/** google.script.run: what the page shows when it opens. */
export function sidebarState(): SidebarState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = interfaceLanguage(spreadsheet);
  return {
    language,
    labels: sidebarLabels(language),
    spreadsheet: spreadsheet.getName(),
    jobNames: JOB_NAMES,
    jobs: sidebarJobs(),
    meetings: itemsOf(spreadsheet, MEETINGS, 'Meeting ID', 'Date'),
    projects: itemsOf(spreadsheet, PROJECTS, 'Project ID', null),
    dashboard: sidebarDashboard(),
    stepBudgetMs: DEFAULT_STEP_BUDGET_MS,
  };
}

/** google.script.run: the latest indicator figures (the `Indicator results` sheet), for the dashboard. */
export function sidebarDashboard(): Dashboard {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return dashboardOf(latestResultsFromValues(readValues(spreadsheet, RESULTS_SHEET)));
}

const SPECS: readonly SheetSpec[] = [...INPUT_SHEETS, ...OUTPUT_SHEETS];

/**
 * google.script.run: selects a problem's cell (or its row, or its column's header, or the sheet)
 * and returns what was selected, e.g. "CBOs!F12".
 */
export function sidebarSelectProblem(where: { sheet?: unknown; row?: unknown; column?: unknown }): {
  selected: string;
} {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const name = typeof where?.sheet === 'string' ? where.sheet : '';
  const sheet =
    spreadsheet.getSheetByName(name) ??
    spreadsheet.getSheets().find((s) => foldKey(s.getName()) === foldKey(name)) ??
    null;
  if (!sheet) throw new Error(`There is no sheet called "${name}" in this spreadsheet`);
  const row = typeof where.row === 'number' && where.row >= 1 ? Math.floor(where.row) : null;
  const header = typeof where.column === 'string' ? where.column : null;
  let column: number | null = null;
  const lastColumn = sheet.getLastColumn();
  if (header && lastColumn > 0) {
    const headerRow = sheet.getRange(1, 1, 1, lastColumn).getValues();
    const spec = SPECS.find((s) => s.name === sheet.getName()) ?? { name: sheet.getName(), columns: [] };
    const index = Table.fromValues(sheet.getName(), spec, headerRow).column(header);
    if (index >= 0) column = index + 1;
  }
  sheet.activate();
  const range =
    row !== null && column !== null
      ? sheet.getRange(row, column)
      : row !== null
        ? sheet.getRange(row, 1, 1, Math.max(lastColumn, 1))
        : column !== null
          ? sheet.getRange(1, column)
          : sheet.getRange(1, 1);
  range.activate();
  return { selected: `${sheet.getName()}!${range.getA1Notation()}` };
}

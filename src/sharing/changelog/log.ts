/**
 * Change log (Apps Script glue). "Start change log" installs ONE installable on-edit trigger that
 * calls logChange(e); logChange appends the entries of an edit of an input sheet with a constant
 * number of calls (getValues of the edited range, getLastRow, one setValues) under the document lock.
 */
import type { Language } from '../../i18n/language';
import { t } from '../../i18n/messages';
import { CHANGE_LOG, SETTINGS } from '../../workbook/contract';
import { settingsFromValues } from '../../workbook/settings';
import { isDate, type Cell } from '../../workbook/values';
import { ensureGrid, readValues } from '../../sheets/io';
import { CHANGE_LOG_HEADER, isLoggedSheet, logEntries, logTimeFormat } from './entries';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LOG_HANDLER = 'logChange';
/** How long an edit waits for another editor's entry to be written. */
export const LOCK_WAIT_MS = 10000;

/** The Change log sheet, created with its header when missing. */
export function changeLogSheet(spreadsheet: Spreadsheet): Sheet {
  const existing = spreadsheet.getSheetByName(CHANGE_LOG.name);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(CHANGE_LOG.name);
  sheet.getRange(1, 1, 1, CHANGE_LOG_HEADER.length).setValues([CHANGE_LOG_HEADER]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/**
 * Appends rows to Change log under the document lock (getLastRow, one setValues, one
 * setNumberFormats for the Time cells, which are dates: see entries.ts). When the lock cannot be
 * had, each row is appended with appendRow (atomic per row) so that no entry is lost.
 */
export function appendLogRows(
  spreadsheet: Spreadsheet,
  rows: Cell[][],
  language: Language = 'en',
): { locked: boolean } {
  if (rows.length === 0) return { locked: true };
  const lock = LockService.getDocumentLock();
  let locked = false;
  try {
    lock.waitLock(LOCK_WAIT_MS);
    locked = true;
  } catch {
    locked = false;
  }
  try {
    const sheet = changeLogSheet(spreadsheet);
    if (locked) {
      const first = sheet.getLastRow() + 1;
      // The log outgrows the sheet's grid (1,000 rows for a new sheet) after 999 entries.
      ensureGrid(sheet, first + rows.length - 1, CHANGE_LOG_HEADER.length);
      sheet.getRange(first, 1, rows.length, CHANGE_LOG_HEADER.length).setValues(rows);
      const timeZone = spreadsheet.getSpreadsheetTimeZone();
      const formats = rows.map((row) => [isDate(row[0]) ? logTimeFormat(row[0], timeZone, language) : '@']);
      sheet.getRange(first, 1, rows.length, 1).setNumberFormats(formats);
      SpreadsheetApp.flush();
    } else {
      console.warn(
        `Change log: lock busy after ${LOCK_WAIT_MS} ms; ${rows.length} entries appended row by row.`,
      );
      for (const row of rows) sheet.appendRow(row);
    }
  } finally {
    if (locked) lock.releaseLock();
  }
  return { locked };
}

/** The installable on-edit handler (an entry point): logs edits of input sheets. */
export function logChange(e?: GoogleAppsScript.Events.SheetsOnEdit): { logged: number; locked?: boolean } {
  if (!e || !e.range) return { logged: 0 };
  const range = e.range;
  const sheet = range.getSheet();
  const sheetName = sheet.getName();
  if (!isLoggedSheet(sheetName)) return { logged: 0 };
  const spreadsheet = e.source ?? sheet.getParent();
  const values = range.getValues() as Cell[][];
  // Sheets withholds the editor's e-mail for most consumer accounts other than the installer.
  let user = '';
  try {
    user = e.user?.getEmail?.() ?? '';
  } catch {
    user = '';
  }
  const single = values.length === 1 && values[0].length === 1;
  const event = e as { oldValue?: Cell; value?: Cell };
  // The workbook's language (one read of Settings); in Khmer the place names the column's header
  // (one read of row 1 of the edited columns): calls stay the same for any size of edit.
  const language = settingsFromValues(readValues(spreadsheet, SETTINGS.name)).language;
  const headers =
    language === 'km'
      ? (sheet.getRange(1, range.getColumn(), 1, values[0]?.length || 1).getValues()[0] as Cell[])
      : undefined;
  const rows = logEntries({
    time: new Date(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    user: user || t(language, 'log.userUnknown'),
    language,
    headers,
    sheet: sheetName,
    row: range.getRow(),
    column: range.getColumn(),
    values,
    oldValue: event.oldValue,
    // A typed edit of an empty cell has a value and no oldValue; a paste has neither.
    oldValueKnown: single && (event.oldValue !== undefined || event.value !== undefined),
  });
  const { locked } = appendLogRows(spreadsheet, rows, language);
  return { logged: rows.length, locked };
}

export interface StartChangeLogSummary {
  installed: boolean;
  alreadyInstalled: boolean;
  /** Who installed the running trigger ('' when not known). */
  installer: string;
}

/** Document property naming the user whose trigger logs this document's edits. */
export const INSTALLER_KEY = 'cboTracker.changeLog.installer';

/**
 * Installs the on-edit trigger once per document, whoever clicks. A user sees only their own
 * triggers (getProjectTriggers), so the installer is recorded in the document properties: a second
 * user who clicks gets "already running" instead of a second trigger (every edit logged twice).
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 */
export function installChangeLog(spreadsheet: Spreadsheet): StartChangeLogSummary {
  const id = spreadsheet.getId();
  const properties = PropertiesService.getDocumentProperties();
  const recorded = properties.getProperty(INSTALLER_KEY) ?? '';
  const me = Session.getEffectiveUser().getEmail();
  const mine = ScriptApp.getProjectTriggers().some(
    (t) =>
      t.getHandlerFunction() === LOG_HANDLER &&
      t.getEventType() === ScriptApp.EventType.ON_EDIT &&
      t.getTriggerSourceId() === id,
  );
  const someoneElse = !mine && recorded !== '' && recorded.toLowerCase() !== me.toLowerCase();
  if (!mine && !someoneElse) {
    ScriptApp.newTrigger(LOG_HANDLER).forSpreadsheet(spreadsheet).onEdit().create();
  }
  if ((!mine && !someoneElse) || (mine && recorded.toLowerCase() !== me.toLowerCase())) {
    properties.setProperty(INSTALLER_KEY, me);
  }
  changeLogSheet(spreadsheet);
  const installed = !mine && !someoneElse;
  return { installed, alreadyInstalled: !installed, installer: someoneElse ? recorded : me };
}

/**
 * Menu handlers of minutes and progress reports: a click starts the job (jobs.ts) and runs steps
 * until the time budget; what is left continues in a time-driven trigger, at most once an hour
 * as Apps Script allows an add-on, and the alert says when (the sidebar's Resume goes on at once).
 */
import type { Language } from '../i18n/language';
import { localized, translator, type MessageKey } from '../i18n/messages';
import { said } from '../i18n/problems';
import { interfaceLanguage } from '../menu/language';
import { foldKey } from '../workbook/matching';
import { cleanText } from '../workbook/values';
import { reportRecipients, type ShareSummary } from '../sharing/reports/share';
import { readContext, type GeneratedDocument } from './generate';
import { startBatch, stepBatch, waitingBatches, saveBatch, batchSummary } from './jobs';
import { DOCUMENT_KINDS } from './kinds';
import {
  BOUND_CONTINUE_AFTER_MS,
  CONTINUE_AFTER_MS,
  CONTINUE_HANDLER,
  DEFAULT_BUDGET_MS,
  type DocumentKind,
} from './plan';
import { runsAsAddon } from '../menu/menu';
import { describeProblem } from './problems';
import type { Problem } from '../workbook/problem';
import type { DocumentBatch } from './cursor';

export type { ShareSummary } from '../sharing/reports/share';

export interface DocumentOptions {
  /** A Meeting ID, several separated by commas, or 'all'. */
  meetingId?: string;
  /** A Project ID, several separated by commas, or 'all'. */
  projectId?: string;
  /** Also save a PDF beside each Doc. */
  pdf?: boolean;
  /** Time budget of one run in ms (default 4.5 minutes); tests pass a tiny one. */
  budgetMs?: number;
  /** Share reports with partners after generating them (only when true; the menu asks first). */
  share?: boolean;
}

export interface DocumentRunSummary {
  kind: DocumentKind;
  documents: GeneratedDocument[];
  /** IDs left for the continuation trigger. */
  pending: string[];
  continues: boolean;
  /** When the continuation trigger will run (ISO time), when it continues. */
  continuesAt?: string;
  /** Whether the continuation waits the add-on's hour (false: a bound script's minute). */
  continuesHourly?: boolean;
  sharing?: ShareSummary[];
  problems: Problem[];
  cancelled?: boolean;
}

function ui(): GoogleAppsScript.Base.Ui | undefined {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return undefined; // time-driven trigger: no UI
  }
}

/**
 * The IDs a menu click means: the selected rows when the active sheet is Meetings/Projects,
 * else a prompt ("all" for all). Undefined when the user cancels.
 */
export function idsFromMenu(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: DocumentKind,
  language: Language,
  /** The prompt's title and question when another menu item asks (Share report with partners). */
  asking: { prompt: MessageKey; ask: MessageKey } = DOCUMENT_KINDS[kind].messages,
): string | undefined {
  const { sheet: spec, key } = DOCUMENT_KINDS[kind];
  const sheet = spreadsheet.getActiveSheet();
  if (sheet && foldKey(sheet.getName()) === foldKey(spec.name)) {
    const range = sheet.getActiveRange();
    if (range && range.getRow() > 1) {
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const keyColumn = header.findIndex(
        (h) => foldKey(cleanText(h as string).replace(/\*$/, '')) === foldKey(key),
      );
      if (keyColumn >= 0) {
        const values = sheet.getRange(range.getRow(), keyColumn + 1, range.getNumRows(), 1).getValues();
        const ids = values.map((v) => cleanText(v[0] as string)).filter(Boolean);
        if (ids.length > 0) return ids.join(',');
      }
    }
  }
  const dialog = ui();
  if (!dialog) return 'all';
  const say = translator(language);
  const answer = dialog.prompt(say(asking.prompt), say(asking.ask), dialog.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== dialog.Button.OK) return undefined;
  return cleanText(answer.getResponseText()) || undefined;
}

function deleteContinuationTriggers(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}

/**
 * One continuation trigger for all of this user's waiting batches (an add-on may have one
 * time-driven trigger per user and document, and it fires at most once an hour).
 */
function scheduleContinuation(batch: DocumentBatch): void {
  deleteContinuationTriggers();
  const waiting = waitingBatches();
  if (waiting.length === 0) return;
  // An add-on's time-driven trigger fires no sooner than an hour; a bound script's a minute on.
  const after = runsAsAddon() ? CONTINUE_AFTER_MS : BOUND_CONTINUE_AFTER_MS;
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(after).create();
  if (batch.state === 'running' && batch.next < batch.ids.length) {
    batch.continuesAt = new Date(Date.now() + after).toISOString();
    batch.continuesHourly = after === CONTINUE_AFTER_MS;
    saveBatch(batch);
  }
}

function runSteps(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  batch: DocumentBatch,
  budgetMs: number,
  context?: ReturnType<typeof readContext>,
): DocumentRunSummary {
  const step = stepBatch(spreadsheet, batch, budgetMs, context);
  const pending = batch.state === 'running' ? batch.ids.slice(batch.next) : [];
  scheduleContinuation(batch);
  const summary: DocumentRunSummary = {
    kind: batch.kind,
    documents: step.documents,
    pending,
    continues: pending.length > 0,
    problems: step.problems,
  };
  if (batch.continuesAt && pending.length > 0) {
    summary.continuesAt = batch.continuesAt;
    summary.continuesHourly = batch.continuesHourly !== false;
  }
  if (batch.share) summary.sharing = step.sharing;
  return summary;
}

/** Asks before a report run e-mails partners (Settings › Share reports with partners = Yes). */
function askToShare(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, language: Language): boolean {
  const dialog = ui();
  if (!dialog) return false;
  const recipients = reportRecipients(spreadsheet);
  if (recipients === 0) return false;
  const say = translator(language);
  const answer = dialog.alert(
    say('share.title'),
    say('documents.askShare', { count: recipients }),
    dialog.ButtonSet.YES_NO,
  );
  return answer === dialog.Button.YES;
}

function startRun(kind: DocumentKind, options: DocumentOptions | undefined): DocumentRunSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const description = DOCUMENT_KINDS[kind];
  const fromMenu = options === undefined;
  const language = interfaceLanguage(spreadsheet);
  const wanted = fromMenu ? idsFromMenu(spreadsheet, kind, language) : options[description.option];
  if (fromMenu && wanted === undefined) {
    return { kind, documents: [], pending: [], continues: false, problems: [], cancelled: true };
  }
  const context = readContext(spreadsheet, kind);
  const share =
    description.shares &&
    (fromMenu
      ? context.settings.shareReportsWithPartners && askToShare(spreadsheet, language)
      : options.share === true);
  const batch = startBatch(
    spreadsheet,
    kind,
    { ids: wanted, pdf: options?.pdf, share, budgetMs: options?.budgetMs },
    context,
  );
  const summary = runSteps(spreadsheet, batch, options?.budgetMs ?? DEFAULT_BUDGET_MS, context);
  if (batch.ids.length === 0) {
    summary.problems.push({
      severity: 'error',
      sheet: description.sheet.name,
      row: null,
      column: description.key,
      value: '',
      code: 'document-nothing-to-generate',
      ...said(localized('doc.nothing', { column: description.key })),
    });
  }
  report(summary, batch, fromMenu, spreadsheet, language);
  return summary;
}

/** The continuation's time of day in the spreadsheet's zone: "14:05". */
function clockTime(iso: string, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return Utilities.formatDate(new Date(iso), spreadsheet.getSpreadsheetTimeZone(), 'HH:mm');
}

function report(
  summary: DocumentRunSummary,
  batch: DocumentBatch,
  alert: boolean,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  language: Language,
): void {
  const dialog = ui();
  if (!dialog) return;
  const say = translator(language);
  const made = summary.documents.filter((d) => d.url);
  const lines = made.map((d) =>
    say(d.updated ? 'documents.updated' : 'documents.created', { name: d.name ?? d.id }),
  );
  const failed = summary.documents.filter((d) => !d.url).map((d) => say('documents.notMade', { id: d.id }));
  const problems = summary.problems.slice(0, 15).map((p) => describeProblem(p, language));
  if (summary.problems.length > 15)
    problems.push(say('documents.more', { count: summary.problems.length - 15 }));
  const pending =
    summary.continues && summary.continuesAt
      ? [
          say(summary.continuesHourly === false ? 'documents.pendingBound' : 'documents.pending', {
            count: summary.pending.length,
            time: clockTime(summary.continuesAt, spreadsheet),
          }),
        ]
      : [];
  const shared = (summary.sharing ?? []).map((s) =>
    say('documents.shared', { project: s.projectId, partners: s.partners, emails: s.emailsSent }),
  );
  const text = [
    ...lines,
    ...failed,
    ...shared,
    ...pending,
    ...(problems.length ? ['', ...problems] : []),
  ].join('\n');
  try {
    if (alert)
      dialog.alert(
        say(DOCUMENT_KINDS[summary.kind].messages.title),
        text || say('documents.nothingToDo'),
        dialog.ButtonSet.OK,
      );
    else spreadsheet.toast(lines.join('\n') || batchSummary(batch), 'CBO Tracker', 10);
  } catch {
    // No UI (trigger): the summary is returned and logged.
  }
}

/** Menu: CBO Tracker › Generate minutes. */
export function generateMinutes(options?: DocumentOptions): DocumentRunSummary {
  return startRun('minutes', options);
}

/** Menu: CBO Tracker › Generate progress report. */
export function generateProgressReport(options?: DocumentOptions): DocumentRunSummary {
  return startRun('report', options);
}

/** Time-driven trigger (it passes its event object): continues a batch cut short by the time budget. */
export function continueDocumentBatch(options?: { budgetMs?: number }): DocumentRunSummary | undefined {
  const batch = waitingBatches()[0];
  if (!batch) {
    deleteContinuationTriggers();
    return undefined;
  }
  const active = SpreadsheetApp.getActiveSpreadsheet();
  const spreadsheet =
    active && active.getId() === batch.spreadsheetId ? active : SpreadsheetApp.openById(batch.spreadsheetId);
  const budget =
    typeof options?.budgetMs === 'number' ? options.budgetMs : (batch.budgetMs ?? DEFAULT_BUDGET_MS);
  const summary = runSteps(spreadsheet, batch, budget);
  console.log(
    `CBO Tracker: ${summary.documents.length} ${DOCUMENT_KINDS[batch.kind].label}(s) made, ${summary.pending.length} left`,
  );
  return summary;
}

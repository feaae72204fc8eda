/**
 * Menu handlers and the batch runner: generate minutes or reports for one ID or all, stop before
 * the time budget, save a cursor and continue in a time-driven trigger without duplicates.
 */
import { readTable, writeOutputSheet } from '../sheets/workbook';
import { PARTNERS, PROJECTS } from '../workbook/contract';
import { foldKey } from '../workbook/matching';
import { cleanText } from '../workbook/values';
import { addViewer } from './drive';
import { allIds, generateOne, readContext, type GeneratedDocument } from './generate';
import {
  BATCH_PROPERTY,
  batchKey,
  CONTINUE_AFTER_MS,
  CONTINUE_HANDLER,
  DEFAULT_BUDGET_MS,
  driveIdOf,
  fitsInBudget,
  parseBatch,
  selectIds,
  SHARING_HEADER,
  SHARING_SHEET,
  shareTargets,
  type DocumentBatch,
  type DocumentKind,
} from './plan';
import { describeProblem } from './problems';
import type { Problem } from '../workbook/problem';
import { rowsFor } from './sources';

export interface DocumentOptions {
  /** A Meeting ID, several separated by commas, or 'all'. */
  meetingId?: string;
  /** A Project ID, several separated by commas, or 'all'. */
  projectId?: string;
  /** Also save a PDF beside each Doc. */
  pdf?: boolean;
  /** Time budget of one run in ms (default 4.5 minutes); tests pass a tiny one. */
  budgetMs?: number;
  /** Share reports with partners after generating them (default: Settings › Share reports with partners). */
  share?: boolean;
}

export interface DocumentRunSummary {
  kind: DocumentKind;
  documents: GeneratedDocument[];
  /** IDs left for the continuation trigger. */
  pending: string[];
  continues: boolean;
  sharing?: ShareSummary[];
  problems: Problem[];
  cancelled?: boolean;
}

const KIND_SHEET = { minutes: 'Meetings', report: 'Projects' } as const;
const KIND_KEY = { minutes: 'Meeting ID', report: 'Project ID' } as const;
const KIND_LABEL = { minutes: 'minutes', report: 'progress report' } as const;

function ui(): GoogleAppsScript.Base.Ui | undefined {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return undefined; // time-driven trigger: no UI
  }
}

/**
 * Where batches wait for their continuation: the user's properties, keyed by spreadsheet. Document
 * properties do not exist in an add-on's time-driven trigger, and script properties are shared by
 * every user and spreadsheet of an add-on.
 */
function batches(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

/** Batches waiting for a continuation, oldest key first. */
function waitingBatches(): [string, DocumentBatch | undefined][] {
  return Object.entries(batches().getProperties())
    .filter(([key]) => key.startsWith(`${BATCH_PROPERTY}:`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, text]) => [key, parseBatch(text)]);
}

function saveBatch(batch: DocumentBatch, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  batches().setProperty(batchKey(batch.spreadsheetId ?? spreadsheet.getId()), JSON.stringify(batch));
}

/**
 * The IDs a menu click means: the selected rows when the active sheet is Meetings/Projects,
 * else a prompt ("all" for all). Undefined when the user cancels.
 */
function idsFromMenu(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: DocumentKind,
): string | undefined {
  const sheet = spreadsheet.getActiveSheet();
  if (sheet && foldKey(sheet.getName()) === foldKey(KIND_SHEET[kind])) {
    const range = sheet.getActiveRange();
    if (range && range.getRow() > 1) {
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const keyColumn = header.findIndex(
        (h) => foldKey(cleanText(h as string).replace(/\*$/, '')) === foldKey(KIND_KEY[kind]),
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
  const answer = dialog.prompt(
    `Generate ${KIND_LABEL[kind]}`,
    `${KIND_KEY[kind]} to generate (or "all"):`,
    dialog.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== dialog.Button.OK) return undefined;
  return cleanText(answer.getResponseText()) || undefined;
}

function runBatch(
  batch: DocumentBatch,
  options: DocumentOptions,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): DocumentRunSummary {
  const start = Date.now();
  const budget = options.budgetMs ?? batch.budgetMs ?? DEFAULT_BUDGET_MS;
  const context = readContext(spreadsheet, batch.kind);
  const documents: GeneratedDocument[] = [];
  let slowest = 0;
  while (batch.next < batch.ids.length) {
    if (!fitsInBudget(documents.length, Date.now() - start, slowest, budget)) break;
    const began = Date.now();
    const id = batch.ids[batch.next];
    let generated: GeneratedDocument;
    try {
      generated = generateOne(context, id, { pdf: batch.pdf });
    } catch (error) {
      generated = {
        id,
        updated: false,
        problems: [
          {
            severity: 'error',
            sheet: KIND_SHEET[batch.kind],
            row: null,
            column: KIND_KEY[batch.kind],
            value: id,
            code: 'document-failed',
            fix: '',
            message: `the document could not be made: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      };
    }
    documents.push(generated);
    batch.next++;
    batch.done++;
    slowest = Math.max(slowest, Date.now() - began);
    // The cursor moves after each document: a run that dies mid-way continues after the last one done.
    if (batch.ids.length > 1) saveBatch(batch, spreadsheet);
  }
  const pending = batch.ids.slice(batch.next);
  deleteContinuationTriggers();
  if (pending.length > 0) saveBatch(batch, spreadsheet);
  else batches().deleteProperty(batchKey(batch.spreadsheetId ?? spreadsheet.getId()));
  // Another spreadsheet's batch may wait too: one trigger continues them all, one after the other.
  if (pending.length > 0 || waitingBatches().length > 0) {
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
  }
  const summary: DocumentRunSummary = {
    kind: batch.kind,
    documents,
    pending,
    continues: pending.length > 0,
    problems: uniqueProblems(documents.flatMap((d) => d.problems)),
  };
  const share = options.share ?? context.settings.shareReportsWithPartners;
  if (batch.kind === 'report' && share) {
    summary.sharing = documents
      .filter((d) => d.url)
      .map((d) => shareWithPartners(spreadsheet, d.id, d.url as string, d.name ?? d.id));
  }
  return summary;
}

/** Problems of the run once each (a problem of the whole run is in every document's list). */
function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = describeProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function deleteContinuationTriggers(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}

function startRun(kind: DocumentKind, options: DocumentOptions | undefined): DocumentRunSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const fromMenu = options === undefined;
  const wanted = fromMenu
    ? idsFromMenu(spreadsheet, kind)
    : kind === 'minutes'
      ? options.meetingId
      : options.projectId;
  if (fromMenu && wanted === undefined) {
    return { kind, documents: [], pending: [], continues: false, problems: [], cancelled: true };
  }
  const context = readContext(spreadsheet, kind);
  const ids = selectIds(allIds(context), wanted);
  const batch: DocumentBatch = {
    kind,
    ids,
    next: 0,
    pdf: options?.pdf ?? false,
    startedAt: new Date().toISOString(),
    done: 0,
    spreadsheetId: spreadsheet.getId(),
    ...(options?.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
  };
  const summary = runBatch(batch, options ?? {}, spreadsheet);
  if (ids.length === 0) {
    summary.problems.push({
      severity: 'error',
      sheet: KIND_SHEET[kind],
      row: null,
      column: KIND_KEY[kind],
      value: '',
      code: 'nothing-to-generate',
      fix: '',
      message: `No ${KIND_KEY[kind]} to generate`,
    });
  }
  report(summary, fromMenu);
  return summary;
}

function report(summary: DocumentRunSummary, alert: boolean): void {
  const made = summary.documents.filter((d) => d.url);
  const lines = made.map((d) => `${d.updated ? 'Updated' : 'Created'}: ${d.name}`);
  const failed = summary.documents.filter((d) => !d.url).map((d) => `Not made: ${d.id}`);
  const problems = summary.problems.slice(0, 15).map(describeProblem);
  if (summary.problems.length > 15) problems.push(`… and ${summary.problems.length - 15} more`);
  const pending = summary.continues
    ? [`${summary.pending.length} more will be made in a minute (a trigger continues the batch).`]
    : [];
  const shared = (summary.sharing ?? []).map(
    (s) => `Shared ${s.projectId} with ${s.partners} partner(s), ${s.emailsSent} e-mail(s) sent`,
  );
  const text = [
    ...lines,
    ...failed,
    ...shared,
    ...pending,
    ...(problems.length ? ['', ...problems] : []),
  ].join('\n');
  const dialog = ui();
  if (!dialog) return;
  try {
    if (alert)
      dialog.alert(
        `CBO Tracker – ${KIND_LABEL[summary.kind]}`,
        text || 'Nothing to do.',
        dialog.ButtonSet.OK,
      );
    else
      SpreadsheetApp.getActiveSpreadsheet().toast(lines.join('\n') || 'Nothing generated', 'CBO Tracker', 10);
  } catch {
    // No UI (trigger): the summary is returned and logged.
  }
}

/** Menu: Documents › Generate minutes. */
export function generateMinutes(options?: DocumentOptions): DocumentRunSummary {
  return startRun('minutes', options);
}

/** Menu: Documents › Generate progress report. */
export function generateProgressReport(options?: DocumentOptions): DocumentRunSummary {
  return startRun('report', options);
}

/** Time-driven trigger (it passes its event object): continues a batch cut short by the time budget. */
export function continueDocumentBatch(options?: { budgetMs?: number }): DocumentRunSummary | undefined {
  const [key, batch] = waitingBatches()[0] ?? [];
  if (!key || !batch?.spreadsheetId) {
    if (key) batches().deleteProperty(key);
    deleteContinuationTriggers();
    return undefined;
  }
  const active = SpreadsheetApp.getActiveSpreadsheet();
  const spreadsheet =
    active && active.getId() === batch.spreadsheetId ? active : SpreadsheetApp.openById(batch.spreadsheetId);
  const budget = typeof options?.budgetMs === 'number' ? { budgetMs: options.budgetMs } : {};
  const summary = runBatch(batch, budget, spreadsheet);
  console.log(
    `CBO Tracker: ${summary.documents.length} ${KIND_LABEL[batch.kind]}(s) made, ${summary.pending.length} left`,
  );
  return summary;
}

export interface ShareSummary {
  projectId: string;
  document: string;
  partners: number;
  viewers: number;
  emailsSent: number;
  problems: Problem[];
}

/**
 * Gives every partner with Receives reports = Yes view access to a report and e-mails them the
 * link; logs one row per address in the `Report sharing` sheet (appended, one write).
 */
export function shareWithPartners(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  projectId: string,
  url: string,
  name: string,
): ShareSummary {
  const targets = shareTargets(readTable(spreadsheet, PARTNERS));
  const summary: ShareSummary = {
    projectId,
    document: url,
    partners: 0,
    viewers: 0,
    emailsSent: 0,
    problems: [],
  };
  const id = driveIdOf(url);
  let quota = MailApp.getRemainingDailyQuota();
  const time = new Date();
  const log: (string | Date)[][] = [];
  for (const target of targets) {
    summary.partners++;
    summary.problems.push(...target.problems);
    if (target.emails.length === 0) {
      log.push([time, projectId, url, target.partner, '', 'No', 'No', target.problems[0]?.message ?? '']);
    }
    for (const email of target.emails) {
      let access = 'No';
      let sent = 'No';
      let problem = '';
      try {
        if (!id) throw new Error('no document link');
        addViewer(id, email);
        access = 'View';
        summary.viewers++;
      } catch (error) {
        problem = `access not given: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (quota > 0) {
        try {
          MailApp.sendEmail(
            email,
            `Progress report: ${name}`,
            `Dear ${target.partner},\n\nAs agreed in our partnership, here is the progress report "${name}":\n${url}\n\nYou can view it with this address.\n\nWith thanks,\n${SHARING_SIGNATURE}`,
          );
          sent = 'Yes';
          summary.emailsSent++;
          quota--;
        } catch (error) {
          problem = [problem, `e-mail not sent: ${error instanceof Error ? error.message : String(error)}`]
            .filter(Boolean)
            .join('; ');
        }
      } else {
        problem = [problem, 'e-mail not sent: daily e-mail quota used up'].filter(Boolean).join('; ');
      }
      if (problem) {
        summary.problems.push({
          severity: 'warning',
          sheet: 'Partners',
          row: target.row,
          column: 'Email',
          value: email,
          code: 'share-failed',
          fix: '',
          message: problem,
        });
      }
      log.push([time, projectId, url, target.partner, email, access, sent, problem]);
    }
  }
  appendSharingLog(spreadsheet, log);
  return summary;
}

const SHARING_SIGNATURE = 'CBO Tracker';

function appendSharingLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: (string | Date)[][],
): void {
  if (rows.length === 0) return;
  const sheet = spreadsheet.getSheetByName(SHARING_SHEET);
  if (!sheet) {
    writeOutputSheet(spreadsheet, SHARING_SHEET, SHARING_HEADER, rows, {
      widths: [140, 90, 220, 160, 200, 60, 70, 300],
    });
    return;
  }
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  sheet.getRange(start, 1, rows.length, SHARING_HEADER.length).setValues(rows);
}

/** Menu: Documents › Share report with partners (the selected Projects row, else a prompt). */
export function shareReportWithPartners(options?: { projectId?: string }): {
  sharing: ShareSummary[];
  problems: Problem[];
} {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const fromMenu = options === undefined;
  const wanted = fromMenu ? idsFromMenu(spreadsheet, 'report') : options.projectId;
  if (wanted === undefined) return { sharing: [], problems: [] };
  const projects = readTable(spreadsheet, PROJECTS);
  const ids = selectIds(
    projects ? projects.rows.map((r) => cleanText(projects.get(r, 'Project ID'))).filter(Boolean) : [],
    wanted,
  );
  const sharing: ShareSummary[] = [];
  const problems: Problem[] = [];
  for (const id of ids) {
    const row = rowsFor(projects, 'Project ID', id)[0];
    const link = row && projects ? cleanText(projects.get(row, 'Document')) : '';
    if (!driveIdOf(link)) {
      problems.push({
        severity: 'error',
        sheet: 'Projects',
        row: row?.rowNumber ?? null,
        column: 'Document',
        value: id,
        code: 'no-report-yet',
        fix: '',
        message: 'no progress report yet: generate it first (CBO Tracker › Generate progress report)',
      });
      continue;
    }
    const result = shareWithPartners(spreadsheet, id, link, id);
    sharing.push(result);
    problems.push(...result.problems);
  }
  const dialog = ui();
  if (dialog && fromMenu) {
    const lines = sharing.map(
      (s) => `${s.projectId}: ${s.viewers} viewer(s) added, ${s.emailsSent} e-mail(s) sent`,
    );
    dialog.alert(
      'CBO Tracker – share report',
      [...lines, ...problems.slice(0, 15).map(describeProblem)].join('\n') || 'Nothing shared.',
      dialog.ButtonSet.OK,
    );
  }
  return { sharing, problems };
}

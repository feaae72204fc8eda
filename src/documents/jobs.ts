/**
 * Minutes and progress reports as Jobs (src/jobs/job.ts): start plans the IDs and saves the
 * cursor in the user's properties keyed by kind and spreadsheet (document properties do not
 * exist in an add-on's time-driven trigger, and script properties are shared by every user); each
 * step makes documents until its budget and moves the cursor after each one, so a step cut short
 * never makes a second copy (the row's link goes in as soon as a document exists).
 */
import type { Job, JobOptions, JobProgress } from '../jobs/job';
import { shareWithPartners, type ShareSummary } from '../sharing/reports/share';
import {
  batchKey,
  batchKeys,
  decodeBatch,
  encodeBatch,
  isBatchKey,
  keepProblems,
  type DocumentBatch,
} from './cursor';
import { allIds, generateOne, readContext, type DocumentContext, type GeneratedDocument } from './generate';
import { DOCUMENT_KINDS } from './kinds';
import { DEFAULT_BUDGET_MS, fitsInBudget, selectIds, type DocumentKind } from './plan';
import { describeProblem } from './problems';
import { localized, t } from '../i18n/messages';
import { languageFor } from '../menu/language';
import { said } from '../i18n/problems';
import type { Problem } from '../workbook/problem';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

export function loadBatch(kind: DocumentKind, spreadsheetId: string): DocumentBatch | undefined {
  const properties = store();
  return decodeBatch(batchKey(kind, spreadsheetId), (key) => properties.getProperty(key));
}

/** Saves a batch (one write), removing ID chunks a longer earlier batch left. */
export function saveBatch(batch: DocumentBatch): void {
  const properties = store();
  const key = batchKey(batch.kind, batch.spreadsheetId);
  const encoded = encodeBatch(batch);
  const previous = properties.getProperty(key);
  properties.setProperties(encoded);
  for (const old of batchKeys(key, previous)) if (!(old in encoded)) properties.deleteProperty(old);
}

/** Batches of every spreadsheet of this user that still have documents to make, oldest first. */
export function waitingBatches(): DocumentBatch[] {
  const all = store().getProperties();
  return Object.keys(all)
    .filter(isBatchKey)
    .map((key) => decodeBatch(key, (k) => all[k] ?? null))
    .filter((b): b is DocumentBatch => b !== undefined && b.state === 'running' && b.next < b.ids.length)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export interface StartOptions {
  /** IDs separated by commas, or 'all'. */
  ids?: string;
  pdf?: boolean;
  share?: boolean;
  budgetMs?: number;
}

/** Plans a batch (no document yet) and saves its cursor; a finished or cancelled batch is replaced. */
export function startBatch(
  spreadsheet: Spreadsheet,
  kind: DocumentKind,
  options: StartOptions,
  context: DocumentContext = readContext(spreadsheet, kind),
): DocumentBatch {
  const batch: DocumentBatch = {
    kind,
    ids: selectIds(allIds(context), options.ids),
    next: 0,
    pdf: options.pdf === true,
    share: DOCUMENT_KINDS[kind].shares && options.share === true,
    startedAt: new Date().toISOString(),
    spreadsheetId: spreadsheet.getId(),
    state: 'running',
    created: 0,
    updated: 0,
    failed: 0,
    current: null,
    problems: [],
    problemsLeftOut: 0,
    language: languageFor(context.settings),
    ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
  };
  if (batch.ids.length === 0) {
    const { sheet, key } = DOCUMENT_KINDS[kind];
    keepProblems(batch, [
      {
        severity: 'error',
        sheet: sheet.name,
        row: null,
        column: key,
        value: '',
        code: 'document-nothing-to-generate',
        ...said(localized('doc.nothing', { column: key })),
      },
    ]);
    batch.state = 'finished';
  }
  saveBatch(batch);
  return batch;
}

export interface StepResult {
  documents: GeneratedDocument[];
  sharing: ShareSummary[];
  problems: Problem[];
}

function failure(kind: DocumentKind, id: string, error: unknown): GeneratedDocument {
  const { sheet, key } = DOCUMENT_KINDS[kind];
  return {
    id,
    updated: false,
    problems: [
      {
        severity: 'error',
        sheet: sheet.name,
        row: null,
        column: key,
        value: id,
        code: 'document-failed',
        ...said(localized('doc.failed', { error: error instanceof Error ? error.message : String(error) })),
      },
    ],
  };
}

/** Makes documents of a batch until the budget (at least one), saving the cursor after each. */
export function stepBatch(
  spreadsheet: Spreadsheet,
  batch: DocumentBatch,
  budgetMs: number,
  context?: DocumentContext,
): StepResult {
  const start = Date.now();
  const result: StepResult = { documents: [], sharing: [], problems: [] };
  if (batch.state !== 'running' || batch.next >= batch.ids.length) return result;
  const lock = LockService.getUserLock();
  // Another step of this user (the sidebar and a trigger at once) is running: it carries the batch.
  if (!lock.tryLock(1000)) return result;
  try {
    const run = context ?? readContext(spreadsheet, batch.kind);
    let slowest = 0;
    while (batch.next < batch.ids.length) {
      if (!fitsInBudget(result.documents.length, Date.now() - start, slowest, budgetMs)) break;
      const began = Date.now();
      const id = batch.ids[batch.next];
      let generated: GeneratedDocument;
      try {
        generated = generateOne(run, id, { pdf: batch.pdf });
      } catch (error) {
        generated = failure(batch.kind, id, error);
      }
      result.documents.push(generated);
      if (!generated.url) batch.failed++;
      else if (generated.updated) batch.updated++;
      else batch.created++;
      if (batch.share && generated.url) {
        const shared = shareWithPartners(
          spreadsheet,
          id,
          generated.url,
          generated.name ?? id,
          run.settings.language,
        );
        result.sharing.push(shared);
        generated.problems.push(...shared.problems);
      }
      keepProblems(batch, generated.problems);
      batch.next++;
      batch.current = id;
      if (batch.next >= batch.ids.length) batch.state = 'finished';
      slowest = Math.max(slowest, Date.now() - began);
      // The cursor moves after each document: a run that dies mid-way continues after the last one done.
      saveBatch(batch);
    }
  } finally {
    lock.releaseLock();
  }
  result.problems = uniqueProblems(result.documents.flatMap((d) => d.problems));
  return result;
}

/** Problems of the run once each (a problem of the whole run is in every document's list). */
export function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = describeProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "3 minutes made (1 new, 2 updated), 1 not made", in the language the batch started in. */
export function batchSummary(batch: DocumentBatch): string {
  const language = batch.language ?? 'en';
  const made = batch.created + batch.updated;
  const parts = [t(language, batch.kind === 'minutes' ? 'job.minutesMade' : 'job.reportsMade', { made })];
  if (made > 0) parts[0] += t(language, 'job.newUpdated', { created: batch.created, updated: batch.updated });
  if (batch.failed > 0) parts.push(t(language, 'job.notMade', { failed: batch.failed }));
  if (batch.state === 'cancelled')
    parts.push(t(language, 'job.stopped', { left: batch.ids.length - batch.next }));
  return parts.join(t(language, 'text.and'));
}

export function progressOf(batch: DocumentBatch): JobProgress {
  const finished = batch.state !== 'running';
  const problems = [...batch.problems];
  if (batch.problemsLeftOut > 0) {
    problems.push({
      severity: 'warning',
      sheet: DOCUMENT_KINDS[batch.kind].sheet.name,
      row: null,
      column: null,
      code: 'problems-left-out',
      ...said(localized('doc.problemsLeftOut', { count: batch.problemsLeftOut })),
    });
  }
  return {
    job: batch.kind,
    done: batch.next,
    total: batch.ids.length,
    current: batch.current,
    finished,
    cancelled: batch.state === 'cancelled',
    summary: finished ? batchSummary(batch) : null,
    problems,
  };
}

function documentJob(kind: DocumentKind): Job {
  return {
    name: kind,
    start(spreadsheet, options: JobOptions) {
      return progressOf(startBatch(spreadsheet, kind, options));
    },
    step(spreadsheet, budgetMs) {
      const batch = loadBatch(kind, spreadsheet.getId());
      if (!batch) throw new Error(`no ${DOCUMENT_KINDS[kind].label} job has started on this spreadsheet`);
      stepBatch(spreadsheet, batch, budgetMs || DEFAULT_BUDGET_MS);
      return progressOf(batch);
    },
    cancel(spreadsheet) {
      const batch = loadBatch(kind, spreadsheet.getId());
      if (!batch) throw new Error(`no ${DOCUMENT_KINDS[kind].label} job has started on this spreadsheet`);
      if (batch.state === 'running') {
        batch.state = 'cancelled';
        saveBatch(batch);
      }
      return progressOf(batch);
    },
    status(spreadsheet) {
      const batch = loadBatch(kind, spreadsheet.getId());
      return batch ? progressOf(batch) : null;
    },
  };
}

/** The minutes job: one Doc per meeting (Meetings › Meeting ID). */
export const MINUTES_JOB: Job = documentJob('minutes');
/** The progress report job: one Doc per project; shares with partners only when started with share. */
export const REPORT_JOB: Job = documentJob('report');

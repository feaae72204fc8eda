/**
 * Every long job, and the server functions the sidebar calls through `google.script.run` to run
 * them step by step (exported from src/index.ts, so the build makes them top-level functions).
 *
 * A job is never continued by a time-driven trigger (an editor add-on may fire one at most once an
 * hour): the page calls sidebarStepJob again and again, each call a short execution inside its
 * budget, until the job is finished or cancelled. The cursor is saved server-side after every item,
 * so closing the sidebar loses nothing: sidebarJobs() gives the saved runs and the page offers Resume.
 */
import { MINUTES_JOB, REPORT_JOB } from '../documents/jobs';
import { indicatorsJob } from '../indicators/job';
import { validateJob } from '../validation/job';
import { partnersCollectJob, partnersSplitJob } from '../sharing/partners/jobs';
import { problemFix, problemMessage, problemValue } from '../i18n/problems';
import { t, type Language } from '../i18n/messages';
import { interfaceLanguage } from '../menu/language';
import type { Job, JobName, JobOptions, JobProgress } from './job';

/** The jobs in the order the sidebar shows them. */
export const JOBS: readonly Job[] = [
  validateJob,
  indicatorsJob,
  MINUTES_JOB,
  REPORT_JOB,
  partnersSplitJob,
  partnersCollectJob,
];

export const JOB_NAMES: readonly JobName[] = JOBS.map((job) => job.name);

/** Time budget of one step when the page asks for none: short, so the page shows progress often. */
export const DEFAULT_STEP_BUDGET_MS = 20_000;
/**
 * The most a page may ask for. A google.script.run call is an execution like any other, ended at
 * 6 minutes (https://developers.google.com/apps-script/guides/services/quotas, "Script runtime");
 * a step stops taking new items at its budget, and one item may take a while, so keep a wide margin.
 */
export const MAX_STEP_BUDGET_MS = 120_000;
/** How long a step waits for another step of the same spreadsheet (another tab or user) to end. */
const LOCK_WAIT_MS = 10_000;

export function jobNamed(name: unknown): Job {
  const job = JOBS.find((j) => j.name === name);
  if (!job) throw new Error(`No job called "${String(name)}" (the jobs: ${JOB_NAMES.join(', ')})`);
  return job;
}

/** A budget as the page asked for it, within [1, MAX_STEP_BUDGET_MS] (a step always does one item). */
export function stepBudget(asked: unknown): number {
  if (typeof asked !== 'number' || !Number.isFinite(asked)) return DEFAULT_STEP_BUDGET_MS;
  return Math.min(Math.max(1, Math.floor(asked)), MAX_STEP_BUDGET_MS);
}

function cleanOptions(options: unknown): JobOptions {
  const given = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  const out: JobOptions = {};
  if (typeof given.ids === 'string' && given.ids.trim()) out.ids = given.ids.trim();
  if (given.pdf === true) out.pdf = true;
  if (given.share === true) out.share = true;
  return out;
}

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * Runs `work` holding the spreadsheet's document lock, so that two steps (two tabs, two users)
 * never make the same document at once. Null when the lock could not be had in time.
 */
function locked<T>(work: () => T): T | null {
  const lock = LockService.getDocumentLock();
  if (!lock) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) return null;
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** google.script.run: starts (or starts again) a job; does no item yet. */
export function sidebarStartJob(name: JobName, options?: JobOptions): JobProgress {
  const job = jobNamed(name);
  const ss = spreadsheet();
  return spoken(locked(() => job.start(ss, cleanOptions(options))) ?? busy(job, ss), ss);
}

/**
 * The progress as the page shows it: each problem's message, fix and value in the interface
 * language (the jobs keep the catalogue messages, Problem.i18n, with the English text).
 */
function spoken(progress: JobProgress, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): JobProgress;
function spoken(
  progress: JobProgress | null,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): JobProgress | null;
function spoken(progress: JobProgress | null, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  if (!progress || progress.problems.length === 0) return progress;
  const language: Language = interfaceLanguage(ss);
  if (language === 'en') return progress;
  const problems = progress.problems.map((p) => ({
    ...p,
    message: problemMessage(p, language),
    fix: problemFix(p, language),
    ...(p.value !== undefined || p.i18n?.value ? { value: problemValue(p, language) } : {}),
  }));
  return { ...progress, problems };
}

/** google.script.run: does the job's next items within the budget (ms) and returns the progress. */
export function sidebarStepJob(name: JobName, budgetMs?: number): JobProgress {
  const job = jobNamed(name);
  const ss = spreadsheet();
  return spoken(locked(() => job.step(ss, stepBudget(budgetMs))) ?? busy(job, ss), ss);
}

/** google.script.run: stops the job where it is. */
export function sidebarCancelJob(name: JobName): JobProgress {
  const job = jobNamed(name);
  const ss = spreadsheet();
  return spoken(locked(() => job.cancel(ss)) ?? busy(job, ss), ss);
}

/** google.script.run: the saved run of every job on this spreadsheet for this user (null: never run). */
export function sidebarJobs(): Record<string, JobProgress | null> {
  const ss = spreadsheet();
  const out: Record<string, JobProgress | null> = {};
  for (const job of JOBS) out[job.name] = spoken(job.status(ss), ss);
  return out;
}

function busy(job: Job, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): JobProgress {
  const status = job.status(ss);
  if (!status) throw new Error(t(interfaceLanguage(ss), 'job.busy'));
  return status;
}

/**
 * Long jobs, run step by step.
 *
 * A job that may outlast one Apps Script execution (minutes for many meetings, reports, partner
 * sheets for every partner, collecting every partner's copy) is a sequence of short steps. Each step
 * works until its time budget, saves its cursor in the user's properties (keyed by job and
 * spreadsheet ID, within the property size limits), and returns its progress. The sidebar makes one
 * `google.script.run` call per step, so a job of any length runs as many short executions while the
 * user watches; Resume after the sidebar was closed reads the saved cursor (never a duplicate
 * document or copy). A menu click runs steps until its own budget and then says how to go on.
 *
 * Each capability implements its jobs next to its code (documents: minutes and report; sharing:
 * partners-split and partners-collect; validation and indicators are single-step) and the jobs
 * registry (src/jobs/registry.ts) lists them.
 */
import type { Problem } from '../workbook/problem';

export type JobName =
  'validate' | 'indicators' | 'minutes' | 'report' | 'partners-split' | 'partners-collect';

export interface JobOptions {
  /** minutes/report: the IDs to generate ('all', or IDs separated by commas). */
  ids?: string;
  /** minutes/report: also save a PDF beside each Doc. */
  pdf?: boolean;
  /** report: share with partners after generating (only when asked). */
  share?: boolean;
}

export interface JobProgress {
  job: JobName;
  /** Items done so far, of total (documents, partners; 1 of 1 for single-step jobs). */
  done: number;
  total: number;
  /** The item being, or last, done, as people read it: "M-2017-01", "Partner KHEN". */
  current: string | null;
  finished: boolean;
  cancelled: boolean;
  /** One line for people once finished (what was made, where to look); null before. */
  summary: string | null;
  /** Problems found so far, located like every other problem. */
  problems: Problem[];
}

/** What a capability provides for each of its long jobs. */
export interface Job {
  name: JobName;
  /** Plans the items and saves the cursor; does no item yet. Replaces a finished or cancelled run. */
  start(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, options: JobOptions): JobProgress;
  /** Does items until budgetMs has passed (at least one item per step), saves the cursor. */
  step(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, budgetMs: number): JobProgress;
  /** Stops the job where it is; what was done stays done. */
  cancel(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): JobProgress;
  /** The saved progress, or null when this job has not run on this spreadsheet for this user. */
  status(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): JobProgress | null;
}

/**
 * Where a long job keeps its cursor between steps: the user's properties, keyed by job and
 * spreadsheet (user properties exist in every context of an add-on, and each user has their own
 * run). One property per job; what it holds stays under the 9 KB a property value may have
 * (https://developers.google.com/apps-script/guides/services/quotas: "Properties value size
 * 9 KB / val"), so the problems it keeps are cut to fit and the rest are counted.
 */
import type { Problem } from '../workbook/problem';
import type { JobName, JobProgress } from './job';
import { SHEET } from '../workbook/contract';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const JOB_PROPERTY = 'cboTracker.job';
/** Bytes a saved job may take (a property value holds 9 KB; keep room for the key). */
export const MAX_SAVED_BYTES = 8_500;

export interface SavedJob<Cursor> {
  progress: JobProgress;
  cursor: Cursor;
}

export function jobKey(name: JobName, spreadsheetId: string): string {
  return `${JOB_PROPERTY}.${name}:${spreadsheetId}`;
}

function bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return n;
}

/** The first problems whose JSON fits in `budget` bytes. */
export function problemsThatFit(problems: readonly Problem[], budget: number): Problem[] {
  const kept: Problem[] = [];
  let used = 2;
  for (const problem of problems) {
    const size = bytes(JSON.stringify(problem)) + 1;
    if (used + size > budget) break;
    kept.push(problem);
    used += size;
  }
  return kept;
}

/** The saved run of a job on this spreadsheet for this user, or null. */
export function loadJob<Cursor>(name: JobName, spreadsheet: Spreadsheet): SavedJob<Cursor> | null {
  const text = PropertiesService.getUserProperties().getProperty(jobKey(name, spreadsheet.getId()));
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as SavedJob<Cursor>;
    return saved && saved.progress && saved.progress.job === name ? saved : null;
  } catch {
    return null;
  }
}

/** Saves a run; problems beyond what fits are left out of the saved copy (the step still returns them). */
export function saveJob<Cursor>(name: JobName, spreadsheet: Spreadsheet, saved: SavedJob<Cursor>): void {
  const bare = JSON.stringify({ progress: { ...saved.progress, problems: [] }, cursor: saved.cursor });
  const room = MAX_SAVED_BYTES - bytes(bare);
  if (room < 0) throw new Error(`The ${name} job's cursor is too big to save (${bytes(bare)} bytes)`);
  let problems = problemsThatFit(saved.progress.problems, room);
  const left = saved.progress.problems.length - problems.length;
  if (left > 0) {
    problems = problemsThatFit(saved.progress.problems, room - NOTE_BYTES);
    problems.push(leftOutNote(saved.progress.problems.length - problems.length));
  }
  const text = JSON.stringify({ progress: { ...saved.progress, problems }, cursor: saved.cursor });
  PropertiesService.getUserProperties().setProperty(jobKey(name, spreadsheet.getId()), text);
}

/** Room kept for the note saying how many problems were left out. */
const NOTE_BYTES = 400;

/** The last saved problem when some did not fit: how many, and where to see them all. */
export function leftOutNote(count: number): Problem {
  return {
    severity: 'warning',
    sheet: SHEET.validation,
    row: null,
    column: null,
    code: 'problems-left-out',
    message: `${count} more problem(s) are not listed here`,
    fix: 'Run the job again to list them all (validation problems are all in the Validation sheet).',
  };
}

/** A fresh progress record. */
export function progressOf(name: JobName, total: number, current: string | null): JobProgress {
  return {
    job: name,
    done: 0,
    total,
    current,
    finished: false,
    cancelled: false,
    summary: null,
    problems: [],
  };
}

/**
 * Jobs done in one step (validation, indicators): start saves the request, the one step does the
 * work and saves the outcome. They still go through the Job interface so that the sidebar runs
 * every job the same way.
 */
import { t, type MessageKey } from '../i18n/messages';
import { interfaceLanguage } from '../menu/language';
import type { Problem } from '../workbook/problem';
import type { Job, JobName, JobOptions, JobProgress } from './job';
import { loadJob, progressOf, saveJob } from './saved';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Problems a step returns to the page at most (the sheet lists them all). */
export const MAX_RETURNED_PROBLEMS = 2000;

export interface SingleStepOutcome {
  summary: string;
  problems: Problem[];
}

export function singleStepJob(
  name: JobName,
  /** The job's name as the menu says it (the sidebar shows it while it runs). */
  label: MessageKey,
  run: (spreadsheet: Spreadsheet, options: JobOptions) => SingleStepOutcome,
): Job {
  return {
    name,
    start(spreadsheet, options) {
      const progress = progressOf(name, 1, t(interfaceLanguage(spreadsheet), label));
      saveJob(name, spreadsheet, { progress, cursor: options ?? {} });
      return progress;
    },
    step(spreadsheet) {
      const saved = loadJob<JobOptions>(name, spreadsheet);
      if (!saved) {
        const language = interfaceLanguage(spreadsheet);
        throw new Error(t(language, 'job.notStarted', { job: t(language, label) }));
      }
      if (saved.progress.finished || saved.progress.cancelled) return saved.progress;
      const outcome = run(spreadsheet, saved.cursor);
      const progress: JobProgress = {
        ...saved.progress,
        done: 1,
        finished: true,
        summary: outcome.summary,
        problems: outcome.problems,
      };
      saveJob(name, spreadsheet, { progress, cursor: saved.cursor });
      return { ...progress, problems: outcome.problems.slice(0, MAX_RETURNED_PROBLEMS) };
    },
    cancel(spreadsheet) {
      const saved = loadJob<JobOptions>(name, spreadsheet);
      if (!saved) return { ...progressOf(name, 1, null), cancelled: true };
      if (saved.progress.finished) return saved.progress;
      const progress = { ...saved.progress, cancelled: true };
      saveJob(name, spreadsheet, { progress, cursor: saved.cursor });
      return progress;
    },
    status(spreadsheet) {
      return loadJob(name, spreadsheet)?.progress ?? null;
    },
  };
}

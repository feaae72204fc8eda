/**
 * A test bundle: the add-on's entry points plus its document jobs as top-level functions, so that
 * the jobs run in the offline runtime exactly as the sidebar's server functions will call them.
 */
import * as entry from '../../src/index';
import { MINUTES_JOB, REPORT_JOB } from '../../src/documents/jobs';
import type { JobOptions } from '../../src/jobs/job';

const jobs = { minutes: MINUTES_JOB, report: REPORT_JOB };
type Name = keyof typeof jobs;
const active = () => SpreadsheetApp.getActiveSpreadsheet();

Object.assign(globalThis, entry, {
  testJobStart: (name: Name, options: JobOptions) => jobs[name].start(active(), options),
  testJobStep: (name: Name, budgetMs: number) => jobs[name].step(active(), budgetMs),
  testJobCancel: (name: Name) => jobs[name].cancel(active()),
  testJobStatus: (name: Name) => jobs[name].status(active()),
});

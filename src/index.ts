/**
 * Entry points, and nothing else. Every export here becomes a top-level function of the
 * Apps Script project (the build generates the stubs): onOpen, menu handlers, triggers.
 */
export { onOpen, onInstall } from './menu/menu';
export { showAbout } from './menu/about';
export { validateData } from './validation/validate-data';
export { computeIndicators } from './indicators/compute-indicators';
export { generateMinutes, generateProgressReport, continueDocumentBatch } from './documents/run';
export { shareReportWithPartners } from './sharing/reports/menu';
export {
  setUpSheets,
  startChangeLog,
  logChange,
  createPartnerSheets,
  collectPartnerUpdates,
} from './sharing/entry';
export { openSidebar, sidebarState, sidebarDashboard, sidebarSelectProblem } from './sidebar/server';
export { sidebarStartJob, sidebarStepJob, sidebarCancelJob, sidebarJobs } from './jobs/registry';

/**
 * The partner jobs (Apps Script glue): 'partners-split' makes or refreshes one partner's copy after
 * another until a step's time budget, and 'partners-collect' merges every copy in one step. The
 * cursor lives in the user's properties keyed by job and spreadsheet (src/jobs/saved.ts). A new
 * copy's ID is written into Partners as soon as it is made, so a step cut short, a job resumed or
 * run again refreshes that copy and never makes a second one.
 */
import type { Job, JobProgress } from '../../jobs/job';
import { loadJob, progressOf, saveJob } from '../../jobs/saved';
import { singleStepJob } from '../../jobs/single';
import { foldKey } from '../../workbook/matching';
import type { Language } from '../../i18n/language';
import { digits, localized, say, t, type Localized } from '../../i18n/messages';
import { messageOf } from '../../i18n/problems';
import { interfaceLanguage } from '../../menu/language';
import type { Problem } from '../../workbook/problem';
import type { Snapshot } from './merge';
import { collectPartnerCopies } from './collect';
import { partnerRows } from './roster';
import { finishSplit, splitContext, splitPartner, type PartnerCopySummary } from './split';
import { SHEET } from '../../workbook/contract';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface SplitCursor {
  /** The partners to do, by name, in Partners order. */
  partners: string[];
  next: number;
  made: number;
  refreshed: number;
  refused: number;
  /** The interface language when the job started: its summary is said in it. */
  language?: Language;
}

function refusedProblem(partner: string, message: string): Problem {
  const fix = localized('partners.refused.fix');
  return {
    severity: 'warning',
    sheet: SHEET.partners,
    row: null,
    column: 'Partner',
    code: 'partner-copy-refused',
    message,
    fix: say('en', fix),
    i18n: { message: localized('text.as', { text: message }), fix },
    value: partner,
  };
}

function splitSummary(cursor: SplitCursor): string {
  const language = cursor.language ?? 'en';
  if (cursor.partners.length === 0) return t(language, 'job.noPartner');
  return (
    t(language, 'job.sheetsMade', { made: cursor.made, refreshed: cursor.refreshed }) +
    (cursor.refused ? t(language, 'job.leftAlone', { refused: cursor.refused }) : '')
  );
}

/** One step of the partner sheets job; `onPartner` hears each partner done (the menu lists them). */
export function stepSplit(
  spreadsheet: Spreadsheet,
  budgetMs: number,
  onPartner: (summary: PartnerCopySummary) => void = () => {},
): JobProgress {
  const saved = loadJob<SplitCursor>('partners-split', spreadsheet);
  if (!saved)
    throw new Error(
      t(interfaceLanguage(spreadsheet), 'job.notStarted', {
        job: t(interfaceLanguage(spreadsheet), 'menu.partnerSheets'),
      }),
    );
  if (saved.progress.finished || saved.progress.cancelled) return saved.progress;
  const began = Date.now();
  const cursor = saved.cursor;
  const progress: JobProgress = { ...saved.progress, problems: saved.progress.problems.slice() };
  const context = splitContext(spreadsheet);
  const snapshots = new Map<string, { name: string; snapshot: Snapshot }>();
  // At least one partner per step, then as many as the budget allows.
  let did = 0;
  try {
    while (cursor.next < cursor.partners.length && (did === 0 || Date.now() - began < budgetMs)) {
      did++;
      const name = cursor.partners[cursor.next];
      const partner = context.partners.find((p) => foldKey(p.name) === foldKey(name));
      progress.current = name;
      if (partner) {
        const done = splitPartner(context, partner);
        onPartner(done.summary);
        if (done.summary.refused) {
          cursor.refused++;
          progress.problems.push(refusedProblem(name, done.summary.refused));
        } else if (done.summary.reused) cursor.refreshed++;
        else cursor.made++;
        progress.problems.push(...(done.summary.problems ?? []));
        if (done.snapshot) snapshots.set(foldKey(name), done.snapshot);
      }
      cursor.next++;
      progress.done = cursor.next;
    }
  } finally {
    // Also when a partner's copy failed: the copies made before it keep what they were sent.
    finishSplit(context, snapshots, cursor.next >= cursor.partners.length);
  }
  if (cursor.next >= cursor.partners.length) {
    progress.finished = true;
    progress.summary = splitSummary(cursor);
  }
  saveJob('partners-split', spreadsheet, { progress, cursor });
  return progress;
}

export const partnersSplitJob: Job = {
  name: 'partners-split',
  start(spreadsheet) {
    // Only the Partners sheet: CBOs is read once, by the step that makes the copies.
    const names = partnerRows(spreadsheet).partners.map((p) => p.name);
    const language = interfaceLanguage(spreadsheet);
    const cursor: SplitCursor = { partners: names, next: 0, made: 0, refreshed: 0, refused: 0, language };
    const progress = progressOf('partners-split', names.length, names[0] ?? null);
    const done =
      names.length === 0 ? { ...progress, finished: true, summary: splitSummary(cursor) } : progress;
    saveJob('partners-split', spreadsheet, { progress: done, cursor });
    return done;
  },
  step(spreadsheet, budgetMs) {
    return stepSplit(spreadsheet, budgetMs);
  },
  cancel(spreadsheet) {
    const saved = loadJob<SplitCursor>('partners-split', spreadsheet);
    if (!saved) return { ...progressOf('partners-split', 0, null), cancelled: true };
    if (saved.progress.finished) return saved.progress;
    const progress = { ...saved.progress, cancelled: true, summary: splitSummary(saved.cursor) };
    saveJob('partners-split', spreadsheet, { progress, cursor: saved.cursor });
    return progress;
  },
  status(spreadsheet) {
    return loadJob('partners-split', spreadsheet)?.progress ?? null;
  },
};

export const partnersCollectJob: Job = singleStepJob(
  'partners-collect',
  'menu.collect',
  (spreadsheet: Spreadsheet) => {
    const result = collectPartnerCopies(spreadsheet);
    const language = interfaceLanguage(spreadsheet);
    const summary = t(language, 'job.collected', {
      updated: result.updated,
      appended: result.appended,
      conflicts: result.conflicts,
    });
    // The rows are the partner copy's: each problem points to the Partner problems sheet.
    const problems: Problem[] = result.problems.map((p) => {
      const row: Localized | string =
        p.row !== null ? localized('job.sheetRow', { sheet: p.sheet, row: digits(p.row) }) : p.sheet;
      const place = p.column ? localized('job.inColumn', { place: row, column: p.column }) : row;
      const message = localized('job.copyProblem', { partner: p.partner, place, text: messageOf(p) });
      return {
        severity: p.severity,
        sheet: SHEET.partnerProblems,
        row: null,
        column: null,
        code: p.code,
        message: say('en', message),
        fix: p.fix,
        i18n: { ...p.i18n, message },
        ...(p.value !== undefined ? { value: p.value } : {}),
      };
    });
    return { summary, problems };
  },
);

/**
 * Interim jobs over the existing menu code, until the documents and sharing capabilities ship their
 * own Job implementations (documents: minutes and report; sharing: partners-split and
 * partners-collect); the registry then lists theirs instead.
 *
 * minutes / report: one document per item, the cursor moving after each one, so a step that dies
 * half-way continues after the last document made; an item done twice refills the document linked
 * in its row (no duplicate). Partner sheets: one step over every partner (the sharing code makes
 * or refreshes each partner's copy once, so a repeated run refreshes rather than duplicates).
 */
import { allIds, generateOne, readContext } from '../documents/generate';
import { fitsInBudget, selectIds, type DocumentKind } from '../documents/plan';
import { shareWithPartners } from '../sharing/reports/share';
import { collectPartnerCopies, createPartnerCopies } from '../sharing/partners/sync';
import type { Problem } from '../workbook/problem';
import type { Job, JobName, JobProgress } from './job';
import { loadJob, progressOf, saveJob } from './saved';
import { singleStepJob } from './single';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface DocumentCursor {
  ids: string[];
  next: number;
  pdf: boolean;
  share: boolean;
  created: number;
  updated: number;
  failed: number;
}

const KIND_SHEET = { minutes: 'Meetings', report: 'Projects' } as const;
const KIND_KEY = { minutes: 'Meeting ID', report: 'Project ID' } as const;
const KIND_WORD = { minutes: 'minutes', report: 'progress report' } as const;

function addProblems(into: Problem[], more: readonly Problem[]): void {
  const key = (p: Problem) => `${p.severity}|${p.sheet}|${p.row}|${p.column}|${p.message}`;
  const seen = new Set(into.map(key));
  for (const problem of more) {
    if (seen.has(key(problem))) continue;
    seen.add(key(problem));
    into.push(problem);
  }
}

function documentSummary(kind: DocumentKind, cursor: DocumentCursor, cancelled: boolean): string {
  const made = cursor.created + cursor.updated;
  const word = kind === 'minutes' ? 'minutes' : made === 1 ? 'progress report' : 'progress reports';
  const parts = [`${made} ${word} made (${cursor.created} new, ${cursor.updated} updated)`];
  if (cursor.failed) parts.push(`${cursor.failed} not made (see the problems)`);
  if (cancelled) parts.push(`${cursor.ids.length - cursor.next} left: cancelled`);
  parts.push(`the links are in the ${KIND_SHEET[kind]} sheet's Document column`);
  return parts.join('; ');
}

function documentJob(name: JobName, kind: DocumentKind): Job {
  const load = (spreadsheet: Spreadsheet) => loadJob<DocumentCursor>(name, spreadsheet);
  return {
    name,
    start(spreadsheet, options) {
      const context = readContext(spreadsheet, kind);
      const ids = selectIds(allIds(context), options?.ids);
      const cursor: DocumentCursor = {
        ids,
        next: 0,
        pdf: options?.pdf === true,
        share: options?.share === true,
        created: 0,
        updated: 0,
        failed: 0,
      };
      const progress = progressOf(name, ids.length, ids[0] ?? null);
      progress.problems = [...context.runProblems];
      if (ids.length === 0) {
        progress.finished = true;
        progress.summary = `No ${KIND_KEY[kind]} to generate in the ${KIND_SHEET[kind]} sheet`;
        progress.problems.push({
          severity: 'error',
          sheet: KIND_SHEET[kind],
          row: null,
          column: KIND_KEY[kind],
          code: 'nothing-to-generate',
          message: `No ${KIND_KEY[kind]} to generate`,
          fix: `Add a row with a ${KIND_KEY[kind]} to the ${KIND_SHEET[kind]} sheet.`,
        });
      }
      saveJob(name, spreadsheet, { progress, cursor });
      return progress;
    },
    step(spreadsheet, budgetMs) {
      const begin = Date.now();
      const saved = load(spreadsheet);
      if (!saved) throw new Error(`The ${KIND_WORD[kind]} job was not started`);
      const { progress, cursor } = saved;
      if (progress.finished || progress.cancelled) return progress;
      const context = readContext(spreadsheet, kind);
      let doneHere = 0;
      let slowest = 0;
      while (cursor.next < cursor.ids.length) {
        if (!fitsInBudget(doneHere, Date.now() - begin, slowest, budgetMs)) break;
        const began = Date.now();
        const id = cursor.ids[cursor.next];
        progress.current = id;
        try {
          const made = generateOne(context, id, { pdf: cursor.pdf });
          addProblems(progress.problems, made.problems);
          if (!made.url) cursor.failed++;
          else if (made.updated) cursor.updated++;
          else cursor.created++;
          if (kind === 'report' && cursor.share && made.url) {
            const shared = shareWithPartners(spreadsheet, id, made.url, made.name ?? id);
            addProblems(progress.problems, shared.problems);
          }
        } catch (error) {
          cursor.failed++;
          addProblems(progress.problems, [
            {
              severity: 'error',
              sheet: KIND_SHEET[kind],
              row: null,
              column: KIND_KEY[kind],
              code: 'document-failed',
              message: `${id}: the document could not be made: ${error instanceof Error ? error.message : String(error)}`,
              fix: '',
              value: id,
            },
          ]);
        }
        cursor.next++;
        progress.done = cursor.next;
        doneHere++;
        slowest = Math.max(slowest, Date.now() - began);
        if (cursor.next >= cursor.ids.length) {
          progress.finished = true;
          progress.summary = documentSummary(kind, cursor, false);
        } else progress.current = cursor.ids[cursor.next];
        // The cursor moves after each document: a step cut off here continues with the next one.
        saveJob(name, spreadsheet, { progress, cursor });
      }
      return progress;
    },
    cancel(spreadsheet) {
      const saved = load(spreadsheet);
      if (!saved) return { ...progressOf(name, 0, null), cancelled: true };
      if (saved.progress.finished || saved.progress.cancelled) return saved.progress;
      const progress: JobProgress = {
        ...saved.progress,
        cancelled: true,
        summary: documentSummary(kind, saved.cursor, true),
      };
      saveJob(name, spreadsheet, { progress, cursor: saved.cursor });
      return progress;
    },
    status(spreadsheet) {
      return load(spreadsheet)?.progress ?? null;
    },
  };
}

export const interimMinutesJob = documentJob('minutes', 'minutes');
export const interimReportJob = documentJob('report', 'report');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const interimPartnersSplitJob = singleStepJob(
  'partners-split',
  'Create partner sheets',
  (spreadsheet) => {
    const partners = createPartnerCopies(spreadsheet);
    const problems: Problem[] = partners
      .filter((p) => p.refused)
      .map((p) => ({
        severity: 'warning',
        sheet: 'Partners',
        row: null,
        column: 'Partner',
        code: 'partner-copy-refused',
        message: `${p.partner}: ${p.refused}`,
        fix: 'Collect partner updates first, then create the partner sheets again.',
        value: p.partner,
      }));
    const made = partners.filter((p) => !p.refused);
    const summary = partners.length
      ? `${plural(made.length, 'partner sheet')} made or refreshed` +
        (problems.length ? `, ${problems.length} left alone (changes not collected yet)` : '')
      : 'No partner in "Partners": no partner sheet made';
    return { summary, problems };
  },
);

export const interimPartnersCollectJob = singleStepJob(
  'partners-collect',
  'Collect partner updates',
  (spreadsheet) => {
    const result = collectPartnerCopies(spreadsheet);
    const summary =
      `${plural(result.updated, 'cell')} updated, ${plural(result.appended, 'new CBO')} added, ` +
      `${plural(result.conflicts, 'item')} to check in "Sync conflicts"`;
    const problems: Problem[] = result.problems.map((p) => ({
      severity: p.severity,
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      code: p.code,
      message: `${p.partner}: ${p.message}`,
      fix: p.fix,
      ...(p.value !== undefined ? { value: p.value } : {}),
    }));
    return { summary, problems };
  },
);

/** Pure decisions of the document glue: names, links, batching, who gets a report. */
import { digitsOf } from '../i18n/digits';
import type { Language } from '../i18n/language';
import { t } from '../i18n/messages';
import { foldKey } from '../workbook/matching';
import { cleanText } from '../workbook/values';

export type DocumentKind = 'minutes' | 'report';

export const DEFAULT_OUTPUT_FOLDER = 'CBO Tracker documents';
/** Stop a run before Apps Script's 6-minute limit, leaving time to save the cursor. */
export const DEFAULT_BUDGET_MS = 270_000;
export const CONTINUE_HANDLER = 'continueDocumentBatch';
/**
 * An add-on's time-driven triggers run at most once an hour
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions): a batch
 * cut short continues an hour later (the sidebar's Resume goes on at once). A script bound to the
 * spreadsheet has no such rule: it continues a minute later.
 */
export const CONTINUE_AFTER_MS = 60 * 60 * 1000;
export const BOUND_CONTINUE_AFTER_MS = 60 * 1000;
export { SHARING_SHEET } from '../sharing/reports/plan';

const MAX_NAME = 180;

function clip(text: string): string {
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text;
}

/** "M-2017-09 Minutes – Partnership Meeting on … – 2017-09-28"; in Khmer the date in Khmer digits. */
export function minutesName(
  meetingId: string,
  title: string,
  isoDate: string,
  language: Language = 'en',
): string {
  return clip(
    [t(language, 'documents.name.minutes', { id: meetingId }), title, digitsOf(isoDate, language)]
      .filter(Boolean)
      .join(' – '),
  );
}

/** "P-2019-01 Progress report – Citizens' Voices … – 2026-11-23" */
export function reportName(
  projectId: string,
  title: string,
  isoDate: string,
  language: Language = 'en',
): string {
  return clip(
    [t(language, 'documents.name.report', { id: projectId }), title, digitsOf(isoDate, language)]
      .filter(Boolean)
      .join(' – '),
  );
}

/** The Drive ID in a Docs/Drive link or a bare ID; undefined for anything else. */
export function driveIdOf(value: string): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  const inPath = /\/d\/([A-Za-z0-9_-]{10,})/.exec(text) ?? /\/folders\/([A-Za-z0-9_-]{10,})/.exec(text);
  if (inPath) return inPath[1];
  const inQuery = /[?&]id=([A-Za-z0-9_-]{10,})/.exec(text);
  if (inQuery) return inQuery[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(text) ? text : undefined;
}

/**
 * Whether another document fits in the time budget: always at least one per run (so that a
 * batch always moves on), then only while the slowest document so far would still fit.
 */
export function fitsInBudget(
  doneThisRun: number,
  elapsedMs: number,
  slowestMs: number,
  budgetMs: number,
): boolean {
  if (doneThisRun === 0) return true;
  return elapsedMs + Math.max(slowestMs, 1) <= budgetMs;
}

/** IDs asked for: "all" (or nothing) means every ID in the sheet; otherwise the ones named. */
export function selectIds(all: readonly string[], wanted: string | undefined): string[] {
  const text = cleanText(wanted);
  if (!text || foldKey(text) === 'all') return [...all];
  const keys = text.split(/[,;\s]+/).filter(Boolean);
  return keys.map((key) => all.find((id) => foldKey(id) === foldKey(key)) ?? key);
}

/** Pure decisions of the document glue: names, links, batching, who gets a report. */
import { foldKey } from '../workbook/matching';
import type { Table } from '../workbook/table';
import { cleanText, parseYesNo } from '../workbook/values';
import type { Problem } from '../workbook/problem';

export type DocumentKind = 'minutes' | 'report';

export const DEFAULT_OUTPUT_FOLDER = 'CBO Tracker documents';
/** Stop a run before Apps Script's 6-minute limit, leaving time to save the cursor. */
export const DEFAULT_BUDGET_MS = 270_000;
export const CONTINUE_HANDLER = 'continueDocumentBatch';
export const CONTINUE_AFTER_MS = 60_000;
export const BATCH_PROPERTY = 'cboTracker.documentBatch';
export const SHARING_SHEET = 'Report sharing';
export const SHARING_HEADER = [
  'Time',
  'Project ID',
  'Document',
  'Partner',
  'Email',
  'Access',
  'E-mail sent',
  'Problem',
];

const MAX_NAME = 180;

function clip(text: string): string {
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text;
}

/** "M-2017-09 Minutes – Partnership Meeting on … – 2017-09-28" */
export function minutesName(meetingId: string, title: string, isoDate: string): string {
  return clip([`${meetingId} Minutes`, title, isoDate].filter(Boolean).join(' – '));
}

/** "P-2019-01 Progress report – Citizens' Voices … – 2026-11-23" */
export function reportName(projectId: string, title: string, isoDate: string): string {
  return clip([`${projectId} Progress report`, title, isoDate].filter(Boolean).join(' – '));
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

/** The saved state of a batch of documents that continues in a time-driven trigger. */
export interface DocumentBatch {
  kind: DocumentKind;
  ids: string[];
  /** Index of the next ID to generate. */
  next: number;
  pdf: boolean;
  startedAt: string;
  /** Documents generated so far, over all runs. */
  done: number;
  /** The time budget asked for at the start (the continuation runs keep it); default DEFAULT_BUDGET_MS. */
  budgetMs?: number;
  /** The spreadsheet the batch belongs to: a time-driven trigger has no active spreadsheet in an add-on. */
  spreadsheetId?: string;
}

/** User properties key of a spreadsheet's batch (user properties exist in every context, triggers too). */
export function batchKey(spreadsheetId: string): string {
  return `${BATCH_PROPERTY}:${spreadsheetId}`;
}

export function parseBatch(text: string | null | undefined): DocumentBatch | undefined {
  if (!text) return undefined;
  try {
    const batch = JSON.parse(text) as DocumentBatch;
    if ((batch.kind !== 'minutes' && batch.kind !== 'report') || !Array.isArray(batch.ids)) return undefined;
    if (typeof batch.next !== 'number' || batch.next < 0) return undefined;
    return batch;
  } catch {
    return undefined;
  }
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

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[A-Za-z]{2,}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export interface ShareTarget {
  partner: string;
  row: number;
  /** Valid addresses: each gets view access and an e-mail. */
  emails: string[];
  problems: Problem[];
}

/** Partners with Receives reports = Yes, their valid addresses, and problems for the rest. */
export function shareTargets(partners: Table | undefined): ShareTarget[] {
  if (!partners) return [];
  const targets: ShareTarget[] = [];
  for (const row of partners.rows) {
    const receives = parseYesNo(partners.get(row, 'Receives reports'));
    if (receives.status !== 'ok' || !receives.value) continue;
    const partner = cleanText(partners.get(row, 'Partner'));
    const typed = cleanText(partners.get(row, 'Email'))
      .split(/[,;\s]+/)
      .filter(Boolean);
    const emails = typed.filter(isEmail);
    const problems: Problem[] = typed
      .filter((address) => !isEmail(address))
      .map((address) => ({
        severity: 'warning' as const,
        sheet: partners.sheetName,
        row: row.rowNumber,
        column: partners.headerText('Email'),
        value: address,
        code: 'invalid-email',
        fix: '',
        message: 'not a valid e-mail address: this address gets no access and no e-mail',
      }));
    if (typed.length === 0) {
      problems.push({
        severity: 'warning',
        sheet: partners.sheetName,
        row: row.rowNumber,
        column: partners.headerText('Email'),
        value: '',
        code: 'no-email',
        fix: '',
        message: `${partner || 'The partner'} receives reports but has no e-mail address: share the report by hand`,
      });
    }
    targets.push({ partner, row: row.rowNumber, emails, problems });
  }
  return targets;
}

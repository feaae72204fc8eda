/**
 * The saved state of a batch of documents (a minutes or report job), as user properties. Pure.
 *
 * Apps Script keeps at most 9 KB in one property value and 500 KB in one store
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations): the IDs
 * of 2,000 meetings do not fit one value, so they are kept in numbered chunk properties beside the
 * batch's own, and the problems kept for the job's progress are cut to fit.
 */
import type { Language } from '../i18n/language';
import type { Problem } from '../workbook/problem';
import type { DocumentKind } from './plan';

export const BATCH_PROPERTY = 'cboTracker.documentBatch';
/** Bytes of one property value we allow ourselves, under Google's 9 KB (key and value counted). */
export const PROPERTY_BYTES = 8_000;
/** Bytes of problems kept in the batch's own property (the rest are counted, not kept). */
const PROBLEM_BYTES = 4_000;

export type BatchState = 'running' | 'finished' | 'cancelled';

export interface DocumentBatch {
  kind: DocumentKind;
  ids: string[];
  /** Index of the next ID to generate. */
  next: number;
  pdf: boolean;
  /** Reports: share with partners after each one (only when the run asked). */
  share: boolean;
  startedAt: string;
  /** The spreadsheet the batch belongs to: a time-driven trigger has no active spreadsheet in an add-on. */
  spreadsheetId: string;
  state: BatchState;
  /** The time budget asked for at the start (later runs keep it). */
  budgetMs?: number;
  /** Documents made new, updated, and IDs that gave no document. */
  created: number;
  updated: number;
  failed: number;
  /** The ID last done, as people read it. */
  current: string | null;
  /** The interface language when the batch started (its summary is said in it); English when absent. */
  language?: Language;
  /** Problems kept so far (within PROBLEM_BYTES) and how many more there were. */
  problems: Problem[];
  problemsLeftOut: number;
  /** When a continuation trigger will carry the batch on (ISO time), when one is scheduled. */
  continuesAt?: string;
  /** Whether the continuation waits the add-on's hour (false: a bound script's minute). */
  continuesHourly?: boolean;
}

/** User properties key of a spreadsheet's batch of one kind. */
export function batchKey(kind: DocumentKind, spreadsheetId: string): string {
  return `${BATCH_PROPERTY}.${kind}:${spreadsheetId}`;
}

const chunkKey = (key: string, n: number) => `${key}#${n}`;

export function isBatchKey(key: string): boolean {
  return key.startsWith(`${BATCH_PROPERTY}.`) && !key.includes('#');
}

/** UTF-8 bytes of a text (Apps Script has no TextEncoder): Khmer letters take 3 bytes each. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}
const bytes = utf8Bytes;

/** IDs split into chunks whose JSON (with its key) stays within PROPERTY_BYTES. */
function chunkIds(key: string, ids: readonly string[]): string[][] {
  const budget = PROPERTY_BYTES - bytes(chunkKey(key, 9999)) - 2;
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const id of ids) {
    const cost = bytes(JSON.stringify(id)) + 1;
    if (cost > budget) throw new Error(`an ID is too long to be saved (${cost} bytes): ${id.slice(0, 40)}…`);
    if (size + cost > budget && chunk.length > 0) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(id);
    size += cost;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Adds problems to a batch while they fit; counts the rest. */
export function keepProblems(batch: DocumentBatch, problems: readonly Problem[]): void {
  const seen = new Set(batch.problems.map((p) => JSON.stringify(p)));
  let size = bytes(JSON.stringify(batch.problems));
  for (const problem of problems) {
    const text = JSON.stringify(problem);
    if (seen.has(text)) continue;
    seen.add(text);
    if (size + bytes(text) + 1 > PROBLEM_BYTES) batch.problemsLeftOut++;
    else {
      batch.problems.push(problem);
      size += bytes(text) + 1;
    }
  }
}

/** The properties that hold a batch: its own (without IDs) and its ID chunks. */
export function encodeBatch(batch: DocumentBatch): Record<string, string> {
  const key = batchKey(batch.kind, batch.spreadsheetId);
  const chunks = chunkIds(key, batch.ids);
  const { ids: _ids, ...rest } = batch;
  const own = JSON.stringify({ ...rest, chunks: chunks.length, total: batch.ids.length });
  if (bytes(own) + bytes(key) > PROPERTY_BYTES)
    throw new Error(`the batch's state is larger than a property may hold (${bytes(own)} bytes)`);
  const properties: Record<string, string> = { [key]: own };
  chunks.forEach((chunk, n) => (properties[chunkKey(key, n)] = JSON.stringify(chunk)));
  return properties;
}

/** The keys a saved batch occupies (to delete them), from its own property's text. */
export function batchKeys(key: string, own: string | null | undefined): string[] {
  let chunks = 0;
  try {
    chunks = Number((JSON.parse(own ?? '{}') as { chunks?: number }).chunks) || 0;
  } catch {
    chunks = 0;
  }
  return [key, ...Array.from({ length: chunks }, (_, n) => chunkKey(key, n))];
}

/** A batch read back from its properties (`get` reads one property), or undefined when damaged. */
export function decodeBatch(key: string, get: (key: string) => string | null): DocumentBatch | undefined {
  try {
    const own = JSON.parse(get(key) ?? '') as Omit<DocumentBatch, 'ids'> & { chunks: number; total: number };
    if (own.kind !== 'minutes' && own.kind !== 'report') return undefined;
    if (typeof own.next !== 'number' || own.next < 0 || typeof own.spreadsheetId !== 'string')
      return undefined;
    const ids: string[] = [];
    for (let n = 0; n < own.chunks; n++) ids.push(...(JSON.parse(get(chunkKey(key, n)) ?? '[]') as string[]));
    if (ids.length !== own.total) return undefined;
    const { chunks: _c, total: _t, ...rest } = own;
    return { ...rest, ids, problems: own.problems ?? [], problemsLeftOut: own.problemsLeftOut ?? 0 };
  } catch {
    return undefined;
  }
}

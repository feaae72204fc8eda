/**
 * Which partner copies a collect may leave unread (pure). A copy is read again unless everything
 * its merge depends on is as it was when a collect last read it and found nothing to report:
 *
 * - the copy: its Drive modifiedTime is the one listed just before that read (a change by anyone
 *   moves it on; an edit made during the read moves it on after the listing, so it is read again);
 * - what was agreed: the partner's Partner snapshots entries hash as that collect left them;
 * - the master: CBOs' header, Geography, Lists, Partners and the time zone hash the same
 *   (`context`), today is not before that day (the date checks only loosen as days pass), and each
 *   CBO ID of the snapshot is still on one row of CBOs, of this partner;
 * - that collect reported nothing for the copy but its Partner problems (no conflict or flag, no
 *   change held back: Sync conflicts is rebuilt every run, so a copy with one is always read), and
 *   those problems are still in Partner problems, as many as it wrote, none held back: they are
 *   carried over (their codes are kept here, the rest is the sheet's row). A problem that depends
 *   on today (a date in the future, a year past this one) is carried only on the same day.
 *
 * Then reading it would change nothing in CBOs, the snapshots, Sync conflicts or Partner problems:
 * every copy cell equals its snapshot (agreed whatever CBOs holds), and nothing else is looked at.
 * When in doubt (no state, no listing, a copy not listed) the copy is read.
 */
import type { Language } from '../../i18n/language';
import { severityText } from '../../i18n/problems';
import type { Day } from '../../workbook/dates';
import { foldKey } from '../../workbook/matching';
import type { Table } from '../../workbook/table';
import { cleanText, type Cell } from '../../workbook/values';
import { PARTNER_PROBLEMS_HEADER, type PartnerProblem } from './check';
import { idKey, type Snapshot } from './merge';

/** Document property holding the state (one JSON value). */
export const COLLECT_STATE_KEY = 'cboTracker.collect';
/** Apps Script keeps 9 KB a property value: copies that do not fit are simply read next time. */
const MAX_STATE_CHARS = 9000;
/** Bumped when the merge or the checks change what they report: every copy is read once again. */
const VERSION = 1;

export interface CollectState {
  v: number;
  /** contextHash of the collect that wrote it. */
  context: string;
  /** Its day (workbook time zone). */
  day: Day;
  /** Problem codes, numbered for `p`. */
  codes: string[];
  /**
   * Per copy (spreadsheet ID): the modifiedTime listed before its read, its snapshot's hash, and
   * the codes of its Partner problems rows in order (indexes into `codes`, joined with '.').
   */
  copies: Record<string, CopyState>;
}

export interface CopyState {
  m: string;
  s: string;
  p?: string;
}

/** Codes of the checks that use today's date (validation/cells.ts: future dates, 'this-year'). */
const TODAY_CODES = new Set(['future-date', 'out-of-range']);

/** The state a collect starts writing (the copies it may leave unread next time are added). */
export function newCollectState(context: string, day: Day): CollectState {
  return { v: VERSION, context, day, codes: [], copies: {} };
}

/** A copy's entry, its problems' codes numbered in the state's table. */
export function copyState(state: CollectState, m: string, s: string, codes: readonly string[]): CopyState {
  const p = codes.map((code) => {
    let at = state.codes.indexOf(code);
    if (at < 0) at = state.codes.push(code) - 1;
    return at;
  });
  return p.length ? { m, s, p: p.join('.') } : { m, s };
}

/** The problem codes of a copy's entry, in row order. */
export function problemCodes(state: CollectState, entry: CopyState): string[] {
  return entry.p ? entry.p.split('.').map((i) => state.codes[Number(i)] ?? '') : [];
}

/** A copy's entry carried into the next state (its codes renumbered there). */
export function carryCopy(from: CollectState, to: CollectState, entry: CopyState): CopyState {
  return copyState(to, entry.m, entry.s, problemCodes(from, entry));
}

/** A 64-bit hash of text (two 32-bit FNV-1a-like rounds), as 16 hex digits. Not for secrets. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** What the merge of every copy reads besides the copy and its snapshot, hashed. */
export function contextHash(parts: unknown[]): string {
  return hashText(JSON.stringify([VERSION, ...parts]));
}

/** A partner's snapshot (what was agreed), hashed whatever the order of its rows and keys. */
export function snapshotHash(partner: string, snapshot: Snapshot | undefined): string {
  const rows = [...(snapshot ?? new Map()).entries()]
    .map(([key, values]) => {
      const sorted = Object.keys(values)
        .sort()
        .map((k) => [k, values[k]]);
      return JSON.stringify([key, sorted]);
    })
    .sort();
  return hashText(JSON.stringify([foldKey(partner), rows]));
}

/** The saved state, or undefined when there is none or it is not this version's. */
export function parseCollectState(text: string | null | undefined): CollectState | undefined {
  if (!text) return undefined;
  try {
    const state = JSON.parse(text) as CollectState;
    if (state?.v !== VERSION || typeof state.copies !== 'object' || !state.copies) return undefined;
    if (!Array.isArray(state.codes)) return undefined;
    return state;
  } catch {
    return undefined;
  }
}

/** The state as a property value, within Apps Script's 9 KB (the copies after the limit left out). */
export function collectStateText(state: CollectState): string {
  const copies: CollectState['copies'] = {};
  let text = JSON.stringify({ ...state, copies });
  for (const [id, entry] of Object.entries(state.copies)) {
    copies[id] = entry;
    const next = JSON.stringify({ ...state, copies });
    if (next.length > MAX_STATE_CHARS) {
      delete copies[id];
      break;
    }
    text = next;
  }
  return text;
}

/**
 * Whether each CBO ID the partner agreed on is still on exactly one row of CBOs, and that row is
 * still the partner's (else the merge would flag it: deleted, repeated or given to another partner).
 * `master`: CBOs with at least its CBO ID and Partner columns read.
 */
export function stillThePartners(master: Table, snapshot: Snapshot, partner: string): boolean {
  const rows = new Map<string, { count: number; owner: string }>();
  for (const row of master.rows) {
    const key = idKey(master.get(row, 'CBO ID'));
    if (!key || !snapshot.has(key)) continue;
    const entry = rows.get(key) ?? { count: 0, owner: foldKey(cleanText(master.get(row, 'Partner'))) };
    entry.count++;
    rows.set(key, entry);
  }
  const owner = foldKey(partner);
  for (const key of snapshot.keys()) {
    const entry = rows.get(key);
    if (!entry || entry.count !== 1 || entry.owner !== owner) return false;
  }
  return true;
}

export interface UnchangedInput {
  state: CollectState | undefined;
  /** Spreadsheet ID → modifiedTime, as listed now (undefined: no listing). */
  listed: ReadonlyMap<string, string> | undefined;
  context: string;
  day: Day;
  id: string;
  partner: string;
  snapshot: Snapshot | undefined;
  master: Table;
}

/** Whether the copy may be left unread: see the file's comment. */
export function unchangedSinceCollect(input: UnchangedInput): boolean {
  const { state, listed } = input;
  if (!state || !listed || state.context !== input.context || input.day < state.day) return false;
  const entry = state.copies[input.id];
  const modified = listed.get(input.id);
  if (!entry || !modified || entry.m !== modified || !input.snapshot) return false;
  const codes = problemCodes(state, entry);
  if (codes.some((code) => !code)) return false;
  if (input.day !== state.day && codes.some((code) => TODAY_CODES.has(code))) return false;
  if (entry.s !== snapshotHash(input.partner, input.snapshot)) return false;
  return stillThePartners(input.master, input.snapshot, input.partner);
}

/** Keeps only the listed modified times of these copies (a list reply holds every spreadsheet). */
export function listedTimes(
  files: readonly { id?: string; modifiedTime?: string }[],
  ids: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files)
    if (file.id && file.modifiedTime && ids.has(file.id)) out.set(file.id, file.modifiedTime);
  return out;
}

/**
 * A partner's Partner problems rows (the sheet's values, header first) as the problems they were,
 * their codes from the state; undefined unless the sheet holds what a collect wrote for it: its
 * header, as many rows as codes, each with a known severity and none held back.
 */
export function carriedProblems(
  sheet: readonly (readonly Cell[])[] | undefined,
  partner: string,
  codes: readonly string[],
  language: Language,
): PartnerProblem[] | undefined {
  if (!codes.length) return [];
  if (!sheet || PARTNER_PROBLEMS_HEADER.some((h, i) => cleanText(sheet[0]?.[i]) !== h)) return undefined;
  const key = foldKey(partner);
  const rows = sheet.slice(1).filter((row) => foldKey(row[0]) === key);
  if (rows.length !== codes.length) return undefined;
  const severities = new Map<string, PartnerProblem['severity']>([
    [severityText('error', language), 'error'],
    [severityText('warning', language), 'warning'],
  ]);
  const out: PartnerProblem[] = [];
  for (const [i, row] of rows.entries()) {
    const severity = severities.get(cleanText(row[5]));
    const number = Number(row[2]);
    if (!severity || cleanText(row[8]) || !Number.isInteger(number) || number < 1) return undefined;
    const value = cleanText(row[4]);
    out.push({
      partner,
      severity,
      sheet: cleanText(row[1]),
      row: number,
      column: cleanText(row[3]) || null,
      code: codes[i],
      message: cleanText(row[6]),
      fix: cleanText(row[7]),
      ...(value ? { value } : {}),
      heldBack: false,
    });
  }
  return out;
}

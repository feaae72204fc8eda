/**
 * Partner copies (pure): which CBOs rows go to a partner, what was sent (the snapshot), and the
 * three-way merge of a partner copy into CBOs. A copy is untrusted: matched by header, only its own
 * partner's rows, CBO ID required. Per cell: changed only in the copy → applied; changed in both
 * to different values → a conflict, nothing overwritten; rows a partner deleted are only flagged.
 */
import { digits, localized, say, t, type Language, type Localized } from '../../i18n/messages';
import { dictionary } from '../../workbook/keys';
import { CBOS, headersOf, PARTNER_SNAPSHOTS, SYNC_CONFLICTS } from '../../workbook/contract';
import { normalizeHeader } from '../../workbook/headers';
import { foldKey } from '../../workbook/matching';
import { Table, type TableRow } from '../../workbook/table';
import { cleanText, isDate, type Cell } from '../../workbook/values';
import { logText } from '../changelog/entries';
import { changedIds } from './changed-ids';
import { isContractColumn, snapshotColumns } from './sent-columns';
import { masterForm, meaningKey, yesNoSpelling, type YesNoSpelling } from './master-form';

/** Column added at the end of Partners: the ID of the partner's copy. */
export const PARTNER_SHEET_COLUMN = 'Partner sheet';
/** Hidden, protected sheet: what each partner was sent (per CBO, the value of every column). */
export const SNAPSHOT_SHEET = PARTNER_SNAPSHOTS.name;
export const SNAPSHOT_HEADER = headersOf(PARTNER_SNAPSHOTS);
export const SYNC_CONFLICTS_SHEET = SYNC_CONFLICTS.name;
export const SYNC_CONFLICTS_HEADER = headersOf(SYNC_CONFLICTS);

/** Per CBO ID key: normalized header → value key, as last agreed with the partner. */
export type Snapshot = Map<string, Record<string, string>>;

/** How two values are compared: dates as ISO days, numbers and text as text (trimmed). */
export function valueKey(value: Cell, timeZone: string): string {
  if (isDate(value)) return logText(value, timeZone);
  return cleanText(value);
}

export const idKey = (value: Cell): string => foldKey(value);

/** Between an ID's key and its repeat number (no CBO ID holds it). */
const REPEAT = '\u0001';

/**
 * The keys of rows by their CBO IDs, in order: an ID's first row is its idKey, a later row with
 * the same ID `idKey␁n` (n = 2, 3, …). Rows that share an ID (a master's mistake) are told apart
 * by their order, so that what was sent and what a copy holds still match row by row.
 */
export function rowKeys(ids: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const key = idKey(id);
    if (!key) return key;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}${REPEAT}${n}`;
  });
}

/** The idKey of a row key (its repeat number dropped). */
export function idOfRowKey(key: string): string {
  const at = key.indexOf(REPEAT);
  return at < 0 ? key : key.slice(0, at);
}

/** CBO IDs (idKey) on more than one row of CBOs, with those rows' sheet numbers. */
export function repeatedIds(table: Table): Map<string, { cboId: string; rows: number[] }> {
  const rows = new Map<string, { cboId: string; rows: number[] }>();
  for (const row of table.rows) {
    const cboId = cleanText(table.get(row, 'CBO ID'));
    const key = idKey(cboId);
    if (!key) continue;
    const entry = rows.get(key) ?? { cboId, rows: [] };
    entry.rows.push(row.rowNumber);
    rows.set(key, entry);
  }
  for (const [key, entry] of rows) if (entry.rows.length < 2) rows.delete(key);
  return rows;
}

/** The CBOs rows of one partner (Partner matched by foldKey). */
export function rowsOfPartner(table: Table, partner: string): TableRow[] {
  const key = foldKey(partner);
  return table.rows.filter((row) => foldKey(table.get(row, 'Partner')) === key);
}

/** Every header of a table (normalized), in sheet order, with its column index. */
export function headerColumns(table: Table): { key: string; header: string; index: number }[] {
  const out: { key: string; header: string; index: number }[] = [];
  const seen = new Set<string>();
  table.headerRow.forEach((cell, index) => {
    const header = cleanText(cell);
    const key = normalizeHeader(header);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ key, header, index });
  });
  // Contract aliases (e.g. E-mail for Email) share the contract header's key.
  for (const [header, index] of table.headerMap.index) {
    const entry = out.find((e) => e.index === index);
    if (entry) entry.key = normalizeHeader(header);
  }
  return out;
}

/** The snapshot entries of rows as sent (only the columns `indexes`, when given): normalized header → value key. */
export function snapshotOf(
  table: Table,
  rows: readonly TableRow[],
  timeZone: string,
  indexes?: readonly number[],
): Snapshot {
  const columns = headerColumns(table).filter((c) => !indexes || indexes.includes(c.index));
  const snapshot: Snapshot = new Map();
  const keys = rowKeys(rows.map((row) => table.get(row, 'CBO ID')));
  rows.forEach((row, r) => {
    const values = dictionary<string>();
    for (const c of columns) values[c.key] = valueKey(row.cells[c.index], timeZone);
    snapshot.set(keys[r], values);
  });
  return snapshot;
}

export interface CellUpdate {
  /** Sheet row in CBOs. */
  rowNumber: number;
  /** 0-based column in CBOs. */
  index: number;
  header: string;
  cboId: string;
  oldValue: Cell;
  value: Cell;
}

export interface SyncIssue {
  partner: string;
  cboId: string;
  column: string;
  master: string;
  partnerValue: string;
  base: string;
  /** In English; noteI18n is the same as a catalogue message (said in the workbook's language). */
  note: string;
  noteI18n?: Localized;
}

export interface MergeResult {
  partner: string;
  /** The copy cannot be collected at all (e.g. its CBO ID column is gone); refusedI18n the same. */
  refused?: string;
  refusedI18n?: Localized;
  updates: CellUpdate[];
  /** New rows for CBOs, in CBOs' column order (its header width). */
  appends: { cboId: string; cells: Cell[] }[];
  issues: SyncIssue[];
  /** The partner's snapshot after this collect. */
  snapshot: Snapshot;
  /** Changes not collected because the copy's value has an error (errorCells): kept in the copy. */
  heldBack: { cboId: string; rowNumber: number; column: string }[];
}

/** Key of a cell of the partner copy in errorCells: copy row number and normalized header. */
export function cellKey(rowNumber: number, header: string): string {
  return `${rowNumber}|${normalizeHeader(header)}`;
}

export interface MergeInput {
  partner: string;
  master: Table;
  copyValues: readonly (readonly Cell[])[];
  /** What was agreed at the last split/collect (this partner's entries). */
  base: Snapshot;
  timeZone: string;
  /** Cells of the copy whose value has an error (cellKey): such a change, or new row, waits. */
  errorCells?: ReadonlySet<string>;
  /** Settings › Partner columns (partnerColumnsSetting): the user's own columns copies carry. */
  partnerColumns?: ReadonlySet<string>;
  /**
   * Copy rows whose every change waits (check.ts heldByErrors: an error of the partner's making);
   * default: every row with an error cell.
   */
  heldRows?: ReadonlySet<number>;
}

export const KEY_COLUMNS = new Set([normalizeHeader('CBO ID'), normalizeHeader('Partner')]);

export function mergePartnerCopy(input: MergeInput): MergeResult {
  const { partner, master, base, timeZone } = input;
  const partnerKey = foldKey(partner);
  const copy = Table.fromValues(CBOS.name, CBOS, input.copyValues);
  const result: MergeResult = {
    partner,
    updates: [],
    appends: [],
    issues: [],
    snapshot: new Map(base),
    heldBack: [],
  };
  const errorCells = input.errorCells ?? new Set<string>();
  const spellings = new Map<number, YesNoSpelling>();
  const spelling = (index: number): YesNoSpelling => {
    let known = spellings.get(index);
    if (!known) spellings.set(index, (known = yesNoSpelling(master.rows.map((row) => row.cells[index]))));
    return known;
  };
  const errorRows = input.heldRows ?? new Set([...errorCells].map((key) => Number(key.split('|')[0])));
  const issue = (cboId: string, column: string, note: Localized, values: Partial<SyncIssue> = {}) =>
    result.issues.push({
      partner,
      cboId,
      column,
      master: '',
      partnerValue: '',
      base: '',
      note: say('en', note),
      noteI18n: note,
      ...values,
    });

  if (!copy.headerMap.index.has('CBO ID')) {
    result.refusedI18n = localized('sync.noIdColumn', { partner });
    result.refused = say('en', result.refusedI18n);
    return result;
  }
  // Columns: every master header that the copy also has (by header text, case and spaces ignored),
  // of the contract's or sent to the copy: a column of the user's own that was never sent is the
  // partner's own column even when its header is the same (sent-columns.ts).
  const sent = snapshotColumns(base);
  const masterColumns = headerColumns(master).filter(
    (c) => isContractColumn(c.key) || sent.has(c.key) || !!input.partnerColumns?.has(c.key),
  );
  const copyColumns = new Map(headerColumns(copy).map((c) => [c.key, c]));
  const shared = masterColumns.filter((c) => copyColumns.has(c.key));
  for (const c of masterColumns) {
    if (!copyColumns.has(c.key)) issue('', c.header, localized('sync.columnMissing'));
  }
  const masterKeys = new Set(masterColumns.map((c) => c.key));
  for (const c of copyColumns.values()) {
    if (!masterKeys.has(c.key)) issue('', c.header, localized('sync.columnExtra', { column: c.header }));
  }

  const masterById = new Map<string, TableRow>();
  for (const row of master.rows) {
    const key = idKey(master.get(row, 'CBO ID'));
    if (key && !masterById.has(key)) masterById.set(key, row);
  }
  const width = master.headerRow.length;
  const seen = new Set<string>();
  const partnerCol = copy.column('Partner');
  // An ID on several rows of CBOs cannot say which row a change is for: the master's problem,
  // said once; the copy's rows of it wait (their snapshot entries are kept, matched in order).
  const repeated = repeatedIds(master);
  const copyKeys = rowKeys(copy.rows.map((row) => copy.get(row, 'CBO ID')));
  const saidRepeated = new Set<string>();
  const compared = shared.filter((c) => !KEY_COLUMNS.has(c.key));
  // A changed CBO ID is held back, never taken for a new CBO and a deleted one (changed-ids.ts).
  const inCopy = new Set(copyKeys);
  const changed = changedIds({
    copyKeys,
    base,
    unknown: copyKeys.flatMap((key, r) =>
      key && idOfRowKey(key) === key && !base.has(key) && !masterById.has(key) && !repeated.has(key)
        ? [r]
        : [],
    ),
    missing: [...base.keys()].filter((key) => !inCopy.has(key) && !repeated.has(idOfRowKey(key))),
    valueOf: (r, key) => valueKey(copy.rows[r].cells[copyColumns.get(key)!.index], timeZone),
    columns: compared.map((c) => c.key),
  });

  for (const [r, row] of copy.rows.entries()) {
    const cboId = cleanText(copy.get(row, 'CBO ID'));
    const key = idKey(cboId);
    const where = digits(row.rowNumber);
    if (!key) {
      issue('', 'CBO ID', localized('sync.noId', { row: where }));
      continue;
    }
    const was = changed.get(r);
    if (was !== undefined) {
      seen.add(was);
      const wasId = base.get(was)![normalizeHeader('CBO ID')] || idOfRowKey(was);
      issue(wasId, 'CBO ID', localized('sync.idChanged', { row: where, id: cboId, was: wasId }), {
        master: wasId,
        partnerValue: cboId,
        base: wasId,
      });
      continue;
    }
    const inMaster = repeated.get(key);
    if (inMaster) {
      seen.add(copyKeys[r]);
      if (!saidRepeated.has(key)) {
        saidRepeated.add(key);
        // The rows are said in the note (with the sheet), not as a "Master value".
        issue(
          cboId,
          'CBO ID',
          localized('sync.repeatedInMaster', { rows: digits(inMaster.rows.join(', ')) }),
        );
      }
      continue;
    }
    if (seen.has(key)) {
      issue(cboId, 'CBO ID', localized('sync.repeatedId', { row: where }));
      continue;
    }
    seen.add(key);
    const copyPartner = partnerCol >= 0 ? cleanText(row.cells[partnerCol]) : '';
    if (copyPartner && foldKey(copyPartner) !== partnerKey) {
      issue(cboId, 'Partner', localized('sync.partnerChanged', { partner: copyPartner }), {
        partnerValue: copyPartner,
      });
      continue;
    }
    const masterRow = masterById.get(key);
    if (masterRow) {
      const owner = cleanText(master.get(masterRow, 'Partner'));
      if (foldKey(owner) !== partnerKey) {
        issue(cboId, 'Partner', localized('sync.otherOwner', { owner, partner }), {
          master: owner,
        });
        continue;
      }
    }
    const baseRow = base.get(key);
    if (!masterRow) {
      if (baseRow) {
        issue(cboId, '', localized('sync.deletedInMaster'));
        continue;
      }
      if (errorRows.has(row.rowNumber)) {
        result.heldBack.push({ cboId, rowNumber: row.rowNumber, column: '' });
        continue;
      }
      const cells: Cell[] = new Array(width).fill('');
      const values = dictionary<string>();
      let unread: { header: string; value: string } | undefined;
      for (const c of shared) {
        const value = row.cells[copyColumns.get(c.key)!.index];
        // In the form of CBOs (a Yes/No as the column writes it, a number as a number, ...).
        const form = masterForm(value, c.key, timeZone, () => spelling(c.index));
        if ('unread' in form) unread ??= { header: c.header, value: cleanText(value) };
        else cells[c.index] = form.value;
        values[c.key] = valueKey(value, timeZone);
      }
      if (unread) {
        issue(cboId, unread.header, localized('sync.unreadable'), { partnerValue: unread.value });
        continue;
      }
      const ownerIndex = master.column('Partner');
      if (ownerIndex >= 0 && !cleanText(cells[ownerIndex])) {
        cells[ownerIndex] = partner;
        values[normalizeHeader('Partner')] = partner;
      }
      result.appends.push({ cboId, cells });
      result.snapshot.set(key, values);
      continue;
    }
    const agreed: Record<string, string> = Object.assign(dictionary<string>(), baseRow);
    // A row is applied whole or not at all: when one of its changes is held back (its value has an
    // error, e.g. Women members more than Members), its other changes wait with it, so CBOs never
    // gets half a change (Members = 40 without the Women members that goes with it).
    const planned: { update: CellUpdate; key: string; pk: string }[] = [];
    const held: MergeResult['heldBack'] = [];
    for (const c of shared) {
      if (KEY_COLUMNS.has(c.key)) continue;
      const value = row.cells[copyColumns.get(c.key)!.index];
      const pk = valueKey(value, timeZone);
      const mk = valueKey(masterRow.cells[c.index], timeZone);
      const bk = baseRow?.[c.key];
      // Compared by meaning: TRUE and Yes, ២៥ and 25 are the same value (master-form.ts).
      const same = (a: string | undefined, b: string) =>
        a !== undefined && (a === b || meaningKey(a, c.key) === meaningKey(b, c.key));
      const form = masterForm(value, c.key, timeZone, () => spelling(c.index));
      if (same(pk, mk) || same(bk, pk)) {
        agreed[c.key] = pk;
      } else if (same(bk, mk) && errorCells.has(`${row.rowNumber}|${c.key}`)) {
        held.push({ cboId, rowNumber: row.rowNumber, column: c.header });
      } else if (same(bk, mk) && 'unread' in form) {
        // What the column cannot read is not written: a conflict to settle in the copy.
        issue(cboId, c.header, localized('sync.unreadable'), { master: mk, partnerValue: pk, base: bk });
      } else if (same(bk, mk) && 'value' in form) {
        planned.push({
          update: {
            rowNumber: masterRow.rowNumber,
            index: c.index,
            header: c.header,
            cboId,
            oldValue: masterRow.cells[c.index],
            value: form.value,
          },
          key: c.key,
          pk,
        });
      } else {
        issue(cboId, c.header, localized(bk === undefined ? 'sync.differs' : 'sync.changedBoth'), {
          master: mk,
          partnerValue: pk,
          base: bk ?? '',
        });
      }
    }
    if (held.length || (planned.length && errorRows.has(row.rowNumber))) {
      // Also when the error is on a cell the partner did not change (Women members 50, now more
      // than the new Members 40): the row's changes wait until it is fixed.
      held.push(...planned.map((p) => ({ cboId, rowNumber: row.rowNumber, column: p.update.header })));
    } else {
      for (const p of planned) {
        result.updates.push(p.update);
        agreed[p.key] = p.pk;
      }
    }
    result.heldBack.push(...held);
    result.snapshot.set(key, agreed);
  }
  for (const key of base.keys()) {
    if (seen.has(key) || repeated.has(idOfRowKey(key))) continue;
    const masterRow = masterById.get(key);
    if (!masterRow) {
      // Deleted on both sides: nothing left to flag.
      result.snapshot.delete(key);
      continue;
    }
    const cboId = cleanText(master.get(masterRow, 'CBO ID'));
    issue(cboId, '', localized('sync.deletedInCopy'));
  }
  return result;
}

/**
 * Characters of JSON per cell: a Sheets cell holds at most 50,000 characters, and a snapshot is
 * the JSON of a whole row, so a long one continues in the columns after "Updated".
 * https://support.google.com/docs/answer/37603 (50,000 characters in a single cell)
 */
export const SNAPSHOT_CELL_CHARS = 49000;
/** Header of the columns that continue a long snapshot. */
export const SNAPSHOT_CONTINUED = 'Values (continued)';

/** Snapshot rows for the Partner snapshots sheet (long JSON continued after "Updated"). */
export function snapshotRows(partner: string, snapshot: Snapshot, updated: string): Cell[][] {
  return [...snapshot.entries()].map(([key, values]) => {
    const json = JSON.stringify(values);
    const parts: string[] = [];
    let at = 0;
    while (at < json.length) {
      // A surrogate pair is never cut in two.
      let end = Math.min(at + SNAPSHOT_CELL_CHARS, json.length);
      const code = json.charCodeAt(end - 1);
      if (end < json.length && code >= 0xd800 && code < 0xdc00) end--;
      parts.push(json.slice(at, end));
      at = end;
    }
    return [partner, values[normalizeHeader('CBO ID')] ?? key, parts[0] ?? '', updated, ...parts.slice(1)];
  });
}

/** The Partner snapshots header for rows as wide as `width`. */
export function snapshotHeader(width: number): string[] {
  const header = [...SNAPSHOT_HEADER];
  while (header.length < width) header.push(SNAPSHOT_CONTINUED);
  return header;
}

/**
 * The row key (rowKeys) of each Partner snapshots row, called on the rows in sheet order: a
 * partner's second row of one CBO ID is that ID's second row.
 */
export function snapshotRowKeys(): (row: readonly Cell[]) => string {
  const seen = new Map<string, number>();
  return (row) => {
    const key = idKey(row[1]);
    const partnerAndId = `${foldKey(row[0])}${REPEAT}${key}`;
    const n = (seen.get(partnerAndId) ?? 0) + 1;
    seen.set(partnerAndId, n);
    return n === 1 || !key ? key : `${key}${REPEAT}${n}`;
  };
}

/** Reads the Partner snapshots sheet: partner key → snapshot. Rows that do not parse are skipped. */
export function readSnapshots(values: readonly (readonly Cell[])[] | undefined): Map<string, Snapshot> {
  const out = new Map<string, Snapshot>();
  const keyOf = snapshotRowKeys();
  for (const row of (values ?? []).slice(1)) {
    const partner = foldKey(row[0]);
    if (!partner) continue;
    const key = keyOf(row);
    try {
      const json = [row[2], ...row.slice(4)].map((part) => String(part ?? '')).join('');
      const parsed = JSON.parse(json) as Record<string, string>;
      if (!out.has(partner)) out.set(partner, new Map());
      out.get(partner)!.set(key, parsed);
    } catch {
      // A damaged row: that CBO is merged as if it had no base (differences become conflicts).
    }
  }
  return out;
}

export function issueRow(issue: SyncIssue, time: string, language: Language = 'en'): Cell[] {
  return [
    issue.partner,
    issue.cboId,
    issue.column,
    issue.master,
    issue.partnerValue,
    issue.base,
    time,
    issue.noteI18n ? say(language, issue.noteI18n) : issue.note,
  ];
}

/**
 * What a partner copy holds that a refresh would lose: cells that differ both from its snapshot
 * (what was sent or last agreed) and from what CBOs holds now (`now`, the snapshot a refresh would
 * send), new rows, rows without CBO ID, deleted rows, changed headers. Without a snapshot (a run
 * stopped before it was saved) an unedited copy, equal to CBOs, has nothing to lose. Rows sharing
 * a CBO ID are matched in order (rowKeys). Empty: the copy can be refreshed from CBOs without
 * losing anything. Descriptions, e.g. 'C3 › Members', 'new row C9'.
 */
export function uncollectedChanges(
  copyValues: readonly (readonly Cell[])[],
  base: Snapshot,
  timeZone: string,
  now: Snapshot = new Map(),
  language: Language = 'en',
): string[] {
  const copy = Table.fromValues(CBOS.name, CBOS, copyValues);
  if (!copy.headerMap.index.has('CBO ID')) return [t(language, 'sync.change.idHeader')];
  const changes: string[] = [];
  const columns = headerColumns(copy);
  const sent = new Set<string>();
  for (const values of (base.size ? base : now).values())
    for (const key of Object.keys(values)) sent.add(key);
  for (const c of columns) {
    if (sent.size && !sent.has(c.key))
      changes.push(t(language, 'sync.change.columnAdded', { column: c.header }));
  }
  const present = new Set(columns.map((c) => c.key));
  for (const key of sent)
    if (!present.has(key)) changes.push(t(language, 'sync.change.columnGone', { column: key }));
  const seen = new Set<string>();
  const keys = rowKeys(copy.rows.map((row) => copy.get(row, 'CBO ID')));
  copy.rows.forEach((row, r) => {
    const cboId = cleanText(copy.get(row, 'CBO ID'));
    const key = keys[r];
    if (!key) {
      changes.push(t(language, 'sync.change.noId', { row: digits(row.rowNumber) }));
      return;
    }
    seen.add(key);
    const agreed = base.get(key);
    const current = now.get(key);
    if (!agreed && !current) {
      changes.push(t(language, 'sync.change.newRow', { id: cboId }));
      return;
    }
    for (const c of columns) {
      const value = valueKey(row.cells[c.index], timeZone);
      const known = [agreed?.[c.key], current?.[c.key]].filter((v) => v !== undefined);
      const meaning = meaningKey(value, c.key);
      if (known.length && !known.some((v) => v === value || meaningKey(v, c.key) === meaning))
        changes.push(`${cboId} › ${c.header}`);
    }
  });
  for (const [key, values] of base) {
    // Gone from the copy and from CBOs: a refresh loses nothing.
    if (!seen.has(key) && (now.size === 0 || now.has(key)))
      changes.push(
        t(language, 'sync.change.deleted', { id: String(values[normalizeHeader('CBO ID')] ?? key) }),
      );
  }
  return changes;
}

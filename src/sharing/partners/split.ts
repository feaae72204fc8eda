/**
 * "Create partner sheets" (Apps Script glue): makes or refreshes one partner's copy at a time.
 * Calls grow with the number of partners, never with the number of rows: a new copy is one
 * Sheets.Spreadsheets.create with its data, dropdowns and protections and one
 * Drive.Permissions.create per user (share.ts); a copy made before is refreshed in place, unless it holds changes not collected yet.
 */
import type { Language } from '../../i18n/language';
import { CBOS, GEOGRAPHY, LISTS, PARTNERS, SETTINGS } from '../../workbook/contract';
import { foldKey } from '../../workbook/matching';
import { settingsFromValues } from '../../workbook/settings';
import { Table } from '../../workbook/table';
import type { Cell } from '../../workbook/values';
import { readValues, rectangular } from '../../sheets/io';
import { logTime } from '../changelog/entries';
import {
  applyProtectionsApi,
  ownerOf,
  protectionChanges,
  readSheetInfos,
  sheetInfosOf,
} from '../protection/api';
import { copyIdsPlan, protectionSettings } from '../protection/plan';
import { applyValidation } from '../setup/apply';
import { validationRequest, type SheetInfo } from '../setup/requests';
import { sendRequests, spreadsheetsApi } from '../../sheets/advanced';
import type { Request } from '../../sheets/requests';
import { copyGrids, copyResource, COPY_SPARE_ROWS, type CopySheet } from './copy-plan';
import { planSheet, planValidations, type SheetState } from '../setup/plan';
import { copyName, headerNotes, openCopy, userNote, writeCopySheet } from './copies';
import { fail, partnerRows, partnerSheetColumn, partnerSheetRecorder, type PartnerRow } from './roster';
import { shareNewCopy, shareOpenCopy, sharingProblems, type ShareFailure } from './share';
import type { Problem } from '../../workbook/problem';
import { t } from '../../i18n/messages';
import { snapshotWrites } from './snapshot-sheet';
import { partnerColumnsSetting, sentColumns } from './sent-columns';
import {
  headerColumns,
  uncollectedChanges,
  PARTNER_SHEET_COLUMN,
  readSnapshots,
  rowsOfPartner,
  snapshotOf,
  SNAPSHOT_SHEET,
  type Snapshot,
} from './merge';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PartnerCopySummary {
  partner: string;
  /** '' when refused. */
  id: string;
  url: string;
  cbos: number;
  editors: string[];
  /** The copy recorded in Partners was refreshed (not a new spreadsheet). */
  reused: boolean;
  /** Not refreshed: the copy has changes that were not collected. */
  refused?: string;
  /** E.g. the recorded copy could not be opened and a new one was made. */
  note?: string;
  /** Addresses of Partners › Email the copy is not shared with (not e-mail addresses, or refused). */
  problems?: Problem[];
}

/** How many differences a refusal names. */
const SHOWN_CHANGES = 5;

function stateOfValues(values: Cell[][] | undefined): SheetState | undefined {
  if (!values) return undefined;
  return {
    header: values[0] ?? [],
    lastRow: values.length,
    lastColumn: values[0]?.length ?? 0,
    maxRows: values.length,
  };
}

/** What every partner's copy is made from (read once per run or job step). */
export interface SplitContext {
  spreadsheet: Spreadsheet;
  master: Table;
  /** The CBOs columns (0-based) a copy carries, in order; `header` is theirs. */
  sent: number[];
  header: Cell[];
  width: number;
  lists: Cell[][] | undefined;
  geography: Cell[][] | undefined;
  settings: ReturnType<typeof settingsFromValues>;
  protection: ReturnType<typeof protectionSettings>;
  timeZone: string;
  partners: PartnerRow[];
  idColumn: number;
  /** Partner snapshots as read (undefined: no such sheet yet). */
  snapshotValues: Cell[][] | undefined;
  snapshotsNow: Map<string, Snapshot>;
  me: string;
  /** The master's owner and editors (each copy is shared with them too). */
  colleagues: string[];
  /** The Email header of Partners as the sheet spells it (where sharing problems point). */
  emailHeader: string;
  /** Writes a new copy's ID into its Partners row (roster.ts). */
  record: (row: number, id: string) => void;
}

/**
 * A reference sheet (Lists, Geography) as the copies carry it: only the columns (1-based) their
 * dropdowns list, e.g. Geography's Province and District, each row once and no blank rows (a
 * dropdown lists each value once; the copies' dropdowns accept other values, with a warning).
 * Undefined when no dropdown lists it.
 */
export function carriedColumns(
  values: Cell[][] | undefined,
  columns: readonly number[],
): Cell[][] | undefined {
  if (!values || !columns.length) return undefined;
  const seen = new Set<string>();
  return values
    .map((row) => columns.map((c) => row[c - 1] ?? ''))
    .filter((row, r) => {
      const key = JSON.stringify(row);
      if (r > 0 && (seen.has(key) || row.every((cell) => cell === ''))) return false;
      seen.add(key);
      return true;
    });
}

export function splitContext(spreadsheet: Spreadsheet): SplitContext {
  const cbosValues =
    readValues(spreadsheet, CBOS.name) ?? fail('There is no "CBOs" sheet: run "Set up sheets".');
  const master = Table.fromValues(CBOS.name, CBOS, cbosValues);
  if (!master.headerMap.index.has('CBO ID') || !master.headerMap.index.has('Partner')) {
    fail('CBOs needs its "CBO ID" and "Partner" columns: run "Set up sheets".');
  }
  const settings = settingsFromValues(readValues(spreadsheet, SETTINGS.name));
  const { table, partners } = partnerRows(spreadsheet);
  // The contract's columns and the user's own named in Settings › Partner columns (sent-columns.ts).
  const sent = sentColumns(headerColumns(master), partnerColumnsSetting(settings));
  const header = sent.map((i) => master.headerRow[i] as Cell);
  const snapshotValues = readValues(spreadsheet, SNAPSHOT_SHEET);
  const idColumn = partners.length ? partnerSheetColumn(spreadsheet, table) : 0;
  const lists = readValues(spreadsheet, LISTS.name);
  const geography = readValues(spreadsheet, GEOGRAPHY.name);
  // The columns of Lists and Geography that the copies' dropdowns list (in either language).
  const plans = [
    planSheet(CBOS, stateOfValues([header])),
    planSheet(LISTS, stateOfValues(lists)),
    planSheet(GEOGRAPHY, stateOfValues(geography)),
  ];
  const listed = (sheet: string, values: Cell[][] | undefined) => [
    ...new Set(
      (['en', 'km'] as const).flatMap((language) =>
        planValidations(plans, language).flatMap((rule) =>
          rule.sheet === CBOS.name &&
          rule.source.type === 'range' &&
          rule.source.sheet === sheet &&
          rule.source.column <= (values?.[0]?.length ?? 0)
            ? [rule.source.column]
            : [],
        ),
      ),
    ),
  ];
  return {
    spreadsheet,
    master,
    sent,
    header,
    width: header.length,
    lists: carriedColumns(lists, listed(LISTS.name, lists)),
    geography: carriedColumns(geography, listed(GEOGRAPHY.name, geography)),
    settings,
    protection: protectionSettings(settings),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    partners,
    idColumn,
    snapshotValues,
    snapshotsNow: readSnapshots(snapshotValues),
    me: Session.getEffectiveUser().getEmail(),
    colleagues: spreadsheet.getEditors().map((user) => user.getEmail()),
    emailHeader: table.headerText('Email'),
    record: partnerSheetRecorder(spreadsheet, idColumn, Math.max(1, ...partners.map((p) => p.row.rowNumber))),
  };
}

/** The protection of the copy's CBO IDs of the rows sent (values: the copy's CBOs with its header). */
function idsPlan(context: SplitContext, values: readonly Cell[][]) {
  const column = context.sent.indexOf(context.master.column('CBO ID'));
  return [copyIdsPlan(context.protection, column, values.length - 1)];
}

/** The dropdowns of a copy's CBOs (Partner: this partner only) as requests. */
function copyValidationRequests(
  context: SplitContext,
  partner: string,
  values: Cell[][],
  infos: ReadonlyMap<string, SheetInfo>,
  language: Language,
): Request[] {
  const plans = [
    planSheet(CBOS, stateOfValues(values)),
    planSheet(LISTS, stateOfValues(context.lists)),
    planSheet(GEOGRAPHY, stateOfValues(context.geography)),
    // The Partner column lists the copy's partner only (a copy has no Partners sheet).
    planSheet(PARTNERS, undefined),
  ];
  const cbos = infos.get(CBOS.name);
  if (!cbos) return [];
  const requests: Request[] = [];
  for (const rule of planValidations(plans, language)) {
    // Only the copy's own columns (a contract column the master lacks is not in the copy).
    if (rule.sheet !== CBOS.name || rule.column > cbos.columnCount) continue;
    // Partner lists this partner only (the copy has no Partners sheet).
    if (rule.source.type === 'range' && rule.header !== 'Partner' && !infos.has(rule.source.sheet)) continue;
    const request = validationRequest(rule, cbos, rule.header === 'Partner' ? [partner] : undefined);
    if (request) requests.push(request);
  }
  return requests;
}

/**
 * Who may edit a copy besides its maker: its partner and everyone who may edit the master (its
 * owner and editors), so that a colleague who did not make the copies can still collect them
 * (SpreadsheetApp.openById and the Sheets API refuse a spreadsheet not shared with the user).
 */
function copyEditors(context: SplitContext, partnerEmails: string[]): string[] {
  const me = context.me.toLowerCase();
  return [...new Set([...partnerEmails, ...context.colleagues].filter((e) => e && e.toLowerCase() !== me))];
}

/** Shares a copy made before (open already) with its editors, in one call. */
function shareCopy(copy: Spreadsheet, context: SplitContext, partnerEmails: string[]): ShareFailure[] {
  return shareOpenCopy(copy, copyEditors(context, partnerEmails));
}

/** The partner's addresses the copy is shared with. */
function sharedWith(partner: PartnerRow, failures: readonly ShareFailure[]): string[] {
  const failed = new Set(failures.map((f) => f.email.toLowerCase()));
  return partner.emails.filter((email) => !failed.has(email.toLowerCase()));
}

/** The partner's sharing problems, for its summary (nothing when there are none). */
function withProblems(context: SplitContext, partner: PartnerRow, failures: ShareFailure[]) {
  const problems = sharingProblems(partner, context.emailHeader, failures);
  return problems.length ? { problems } : {};
}

/**
 * A new copy in one call: Sheets.Spreadsheets.create with its data, dropdowns and protected
 * ranges (copy-plan.ts); the caller records and shares it (one Drive.Permissions.create per user,
 * share.ts). Should the created spreadsheet come back without a protected range it was given, one
 * batchUpdate adds it.
 */
function makeCopy(
  context: SplitContext,
  partner: PartnerRow,
  values: Cell[][],
  language: Language,
): { id: string; url: string } {
  const sheets: CopySheet[] = [
    {
      title: CBOS.name,
      values,
      header: true,
      spareRows: COPY_SPARE_ROWS,
      // A Khmer copy keeps the contract's headers (collect reads them) and explains each in a note;
      // every copy says under CBO ID that the IDs sent are not to be changed.
      headerNotes: headerNotes(context.header, language),
    },
  ];
  for (const [name, data] of [
    [LISTS.name, context.lists],
    [GEOGRAPHY.name, context.geography],
  ] as const) {
    if (data && data.length > 0) sheets.push({ title: name, values: rectangular(data) });
  }
  const planned = new Map<string, SheetInfo>(
    copyGrids(sheets).map((grid) => [grid.title, { ...grid, protectedRanges: [] }]),
  );
  const requests = [
    ...copyValidationRequests(context, partner.name, values, planned, language),
    ...protectionChanges(planned, context.protection, context.me, context.me, idsPlan(context, values))
      .requests,
  ];
  const made = spreadsheetsApi().create(
    copyResource(copyName(partner.name), context.timeZone, sheets, requests),
  );
  const id = made.spreadsheetId ?? fail(`The copy of ${partner.name} was not made.`);
  // Recorded the moment it exists, before anything else: whatever happens next, no run makes it again.
  context.record(partner.row.rowNumber, id);
  partner.sheetId = id;
  const missing = protectionChanges(
    sheetInfosOf(made.sheets),
    context.protection,
    context.me,
    context.me,
    idsPlan(context, values),
  );
  sendRequests(id, missing.requests);
  return { id, url: made.spreadsheetUrl ?? SpreadsheetApp.openById(id).getUrl() };
}

export interface SplitOutcome {
  summary: PartnerCopySummary;
  snapshot?: { name: string; snapshot: Snapshot };
}

/** Makes or refreshes one partner's copy. */
export function splitPartner(context: SplitContext, partner: PartnerRow): SplitOutcome {
  const { master, timeZone } = context;
  const rows = rowsOfPartner(master, partner.name);
  const values = rectangular(
    [context.header, ...rows.map((row) => context.sent.map((i) => row.cells[i]))],
    context.width,
  );
  const language = partner.language ?? context.settings.language;
  // What the copy gets now (and, once it has it, what was agreed).
  const snapshot = { name: partner.name, snapshot: snapshotOf(master, rows, timeZone, context.sent) };
  let copy: Spreadsheet | undefined;
  let note: string | undefined;
  if (partner.sheetId) {
    const opened = openCopy(partner.sheetId);
    if (opened.copy) {
      const copyValues = readValues(opened.copy, CBOS.name);
      const base = context.snapshotsNow.get(foldKey(partner.name)) ?? new Map();
      const language = context.settings.language;
      const changes = copyValues
        ? uncollectedChanges(copyValues, base, timeZone, snapshot.snapshot, language)
        : [t(language, 'sync.change.cbosGone')];
      if (changes.length) {
        // Left alone, but shared all the same: a colleague who became an editor since can collect it.
        const failures = shareCopy(opened.copy, context, partner.emails);
        const more =
          changes.length > SHOWN_CHANGES
            ? t(language, 'sync.notRefreshed.more', { count: changes.length - SHOWN_CHANGES })
            : '';
        return {
          summary: {
            partner: partner.name,
            id: partner.sheetId,
            url: opened.copy.getUrl(),
            cbos: 0,
            editors: [],
            reused: false,
            refused: t(language, 'sync.notRefreshed', {
              partner: partner.name,
              changes: changes.slice(0, SHOWN_CHANGES).join('; '),
              more,
              column: PARTNER_SHEET_COLUMN,
            }),
            ...withProblems(context, partner, failures),
          },
        };
      }
      copy = opened.copy;
    } else if (opened.notShared) {
      // Not this user's to see: a new copy would orphan the partner's (and any changes in it).
      return {
        summary: {
          partner: partner.name,
          id: partner.sheetId,
          url: '',
          cbos: 0,
          editors: [],
          reused: false,
          refused: t(context.settings.language, 'sync.notShared', {
            partner: partner.name,
            user: userNote(context.me),
          }),
        },
      };
    } else {
      note = `The recorded copy ${partner.sheetId} cannot be opened (${opened.error}): a new copy was made.`;
    }
  }
  if (!copy) {
    const made = makeCopy(context, partner, values, language);
    const failures = shareNewCopy(made.id, copyEditors(context, partner.emails));
    return {
      summary: {
        partner: partner.name,
        id: made.id,
        url: made.url,
        cbos: rows.length,
        editors: sharedWith(partner, failures),
        reused: false,
        ...(note ? { note } : {}),
        ...withProblems(context, partner, failures),
      },
      snapshot,
    };
  }
  // A copy made before is refreshed in place.
  const sheet = copy.getSheetByName(CBOS.name)!;
  writeCopySheet(sheet, values);
  const headerRow = sheet.getRange(1, 1, 1, context.width).setFontWeight('bold');
  headerRow.setNotes([headerNotes(context.header, language)]);
  sheet.setFrozenRows(1);
  const copied = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>([[CBOS.name, sheet]]);
  for (const [name, data] of [
    [LISTS.name, context.lists],
    [GEOGRAPHY.name, context.geography],
  ] as const) {
    if (!data || data.length === 0) continue;
    const extra = copy.getSheetByName(name) ?? copy.insertSheet(name);
    writeCopySheet(extra, rectangular(data));
    copied.set(name, extra);
  }
  const plans = [
    planSheet(CBOS, stateOfValues(values)),
    planSheet(LISTS, stateOfValues(context.lists)),
    planSheet(GEOGRAPHY, stateOfValues(context.geography)),
    // The Partner column lists the copy's partner only (a copy has no Partners sheet).
    planSheet(PARTNERS, undefined),
  ];
  for (const rule of planValidations(plans, language)) {
    if (rule.sheet !== CBOS.name || rule.column > context.width) continue;
    if (rule.header === 'Partner') {
      applyValidation(copy, copied, { ...rule, source: { type: 'list', values: [partner.name] } });
    } else if (rule.source.type === 'list' || copied.has(rule.source.sheet)) {
      applyValidation(copy, copied, rule);
    }
  }
  applyProtectionsApi(copy, context.protection, idsPlan(context, values));
  const failures = shareCopy(copy, context, partner.emails);
  return {
    summary: {
      partner: partner.name,
      id: copy.getId(),
      url: copy.getUrl(),
      cbos: rows.length,
      editors: sharedWith(partner, failures),
      reused: true,
      ...(note ? { note } : {}),
      ...withProblems(context, partner, failures),
    },
    snapshot,
  };
}

/**
 * After a run or a job step: the snapshots of the partners done and, after the last step or one
 * that makes the Partner snapshots sheet, the master's protections (the new sheet's among them),
 * in one batchUpdate (after one read of the sheets when protecting).
 */
export function finishSplit(
  context: SplitContext,
  snapshots: Map<string, { name: string; snapshot: Snapshot }>,
  last: boolean,
): void {
  const { spreadsheet } = context;
  const id = spreadsheet.getId();
  const infos = last || !context.snapshotValues ? readSheetInfos(id) : undefined;
  const requests = snapshots.size
    ? snapshotWrites(
        spreadsheet,
        snapshots,
        logTime(new Date(), context.timeZone),
        context.snapshotValues ?? [],
        infos,
      )
    : [];
  if (infos)
    requests.push(...protectionChanges(infos, context.protection, context.me, ownerOf(spreadsheet)).requests);
  sendRequests(id, requests);
}

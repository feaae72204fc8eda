/**
 * "Collect partner updates" (Apps Script glue): merges every partner copy into CBOs. Each copy is
 * read in one call; CBOs only by the columns the merge looks at (master-columns.ts); the changed
 * cells of CBOs are written in one batchUpdate; conflicts and flags
 * go to Sync conflicts, the copies' problems to Partner problems.
 */
import { digitsOf } from '../../i18n/digits';
import { localized, say, t, type Localized } from '../../i18n/messages';
import { CBOS, GEOGRAPHY, LISTS, SETTINGS } from '../../workbook/contract';
import { today } from '../../workbook/dates';
import { foldKey } from '../../workbook/matching';
import { settingsFromValues } from '../../workbook/settings';
import { Table } from '../../workbook/table';
import { isDate, literalCell, type Cell } from '../../workbook/values';
import { ensureGrid, readValues, rectangular, writeOutputSheet } from '../../sheets/io';
import { logPlace, logTime, toolEntry } from '../changelog/entries';
import { appendLogRows } from '../changelog/log';
import { sendRequests } from '../../sheets/advanced';
import { literalCellData, type Request } from '../../sheets/requests';
import { changedRuns, isNotShared, literalValues, readCopy, userNote } from './copies';
import { masterColumnsNeeded } from './master-columns';
import { fail, partnerRows, type PartnerRow } from './roster';
import { drive } from '../../documents/drive';
import {
  collectStateText,
  COLLECT_STATE_KEY,
  contextHash,
  listedTimes,
  parseCollectState,
  snapshotHash,
  unchangedSinceCollect,
  newCollectState,
  carriedProblems,
  problemCodes,
  carryCopy,
  copyState,
} from './collect-state';
import { writeSnapshots } from './snapshot-sheet';
import {
  checkPartnerCopy,
  errorCells,
  heldByErrors,
  partnerProblemRow,
  partnerProblems,
  PARTNER_PROBLEMS_HEADER,
  PARTNER_PROBLEMS_SHEET,
  type PartnerProblem,
} from './check';
import {
  idKey,
  issueRow,
  repeatedIds,
  mergePartnerCopy,
  readSnapshots,
  SNAPSHOT_SHEET,
  SYNC_CONFLICTS_HEADER,
  SYNC_CONFLICTS_SHEET,
  type Snapshot,
} from './merge';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** A copy as read (its values), refused (why), or left unread (unchanged). */
interface CopyRead {
  partner: PartnerRow;
  copyValues?: Cell[][];
  refused?: Localized;
  notShared?: boolean;
  unchanged?: boolean;
}

export interface CollectSummary {
  partners: {
    partner: string;
    updated: number;
    appended: number;
    issues: number;
    /** Validation problems of the copy (errors and warnings). */
    problems: number;
    /** Changes (cells or new rows) waiting in the copy because of an error. */
    heldBack: number;
    refused?: string;
    /** Refused because the copy is not shared with the user running (not a sync conflict). */
    notShared?: boolean;
    /** Not read: unchanged since a collect that found nothing to report (collect-state.ts). */
    unchanged?: boolean;
  }[];
  /** Copies the user running may not open (see sync.notShared). */
  notShared: number;
  updated: number;
  appended: number;
  /** Rows of Sync conflicts (conflicts, flags, refused rows and copies). */
  conflicts: number;
  heldBack: number;
  /** Every problem of the partner copies (also in the Partner problems sheet). */
  problems: PartnerProblem[];
}

/** Merges every partner copy into CBOs; conflicts and flags go to Sync conflicts. */
export function collectPartnerCopies(spreadsheet: Spreadsheet): CollectSummary {
  const cbosSheet = spreadsheet.getSheetByName(CBOS.name) ?? fail('There is no "CBOs" sheet.');
  // CBOs is read by column, only where the merge looks (master-columns.ts), never whole.
  const lastRow = cbosSheet.getLastRow();
  const lastColumn = cbosSheet.getLastColumn();
  const header =
    lastRow > 0 && lastColumn > 0 ? (cbosSheet.getRange(1, 1, 1, lastColumn).getValues()[0] as Cell[]) : [];
  const values: Cell[][] = [header];
  for (let r = 1; r < lastRow; r++) values.push(new Array<Cell>(lastColumn).fill(''));
  const read = new Set<number>();
  const readColumns = (indexes: readonly number[]) => {
    for (const i of new Set(indexes)) {
      if (i < 0 || read.has(i) || lastRow < 2) continue;
      read.add(i);
      const cells = cbosSheet.getRange(2, i + 1, lastRow - 1, 1).getValues() as Cell[][];
      cells.forEach((row, r) => (values[r + 1][i] = row[0]));
    }
  };
  // Formulas are read only in the columns a partner changes (one read per column, when needed).
  const formulaColumns = new Map<number, string[][]>();
  const formulaAt = (row: number, index: number): string => {
    let column = formulaColumns.get(index);
    if (!column) {
      column = cbosSheet.getRange(1, index + 1, values.length, 1).getFormulas();
      formulaColumns.set(index, column);
    }
    return column[row]?.[0] ?? '';
  };
  const keys = Table.fromValues(CBOS.name, CBOS, [header]);
  if (!keys.headerMap.index.has('CBO ID')) fail('CBOs has no "CBO ID" column: nothing can be collected.');
  readColumns([keys.column('CBO ID'), keys.column('Partner')]);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  const settingsValues = readValues(spreadsheet, SETTINGS.name);
  const language = settingsFromValues(settingsValues).language;
  const stamp = logTime(now, timeZone);
  // The time of Sync conflicts rows, in the workbook's digits (the sheet is the tool's, rebuilt each run).
  const time = digitsOf(stamp, language);
  const user = Session.getEffectiveUser().getEmail();
  const snapshotValues = readValues(spreadsheet, SNAPSHOT_SHEET);
  const snapshots = readSnapshots(snapshotValues);
  const { partners, table: partnersTable, values: partnersValues } = partnerRows(spreadsheet);
  const geographyValues = readValues(spreadsheet, GEOGRAPHY.name);
  const listsValues = readValues(spreadsheet, LISTS.name);
  const reference = {
    geography: geographyValues && Table.fromValues(GEOGRAPHY.name, GEOGRAPHY, geographyValues),
    lists: listsValues && Table.fromValues(LISTS.name, LISTS, listsValues),
    partners: partnersTable,
  };
  const day = today(timeZone, now);
  // Copies unchanged since a collect that found nothing to report are not read (collect-state.ts).
  const properties = PropertiesService.getDocumentProperties();
  const state = parseCollectState(properties.getProperty(COLLECT_STATE_KEY));
  const context = contextHash([
    header,
    geographyValues,
    listsValues,
    partnersValues,
    settingsValues,
    timeZone,
  ]);
  const withCopy = partners.filter((partner) => partner.sheetId);
  const listed = withCopy.length ? listModifiedTimes(new Set(withCopy.map((p) => p.sheetId))) : undefined;
  const nextState = newCollectState(context, day);
  const summary: CollectSummary = {
    partners: [],
    updated: 0,
    appended: 0,
    conflicts: 0,
    heldBack: 0,
    problems: [],
    notShared: 0,
  };
  const appended: Cell[][] = [];
  const log: Cell[][] = [];
  /** Change log rows of new CBOs: their cell is known once the rows are written. */
  const appendedLog: { entry: number; offset: number }[] = [];
  const issues: Cell[][] = [];
  const refusedCopy = (partner: string, why: Localized, notShared = false) => {
    const refused = say(language, why);
    summary.partners.push({
      partner,
      updated: 0,
      appended: 0,
      issues: 0,
      problems: 0,
      heldBack: 0,
      refused,
      ...(notShared ? { notShared } : {}),
    });
    // A copy this user may not open is not a conflict to settle: it is said apart (notShared).
    if (notShared) summary.notShared++;
    else issues.push([partner, '', '', '', '', '', time, refused].map(literalCell));
  };
  const newSnapshots = new Map<string, { name: string; snapshot: Snapshot }>();
  const keyed = Table.fromValues(CBOS.name, CBOS, values);
  const unchanged = withCopy.filter((partner) =>
    unchangedSinceCollect({
      state,
      listed,
      context,
      day,
      id: partner.sheetId,
      partner: partner.name,
      snapshot: snapshots.get(foldKey(partner.name)),
      master: keyed,
    }),
  );
  // Their Partner problems are carried over from the sheet (read only when one has some).
  const carried = new Map<string, PartnerProblem[]>();
  const withProblems = unchanged.some((partner) => state!.copies[partner.sheetId].p);
  const problemsSheet = withProblems ? readValues(spreadsheet, PARTNER_PROBLEMS_SHEET) : undefined;
  for (const partner of unchanged) {
    const entry = state!.copies[partner.sheetId];
    const kept = carriedProblems(problemsSheet, partner.name, problemCodes(state!, entry), language);
    if (!kept) continue;
    carried.set(partner.sheetId, kept);
    nextState.copies[partner.sheetId] = carryCopy(state!, nextState, entry);
  }
  // Every copy in one read each; then the CBOs columns their changes touch.
  const copies = withCopy.map((partner): CopyRead => {
    if (carried.has(partner.sheetId)) return { partner, unchanged: true };
    try {
      const copyValues = readCopy(partner.sheetId);
      if (!copyValues)
        return {
          partner,
          refused: localized('sync.noCbosSheet', { partner: partner.name }),
        };
      return { partner, copyValues };
    } catch (error) {
      if (isNotShared(error))
        return {
          partner,
          notShared: true,
          refused: localized('sync.notShared', { partner: partner.name, user: userNote(user) }),
        };
      return {
        partner,
        refused: localized('sync.cannotOpen', {
          partner: partner.name,
          id: partner.sheetId,
          error: (error as Error).message,
        }),
      };
    }
  });
  readColumns(
    copies.flatMap(({ partner, copyValues }) =>
      copyValues
        ? masterColumnsNeeded(keyed, copyValues, snapshots.get(foldKey(partner.name)) ?? new Map(), timeZone)
        : [],
    ),
  );
  const master = Table.fromValues(CBOS.name, CBOS, values);
  const grid = values.map((row) => row.slice());
  const repeatedInMaster = repeatedIds(master);
  const repeatedSaid = new Set<string>();
  for (const { partner, copyValues, refused: why, notShared, unchanged } of copies) {
    if (unchanged) {
      const kept = carried.get(partner.sheetId) ?? [];
      summary.problems.push(...kept);
      summary.partners.push({
        partner: partner.name,
        updated: 0,
        appended: 0,
        issues: 0,
        problems: kept.length,
        heldBack: 0,
        unchanged,
      });
      continue;
    }
    if (!copyValues) {
      refusedCopy(partner.name, why ?? localized('text.as', { text: '' }), notShared);
      continue;
    }
    const base = snapshots.get(foldKey(partner.name)) ?? new Map();
    const copyTable = Table.fromValues(CBOS.name, CBOS, copyValues);
    // A CBO ID the copy repeats because CBOs does is the master's problem (said once, in Sync conflicts).
    const checked = (
      copyTable.headerMap.index.has('CBO ID') ? checkPartnerCopy(copyTable, reference, timeZone, day) : []
    ).filter((p) => !(p.code === 'duplicate-id' && repeatedInMaster.has(idKey(p.value ?? ''))));
    // Errors that were in CBOs before the partner's changes hold back no valid change (check.ts).
    const held = heldByErrors(checked, copyTable, master, base, reference, timeZone, day);
    const merge = mergePartnerCopy({
      partner: partner.name,
      master,
      copyValues,
      base,
      timeZone,
      errorCells: errorCells(checked),
      heldRows: held.rows,
    });
    const problems = partnerProblems(partner.name, checked, merge.heldBack, held.preexisting);
    const issuesBefore = issues.length;
    summary.problems.push(...problems);
    const refused = merge.refusedI18n ? say(language, merge.refusedI18n) : merge.refused;
    if (refused) issues.push([partner.name, '', 'CBO ID', '', '', '', time, refused].map(literalCell));
    let applied = 0;
    // The change log's User of every edit collected from this copy.
    const logUser = t(language, 'sync.logUser', { user, partner: partner.name });
    for (const update of merge.updates) {
      const formula = formulaAt(update.rowNumber - 1, update.index);
      if (formula) {
        // A formula of CBOs is never replaced by a value.
        issues.push(
          [
            partner.name,
            update.cboId,
            update.header,
            formula,
            update.value,
            '',
            time,
            t(language, 'sync.formula'),
          ].map(literalCell),
        );
        continue;
      }
      applied++;
      grid[update.rowNumber - 1][update.index] = update.value;
      log.push(
        toolEntry(
          now,
          timeZone,
          logUser,
          CBOS.name,
          logPlace(
            language,
            [update.rowNumber, update.rowNumber],
            [update.index + 1, update.index + 1],
            [update.header],
          ),
          update.oldValue,
          update.value,
        ),
      );
    }
    merge.appends.forEach((row) => {
      appendedLog.push({ entry: log.length, offset: appended.length });
      appended.push(row.cells);
      log.push(
        toolEntry(
          now,
          timeZone,
          logUser,
          CBOS.name,
          '',
          '',
          t(language, 'sync.logNewCbo', { id: row.cboId }),
        ),
      );
    });
    for (const issue of merge.issues) {
      // A CBO ID repeated in CBOs is said once, whichever copies have it.
      if (issue.noteI18n?.key === 'sync.repeatedInMaster') {
        if (repeatedSaid.has(idKey(issue.cboId))) continue;
        repeatedSaid.add(idKey(issue.cboId));
      }
      issues.push(issueRow(issue, time, language).map(literalCell));
    }
    if (!merge.refused)
      newSnapshots.set(foldKey(partner.name), { name: partner.name, snapshot: merge.snapshot });
    // Nothing to report: the copy may be left unread until it changes (as listed before this read).
    const modified = listed?.get(partner.sheetId);
    if (modified && !merge.refused && !merge.issues.length && issues.length === issuesBefore)
      if (!merge.heldBack.length)
        nextState.copies[partner.sheetId] = copyState(
          nextState,
          modified,
          snapshotHash(partner.name, merge.snapshot),
          problems.map((p) => p.code),
        );
    summary.partners.push({
      partner: partner.name,
      updated: applied,
      appended: merge.appends.length,
      issues: merge.issues.length,
      problems: problems.length,
      heldBack: merge.heldBack.length,
      refused,
    });
    summary.updated += applied;
    summary.appended += merge.appends.length;
    summary.heldBack += merge.heldBack.length;
  }
  summary.conflicts = issues.length;
  if (summary.updated > 0) {
    // Only the cells that change are written (a run of neighbouring cells of a row at a time):
    // what others typed meanwhile is not undone and formulas elsewhere are not flattened.
    // In one Sheets.Spreadsheets.batchUpdate; values stay literal (text is never read as a formula).
    const sheetId = cbosSheet.getSheetId();
    const requests: Request[] = [];
    for (const run of changedRuns(values, grid)) {
      const cells = grid[run.row].slice(run.column, run.column + run.length);
      const dated = cells.some((cell) => isDate(cell));
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: run.row, columnIndex: run.column },
          rows: [{ values: cells.map((cell) => literalCellData(cell, timeZone)) }],
          fields: dated ? 'userEnteredValue,userEnteredFormat.numberFormat' : 'userEnteredValue',
        },
      });
    }
    sendRequests(spreadsheet.getId(), requests);
  }
  if (appended.length) {
    const width = values[0].length;
    // Below the last row as it is now (someone may have added rows since the read), in a grid
    // grown to hold them.
    const first = Math.max(values.length, cbosSheet.getLastRow()) + 1;
    ensureGrid(cbosSheet, first + appended.length - 1, width);
    const target = cbosSheet.getRange(first, 1, appended.length, width);
    target.setValues(literalValues(rectangular(appended, width), target.getNumberFormats()));
    for (const { entry, offset } of appendedLog)
      log[entry][3] = literalCell(logPlace(language, [first + offset, first + offset], [0, 0]));
  }
  appendLogRows(spreadsheet, log, language);
  writeOutputSheet(spreadsheet, SYNC_CONFLICTS_SHEET, SYNC_CONFLICTS_HEADER, issues);
  if (summary.problems.length || spreadsheet.getSheetByName(PARTNER_PROBLEMS_SHEET)) {
    writeOutputSheet(
      spreadsheet,
      PARTNER_PROBLEMS_SHEET,
      PARTNER_PROBLEMS_HEADER,
      summary.problems.map((p) => partnerProblemRow(p, language).map(literalCell)),
    );
  }
  if (newSnapshots.size) writeSnapshots(spreadsheet, newSnapshots, stamp, snapshotValues ?? []);
  // Last: a run cut short before here leaves the state as it was, and its copies are read again.
  properties.setProperty(COLLECT_STATE_KEY, collectStateText(nextState));
  return summary;
}

/**
 * The copies' Drive modifiedTime, listed in one Drive.Files.list (a page a thousand spreadsheets
 * the add-on may see under drive.file); undefined when Drive cannot list them: every copy is read.
 */
function listModifiedTimes(ids: ReadonlySet<string>): Map<string, string> | undefined {
  try {
    const files: { id?: string; modifiedTime?: string }[] = [];
    let pageToken: string | undefined;
    // At most 5 pages: a copy past them is read.
    for (let page = 0; page < 5 && (page === 0 || pageToken); page++) {
      const reply = drive().Files.list({
        q: `mimeType = '${SPREADSHEET_MIME}' and trashed = false`,
        fields: 'nextPageToken,files(id,modifiedTime)',
        pageSize: 1000,
        ...(pageToken ? { pageToken } : {}),
      });
      files.push(...(reply.files ?? []));
      pageToken = reply.nextPageToken ?? undefined;
    }
    return listedTimes(files, ids);
  } catch {
    return undefined;
  }
}

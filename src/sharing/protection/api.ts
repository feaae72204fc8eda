/**
 * Protections through the Sheets advanced service (Apps Script glue): one read of every sheet's
 * properties and protected ranges, one batchUpdate of the changes (planned in setup/requests.ts).
 */
import { sendRequests, spreadsheetsApi } from '../../sheets/advanced';
import type { Request } from '../../sheets/requests';
import { protectionRequests, type SheetInfo } from '../setup/requests';
import {
  planProtections,
  PROTECTED_SHEETS,
  type ProtectionPlan,
  TOOL_WRITTEN_SHEETS,
  type ProtectionSettings,
  type ProtectionSummary,
} from './plan';

export const SHEET_FIELDS =
  'sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),' +
  'protectedRanges(protectedRangeId,description,range,warningOnly,editors,requestingUserCanEdit))';

/** Every sheet's ID, grid size and protected ranges, by title (one read). */
export function readSheetInfos(spreadsheetId: string): Map<string, SheetInfo> {
  return sheetInfosOf(spreadsheetsApi().get(spreadsheetId, { fields: SHEET_FIELDS }).sheets);
}

/** Each sheet's ID, grid size and protected ranges, by title, from a spreadsheet resource's sheets. */
export function sheetInfosOf(
  sheets: GoogleAppsScript.Sheets.Schema.Sheet[] | undefined,
): Map<string, SheetInfo> {
  const infos = new Map<string, SheetInfo>();
  for (const sheet of sheets ?? []) {
    const p = sheet.properties ?? {};
    infos.set(p.title ?? '', {
      sheetId: p.sheetId ?? 0,
      title: p.title ?? '',
      rowCount: p.gridProperties?.rowCount ?? 0,
      columnCount: p.gridProperties?.columnCount ?? 0,
      protectedRanges: sheet.protectedRanges ?? [],
    });
  }
  return infos;
}

/** The spreadsheet owner's e-mail ('' when not known, e.g. a shared drive). */
export function ownerOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    return spreadsheet.getOwner()?.getEmail() ?? '';
  } catch {
    return '';
  }
}

/** The protection requests for the sheets present (and the `extra` plans), with what they do. */
export function protectionChanges(
  infos: ReadonlyMap<string, SheetInfo>,
  settings: ProtectionSettings,
  me: string,
  owner: string,
  extra: readonly ProtectionPlan[] = [],
): { requests: Request[]; summary: ProtectionSummary } {
  const present = PROTECTED_SHEETS.filter((name) => infos.has(name));
  const outcome = protectionRequests(
    [...planProtections(present, settings, TOOL_WRITTEN_SHEETS), ...extra],
    infos,
    me,
    owner,
  );
  const { requests, ...summary } = outcome;
  return { requests, summary };
}

/** Makes CBO Tracker's protections match Settings (two calls: one read, one batchUpdate). */
export function applyProtectionsApi(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: ProtectionSettings,
  extra: readonly ProtectionPlan[] = [],
): ProtectionSummary {
  const id = spreadsheet.getId();
  const me = Session.getEffectiveUser().getEmail();
  const { requests, summary } = protectionChanges(
    readSheetInfos(id),
    settings,
    me,
    ownerOf(spreadsheet),
    extra,
  );
  sendRequests(id, requests);
  return summary;
}

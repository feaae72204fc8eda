/**
 * Applies the protection plan (Apps Script glue): finds CBO Tracker's protections by description
 * (two getProtections calls), creates the missing ones, refreshes range, mode and editors. A
 * protection the running user cannot edit (canEdit() false: only the owner and its editors may
 * change or remove it) is left as it is and counted as skipped.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
 */
import { CONTRACT_SHEETS } from '../../workbook/contract';
import { TOOL_PREFIX } from '../setup/plan';
import { planProtections, TOOL_RECORD_SHEETS, type ProtectionPlan, type ProtectionSettings } from './plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export interface ProtectionSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Protections the running user may not change (they are not among its editors). */
  skipped: number;
}

/** The sheets the tool rewrites for whoever runs a menu item (their header protection warns only). */
export const TOOL_WRITTEN_SHEETS = CONTRACT_SHEETS.filter((s) => s.output).map((s) => s.name);

/** Sheets whose header row (or whole sheet) CBO Tracker protects, when they exist: every contract sheet. */
export const PROTECTED_SHEETS = CONTRACT_SHEETS.map((s) => s.name);

function syncEditors(protection: Protection, plan: ProtectionPlan, me: string): boolean {
  let changed = false;
  if (plan.warningOnly) {
    if (!protection.isWarningOnly()) {
      protection.setWarningOnly(true);
      changed = true;
    }
    return changed;
  }
  if (protection.isWarningOnly()) {
    protection.setWarningOnly(false);
    changed = true;
  }
  const wanted = new Set([...plan.editors, me].filter(Boolean).map((e) => e.toLowerCase()));
  const current = protection.getEditors().map((user) => user.getEmail().toLowerCase());
  const remove = current.filter((email) => !wanted.has(email) && email !== me);
  const add = [...wanted].filter((email) => !current.includes(email));
  if (remove.length) protection.removeEditors(remove);
  if (add.length) protection.addEditors(add);
  // Not counted as a change: outside a Workspace domain canDomainEdit() stays true.
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return changed || remove.length > 0 || add.length > 0;
}

export function applyProtections(spreadsheet: Spreadsheet, settings: ProtectionSettings): ProtectionSummary {
  const summary: ProtectionSummary = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const ours = new Map<string, Protection>();
  for (const type of [SpreadsheetApp.ProtectionType.RANGE, SpreadsheetApp.ProtectionType.SHEET]) {
    for (const protection of spreadsheet.getProtections(type)) {
      const description = protection.getDescription();
      if (description.startsWith(TOOL_PREFIX) && !ours.has(description)) ours.set(description, protection);
    }
  }
  const present = PROTECTED_SHEETS.filter((name) => spreadsheet.getSheetByName(name));
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  for (const plan of planProtections(present, settings, TOOL_WRITTEN_SHEETS)) {
    const sheet = spreadsheet.getSheetByName(plan.sheet)!;
    let protection = ours.get(plan.description);
    let created = false;
    if (protection && !protection.canEdit()) {
      summary.skipped++;
      continue;
    }
    if (plan.scope === 'header') {
      const range = sheet.getRange(1, 1, 1, sheet.getMaxColumns());
      if (protection && protection.getRange().getA1Notation() !== range.getA1Notation()) {
        protection.remove();
        protection = undefined;
      }
      if (!protection) {
        protection = range.protect().setDescription(plan.description);
        created = true;
      }
    } else if (!protection) {
      protection = sheet.protect().setDescription(plan.description);
      created = true;
    }
    const changed = syncEditors(protection, plan, me);
    if (created) summary.created++;
    else if (changed) summary.updated++;
    else summary.unchanged++;
  }
  return summary;
}

export { TOOL_RECORD_SHEETS };

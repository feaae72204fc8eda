/**
 * Which protections set-up keeps (pure): the header row of every input sheet and of the sheets the
 * tool writes, for the owner and the coordinators listed in Settings (or everyone with a warning
 * when Settings › Protection is "warning"); the tool writes below those rows. The tool's own
 * records (Change log, partner snapshots) are protected whole with a warning only: scripts run as
 * the person who clicks (or, for the change log trigger, as whoever started it), and the tool must
 * not lock them out of what it writes for them; a warning-only protection does not stop scripts.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)
 * Each protection is identified by its description.
 */
import { CBOS, CONTRACT_SHEETS, SETTING } from '../../workbook/contract';
import { foldKey } from '../../workbook/matching';
import type { Settings } from '../../workbook/settings';
import { cleanText } from '../../workbook/values';
import { TOOL_PREFIX } from '../setup/plan';

export interface ProtectionPlan {
  sheet: string;
  /** 'header': row 1 of the sheet; 'sheet': the whole sheet; 'cells': the cells below (none: removed). */
  scope: 'header' | 'sheet' | 'cells';
  /** For 'cells': 0-based, end excluded. */
  cells?: { startRowIndex: number; endRowIndex: number; startColumnIndex: number; endColumnIndex: number };
  description: string;
  warningOnly: boolean;
  /** Editors besides the owner (the owner can always edit). */
  editors: string[];
}

export interface ProtectionSettings {
  coordinators: string[];
  warningOnly: boolean;
  problems: string[];
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Settings › Coordinators (e-mails separated by commas, semicolons or spaces) and › Protection. */
export function protectionSettings(settings: Settings): ProtectionSettings {
  const problems: string[] = [];
  const coordinators: string[] = [];
  const text = cleanText(settings.raw.get(foldKey(SETTING.coordinators)));
  for (const part of text.split(/[,;\s]+/)) {
    if (!part) continue;
    if (!EMAIL.test(part))
      problems.push(`Settings › Coordinators: "${part}" is not an e-mail address; ignored.`);
    else if (!coordinators.includes(part.toLowerCase())) coordinators.push(part.toLowerCase());
  }
  const mode = foldKey(settings.raw.get(foldKey(SETTING.protection)));
  const warningOnly = mode === 'warning' || mode === 'warningonly';
  if (mode && !warningOnly && mode !== 'coordinators') {
    problems.push(
      `Settings › Protection: "${cleanText(settings.raw.get(foldKey(SETTING.protection)))}" is not ` +
        '"coordinators" or "warning"; header rows are protected for coordinators only.',
    );
  }
  return { coordinators, warningOnly, problems };
}

/** What applying the protections did (src/sharing/protection/api.ts). */
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

/** Sheets whose every cell belongs to the tool: protected whole. */
export const TOOL_RECORD_SHEETS = CONTRACT_SHEETS.filter((s) => s.record).map((s) => s.name);

export function headerDescription(sheet: string): string {
  return `${TOOL_PREFIX}header row of ${sheet}`;
}

export function sheetDescription(sheet: string): string {
  return `${TOOL_PREFIX}${sheet} (written by CBO Tracker)`;
}

/**
 * The protections of the sheets present, in sheet order. `toolWritten`: the sheets the tool
 * rewrites for whoever runs it (Validation, Indicator results, ...): their header row is protected
 * with a warning only, since a protection enforced against a staff member would stop the tool
 * growing or rewriting the sheet when that staff member runs it.
 */
export function planProtections(
  sheetNames: readonly string[],
  settings: ProtectionSettings,
  toolWritten: readonly string[] = [],
): ProtectionPlan[] {
  return sheetNames.map((sheet) => {
    const whole = TOOL_RECORD_SHEETS.includes(sheet);
    return {
      sheet,
      scope: whole ? 'sheet' : 'header',
      description: whole ? sheetDescription(sheet) : headerDescription(sheet),
      warningOnly: whole || toolWritten.includes(sheet) || settings.warningOnly,
      editors: settings.coordinators,
    };
  });
}

/**
 * A partner copy's CBO IDs of the rows it was sent (column `column`, 0-based, rows 2 to
 * `rows` + 1), protected as its header is (coordinators, or a warning): a changed ID would look
 * like a new CBO and a deleted one. The rows below stay free for the CBOs a partner adds.
 */
export function copyIdsPlan(settings: ProtectionSettings, column: number, rows: number): ProtectionPlan {
  return {
    sheet: CBOS.name,
    scope: 'cells',
    cells: { startRowIndex: 1, endRowIndex: rows + 1, startColumnIndex: column, endColumnIndex: column + 1 },
    description: `${TOOL_PREFIX}CBO IDs of the CBOs sent`,
    warningOnly: settings.warningOnly,
    editors: settings.coordinators,
  };
}

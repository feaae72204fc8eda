/** Menu handlers of the sharing features (entry points; the logic lives in the modules). */
import { digits, translator } from '../i18n/messages';
import { problemFix, problemMessage } from '../i18n/problems';
import { interfaceLanguage, languageFor } from '../menu/language';
import { SETTINGS } from '../workbook/contract';
import { settingsFromValues } from '../workbook/settings';
import { readValues } from '../sheets/io';
import { installChangeLog, type StartChangeLogSummary } from './changelog/log';
import { applyProtectionsApi } from './protection/api';
import { protectionSettings } from './protection/plan';
import { setUpSpreadsheet, type SetupSummary } from './setup/apply';
import { partnersSplitJob, stepSplit } from './partners/jobs';
import { collectPartnerCopies, type CollectSummary } from './partners/collect';
import type { PartnerCopySummary } from './partners/split';

export { logChange } from './changelog/log';

/** Menu: Set up sheets. */
export function setUpSheets(_options?: Record<string, unknown>): SetupSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Settings as set-up read (or seeded) them: no second read for the summary's language.
  const { summary, settings } = setUpSpreadsheet(spreadsheet);
  const added = Object.values(summary.addedColumns).reduce((n, list) => n + list.length, 0);
  const say = translator(languageFor(settings));
  const lines = [
    say('setup.summary', {
      sheets: summary.createdSheets.length,
      columns: added,
      dropdowns: summary.dropdowns,
      protections: summary.protections.created,
    }),
    ...(summary.protections.skipped ? [say('setup.skipped', { count: summary.protections.skipped })] : []),
    ...summary.problems,
  ];
  spreadsheet.toast(lines.join('\n'), say('setup.title'), 10);
  return summary;
}

/** Menu: Start change log. */
export function startChangeLog(_options?: Record<string, unknown>): StartChangeLogSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = installChangeLog(spreadsheet);
  const settings = settingsFromValues(readValues(spreadsheet, SETTINGS.name));
  applyProtectionsApi(spreadsheet, protectionSettings(settings));
  const say = translator(languageFor(settings));
  spreadsheet.toast(
    summary.installed
      ? say('changeLog.started')
      : summary.installer
        ? say('changeLog.alreadyBy', { user: summary.installer })
        : say('changeLog.already'),
    say('changeLog.title'),
    8,
  );
  return summary;
}

/**
 * How long the menu item works before it stops and says how to go on: an execution ends at
 * 6 minutes (https://developers.google.com/apps-script/guides/services/quotas), and one partner's
 * copy may take a while, so it takes no new partner after 4 minutes.
 */
const MENU_BUDGET_MS = 240_000;

/** Menu: Create partner sheets. */
export function createPartnerSheets(_options?: Record<string, unknown>): {
  partners: PartnerCopySummary[];
  finished: boolean;
} {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The partner sheets job: a run cut short before goes on where it stopped (no second copy).
  const saved = partnersSplitJob.status(spreadsheet);
  let progress =
    saved && !saved.finished && !saved.cancelled ? saved : partnersSplitJob.start(spreadsheet, {});
  const partners: PartnerCopySummary[] = [];
  const began = Date.now();
  while (!progress.finished && Date.now() - began < MENU_BUDGET_MS) {
    progress = stepSplit(spreadsheet, MENU_BUDGET_MS - (Date.now() - began), (p) => partners.push(p));
  }
  const ui = SpreadsheetApp.getUi();
  const language = interfaceLanguage(spreadsheet);
  const say = translator(language);
  const more = progress.finished
    ? ''
    : `\n\n${progress.done} of ${progress.total} partners done. Run Create partner sheets again to go on ` +
      '(or use the sidebar): the copies made so far are kept and not made again.';
  ui.alert(
    say('partners.title'),
    (partners.length || progress.total
      ? partners
          .map((p) =>
            p.refused
              ? p.refused
              : say('partners.line', {
                  partner: p.partner,
                  cbos: p.cbos,
                  refreshed: p.reused ? say('partners.refreshed') : '',
                  editors: p.editors.join(', ') || say('partners.nobody'),
                }) + (p.note ? `\n  ${p.note}` : ''),
          )
          .concat(
            partners.flatMap((p) =>
              (p.problems ?? []).map((problem) =>
                say('partners.problemLine', {
                  sheet: problem.sheet,
                  row: digits(problem.row ?? ''),
                  column: problem.column ?? '',
                  message: problemMessage(problem, language),
                  fix: problemFix(problem, language),
                }),
              ),
            ),
          )
          .join('\n')
      : say('partners.none')) + more,
    ui.ButtonSet.OK,
  );
  return { partners, finished: progress.finished };
}

/** Menu: Collect partner updates. */
export function collectPartnerUpdates(_options?: Record<string, unknown>): CollectSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = collectPartnerCopies(spreadsheet);
  const say = translator(interfaceLanguage(spreadsheet));
  spreadsheet.toast(
    say('collect.summary', {
      updated: summary.updated,
      appended: summary.appended,
      conflicts: summary.conflicts,
    }) +
      (summary.problems.length
        ? say('collect.problems', { problems: summary.problems.length }) +
          (summary.heldBack ? say('collect.heldBack', { changes: summary.heldBack }) : '')
        : '') +
      (summary.notShared ? say('collect.notShared', { count: summary.notShared }) : '') +
      say('text.end'),
    say('collect.title'),
    10,
  );
  return summary;
}

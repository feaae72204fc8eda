/** Menu handlers of the sharing features (entry points; the logic lives in the modules). */
import { translator } from '../i18n/messages';
import { interfaceLanguage, languageFor } from '../menu/language';
import { SETTINGS } from '../workbook/contract';
import { settingsFromValues } from '../workbook/settings';
import { readValues } from '../sheets/io';
import { installChangeLog, type StartChangeLogSummary } from './changelog/log';
import { applyProtectionsApi } from './protection/api';
import { protectionSettings } from './protection/plan';
import { setUpSpreadsheet, type SetupSummary } from './setup/apply';
import {
  collectPartnerCopies,
  createPartnerCopies,
  type CollectSummary,
  type PartnerCopySummary,
} from './partners/sync';

export { logChange } from './changelog/log';

/** Menu: Set up sheets. */
export function setUpSheets(_options?: Record<string, unknown>): SetupSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = setUpSpreadsheet(spreadsheet);
  const added = Object.values(summary.addedColumns).reduce((n, list) => n + list.length, 0);
  const say = translator(interfaceLanguage(spreadsheet));
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

/** Menu: Create partner sheets. */
export function createPartnerSheets(_options?: Record<string, unknown>): { partners: PartnerCopySummary[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const partners = createPartnerCopies(spreadsheet);
  const ui = SpreadsheetApp.getUi();
  const say = translator(interfaceLanguage(spreadsheet));
  ui.alert(
    say('partners.title'),
    partners.length
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
          .join('\n')
      : say('partners.none'),
    ui.ButtonSet.OK,
  );
  return { partners };
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
      say('text.end'),
    say('collect.title'),
    10,
  );
  return summary;
}

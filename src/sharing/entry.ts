/** Menu handlers of the sharing features (entry points; the logic lives in the modules). */
import { SETTINGS } from '../workbook/contract';
import { settingsFromValues } from '../workbook/settings';
import { readValues } from '../sheets/workbook';
import { installChangeLog, type StartChangeLogSummary } from './changelog/log';
import { applyProtections } from './protection/apply';
import { protectionSettings } from './protection/plan';
import { setUpSpreadsheet, type SetupSummary } from './setup/apply';
import {
  collectPartnerCopies,
  createPartnerCopies,
  type CollectSummary,
  type PartnerCopySummary,
} from './partners/sync';

export { logChange } from './changelog/log';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Menu: Set up sheets. */
export function setUpSheets(_options?: Record<string, unknown>): SetupSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = setUpSpreadsheet(spreadsheet);
  const added = Object.values(summary.addedColumns).reduce((n, list) => n + list.length, 0);
  const lines = [
    `${plural(summary.createdSheets.length, 'sheet')} created, ${plural(added, 'column')} added, ` +
      `${plural(summary.dropdowns, 'dropdown')} set, ${plural(summary.protections.created, 'protection')} added` +
      (summary.protections.skipped
        ? ` (${plural(summary.protections.skipped, 'protection')} left as they are: only their editors may change them).`
        : '.'),
    ...summary.problems,
  ];
  spreadsheet.toast(lines.join('\n'), 'Set up sheets', 10);
  return summary;
}

/** Menu: Start change log. */
export function startChangeLog(_options?: Record<string, unknown>): StartChangeLogSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = installChangeLog(spreadsheet);
  applyProtections(
    spreadsheet,
    protectionSettings(settingsFromValues(readValues(spreadsheet, SETTINGS.name))),
  );
  spreadsheet.toast(
    summary.installed
      ? 'Every edit of the input sheets is now written to "Change log".'
      : `The change log was already running${summary.installer ? ` (started by ${summary.installer})` : ''}.`,
    'Change log',
    8,
  );
  return summary;
}

/** Menu: Create partner sheets. */
export function createPartnerSheets(_options?: Record<string, unknown>): { partners: PartnerCopySummary[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const partners = createPartnerCopies(spreadsheet);
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    'Partner sheets',
    partners.length
      ? partners
          .map((p) =>
            p.refused
              ? p.refused
              : `${p.partner}: ${plural(p.cbos, 'CBO')}${p.reused ? ' (copy refreshed)' : ''}, shared with ` +
                `${p.editors.join(', ') || 'nobody (no Email in Partners)'}${p.note ? `\n  ${p.note}` : ''}`,
          )
          .join('\n')
      : 'No partner in "Partners".',
    ui.ButtonSet.OK,
  );
  return { partners };
}

/** Menu: Collect partner updates. */
export function collectPartnerUpdates(_options?: Record<string, unknown>): CollectSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = collectPartnerCopies(spreadsheet);
  spreadsheet.toast(
    `${plural(summary.updated, 'cell')} updated, ${plural(summary.appended, 'new CBO')} added, ` +
      `${plural(summary.conflicts, 'item')} to check in "Sync conflicts"` +
      (summary.problems.length
        ? `, ${plural(summary.problems.length, 'problem')} of partner copies in "Partner problems"` +
          (summary.heldBack ? ` (${plural(summary.heldBack, 'change')} held back until fixed)` : '')
        : '') +
      '.',
    'Collect partner updates',
    10,
  );
  return summary;
}

/** Menu: CBO Tracker › Share report with partners (the selected Projects row, else a prompt). */
import { idsFromMenu } from '../../documents/run';
import { localized, translator } from '../../i18n/messages';
import { said } from '../../i18n/problems';
import { interfaceLanguage } from '../../menu/language';
import { driveIdOf, selectIds } from '../../documents/plan';
import { describeProblem } from '../../documents/problems';
import type { Problem } from '../../workbook/problem';
import { rowsFor } from '../../documents/sources';
import { readTable } from '../../sheets/io';
import { PROJECTS, SHEET } from '../../workbook/contract';
import { cleanText } from '../../workbook/values';
import { reportRecipients, shareWithPartners, type ShareSummary } from './share';

function ui(): GoogleAppsScript.Base.Ui | undefined {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return undefined;
  }
}

export function shareReportWithPartners(options?: { projectId?: string }): {
  sharing: ShareSummary[];
  problems: Problem[];
} {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const fromMenu = options === undefined;
  const language = interfaceLanguage(spreadsheet);
  const say = translator(language);
  const wanted = fromMenu
    ? idsFromMenu(spreadsheet, 'report', language, { prompt: 'share.title', ask: 'share.askProject' })
    : options.projectId;
  if (wanted === undefined) return { sharing: [], problems: [] };
  const dialog = ui();
  if (fromMenu && dialog) {
    // E-mails go out only when the person clicking says so.
    const answer = dialog.alert(
      say('share.title'),
      say('share.ask', { projects: wanted, count: reportRecipients(spreadsheet) }),
      dialog.ButtonSet.YES_NO,
    );
    if (answer !== dialog.Button.YES) return { sharing: [], problems: [] };
  }
  const projects = readTable(spreadsheet, PROJECTS);
  const ids = selectIds(
    projects ? projects.rows.map((r) => cleanText(projects.get(r, 'Project ID'))).filter(Boolean) : [],
    wanted,
  );
  const sharing: ShareSummary[] = [];
  const problems: Problem[] = [];
  for (const id of ids) {
    const row = rowsFor(projects, 'Project ID', id)[0];
    const link = row && projects ? cleanText(projects.get(row, 'Document')) : '';
    if (!driveIdOf(link)) {
      problems.push({
        severity: 'error',
        sheet: SHEET.projects,
        row: row?.rowNumber ?? null,
        column: 'Document',
        value: id,
        code: 'no-report-yet',
        ...said(localized('share.noReport')),
      });
      continue;
    }
    // The e-mail names the report by the project's title, as its document does (the ID without one).
    const title = (row && projects ? cleanText(projects.get(row, 'Title')) : '') || id;
    const result = shareWithPartners(spreadsheet, id, link, title, language);
    sharing.push(result);
    problems.push(...result.problems);
  }
  if (dialog && fromMenu) {
    const lines = sharing.map((s) =>
      say('share.line', { project: s.projectId, viewers: s.viewers, emails: s.emailsSent }),
    );
    dialog.alert(
      say('share.title'),
      [...lines, ...problems.slice(0, 15).map((p) => describeProblem(p, language))].join('\n') ||
        say('share.nothing'),
      dialog.ButtonSet.OK,
    );
  }
  return { sharing, problems };
}

/**
 * Sharing progress reports with partners (Apps Script glue): every partner with Receives reports =
 * Yes gets view access and an e-mail with the link, only when the run asked to share; each address
 * is logged in the `Report sharing` sheet.
 */
import { addViewer } from '../../documents/drive';
import { driveIdOf } from '../../documents/plan';
import type { Language } from '../../i18n/language';
import { localized, LocalizedError, reasonOf, translator, type Localized } from '../../i18n/messages';
import { said } from '../../i18n/problems';
import type { Problem } from '../../workbook/problem';
import { readTable, writeOutputSheet } from '../../sheets/io';
import { PARTNERS, SHEET } from '../../workbook/contract';
import { SHARING_HEADER, SHARING_SHEET, shareTargets } from './plan';

export interface ShareSummary {
  projectId: string;
  document: string;
  partners: number;
  viewers: number;
  emailsSent: number;
  problems: Problem[];
}

const SHARING_SIGNATURE = 'CBO Tracker';

/** The partners a report would go to (for the question asked before e-mailing them). */
export function reportRecipients(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return shareTargets(readTable(spreadsheet, PARTNERS)).reduce((n, t) => n + t.emails.length, 0);
}

/**
 * Gives every partner with Receives reports = Yes view access to a report and e-mails them the
 * link; logs one row per address in the `Report sharing` sheet (appended, one write). An address
 * Drive will not share with silently gets Drive's own invitation instead of ours; one it refuses
 * altogether is reported on its Partners row.
 */
export function shareWithPartners(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  projectId: string,
  url: string,
  name: string,
  language: Language = 'en',
): ShareSummary {
  const say = translator(language);
  const targets = shareTargets(readTable(spreadsheet, PARTNERS));
  const summary: ShareSummary = {
    projectId,
    document: url,
    partners: 0,
    viewers: 0,
    emailsSent: 0,
    problems: [],
  };
  const id = driveIdOf(url);
  let quota = targets.length > 0 ? MailApp.getRemainingDailyQuota() : 0;
  const time = new Date();
  const log: (string | Date)[][] = [];
  for (const target of targets) {
    summary.partners++;
    summary.problems.push(...target.problems);
    if (target.emails.length === 0) {
      log.push([
        time,
        projectId,
        url,
        target.partner,
        '',
        say('choice.no'),
        say('choice.no'),
        target.problems[0]?.message ?? '',
      ]);
    }
    for (const email of target.emails) {
      // Yes/No in the sheet's language, as Access says "View" in it.
      let access = say('choice.no');
      let sent = say('choice.no');
      let problem: Localized | undefined;
      let notified = false;
      try {
        if (!id) throw new LocalizedError(localized('share.noLink'));
        notified = addViewer(id, email) === 'notified';
        access = say('share.view');
        summary.viewers++;
      } catch (error) {
        problem = localized('share.accessNotGiven', { why: reasonOf(error) });
      }
      if (notified) {
        // Drive's own invitation carries the link: a second e-mail would only repeat it.
        sent = say('share.driveInvitation');
        summary.emailsSent++;
      } else if (problem) {
        // No access: a link they cannot open helps nobody.
      } else if (quota > 0) {
        try {
          MailApp.sendEmail(
            email,
            say('share.subject', { name }),
            say('share.body', { partner: target.partner, name, url, signature: SHARING_SIGNATURE }),
          );
          sent = say('choice.yes');
          summary.emailsSent++;
          quota--;
        } catch (error) {
          problem = localized('share.emailNotSent', { why: reasonOf(error) });
        }
      } else {
        problem = localized('share.emailNotSent', { why: localized('share.quotaUsed') });
      }
      if (problem) {
        summary.problems.push({
          severity: 'warning',
          sheet: SHEET.partners,
          row: target.row,
          column: 'Email',
          value: email,
          code: 'share-failed',
          ...said(problem),
        });
      }
      log.push([
        time,
        projectId,
        url,
        target.partner,
        email,
        access,
        sent,
        problem ? say(problem.key, problem.params) : '',
      ]);
    }
  }
  appendSharingLog(spreadsheet, log);
  return summary;
}

function appendSharingLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: (string | Date)[][],
): void {
  if (rows.length === 0) return;
  const sheet = spreadsheet.getSheetByName(SHARING_SHEET);
  if (!sheet) {
    writeOutputSheet(spreadsheet, SHARING_SHEET, SHARING_HEADER, rows, {
      widths: [140, 90, 220, 160, 200, 60, 70, 300],
    });
    return;
  }
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  if (start + rows.length - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), start + rows.length - 1 - sheet.getMaxRows());
  sheet.getRange(start, 1, rows.length, SHARING_HEADER.length).setValues(rows);
}

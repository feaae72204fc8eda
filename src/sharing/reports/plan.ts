/** Pure decisions of report sharing: who gets a report, and the Report sharing log's columns. */
import type { Problem } from '../../workbook/problem';
import { headersOf, REPORT_SHARING } from '../../workbook/contract';
import type { Table } from '../../workbook/table';
import { cleanText, parseYesNo } from '../../workbook/values';
import { localized } from '../../i18n/messages';
import { said } from '../../i18n/problems';

export const SHARING_SHEET = REPORT_SHARING.name;
export const SHARING_HEADER = headersOf(REPORT_SHARING);

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[A-Za-z]{2,}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export interface ShareTarget {
  partner: string;
  row: number;
  /** Valid addresses: each gets view access and an e-mail. */
  emails: string[];
  problems: Problem[];
}

/** Partners with Receives reports = Yes, their valid addresses, and problems for the rest. */
export function shareTargets(partners: Table | undefined): ShareTarget[] {
  if (!partners) return [];
  const targets: ShareTarget[] = [];
  for (const row of partners.rows) {
    const receives = parseYesNo(partners.get(row, 'Receives reports'));
    if (receives.status !== 'ok' || !receives.value) continue;
    const partner = cleanText(partners.get(row, 'Partner'));
    const typed = cleanText(partners.get(row, 'Email'))
      .split(/[,;\s]+/)
      .filter(Boolean);
    const emails = typed.filter(isEmail);
    const problems: Problem[] = typed
      .filter((address) => !isEmail(address))
      .map((address) => ({
        severity: 'warning' as const,
        sheet: partners.sheetName,
        row: row.rowNumber,
        column: partners.headerText('Email'),
        value: address,
        code: 'invalid-email',
        ...said(localized('share.badEmail')),
      }));
    if (typed.length === 0) {
      problems.push({
        severity: 'warning',
        sheet: partners.sheetName,
        row: row.rowNumber,
        column: partners.headerText('Email'),
        value: '',
        code: 'no-email',
        ...said(partner ? localized('share.noEmail', { partner }) : localized('share.noEmailUnnamed')),
      });
    }
    targets.push({ partner, row: row.rowNumber, emails, problems });
  }
  return targets;
}

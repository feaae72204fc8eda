/**
 * Sharing a partner's new copy (Apps Script glue): with the advanced Drive service (v3, drive.file:
 * the add-on made the copy) a user is one `Drive.Permissions.create`, without opening the copy
 * (SpreadsheetApp needs `openById` and `addEditors`, two file-level calls). An address Drive
 * refuses does not stop the others: it is returned with Drive's reason.
 * https://developers.google.com/drive/api/reference/rest/v3/permissions/create
 */
import { drive } from '../../documents/drive';
import { localized } from '../../i18n/messages';
import { said } from '../../i18n/problems';
import { SHEET } from '../../workbook/contract';
import type { Problem } from '../../workbook/problem';

/** An address a copy could not be shared with, and Drive's reason. */
export interface ShareFailure {
  email: string;
  error: string;
}

/**
 * Gives the users edit access to a spreadsheet the add-on made (Drive notifies them, as addEditors
 * does); the addresses Drive refused.
 */
export function shareNewCopy(id: string, emails: readonly string[]): ShareFailure[] {
  const failures: ShareFailure[] = [];
  for (const emailAddress of new Set(emails)) {
    try {
      drive().Permissions.create({ type: 'user', role: 'writer', emailAddress }, id);
    } catch (error) {
      failures.push({ email: emailAddress, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return failures;
}

/** Shares a copy made before (open already) in one call; address by address when Google refuses one. */
export function shareOpenCopy(
  copy: GoogleAppsScript.Spreadsheet.Spreadsheet,
  emails: readonly string[],
): ShareFailure[] {
  if (emails.length === 0) return [];
  try {
    copy.addEditors([...emails]);
    return [];
  } catch {
    const failures: ShareFailure[] = [];
    for (const email of emails) {
      try {
        copy.addEditor(email);
      } catch (error) {
        failures.push({ email, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return failures;
  }
}

/**
 * The problems of a partner's sharing, on its Partners row and Email column: addresses that are
 * not e-mail addresses (never shared with) and those Drive refused. The copy is made all the same.
 */
export function sharingProblems(
  partner: { name: string; row: { rowNumber: number }; badEmails: readonly string[] },
  emailHeader: string,
  failures: readonly ShareFailure[],
): Problem[] {
  const at = { sheet: SHEET.partners, row: partner.row.rowNumber, column: emailHeader };
  const fix = localized('partners.shareFix', { column: emailHeader });
  return [
    ...partner.badEmails.map((email): Problem => ({
      severity: 'warning',
      ...at,
      value: email,
      code: 'invalid-email',
      ...said(localized('partners.badEmail', { partner: partner.name, email }), fix),
    })),
    ...failures.map((failure): Problem => ({
      severity: 'warning',
      ...at,
      value: failure.email,
      code: 'partner-share-failed',
      ...said(
        localized('partners.shareFailed', {
          partner: partner.name,
          email: failure.email,
          error: failure.error,
        }),
        fix,
      ),
    })),
  ];
}

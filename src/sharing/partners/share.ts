/**
 * Sharing a partner's new copy (Apps Script glue): with the advanced Drive service (v3, drive.file:
 * the add-on made the copy) a user is one `Drive.Permissions.create`, without opening the copy
 * (SpreadsheetApp needs `openById` and `addEditors`, two file-level calls).
 * https://developers.google.com/drive/api/reference/rest/v3/permissions/create
 */
import { drive } from '../../documents/drive';

/** Gives the users edit access to a spreadsheet the add-on made (Drive notifies them, as addEditors does). */
export function shareNewCopy(id: string, emails: readonly string[]): void {
  for (const emailAddress of new Set(emails))
    drive().Permissions.create({ type: 'user', role: 'writer', emailAddress }, id);
}

/**
 * Sharing a partner's new copy (Apps Script glue). With the advanced Drive service (v3, drive.file:
 * the add-on made the copy) a user is one `Drive.Permissions.create`, without opening the copy;
 * SpreadsheetApp needs `openById` and `addEditors`, two file-level calls whatever the number of
 * users. So: Drive for one or two users, SpreadsheetApp for more.
 * https://developers.google.com/drive/api/reference/rest/v3/permissions/create
 */

/** Up to this many users, one Drive.Permissions.create each; more, openById + addEditors. */
const DRIVE_USERS = 2;

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive)
    throw new Error('the Drive advanced service is not enabled (appsscript.json › enabledAdvancedServices)');
  return Drive;
}

/** Gives the users edit access to a spreadsheet the add-on made (Drive notifies them, as addEditors does). */
export function shareNewCopy(id: string, emails: readonly string[]): void {
  const users = [...new Set(emails.map((e) => e.trim()).filter(Boolean))];
  if (users.length === 0) return;
  if (users.length <= DRIVE_USERS) {
    for (const emailAddress of users)
      drive().Permissions.create({ type: 'user', role: 'writer', emailAddress }, id, { fields: 'id' });
    return;
  }
  SpreadsheetApp.openById(id).addEditors(users);
}

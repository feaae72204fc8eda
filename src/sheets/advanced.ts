/** The advanced Sheets service (v4), enabled in appsscript.json as `Sheets` (Apps Script glue). */

/** `Sheets.Spreadsheets`, or a clear error when the advanced service is not enabled. */
export function spreadsheetsApi(): GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection {
  if (typeof Sheets === 'undefined' || !Sheets)
    throw new Error(
      'The Sheets advanced service is not enabled: add it to appsscript.json (Services › Google Sheets API).',
    );
  return Sheets.Spreadsheets;
}

/** Sends requests in one batchUpdate (nothing when there are none). */
export function sendRequests(
  spreadsheetId: string,
  requests: GoogleAppsScript.Sheets.Schema.Request[],
): void {
  if (requests.length > 0) spreadsheetsApi().batchUpdate({ requests }, spreadsheetId);
}

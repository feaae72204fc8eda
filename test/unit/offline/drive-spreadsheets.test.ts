/** The advanced Drive service knows SpreadsheetApp's spreadsheets as files (sharing a partner copy). */
import { ensureBuild, openWorkbook } from '../../support/runtime';

beforeAll(() => ensureBuild());

async function run(code: string) {
  const runtime = await openWorkbook({ CBOs: [['CBO ID'], ['C1']] });
  const result = runtime.evaluate(`(function () { ${code} })()`);
  return { runtime, result };
}

describe('Drive.Permissions.create on a spreadsheet', () => {
  test('a spreadsheet the add-on made for the user is shared as a writer, counted as one call', async () => {
    const { runtime, result } = await run(`
      var id = SpreadsheetApp.create('Copy').getId();
      return Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'p@example.org' }, id, { fields: 'id' });`);
    expect(result).toMatchObject({ role: 'writer', emailAddress: 'p@example.org' });
    expect(runtime.createdSpreadsheets[0]._state.editors).toEqual(['p@example.org']);
    expect(runtime.calls.count('Drive.Permissions.create')).toBe(1);
  });

  test('an unknown ID is not found; a reader, a domain or a bad address is refused', async () => {
    await expect(
      run(
        `Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'p@example.org' }, 'nope');`,
      ),
    ).rejects.toThrow(/File not found/);
    await expect(
      run(`var id = SpreadsheetApp.create('Copy').getId();
        Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'p@example.org' }, id);`),
    ).rejects.toThrow(/not emulated: Drive.Permissions.create of user reader on a spreadsheet/);
    await expect(
      run(`var id = SpreadsheetApp.create('Copy').getId();
        Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'not an address' }, id);`),
    ).rejects.toThrow(/Invalid sharing request/);
  });
});

describe("Drive's modifiedTime of a spreadsheet", () => {
  const LIST = `Drive.Files.list({ q: "mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false", fields: 'nextPageToken,files(id,modifiedTime)' }).files`;

  test('a spreadsheet the add-on made is listed with its modifiedTime; a write moves it on, a read does not', async () => {
    const { runtime, result } = await run(`
      var copy = SpreadsheetApp.create('Copy');
      var id = copy.getId();
      var t0 = Drive.Files.get(id, { fields: 'modifiedTime' }).modifiedTime;
      copy.getSheets()[0].getRange(1, 1).getValues();
      var t1 = Drive.Files.get(id, { fields: 'modifiedTime' }).modifiedTime;
      copy.getSheets()[0].getRange(1, 1).setValue('x');
      var t2 = Drive.Files.get(id, { fields: 'modifiedTime' }).modifiedTime;
      copy.getSheets()[0].setName('CBOs');
      var t3 = Drive.Files.get(id, { fields: 'modifiedTime' }).modifiedTime;
      return { id: id, t0: t0, t1: t1, t2: t2, t3: t3, listed: ${LIST} };`);
    const r = result as { id: string; t0: string; t1: string; t2: string; t3: string; listed: unknown[] };
    expect(r.t1).toBe(r.t0);
    // Strictly later each time, even within one millisecond.
    expect(Date.parse(r.t2)).toBeGreaterThan(Date.parse(r.t1));
    expect(Date.parse(r.t3)).toBeGreaterThan(Date.parse(r.t2));
    // Only the copy: the workbook the add-on runs in is not the app's file (drive.file).
    expect(r.listed).toEqual([{ id: r.id, modifiedTime: r.t3 }]);
    expect(runtime.createdSpreadsheets[0]._state.modifiedTime).toBe(r.t3);
  });

  test("the Sheets API's writes move it on; another user's copy is not listed under drive.file", async () => {
    const { runtime, result } = await run(`
      var id = SpreadsheetApp.create('Copy').getId();
      var t0 = Drive.Files.get(id, { fields: 'modifiedTime' }).modifiedTime;
      Sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: SpreadsheetApp.openById(id).getSheets()[0].getSheetId(), rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: 'y' } }] }], fields: 'userEnteredValue' } }] }, id);
      return { id: id, t0: t0, t1: Drive.Files.get(id, { fields: 'modifiedTime' }).modifiedTime };`);
    const r = result as { id: string; t0: string; t1: string };
    expect(Date.parse(r.t1)).toBeGreaterThan(Date.parse(r.t0));
    // The copy shared with a coordinator: they may open it, but Drive does not list it for them.
    runtime.createdSpreadsheets[0].addEditors(['coordinator@example.org']);
    runtime.actAs('coordinator@example.org');
    expect(runtime.evaluate(`(function () { return ${LIST}; })()`)).toEqual([]);
    expect(() => runtime.evaluate(`Drive.Files.get('${r.id}')`)).toThrow(/File not found/);
  });

  test('a list comes a page at a time (pageSize 1 to 1,000), the next page token only when asked for', async () => {
    const { result } = await run(`
      for (var i = 0; i < 3; i++) SpreadsheetApp.create('Copy ' + i);
      var q = "mimeType = 'application/vnd.google-apps.spreadsheet'";
      var first = Drive.Files.list({ q: q, pageSize: 2, fields: 'nextPageToken,files(id)' });
      var second = Drive.Files.list({ q: q, pageSize: 2, pageToken: first.nextPageToken, fields: 'nextPageToken,files(id)' });
      var untold = Drive.Files.list({ q: q, pageSize: 2, fields: 'files(id)' });
      return { first: first, second: second, untold: untold };`);
    const r = result as Record<string, { files: unknown[]; nextPageToken?: string }>;
    expect(r.first.files).toHaveLength(2);
    expect(r.first.nextPageToken).toBeDefined();
    expect(r.second.files).toHaveLength(1);
    expect(r.second.nextPageToken).toBeUndefined();
    expect(r.untold.files).toHaveLength(2);
    expect(r.untold.nextPageToken).toBeUndefined();
    await expect(run(`Drive.Files.list({ pageSize: 1001 });`)).rejects.toThrow(/pageSize/);
  });
});

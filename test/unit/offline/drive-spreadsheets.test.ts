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

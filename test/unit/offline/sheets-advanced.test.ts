/** The emulated advanced Sheets service: strict shapes, the same effects as SpreadsheetApp, counted per call. */
import { ensureBuild, openWorkbook, sheetValues } from '../../support/runtime';

beforeAll(() => ensureBuild());

const BOOK = {
  CBOs: [
    ['CBO ID', 'CBO name', 'Members'],
    ['C1', 'One', 10],
    ['C2', 'Two', 20],
  ],
};

async function run(code: string) {
  const runtime = await openWorkbook(BOOK);
  const id = runtime.spreadsheet.getId();
  const sheetId = runtime.spreadsheet.getSheetByName('CBOs')!.getSheetId();
  const result = runtime.evaluate(
    `(function () { var id = ${JSON.stringify(id)}, sheetId = ${sheetId}; ${code} })()`,
  );
  return { runtime, result, id, sheetId };
}

describe('Sheets advanced service (emulated)', () => {
  test('an unknown request or field is the API error; nothing is applied', async () => {
    await expect(
      run(`Sheets.Spreadsheets.batchUpdate({ requests: [{ updateCellz: {} }] }, id);`),
    ).rejects.toThrow(
      /API call to sheets.spreadsheets.batchUpdate failed with error: .*Unknown name "updateCellz"/,
    );
    await expect(
      run(`Sheets.Spreadsheets.batchUpdate({ requests: [
        { appendDimension: { sheetId: sheetId, dimension: 'ROWS', length: 5 } },
        { updateCells: { start: { sheetId: sheetId }, rows: [{ values: [{ notes: 'x' }] }], fields: 'note' } }] }, id);`),
    ).rejects.toThrow(
      /Unknown name "notes" at 'requests\.requests\[1\]\.updateCells\.rows\[0\]\.values\[0\]'/,
    );
    const { runtime } = await run(`try {
        Sheets.Spreadsheets.batchUpdate({ requests: [
          { appendDimension: { sheetId: sheetId, dimension: 'ROWS', length: 5 } },
          { repeatCell: { range: { sheetId: sheetId }, cell: { note: 'x' }, fields: 'notes' } }] }, id);
      } catch (e) { return String(e.message); }`);
    // The shapes are checked first: the appendDimension before the bad field did not happen.
    expect(runtime.spreadsheet.getSheetByName('CBOs')!.getMaxRows()).toBe(1000);
    await expect(run(`Sheets.Spreadsheets.get(id, { fields: 'sheets(propertiez)' });`)).rejects.toThrow(
      /Invalid field selection propertiez/,
    );
    await expect(run(`Sheets.Spreadsheets.get(id, { feilds: 'sheets' });`)).rejects.toThrow(
      /Unknown name "feilds"/,
    );
  });

  test('updateCells, appendDimension, frozen rows and widths do what SpreadsheetApp does', async () => {
    const { runtime, result } = await run(`
      Sheets.Spreadsheets.batchUpdate({ requests: [
        { appendDimension: { sheetId: sheetId, dimension: 'ROWS', length: 10 } },
        { updateCells: { start: { sheetId: sheetId, rowIndex: 1003, columnIndex: 0 },
            rows: [{ values: [{ userEnteredValue: { stringValue: '007' } }, { userEnteredValue: { numberValue: 7 } },
                              { userEnteredValue: { formulaValue: '=B1004*2' } }] }],
            fields: 'userEnteredValue' } },
        { updateCells: { range: { sheetId: sheetId, startRowIndex: 1, endRowIndex: 2, startColumnIndex: 2, endColumnIndex: 3 },
            rows: [{ values: [{ note: 'Check', userEnteredFormat: { backgroundColor: { red: 0.9569, green: 0.7804, blue: 0.7647 } } }] }],
            fields: 'note,userEnteredFormat.backgroundColor' } },
        { updateSheetProperties: { properties: { sheetId: sheetId, gridProperties: { frozenRowCount: 1 } }, fields: 'gridProperties.frozenRowCount' } },
        { updateDimensionProperties: { range: { sheetId: sheetId, dimension: 'COLUMNS', startIndex: 1, endIndex: 2 },
            properties: { pixelSize: 240 }, fields: 'pixelSize' } }
      ] }, id);
      return Sheets.Spreadsheets.get(id, { ranges: ['CBOs!A1:C2'], fields: 'sheets(properties(gridProperties(rowCount,frozenRowCount)),data(rowData(values(userEnteredValue,note))))' });`);
    const sheet = runtime.spreadsheet.getSheetByName('CBOs')!;
    expect(sheet.getMaxRows()).toBe(1010);
    expect(sheet.getRange('A1004:C1004').getValues()).toEqual([['007', 7, '']]);
    expect(sheet.getRange('C1004').getFormula()).toBe('=B1004*2');
    expect(sheet.getRange('C2').getNote()).toBe('Check');
    expect(sheet.getRange('C2').getBackground()).toBe('#f4c7c3');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(240);
    expect(runtime.calls.byMethod()).toMatchObject({
      'Sheets.Spreadsheets.batchUpdate': 1,
      'Sheets.Spreadsheets.get': 1,
    });
    expect(result).toEqual({
      sheets: [
        {
          properties: { gridProperties: { rowCount: 1010, frozenRowCount: 1 } },
          data: [
            {
              rowData: [
                {
                  values: [
                    { userEnteredValue: { stringValue: 'CBO ID' } },
                    { userEnteredValue: { stringValue: 'CBO name' } },
                    { userEnteredValue: { stringValue: 'Members' } },
                  ],
                },
                {
                  values: [
                    { userEnteredValue: { stringValue: 'C1' } },
                    { userEnteredValue: { stringValue: 'One' } },
                    { userEnteredValue: { numberValue: 10 }, note: 'Check' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  test('a read counts every cell of its ranges for the cost model, also the empty ones; each call its own', async () => {
    const { runtime } = await run(`
      Sheets.Spreadsheets.get(id, { ranges: ['CBOs!A1:C2', 'CBOs!A2:A11'], fields: 'sheets(data(rowData(values(effectiveValue,dataValidation))))' });`);
    // 3 x 2 cells + 10 cells (8 of them below the data, read all the same).
    expect(runtime.calls.cellsRead).toBe(16);
    const again = await run(`
      Sheets.Spreadsheets.get(id, { ranges: ['CBOs!A1:C3'], fields: 'sheets(data(rowData(values(effectiveValue))))' });
      Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['CBOs!A1:A3'] });`);
    // The batchGet counts its own 3 cells, not the get's 9 again.
    expect(again.runtime.calls.cellsRead).toBe(12);
    // Properties and protections only: no cells.
    const properties = await run(`Sheets.Spreadsheets.get(id, { fields: 'sheets(properties(title))' });`);
    expect(properties.runtime.calls.cellsRead).toBe(0);
  });

  test('a write outside the grid is refused as the API refuses it', async () => {
    await expect(
      run(`Sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sheetId, rowIndex: 1000 },
        rows: [{ values: [{ note: 'x' }] }], fields: 'note' } }] }, id);`),
    ).rejects.toThrow(/exceeds grid limits. Max rows: 1000/);
  });

  test('protected ranges, data validation and a new sheet', async () => {
    const { runtime, result } = await run(`
      var reply = Sheets.Spreadsheets.batchUpdate({ requests: [
        { addSheet: { properties: { title: 'Lists', gridProperties: { frozenRowCount: 1 } } } },
        { addProtectedRange: { protectedRange: { range: { sheetId: sheetId, startRowIndex: 0, endRowIndex: 1 },
            description: 'CBO Tracker: header row of CBOs', editors: { users: ['boss@example.org'] } } } },
        { setDataValidation: { range: { sheetId: sheetId, startRowIndex: 1, endRowIndex: 1000, startColumnIndex: 1, endColumnIndex: 2 },
            rule: { condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'One' }, { userEnteredValue: 'Two' }] },
                    inputMessage: 'Pick one', strict: false, showCustomUi: true } } }
      ] }, id);
      var got = Sheets.Spreadsheets.get(id, { fields: 'sheets(properties(title),protectedRanges(description,range,editors))' });
      return { newSheet: reply.replies[0].addSheet.properties.title, got: got };`);
    expect(runtime.spreadsheet.getSheetByName('Lists')!.getFrozenRows()).toBe(1);
    const rule = runtime.spreadsheet.getSheetByName('CBOs')!.getRange('B5').getDataValidation()!;
    expect([rule.getCriteriaType(), rule.getHelpText(), rule.getAllowInvalid()]).toEqual([
      'VALUE_IN_LIST',
      'Pick one',
      true,
    ]);
    const got = (
      result as {
        got: { sheets: { protectedRanges?: { description: string; editors: { users: string[] } }[] }[] };
      }
    ).got;
    expect((result as { newSheet: string }).newSheet).toBe('Lists');
    expect(got.sheets[0].protectedRanges![0].description).toBe('CBO Tracker: header row of CBOs');
    expect(got.sheets[0].protectedRanges![0].editors.users).toContain('boss@example.org');
  });

  test('create makes a spreadsheet with its data in one call', async () => {
    const { runtime, result } = await run(`
      var made = Sheets.Spreadsheets.create({ properties: { title: 'Partner A – CBOs' }, sheets: [
        { properties: { title: 'CBOs', gridProperties: { rowCount: 1200, columnCount: 26, frozenRowCount: 1 } },
          data: [{ startRow: 0, startColumn: 0, rowData: [
            { values: [{ userEnteredValue: { stringValue: 'CBO ID' }, userEnteredFormat: { textFormat: { bold: true } } }] },
            { values: [{ userEnteredValue: { stringValue: '=not a formula' } }] }] }] }] });
      return made.spreadsheetId;`);
    const made = runtime.createdSpreadsheets.find((s) => s.getId() === result)!;
    const cbos = made.getSheetByName('CBOs')!;
    expect(cbos.getMaxRows()).toBe(1200);
    expect(cbos.getRange('A1:A2').getValues()).toEqual([['CBO ID'], ['=not a formula']]);
    expect(cbos.getRange('A2').getFormula()).toBe('');
    expect(cbos.getRange('A1').getFontWeight()).toBe('bold');
    expect(runtime.calls.byMethod()).toEqual({ 'Sheets.Spreadsheets.create': 1 });
    expect(sheetValues(runtime, 'CBOs')).toHaveLength(3);
  });
});

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

  test('a read counts the cells its response carries for the cost model, not the cells of its ranges', async () => {
    const { runtime } = await run(`
      Sheets.Spreadsheets.get(id, { ranges: ['CBOs!A1:C2', 'CBOs!A2:A11'], fields: 'sheets(data(rowData(values(effectiveValue,dataValidation))))' });`);
    // 3 x 2 cells + the 2 of A2:A11 that hold values (the 8 empty rows below are not sent).
    expect(runtime.calls.cellsRead).toBe(8);
    const again = await run(`
      Sheets.Spreadsheets.get(id, { ranges: ['CBOs!A1:C3'], fields: 'sheets(data(rowData(values(effectiveValue))))' });
      Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['CBOs!A1:A3'] });`);
    // The batchGet counts its own 3 cells, not the get's 9 again.
    expect(again.runtime.calls.cellsRead).toBe(12);
    // Properties and protections only: no cells.
    const properties = await run(`Sheets.Spreadsheets.get(id, { fields: 'sheets(properties(title))' });`);
    expect(properties.runtime.calls.cellsRead).toBe(0);
  });

  test('a read of dropdowns only: a column without any costs no cells; the empty entries before one that has one count', async () => {
    const none = await run(`
      var got = Sheets.Spreadsheets.get(id, { ranges: ['CBOs!B2:B1000'], fields: 'sheets(data(rowData(values(dataValidation))))' });
      return got.sheets[0].data[0].rowData || [];`);
    expect(none.result).toEqual([]);
    expect(none.runtime.calls.cellsRead).toBe(0);
    const one = await run(`
      SpreadsheetApp.getActive().getSheetByName('CBOs').getRange('B11')
        .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Mine'], true).build());
      var got = Sheets.Spreadsheets.get(id, { ranges: ['CBOs!B2:B1000'], fields: 'sheets(data(rowData(values(dataValidation(condition(type),inputMessage)))))' });
      return got.sheets[0].data[0].rowData;`);
    // Rows 2 to 10 come back as {} (9 entries) before the dropdown of row 11; nothing after it.
    const rows = one.result as { values?: { dataValidation?: { condition: { type: string } } }[] }[];
    expect(rows).toHaveLength(10);
    expect(rows.slice(0, 9).every((row) => row.values === undefined)).toBe(true);
    expect(rows[9].values![0].dataValidation!.condition.type).toBe('ONE_OF_LIST');
    expect(one.runtime.calls.cellsRead).toBe(10);
  });

  test('a range request (setDataValidation, repeatCell) is priced a third of the cells it covers; cells sent in full', async () => {
    const rule = `{ condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Yes' }] }, strict: false, showCustomUi: true }`;
    const range = `{ sheetId: sheetId, startRowIndex: 1, endRowIndex: 1000, startColumnIndex: 1, endColumnIndex: 2 }`;
    const ranged = await run(`Sheets.Spreadsheets.batchUpdate({ requests: [
        { setDataValidation: { range: ${range}, rule: ${rule} } },
        { repeatCell: { range: ${range}, cell: { userEnteredFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } },
            fields: 'userEnteredFormat.numberFormat' } }] }, id);`);
    // 2 x 999 cells changed (counted as written), each at 3.4 µs; the call 1 s.
    expect(ranged.runtime.calls.cellsWritten).toBe(1998);
    expect(ranged.runtime.calls.seconds).toBeCloseTo(1 + (1998 * 3.4) / 1e6, 6);
    const sent =
      await run(`var rows = []; for (var i = 0; i < 999; i++) rows.push({ values: [{ note: 'n' }] });
      Sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sheetId, rowIndex: 1, columnIndex: 1 },
        rows: rows, fields: 'note' } }] }, id);`);
    // The same number of cells sent one by one: 10 µs each.
    expect(sent.runtime.calls.cellsWritten).toBe(999);
    expect(sent.runtime.calls.seconds).toBeCloseTo(1 + (999 * 10) / 1e6, 6);
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

  test('create: chosen sheet IDs, a fitted grid, dropdowns in the cells and protected ranges, all in the reply', async () => {
    const { runtime, result } = await run(`
      var made = Sheets.Spreadsheets.create({ properties: { title: 'Partner B – CBOs' }, sheets: [
        { properties: { sheetId: 1000, title: 'CBOs', gridProperties: { rowCount: 3, columnCount: 2 } },
          data: [{ startRow: 0, startColumn: 0, rowData: [
            { values: [{ userEnteredValue: { stringValue: 'CBO ID' } }, { userEnteredValue: { stringValue: 'Province' } }] },
            { values: [{}, { dataValidation: { condition: { type: 'ONE_OF_RANGE', values: [{ userEnteredValue: "='Lists'!$A$2:$A" }] },
                inputMessage: 'From Lists', strict: false, showCustomUi: true } }] }] }],
          protectedRanges: [{ range: { sheetId: 1000, startRowIndex: 0, endRowIndex: 1 }, description: 'header',
            editors: { users: ['boss@example.org'] } }] },
        { properties: { sheetId: 1001, title: 'Lists' },
          data: [{ rowData: [{ values: [{ userEnteredValue: { stringValue: 'Province' } }] }] }],
          protectedRanges: [{ range: { sheetId: 1001 }, description: 'lists', warningOnly: true }] }] });
      return made;`);
    const made = result as {
      spreadsheetId: string;
      sheets: {
        properties: { sheetId: number; title: string };
        protectedRanges?: { description: string }[];
      }[];
    };
    // The dropdown of CBOs names Lists, made in the same call after it.
    const copy = runtime.createdSpreadsheets.find((s) => s.getId() === made.spreadsheetId)!;
    const cbos = copy.getSheetByName('CBOs')!;
    expect([cbos.getSheetId(), cbos.getMaxRows(), cbos.getMaxColumns()]).toEqual([1000, 3, 2]);
    expect(cbos.getRange('B2').getDataValidation()?.getHelpText()).toBe('From Lists');
    expect(cbos.getRange('B3').getDataValidation()).toBeNull();
    // A sheet given no grid gets the new-sheet grid.
    expect(copy.getSheetByName('Lists')!.getMaxRows()).toBe(1000);
    expect(
      made.sheets.map((s) => [s.properties.sheetId, s.protectedRanges?.map((p) => p.description)]),
    ).toEqual([
      [1000, ['header']],
      [1001, ['lists']],
    ]);
    const header = cbos.getProtections('RANGE' as never)[0];
    expect((header.getRange() as unknown as { getA1Notation(): string }).getA1Notation()).toBe('A1:B1');
    expect(
      copy
        .getSheetByName('Lists')!
        .getProtections('SHEET' as never)[0]
        .isWarningOnly(),
    ).toBe(true);
    expect(runtime.calls.byMethod()).toEqual({ 'Sheets.Spreadsheets.create': 1 });
  });

  test('create and addSheet refuse a sheet ID taken or negative and what Google refuses in a protected range', async () => {
    const sheet = (extra: string) => `{ properties: { sheetId: 1000, title: 'A' }${extra} }`;
    await expect(
      run(
        `Sheets.Spreadsheets.create({ sheets: [${sheet('')}, { properties: { sheetId: 1000, title: 'B' } }] });`,
      ),
    ).rejects.toThrow(/A sheet with the ID 1000 already exists/);
    await expect(
      run(`Sheets.Spreadsheets.create({ sheets: [{ properties: { sheetId: -1, title: 'A' } }] });`),
    ).rejects.toThrow(/must be a non-negative integer/);
    await expect(
      run(
        `Sheets.Spreadsheets.create({ sheets: [${sheet(`, protectedRanges: [{ range: { sheetId: 1000 }, warningOnly: true, editors: { users: ['a@example.org'] } }]`)}] });`,
      ),
    ).rejects.toThrow(/ProtectedRange is warningOnly. Editors cannot be set on it/);
    await expect(
      run(
        `Sheets.Spreadsheets.create({ sheets: [${sheet(`, protectedRanges: [{ range: { sheetId: 7 } }]`)}] });`,
      ),
    ).rejects.toThrow(/not emulated: Sheets create with .* on another sheet/);
    await expect(
      run(
        `Sheets.Spreadsheets.create({ sheets: [${sheet(`, protectedRanges: [{ protectedRangeId: 5, range: { sheetId: 1000 } }]`)}] });`,
      ),
    ).rejects.toThrow(/not emulated: Sheets create with the read-only fields/);
    await expect(
      run(
        `Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { sheetId: sheetId, title: 'Twin' } } }] }, id);`,
      ),
    ).rejects.toThrow(/A sheet with the ID \d+ already exists/);
    // A chosen ID is what later requests of the same batch name the new sheet by.
    const { runtime } = await run(`Sheets.Spreadsheets.batchUpdate({ requests: [
        { addSheet: { properties: { sheetId: 4242, title: 'Lists' } } },
        { updateCells: { start: { sheetId: 4242 }, rows: [{ values: [{ userEnteredValue: { stringValue: 'Province' } }] }],
            fields: 'userEnteredValue' } }] }, id);`);
    const lists = runtime.spreadsheet.getSheetByName('Lists')!;
    expect([lists.getSheetId(), lists.getRange('A1').getValue()]).toEqual([4242, 'Province']);
  });
});

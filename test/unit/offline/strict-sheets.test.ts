/**
 * Conformance of the strict spreadsheet emulation: each rule is one that Google documents (see
 * src/offline/services/limits.ts for the pages), run from an Apps Script file as Google runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { OfflineRuntime } from '../../../src/offline/runtime';
import { openScript, tempDir } from '../../support/runtime';

const SCRIPT = `
function grid() {
  var s = SpreadsheetApp.getActive().insertSheet('New');
  return [s.getMaxRows(), s.getMaxColumns()];
}
function writeRow(row) { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(row, 1).setValue('x'); }
function writeColumn(column) { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, column).setValue('x'); }
function grow() {
  var s = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  s.insertRowsAfter(s.getMaxRows(), 500);
  s.insertColumnsAfter(s.getMaxColumns(), 4);
  s.getRange(1500, 30).setValue('far');
  return [s.getMaxRows(), s.getMaxColumns(), s.getRange(1500, 30).getValue()];
}
function appendPastGrid() {
  var s = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  s.getRange(1000, 1).setValue('last');
  s.appendRow(['appended']);
  return [s.getMaxRows(), s.getRange(1001, 1).getValue()];
}
function zeroRows() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, 1, 0, 1); }
function zeroColumns() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, 1, 1, 0); }
function rowZero() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(0, 1); }
function mismatch(kind) {
  var r = SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, 1, 2, 2);
  if (kind === 'values') r.setValues([['a', 'b']]);
  if (kind === 'backgrounds') r.setBackgrounds([['#ffffff'], ['#ffffff']]);
  if (kind === 'notes') r.setNotes([['a', 'b', 'c'], ['a', 'b', 'c']]);
  if (kind === 'formats') r.setNumberFormats([['0']]);
}
function formulaOn(a1, formula) { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(a1).setFormula(formula); }
function sortMixed(ascending) {
  var r = SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, 1, 6, 2);
  r.setValues([['b', 1], [true, 2], ['', 3], [10, 4], ['A', 5], [2, 6]]);
  r.getCell(1, 2).setBackground('#ff0000');
  r.sort({ column: 1, ascending: ascending });
  return [r.getValues(), r.getBackgrounds().map(function (row) { return row[1]; })];
}
function sortOutside() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, 2, 2, 2).sort(1); }
function longCell(n) { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, 1).setValue(new Array(n + 1).join('x')); }
function manySheets() {
  var ss = SpreadsheetApp.getActive();
  for (var i = 0; i < 400; i++) ss.insertSheet('S' + i);
}
`;

test('a new sheet is 1,000 rows × 26 columns (Sheet.getMaxRows/getMaxColumns)', async () => {
  const runtime = await openScript(SCRIPT);
  expect(runtime.run('grid')).toEqual([1000, 26]);
});

test('a range outside the grid throws, in rows and in columns; inside it does not', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('writeRow', 1000)).not.toThrow();
  expect(() => runtime.run('writeRow', 1001)).toThrow(
    'The coordinates of the range are outside the dimensions of the sheet.',
  );
  expect(() => runtime.run('writeColumn', 27)).toThrow(
    'The coordinates of the range are outside the dimensions of the sheet.',
  );
});

test('insertRowsAfter/insertColumnsAfter and appendRow grow the grid', async () => {
  const runtime = await openScript(SCRIPT);
  expect(runtime.run('grow')).toEqual([1500, 30, 'far']);
  const other = await openScript(SCRIPT);
  expect(other.run('appendPastGrid')).toEqual([1001, 'appended']);
});

test('rows typed into Google Sheets are new sheets, grown to their data', async () => {
  const rows = Array.from({ length: 1500 }, (_, i) => [i]);
  const runtime = await openScript(SCRIPT, { sheets: { Sheet1: rows } });
  expect(() => runtime.run('writeRow', 1500)).not.toThrow();
  expect(() => runtime.run('writeRow', 1501)).toThrow(/outside the dimensions/);
});

const GRID_SCRIPT = `
function gridOf(name) {
  var s = SpreadsheetApp.getActive().getSheetByName(name);
  return [s.getMaxRows(), s.getMaxColumns()];
}
function write(name, row, column) { SpreadsheetApp.getActive().getSheetByName(name).getRange(row, column).setValue('x'); }
function growData() {
  var s = SpreadsheetApp.getActive().getSheetByName('Data');
  s.insertRowsAfter(s.getMaxRows(), 10);
  s.insertColumnsAfter(s.getMaxColumns(), 2);
}
`;

/** An .xlsx as another tool writes it: Data holds A1:C4 (D2 formatted only), Empty nothing. */
async function uploadedFile(): Promise<string> {
  const dir = tempDir('cbo-grid-');
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('Data');
  data.addRows([
    ['Name', 'Value', 'Note'],
    ['a', 1, ''],
    ['b', 2, 'c'],
    ['d', 3, ''],
  ]);
  data.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  workbook.addWorksheet('Empty');
  const file = path.join(dir, 'uploaded.xlsx');
  await workbook.xlsx.writeFile(file);
  fs.writeFileSync(path.join(dir, 'Code.js'), GRID_SCRIPT);
  return file;
}

test('a sheet of an uploaded .xlsx has exactly its used range as its grid (stricter reading), at least 1 × 1', async () => {
  const file = await uploadedFile();
  const codePath = path.join(path.dirname(file), 'Code.js');
  const runtime = await OfflineRuntime.open({ workbookPath: file, codePath });
  // Rows and columns with a value or formatting (D2 is formatted).
  expect(runtime.run('gridOf', 'Data')).toEqual([4, 4]);
  expect(runtime.run('gridOf', 'Empty')).toEqual([1, 1]);
  expect(() => runtime.run('write', 'Data', 4, 4)).not.toThrow();
  expect(() => runtime.run('write', 'Data', 5, 1)).toThrow(
    'The coordinates of the range are outside the dimensions of the sheet.',
  );
  expect(() => runtime.run('write', 'Data', 1, 5)).toThrow(/outside the dimensions/);
  expect(() => runtime.run('write', 'Empty', 2, 1)).toThrow(/outside the dimensions/);
});

test('the grid a run leaves is kept beside the saved workbook and read back by the next run', async () => {
  const file = await uploadedFile();
  const codePath = path.join(path.dirname(file), 'Code.js');
  const first = await OfflineRuntime.open({ workbookPath: file, codePath });
  first.run('growData');
  const saved = path.join(path.dirname(file), 'out', 'uploaded.xlsx');
  await first.save(saved);
  const sharing = JSON.parse(fs.readFileSync(`${saved}.protections.json`, 'utf8')) as {
    grids: Record<string, unknown>;
  };
  expect(sharing.grids.Data).toEqual({ rows: 14, columns: 6 });
  const second = await OfflineRuntime.open({ workbookPath: saved, codePath });
  // The added rows and columns hold nothing, so the .xlsx alone would give 4 × 4 back.
  expect(second.run('gridOf', 'Data')).toEqual([14, 6]);
  expect(() => second.run('write', 'Data', 14, 6)).not.toThrow();
});

test('zero rows or columns and a start before row 1 throw Google’s messages', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('zeroRows')).toThrow('The number of rows in the range must be at least 1.');
  expect(() => runtime.run('zeroColumns')).toThrow('The number of columns in the range must be at least 1.');
  expect(() => runtime.run('rowZero')).toThrow('The starting row of the range is too small.');
});

test('data of another shape than the range throws for values, backgrounds, notes and formats', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('mismatch', 'values')).toThrow(
    'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
  );
  expect(() => runtime.run('mismatch', 'backgrounds')).toThrow(
    'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
  );
  expect(() => runtime.run('mismatch', 'notes')).toThrow('The data has 3 but the range has 2.');
  expect(() => runtime.run('mismatch', 'formats')).toThrow('The data has 1 but the range has 2.');
});

test('setFormula on several cells is refused when Sheets would move relative references (not emulated)', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('formulaOn', 'B1', '=A1*2')).not.toThrow();
  expect(() => runtime.run('formulaOn', 'C1:C3', '=$A$1*2')).not.toThrow();
  expect(() => runtime.run('formulaOn', 'B2:B4', '=A2*2')).toThrow('not emulated: Range.setFormula');
});

test('Range.sort: numbers, then text without regard to case, then booleans; empty cells last both ways; formats move with the rows', async () => {
  const runtime = await openScript(SCRIPT);
  const [up, upColours] = runtime.run('sortMixed', true) as [unknown[][], string[]];
  expect(up.map((row) => row[0])).toEqual([2, 10, 'A', 'b', true, '']);
  // The red background was on the row of 'b' (row 1 before the sort).
  expect(upColours[3]).toBe('#ff0000');
  const [down] = runtime.run('sortMixed', false) as [unknown[][]];
  expect(down.map((row) => row[0])).toEqual([true, 'b', 'A', 10, 2, '']);
  expect(() => runtime.run('sortOutside')).toThrow(/outside the range/);
});

test('a cell holds at most 50,000 characters', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('longCell', 50000)).not.toThrow();
  expect(() => runtime.run('longCell', 50001)).toThrow(
    'Your input contains more than the maximum of 50000 characters in a single cell.',
  );
});

test('a spreadsheet holds at most 10,000,000 cells', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('manySheets')).toThrow(
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  );
  // 1 + 383 sheets of 26,000 cells fit (9,984,000); the next one does not.
  expect(runtime.spreadsheet.getSheets()).toHaveLength(384);
});

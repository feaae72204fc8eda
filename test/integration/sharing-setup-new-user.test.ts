/** Set-up on .xlsx files a new user would bring: written by other tools, not by this runtime. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openWorkbookFile, tempDir } from '../support/runtime';

describe('an .xlsx without sheet views (as exceljs and some exporters write it)', () => {
  test('set-up works instead of failing: new sheets get a frozen header, the user sheet keeps its view and data', async () => {
    const file = path.join(tempDir('setup-no-views-'), 'plain.xlsx');
    const workbook = new ExcelJS.Workbook();
    const cbos = workbook.addWorksheet('CBOs');
    cbos.addRow(['CBO ID', 'CBO name', 'My column']);
    cbos.addRow(['C-1', 'Water group', 'keep me']);
    await workbook.xlsx.writeFile(file);

    const runtime = await openWorkbookFile(file);
    const summary = runtime.run('setUpSheets') as { problems: string[]; createdSheets: string[] };
    expect(summary.problems).toEqual([]);
    expect(summary.createdSheets).toContain('Partners');
    expect(runtime.spreadsheet.getSheetByName('Partners')?.getFrozenRows()).toBe(1);
    expect(runtime.spreadsheet.getSheetByName('CBOs')?.getFrozenRows()).toBe(0);
    expect(runtime.sheetValues('CBOs')?.[1].slice(0, 3)).toEqual(['C-1', 'Water group', 'keep me']);
  });
});

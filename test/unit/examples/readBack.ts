/** Reads an .xlsx back the way getValues() gives it: strings, numbers, booleans, Dates, '' for empty. */
import ExcelJS from 'exceljs';
import type { Cell } from '../../../src/workbook/values';

export type Values = Cell[][];

export async function readWorkbook(file: string): Promise<Map<string, Values>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, Values>();
  workbook.eachSheet((worksheet) => {
    const width = worksheet.columnCount;
    const values: Values = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) {
        const value = row.getCell(c).value;
        if (value === null || value === undefined) cells.push('');
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          cells.push(value);
        else if (value instanceof Date) cells.push(value);
        else
          throw new Error(
            `unexpected cell ${worksheet.name}!${row.getCell(c).address}: ${JSON.stringify(value)}`,
          );
      }
      values.push(cells);
    }
    sheets.set(worksheet.name, values);
  });
  return sheets;
}

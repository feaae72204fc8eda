/**
 * Writes an example workbook model to .xlsx with exceljs: bold frozen header rows, column widths,
 * yyyy-mm-dd dates, text format for IDs and codes. The output is byte-stable: fixed document
 * dates, and the zip is repacked with fixed entry timestamps (exceljs stamps them with "now").
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ExampleCell, ExampleSheet, ExampleWorkbook } from './model';

/** The fixed "created" and "modified" date of the example files. */
export const EXAMPLE_FILE_DATE = new Date(Date.UTC(2020, 11, 31, 0, 0, 0));

function columnFormat(sheet: ExampleSheet, header: string): 'date' | 'number' | 'text' {
  if (sheet.dates?.includes(header)) return 'date';
  const cells = sheet.rows.map((row) => row[header]).filter((cell) => cell !== null && cell !== undefined);
  if (cells.some((cell) => typeof cell === 'number')) return 'number';
  if (cells.some((cell) => cell instanceof Date)) return 'date';
  return 'text';
}

function widthOf(sheet: ExampleSheet, header: string): number {
  const given = sheet.widths?.[header];
  if (given) return given;
  let longest = header.length + 2;
  for (const row of sheet.rows) {
    const cell = row[header];
    const text = cell instanceof Date ? '2020-07-15' : String(cell ?? '');
    for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(60, Math.max(10, longest + 2));
}

function addSheet(workbook: ExcelJS.Workbook, sheet: ExampleSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const formats = sheet.header.map((header) => columnFormat(sheet, header));
  const widths = sheet.header.map((header) => widthOf(sheet, header));
  worksheet.columns = widths.map((width) => ({ width }));
  const headerRow = worksheet.getRow(1);
  sheet.header.forEach((header, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  sheet.rows.forEach((row, r) => {
    const sheetRow = worksheet.getRow(r + 2);
    sheet.header.forEach((header, i) => {
      const value: ExampleCell | undefined = row[header];
      const cell = sheetRow.getCell(i + 1);
      if (formats[i] === 'date') cell.numFmt = 'yyyy-mm-dd';
      if (formats[i] === 'text') cell.numFmt = '@';
      if (value === null || value === undefined || value === '') return;
      cell.value = value;
      if (typeof value === 'string' && (value.includes('\n') || value.length > widths[i])) {
        cell.alignment = { wrapText: true, vertical: 'top' };
      }
    });
  });
}

/** The .xlsx bytes of a workbook model. */
export async function workbookBytes(model: ExampleWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CBO Tracker examples';
  workbook.lastModifiedBy = 'CBO Tracker examples';
  workbook.created = EXAMPLE_FILE_DATE;
  workbook.modified = EXAMPLE_FILE_DATE;
  for (const sheet of model.sheets) addSheet(workbook, sheet);
  const written = await workbook.xlsx.writeBuffer();
  return repack(Buffer.from(written as ArrayBuffer));
}

/** The same zip with every entry stamped EXAMPLE_FILE_DATE, in the same order. */
async function repack(bytes: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), {
      date: EXAMPLE_FILE_DATE,
      createFolders: false,
    });
  }
  return target.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

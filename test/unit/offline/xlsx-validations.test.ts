/**
 * Dropdowns as the saved .xlsx holds them: one rule per cell, never two overlapping rules (exceljs
 * alone writes `D10:D1000` and `D2:D1000` for one column), and a workbook's own dropdowns kept.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { rectangleModel, withRectangleValidations } from '../../../src/offline/xlsx-validations';

const list = (values: string[]): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${values.join(',')}"`],
});

function cellsOf(sqref: string): string[] {
  const [from, to = from] = sqref.split(':');
  const col = (a: string) => a.replace(/\d+/g, '');
  const row = (a: string) => Number(a.replace(/[A-Z]+/g, ''));
  const num = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const out: string[] = [];
  for (let c = num(col(from)); c <= num(col(to)); c++)
    for (let r = row(from); r <= row(to); r++) out.push(`${String.fromCharCode(64 + c)}${r}`);
  return out;
}

async function savedRules(workbook: ExcelJS.Workbook): Promise<{ sqref: string; formula: string }[]> {
  const buffer = await withRectangleValidations(workbook, () => workbook.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)].map(
    (m) => ({ sqref: m[1], formula: m[2] }),
  );
}

describe('dropdowns in a saved workbook', () => {
  test('each cell has one rule: a column of 999 rows is one range, not two overlapping ones', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('CBOs');
    const yesNo = list(['Yes', 'No']);
    for (let r = 2; r <= 1000; r++) {
      sheet.getCell(`D${r}`).dataValidation = yesNo;
      sheet.getCell(`E${r}`).dataValidation = yesNo;
    }
    // A user's own dropdown in the middle of another column.
    for (let r = 5; r <= 7; r++) sheet.getCell(`G${r}`).dataValidation = list(['Red', 'Green']);
    const rules = await savedRules(workbook);
    expect(rules.map((r) => r.sqref).sort()).toEqual(['D2:E1000', 'G5:G7']);
    const seen = new Map<string, number>();
    for (const rule of rules)
      for (const cell of cellsOf(rule.sqref)) seen.set(cell, (seen.get(cell) ?? 0) + 1);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(rules.find((r) => r.sqref === 'G5:G7')!.formula).toBe('&quot;Red,Green&quot;');
    // The workbook in memory keeps its per-cell rules.
    expect(sheet.getCell('D10').dataValidation).toEqual(yesNo);
    expect(sheet.getCell('G6').dataValidation).toEqual(list(['Red', 'Green']));
  });

  test('cells read back have the rules they had', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('CBOs');
    for (const r of [2, 3, 4, 10, 11, 12]) sheet.getCell(`B${r}`).dataValidation = list(['A']);
    sheet.getCell('B5').dataValidation = list(['B']);
    const buffer = await withRectangleValidations(workbook, () => workbook.xlsx.writeBuffer());
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    const read = back.getWorksheet('CBOs')!;
    expect([2, 3, 4, 5, 6, 10, 12].map((r) => read.getCell(`B${r}`).dataValidation?.formulae?.[0])).toEqual([
      '"A"',
      '"A"',
      '"A"',
      '"B"',
      undefined,
      '"A"',
      '"A"',
    ]);
  });

  test('rectangles: runs of rows, widened over neighbouring columns with the same run', () => {
    const a = list(['A']);
    const model: Record<string, ExcelJS.DataValidation> = {};
    for (const key of ['A1', 'A2', 'B1', 'B2', 'C2', 'A4']) model[key] = a;
    expect(Object.keys(rectangleModel(model)).sort()).toEqual(['A1:B2', 'A4', 'C2']);
  });
});

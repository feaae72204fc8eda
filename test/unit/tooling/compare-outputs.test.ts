/**
 * src/tooling/compare-outputs.mjs (docs/extending.md, "Behaviour unchanged"): two output folders
 * that differ only in what changes from run to run are the same; a changed cell, format or
 * document paragraph is listed, and the exit code says so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../../support/runtime';

const TOOL = path.resolve(__dirname, '../../../src/tooling/compare-outputs.mjs');

interface Output {
  value: number;
  fill: string;
  paragraph: string;
  computedAt: string;
  documentId: string;
}

async function outputFolder(output: Output): Promise<string> {
  const dir = tempDir('cbo-compare-');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Indicator results');
  sheet.addRow(['ID', 'Value', 'Computed at', 'Document']);
  sheet.addRow([
    'IND-1',
    output.value,
    output.computedAt,
    `https://docs.google.com/document/d/${output.documentId}`,
  ]);
  sheet.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: output.fill } };
  await workbook.xlsx.writeFile(path.join(dir, 'workbook.xlsx'));
  fs.mkdirSync(path.join(dir, 'docs', '.drive'), { recursive: true });
  const model = {
    id: output.documentId,
    name: 'Minutes M-1',
    body: [{ type: 'PARAGRAPH', text: output.paragraph }],
  };
  fs.writeFileSync(path.join(dir, 'docs', '.drive', `${output.documentId}.json`), JSON.stringify(model));
  fs.writeFileSync(
    path.join(dir, 'docs', '.drive', 'index.json'),
    JSON.stringify({ files: { [output.documentId]: { name: 'Minutes M-1', updated: output.computedAt } } }),
  );
  return dir;
}

function compare(a: string, b: string) {
  const run = spawnSync(process.execPath, [TOOL, a, b], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

const BASE: Output = {
  value: 13,
  fill: 'FFD9E2F3',
  paragraph: 'The meeting opened at 8:30.',
  computedAt: '2026-12-01 10:38',
  documentId: '0ac0499510e6ac923706ba4f',
};

test('two runs that differ only in instants and generated IDs are the same', async () => {
  const before = await outputFolder(BASE);
  const after = await outputFolder({
    ...BASE,
    computedAt: '2026-12-01 10:41',
    documentId: 'fdfc992299016fcf19031fb7',
  });
  const result = compare(before, after);
  expect(result.out).toMatch(/^same: \d+ outputs/);
  expect(result.status).toBe(0);
});

test('a changed value, fill or paragraph is listed with its place, and the exit code is 1', async () => {
  const before = await outputFolder(BASE);
  const after = await outputFolder({
    ...BASE,
    value: 14,
    fill: 'FFD9E2F4',
    paragraph: 'The meeting opened at 9:00.',
  });
  const result = compare(before, after);
  expect(result.status).toBe(1);
  expect(result.out).toContain('Indicator results.cells.B2.value: 13 → 14');
  expect(result.out).toContain('Indicator results.cells.A1.fill: "FFD9E2F3" → "FFD9E2F4"');
  expect(result.out).toContain('document: Minutes M-1: 1 difference(s)');
  expect(result.out).toContain('body.0.text: "The meeting opened at 8:30." → "The meeting opened at 9:00."');
});

test('a file only one folder has is listed; bad usage exits 2', async () => {
  const before = await outputFolder(BASE);
  const after = await outputFolder(BASE);
  fs.writeFileSync(path.join(after, 'extra.json'), '{}');
  expect(compare(before, after)).toMatchObject({ status: 1, out: expect.stringContaining('extra.json') });
  expect(compare(before, path.join(after, 'missing')).status).toBe(2);
});

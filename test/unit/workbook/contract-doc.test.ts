/** docs/workbook.md is generated from the contract and must be current (npx cbo-tracker contract --write). */
import fs from 'node:fs';
import path from 'node:path';
import { CBOS, COLUMN_NOTES, CONTRACT_SHEETS, SETTING_NAMES } from '../../../src/workbook/contract';
import { workbookDocument } from '../../../src/workbook/contract-doc';

const ROOT = path.resolve(__dirname, '../../..');

test('docs/workbook.md is the contract as generated now', () => {
  expect(fs.readFileSync(path.join(ROOT, 'docs', 'workbook.md'), 'utf8')).toBe(workbookDocument());
});

test('every sheet, column and setting of the contract is in the document, with its constraints', () => {
  const doc = workbookDocument();
  for (const spec of CONTRACT_SHEETS) {
    expect(doc).toContain(`### ${spec.name}\n`);
    for (const column of spec.columns) expect(doc).toContain(`| ${column.header.replace(/\|/g, '\\|')} |`);
  }
  // Each setting on its own line, some with what it is for.
  const settingLines = doc.split('\n').filter((line) => line.startsWith('- '));
  for (const name of SETTING_NAMES)
    expect(settingLines.some((line) => line === `- ${name}` || line.startsWith(`- ${name}: `))).toBe(true);
  expect(doc).toMatch(/^- Partner columns: headers of your own CBOs columns/m);
  expect(CBOS.columns.find((c) => c.header === 'Year established')?.min).toBe(1979);
  expect(doc).toContain('| Year established | whole number |  | from 1979 to this year |');
});

test('every column note names a column of the contract and is in the document', () => {
  const doc = workbookDocument();
  const notes = Object.entries(COLUMN_NOTES).flatMap(([sheet, byHeader]) =>
    Object.entries(byHeader).map(([header, note]) => ({ sheet, header, note })),
  );
  expect(notes.length).toBeGreaterThan(5);
  const unknown = notes.filter(
    ({ sheet, header }) =>
      !CONTRACT_SHEETS.find((s) => s.name === sheet)?.columns.some((c) => c.header === header),
  );
  expect(unknown).toEqual([]);
  for (const { note } of notes) expect(doc).toContain(note.replace(/\|/g, '\\|'));
});

test('README and the code point to docs/workbook.md, not to a folder a clone does not have', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain('docs/workbook.md');
  expect(readme).not.toMatch(/shared\/spec|\.\.\/shared/);
  const contract = fs.readFileSync(path.join(ROOT, 'src', 'workbook', 'contract.ts'), 'utf8');
  expect(contract).not.toMatch(/shared\/spec/);
});

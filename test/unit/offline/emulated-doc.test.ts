/** docs/emulated.md lists the emulated Apps Script methods; it is generated from the fakes and must be current. */
import fs from 'node:fs';
import path from 'node:path';
import { emulatedDocument } from '../../../src/offline/services/emulated-table';

const normalize = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/\s*\|\s*/g, '|')
        .replace(/-{3,}/g, '---')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');

test('docs/emulated.md lists exactly the methods the offline runtime emulates (npx cbo-tracker emulated --write)', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/emulated.md'), 'utf8');
  expect(normalize(doc)).toBe(normalize(emulatedDocument()));
});

test('README links docs/emulated.md instead of holding the table', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  expect(readme).toContain('docs/emulated.md');
  expect(readme).not.toContain('<!-- emulated:start');
});

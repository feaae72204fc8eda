/** The README's table of emulated Apps Script methods is generated from the fakes: it must be current. */
import fs from 'node:fs';
import path from 'node:path';
import { emulatedTable } from '../../../src/offline/services/emulated-table';

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

test('README lists exactly the methods the offline runtime emulates', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const section = /<!-- emulated:start[^>]*-->([\s\S]*?)<!-- emulated:end -->/.exec(readme);
  expect(section).not.toBeNull();
  expect(normalize(section![1])).toBe(normalize(emulatedTable()));
});

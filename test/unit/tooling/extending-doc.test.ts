/**
 * docs/extending.md stays true: its menu table is the menu (caption, function, the file that
 * defines it, exported by src/index.ts), and every file it names exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MENU } from '../../../src/menu/menu';

const ROOT = path.resolve(__dirname, '../../..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'extending.md'), 'utf8');
/** Files the recipes create (they were tried on a scratch branch, then thrown away). */
const RECIPE_FILES = new Set(['src/cbos/count.ts', 'test/integration/count-cbos.test.ts']);

function menuTable(): string[][] {
  const lines = DOC.split('\n');
  let i = lines.findIndex((l) => l.startsWith('| Menu item'));
  const rows: string[][] = [];
  for (i += 2; lines[i]?.startsWith('|'); i++)
    rows.push(
      lines[i]
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim().replace(/^`(.*)`$/, '$1')),
    );
  return rows;
}

test('the menu table lists every menu item, in order, with its function and the file defining it', () => {
  const rows = menuTable();
  expect(rows.map(([caption, fn]) => [caption, fn])).toEqual(
    MENU.flat().map((item) => [item.caption, item.functionName]),
  );
  const index = fs.readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8');
  for (const [, fn, file] of rows) {
    expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toMatch(new RegExp(`export function ${fn}\\(`));
    expect(index).toMatch(new RegExp(`\\b${fn}\\b`));
  }
});

test('every src/, test/ and docs/ file the page names exists', () => {
  const named = [...DOC.matchAll(/`((?:src|test|docs)\/[\w./-]+\.(?:ts|mjs|md|json))`/g)].map((m) => m[1]);
  expect(named.length).toBeGreaterThan(20);
  expect(named.filter((file) => !RECIPE_FILES.has(file) && !fs.existsSync(path.join(ROOT, file)))).toEqual(
    [],
  );
});

/**
 * docs/filters.md is tried, not just written: its example sheets are built from its own tables,
 * and every example filter and every error it shows is run through the indicators engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeAll } from '../../../src/indicators/engine';
import type { Cell } from '../../../src/workbook/values';

const DOC = fs.readFileSync(path.resolve(__dirname, '../../../docs/filters.md'), 'utf8');

/** The cells of the markdown table that follows a line (header row first, the --- row dropped). */
function tableAfter(line: string): string[][] {
  const lines = DOC.split('\n');
  let i = lines.findIndex((l) => l.startsWith(line));
  if (i < 0) throw new Error(`docs/filters.md has no line starting "${line}"`);
  while (!lines[i].startsWith('|')) i++;
  const rows: string[][] = [];
  for (; i < lines.length && lines[i].startsWith('|'); i++) {
    if (/^\|\s*-/.test(lines[i])) continue;
    rows.push(
      lines[i]
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

const code = (cell: string) => cell.replace(/^`(.*)`$/, '$1');

const CBOS = tableAfter('The **CBOs** sheet of the examples');
const ADVOCACY = tableAfter('"Village size" is not a contract column');

function run(filter: string) {
  const header = ['ID', 'Indicator', 'Kind', 'Source', 'Filter'];
  return computeAll({
    sheets: {
      Indicators: [header, ['X', 'Example', 'count', 'CBOs', filter]],
      CBOs: CBOS as Cell[][],
      Advocacy: ADVOCACY as Cell[][],
    },
    timeZone: 'Asia/Phnom_Penh',
  });
}

const EXAMPLES = tableAfter('Each filter and the CBOs it matches').slice(1);
const ERRORS = tableAfter('Each filter below and the problem it gives').slice(1);

test('the page has its example sheets and enough examples to mean something', () => {
  expect(CBOS[0]).toContain('Village size');
  expect(CBOS).toHaveLength(5);
  expect(ADVOCACY).toHaveLength(3);
  expect(EXAMPLES.length).toBeGreaterThan(20);
  expect(ERRORS.length).toBeGreaterThan(20);
});

test.each(EXAMPLES)('%s matches %s', (filter, matches) => {
  const result = run(code(filter));
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const keys = result.rows.map((r) => r.key).join(', ');
  expect(keys || 'none').toBe(matches);
});

test.each(ERRORS)('%s is %s', (filter, errorCode, message) => {
  const problem = run(code(filter)).problems.find((p) => p.severity === 'error');
  expect(problem).toMatchObject({
    sheet: 'Indicators',
    row: 2,
    column: 'Filter',
    code: code(errorCode),
    message,
  });
});

test('every code the filter language has is explained on the page', () => {
  for (const name of ['filter-syntax', 'unknown-column', 'filter-value']) {
    expect(DOC).toContain(`- \`${name}\`:`);
    expect(ERRORS.some((row) => code(row[1]) === name)).toBe(true);
  }
});

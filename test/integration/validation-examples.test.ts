/** The example workbooks through the bundle: the clean one has no error, every planted mistake is found. */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { buildNeedsFixing } from '../../src/offline/examples/needsFixing';
import { openWorkbookFile } from '../support/runtime';

interface Summary {
  problems: { severity: string; sheet: string; row: number | null; column: string | null; code: string }[];
}

const example = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const needsFixing = path.join(REPO_ROOT, 'examples', 'needs-fixing.xlsx');
const TODAY = { today: '2026-11-23' };

(fs.existsSync(example) ? test : test.skip)('examples/cbo-tracker-example.xlsx has no error', async () => {
  const runtime = await openWorkbookFile(example);
  const result = runtime.run('validateData', TODAY) as Summary;
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
});

(fs.existsSync(needsFixing) ? test : test.skip)(
  'examples/needs-fixing.xlsx: each planted mistake is found on its cell, and nothing else is an error',
  async () => {
    const { planted } = buildNeedsFixing();
    const runtime = await openWorkbookFile(needsFixing);
    const result = runtime.run('validateData', TODAY) as Summary;
    const errors = result.problems.filter((p) => p.severity === 'error');
    const at = (p: { sheet: string; row: number | null; column: string | null }) =>
      `${p.sheet}!${p.row}:${p.column}`;
    const found = new Set(errors.map(at));
    const mistakes = planted.filter((p) => p.expect === 'error');
    expect(mistakes.length).toBeGreaterThan(5);
    for (const mistake of mistakes)
      expect([at(mistake), found.has(at(mistake))]).toEqual([at(mistake), true]);
    for (const valid of planted.filter((p) => p.expect === 'valid')) expect(found.has(at(valid))).toBe(false);
    expect(errors).toHaveLength(mistakes.length);
  },
);

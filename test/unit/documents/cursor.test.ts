import {
  batchKey,
  batchKeys,
  decodeBatch,
  encodeBatch,
  keepProblems,
  PROPERTY_BYTES,
  utf8Bytes,
  type DocumentBatch,
} from '../../../src/documents/cursor';

function batch(ids: string[]): DocumentBatch {
  return {
    kind: 'minutes',
    ids,
    next: 1,
    pdf: false,
    share: false,
    startedAt: '2026-12-01T00:00:00.000Z',
    spreadsheetId: 'sheet-1',
    state: 'running',
    created: 1,
    updated: 0,
    failed: 0,
    current: ids[0] ?? null,
    problems: [],
    problemsLeftOut: 0,
  };
}

/** Google's limits: 9 KB a property value, 500 KB a store (quotas page). */
function withinLimits(properties: Record<string, string>): void {
  let total = 0;
  for (const [key, value] of Object.entries(properties)) {
    expect(utf8Bytes(key) + utf8Bytes(value)).toBeLessThanOrEqual(9 * 1024);
    total += utf8Bytes(key) + utf8Bytes(value);
  }
  expect(total).toBeLessThanOrEqual(500 * 1024);
}

describe('document batch cursor in user properties', () => {
  test('round trip; garbage and missing chunks are no batch', () => {
    const saved = encodeBatch(batch(['A', 'B']));
    const key = batchKey('minutes', 'sheet-1');
    expect(decodeBatch(key, (k) => saved[k] ?? null)).toEqual(batch(['A', 'B']));
    expect(decodeBatch(key, () => '{"kind":"other"}')).toBeUndefined();
    expect(decodeBatch(key, () => 'not json')).toBeUndefined();
    expect(decodeBatch(key, (k) => (k === key ? saved[k] : null))).toBeUndefined();
  });

  test('2,000 meetings with Khmer IDs fit: several values, each under 9 KB', () => {
    const ids = Array.from({ length: 2000 }, (_, n) => `M-កិច្ចប្រជុំ-${n}`);
    const saved = encodeBatch(batch(ids));
    expect(Object.keys(saved).length).toBeGreaterThan(2);
    withinLimits(saved);
    const key = batchKey('minutes', 'sheet-1');
    expect(decodeBatch(key, (k) => saved[k] ?? null)?.ids).toEqual(ids);
    expect(batchKeys(key, saved[key]).sort()).toEqual(Object.keys(saved).sort());
  });

  test('problems are kept while they fit, the rest counted', () => {
    const b = batch(['A']);
    const problem = (n: number) => ({
      severity: 'warning' as const,
      sheet: 'Meetings',
      row: n,
      column: 'Date',
      code: 'document',
      message: `ថ្ងៃខុស ${'x'.repeat(100)} ${n}`,
      fix: '',
    });
    keepProblems(
      b,
      Array.from({ length: 200 }, (_, n) => problem(n)),
    );
    expect(b.problems.length).toBeGreaterThan(5);
    expect(b.problems.length + b.problemsLeftOut).toBe(200);
    withinLimits(encodeBatch(b));
    expect(utf8Bytes(encodeBatch(b)[batchKey('minutes', 'sheet-1')])).toBeLessThan(PROPERTY_BYTES);
  });
});

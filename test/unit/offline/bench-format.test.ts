/** The bench's output format (npm run bench -- --json): what each run reports, not how fast it is. */
import { runBench } from '../../../src/offline/bench';
import { ensureBuild } from '../../support/runtime';

test('each run has operation, rows, serviceCalls, calls by method, cells moved, Apps Script seconds and ms', async () => {
  ensureBuild();
  const runs = await runBench([30], ['setup', 'change-log-edit']);
  expect(runs.map((r) => r.operation)).toEqual(['setup', 'change-log-edit']);
  for (const run of runs) {
    expect(run).toMatchObject({
      rows: 30,
      serviceCalls: expect.any(Number),
      cellsRead: expect.any(Number),
      cellsWritten: expect.any(Number),
      appsScriptSeconds: expect.any(Number),
      ms: expect.any(Number),
    });
    expect(run.error).toBeUndefined();
    const counted = Object.values(run.calls).reduce((a, b) => a + b, 0);
    expect(counted).toBe(run.serviceCalls);
    expect(run.appsScriptSeconds).toBeGreaterThan(0);
    // The calls priced alone: never more than with their cells, and more than nothing.
    expect(run.callSeconds).toBeGreaterThan(0);
    expect(run.callSeconds).toBeLessThanOrEqual(run.appsScriptSeconds + 0.05);
  }
  // The change-log edit runs the installed trigger: its handler writes the log row.
  expect(runs[1].cellsWritten).toBeGreaterThan(0);
});

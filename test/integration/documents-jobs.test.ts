/**
 * Minutes and reports as Jobs (src/jobs/job.ts): start, step, cancel, status, as the sidebar calls
 * them; the cursor lives in the user's properties keyed by spreadsheet, within Google's limits.
 */
import { openWorkbook, tempDir } from '../support/runtime';
import { testBundle } from '../support/test-bundle';
import type { JobProgress } from '../../src/jobs/job';
import type { FakeDriveApp } from '../../src/offline/services/drive/drive-app';
import { smallWorkbook } from './documents-support';

function withMeetings(count: number) {
  const sheets = smallWorkbook(2);
  for (let n = 3; n <= count; n++)
    sheets.Meetings.push([
      `M-${n}`,
      `Meeting ${n}`,
      '2018-01-05',
      '',
      '',
      '',
      '',
      '',
      '',
      'Talk',
      '',
      '',
      '',
    ]);
  return sheets;
}

async function open(sheets: ReturnType<typeof smallWorkbook>) {
  return openWorkbook(sheets, { outDir: tempDir('documents-jobs-'), codePath: testBundle('jobs-entry.ts') });
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('the minutes job', () => {
  test('start plans without making anything; each step makes one (tiny budget); status reads it back', async () => {
    const runtime = await open(withMeetings(4));
    const started = runtime.run('testJobStart', 'minutes', { ids: 'all' }) as JobProgress;
    expect(started).toMatchObject({ job: 'minutes', done: 0, total: 4, finished: false, summary: null });
    const drive = runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp;
    const minutes = () => drive._store.files.filter((f) => /^M-\d+ Minutes/.test(f.name)).length;
    expect(minutes()).toBe(0);
    const first = runtime.run('testJobStep', 'minutes', 1) as JobProgress;
    expect(first).toMatchObject({ done: 1, current: 'M-1', finished: false });
    expect(minutes()).toBe(1);
    expect(runtime.run('testJobStatus', 'minutes')).toEqual(first);
    let last = first;
    for (let n = 0; n < 5 && !last.finished; n++)
      last = runtime.run('testJobStep', 'minutes', 1) as JobProgress;
    expect(last).toMatchObject({ done: 4, total: 4, finished: true, cancelled: false });
    expect(last.summary).toBe('4 minutes made (4 new, 0 updated)');
    expect(minutes()).toBe(4);
    // Run again: the same four documents are updated, none duplicated.
    runtime.run('testJobStart', 'minutes', { ids: 'all' });
    const again = runtime.run('testJobStep', 'minutes', 600_000) as JobProgress;
    expect(again.summary).toBe('4 minutes made (0 new, 4 updated)');
    expect(minutes()).toBe(4);
    expect(runtime.run('testJobStatus', 'report')).toBeNull();
  });

  test('cancel stops where it is; a later step does nothing', async () => {
    const runtime = await open(withMeetings(5));
    runtime.run('testJobStart', 'minutes', { ids: 'all' });
    runtime.run('testJobStep', 'minutes', 1);
    const cancelled = runtime.run('testJobCancel', 'minutes') as JobProgress;
    expect(cancelled).toMatchObject({ done: 1, total: 5, finished: true, cancelled: true });
    expect(cancelled.summary).toMatch(/stopped with 4 left/);
    expect(runtime.run('testJobStep', 'minutes', 600_000)).toMatchObject({ done: 1, cancelled: true });
  });

  test('problems come back in the one Problem shape, located on their row', async () => {
    const sheets = withMeetings(2);
    sheets.Meetings.push(['M-9', 'No date', '', '', '', '', '', '', '', '', '', '', '']);
    const runtime = await open(sheets);
    runtime.run('testJobStart', 'minutes', { ids: 'M-9' });
    const done = runtime.run('testJobStep', 'minutes', 600_000) as JobProgress;
    expect(done.summary).toMatch(/0 minutes made, 1 not made/);
    expect(done.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: 'Meetings', row: 4, column: 'Date' }),
    );
  });

  test('2,000 meetings: the cursor is kept in user properties within 9 KB a value and 500 KB a store', async () => {
    const runtime = await open(withMeetings(2000));
    const started = runtime.run('testJobStart', 'minutes', { ids: 'all' }) as JobProgress;
    expect(started.total).toBe(2000);
    const user = runtime.evaluate('PropertiesService.getUserProperties().getProperties()') as Record<
      string,
      string
    >;
    const entries = Object.entries(user);
    expect(entries.length).toBeGreaterThan(1);
    for (const [key, value] of entries) expect(bytes(key) + bytes(value)).toBeLessThanOrEqual(9 * 1024);
    expect(entries.reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0)).toBeLessThanOrEqual(500 * 1024);
    expect(runtime.run('testJobStep', 'minutes', 1)).toMatchObject({ done: 1, total: 2000, current: 'M-1' });
  });
});

/**
 * The sidebar's jobs in a Khmer workbook (Settings › Language = km): what a finished job says, its
 * problems and the run's label are Khmer, with Khmer digits; in English nothing changed.
 */
import type { JobProgress } from '../../src/jobs/job';
import type { Cell } from '../../src/workbook/values';
import { ensureBuild, openWorkbook } from '../support/runtime';
import type { DocumentBatch } from '../../src/documents/cursor';
import { batchSummary } from '../../src/documents/jobs';

beforeAll(() => ensureBuild());

function workbook(language: string): Record<string, Cell[][]> {
  const cbos: Cell[][] = [['CBO ID', 'CBO name', 'Partner', 'Members']];
  const list: Cell[][] = [['Partner', 'Email']];
  for (let p = 1; p <= 2; p++) {
    list.push([`Partner ${p}`, `p${p}@example.org`]);
    for (let i = 1; i <= 2; i++) cbos.push([`C${p}-${i}`, `CBO ${p}.${i}`, `Partner ${p}`, 10 + i]);
  }
  return {
    CBOs: cbos,
    Partners: list,
    Settings: [
      ['Setting', 'Value'],
      ['Language', language],
    ],
  };
}

const LATIN = /[A-Za-z0-9]/;

function run(runtime: Awaited<ReturnType<typeof openWorkbook>>, job: string): JobProgress {
  runtime.run('sidebarStartJob', job);
  let progress = runtime.run('sidebarStepJob', job, 600_000) as JobProgress;
  for (let n = 0; n < 5 && !progress.finished; n++)
    progress = runtime.run('sidebarStepJob', job, 600_000) as JobProgress;
  return progress;
}

describe('jobs in a Khmer workbook', () => {
  test('partner sheets and collect: Khmer summaries, Khmer problems; English unchanged', async () => {
    const khmer = await openWorkbook(workbook('km'));
    const split = run(khmer, 'partners-split');
    expect(split.summary).toBe('បានបង្កើតសន្លឹកដៃគូ ២, ធ្វើបច្ចុប្បន្នភាព ០');
    // A partner types a number that is no number: collect holds it back and says so in Khmer.
    khmer.createdSpreadsheets[0].getSheetByName('CBOs')!.getRange('D2').setValue('ច្រើន');
    const collect = run(khmer, 'partners-collect');
    expect(collect.summary).toMatch(
      /^បានធ្វើបច្ចុប្បន្នភាពក្រឡា ០, បានបន្ថែម CBO ថ្មី ០, មាន ០ ត្រូវពិនិត្យក្នុង "Sync conflicts"$/,
    );
    expect(collect.problems.length).toBeGreaterThan(0);
    const members = collect.problems.find((p) => p.message.includes('(Members)'));
    expect(members?.message).toMatch(/^ច្បាប់ចម្លងរបស់ Partner 1, CBOs ជួរដេក ២ \(Members\)៖ /);
    for (const problem of collect.problems) {
      // Names the message cites (the partner, sheets, columns, the typed value) are the workbook's.
      const own = `${problem.message} ${problem.fix}`.replace(
        /Partner \d|CBOs|\([^()]*\)|"[^"]*"|Members|ច្រើន/g,
        '',
      );
      expect(own).not.toMatch(LATIN);
    }
    // The label the page shows while a one-step job runs.
    expect((khmer.run('sidebarStartJob', 'validate') as JobProgress).current).toBe('ពិនិត្យទិន្នន័យ');

    const english = await openWorkbook(workbook('en'));
    expect(run(english, 'partners-split').summary).toBe('2 partner sheets made, 0 refreshed');
    english.createdSpreadsheets[0].getSheetByName('CBOs')!.getRange('D2').setValue('many');
    const collected = run(english, 'partners-collect');
    expect(collected.summary).toBe('0 cells updated, 0 new CBOs added, 0 items to check in "Sync conflicts"');
    expect(collected.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^Partner 1's copy, CBOs row 2 \(Members\): /),
    );
    expect((english.run('sidebarStartJob', 'validate') as JobProgress).current).toBe('Validate data');
  }, 120_000);
});

describe('the documents jobs say what they made in the language they started in', () => {
  const batch = (language?: 'en' | 'km') =>
    ({
      kind: 'minutes',
      ids: ['M-1', 'M-2', 'M-3', 'M-4', 'M-5'],
      next: 3,
      created: 1,
      updated: 1,
      failed: 1,
      state: 'cancelled',
      ...(language ? { language } : {}),
    }) as unknown as DocumentBatch;
  test('Khmer, English, and a batch saved before it had a language', () => {
    expect(batchSummary(batch('km'))).toBe(
      'បានបង្កើតកំណត់ហេតុកិច្ចប្រជុំ ២ (ថ្មី ១ ធ្វើបច្ចុប្បន្នភាព ១), មិនបានបង្កើត ១ (សូមមើលបញ្ហា), បានឈប់ នៅសល់ ២',
    );
    const english = '2 minutes made (1 new, 1 updated), 1 not made (see the problems), stopped with 2 left';
    expect(batchSummary(batch('en'))).toBe(english);
    expect(batchSummary(batch())).toBe(english);
    expect(batchSummary({ ...batch('en'), kind: 'report', created: 1, updated: 0 })).toMatch(
      /^1 progress report made/,
    );
  });
});

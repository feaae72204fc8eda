/**
 * Minutes and progress reports end to end: build/Code.js in the offline runtime, documents
 * written as .docx under OUT/docs/ and read back from word/document.xml.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FakeMailApp } from '../../src/offline/services/mail';
import { outboxOf } from '../../src/offline/services/mail';
import type { FakeDriveApp } from '../../src/offline/services/drive';
import { REPO_ROOT } from '../../src/offline/runtime';
import type { Problem } from '../../src/workbook/problem';
import {
  openWorkbook,
  openWorkbookFile,
  sheetValues,
  tempDir,
  type OfflineRuntime,
} from '../support/runtime';
import { docxFiles, KHMER_NAME, LITERAL, listItemTexts, readDocx, smallWorkbook } from './documents-support';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

interface Summary {
  documents: {
    id: string;
    name?: string;
    url?: string;
    documentId?: string;
    updated: boolean;
    problems: Problem[];
  }[];
  pending: string[];
  continues: boolean;
  problems: Problem[];
}

function documentColumn(runtime: OfflineRuntime, sheet: string, key: string): Map<string, string> {
  const values = sheetValues(runtime, sheet);
  const header = values[0].map(String);
  const id = header.indexOf(key);
  const doc = header.indexOf('Document');
  return new Map(values.slice(1).map((row) => [String(row[id]), doc >= 0 ? String(row[doc]) : '']));
}

function fileFor(outDir: string, name: string | undefined): string {
  const found = docxFiles(path.join(outDir, 'docs')).filter((f) => path.basename(f) === `${name}.docx`);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('minutes from the example workbook', () => {
  const outDir = tempDir('minutes-example-');
  let runtime: OfflineRuntime;
  let first: Summary;

  beforeAll(async () => {
    runtime = await openWorkbookFile(EXAMPLE, { outDir });
    first = runtime.run('generateMinutes', { meetingId: 'M-2017-09' }) as Summary;
    await runtime.flush();
  });

  test('the .docx is written under OUT/docs/ with the heading block, objectives, sessions and group work', async () => {
    expect(first.problems).toEqual([]);
    const [made] = first.documents;
    expect(made.name).toMatch(/^M-2017-09 Minutes – Partnership Meeting on .* – 2017-09-28$/);
    const doc = await readDocx(fileFor(outDir, made.name));
    expect(doc.text).not.toContain('{{');

    const heading = doc.tables[0];
    expect(heading.map((row) => row[0])).toEqual([
      'Facilitated By:',
      'MC:',
      'Minutes Taker:',
      'Participated by:',
      'Date and Time:',
      'Location:',
    ]);
    expect(heading[3][1]).toMatch(/^CBOs: 04 LNGOs: 13 INGOs: 01 CCC: 05 .*Total: 24 participants$/);
    expect(heading[4][1]).toBe('28 September 2017, 08:00 – 12:00');

    // Objectives are native numbered list items (Word and Docs renumber them), no typed "1.".
    const objective = doc.paragraphs.indexOf('I- OBJECTIVE');
    const objectives = doc.paragraphs.slice(objective + 2, objective + 5);
    expect(objectives.map((p) => p.slice(0, 3))).toEqual(['To ', 'To ', 'To ']);
    const items = listItemTexts(doc.xml);
    for (const text of objectives) expect(items).toContain(text);
    const welcome = doc.paragraphs.indexOf('WELCOME AND OPENING REMARKS – BY MR. SOEUNG SAROEUN');
    expect(welcome).toBeGreaterThan(doc.paragraphs.indexOf('II- THE RESULT OF THE MEETING'));
    expect(doc.paragraphs[welcome + 1]).toMatch(/^He started his Welcome and Opening remarks/);
    for (const heading of ['GROUP WORK', 'CONCLUSION AND WAYS FORWARD', 'III- ANNEX']) {
      expect(doc.paragraphs).toContain(heading);
    }

    // Group work as the reference minutes: the groups head the columns; each theme is a row of
    // its own above the row of its points (native list items); a group without a point for a
    // theme has an empty cell, not an empty bullet.
    const groups = doc.tables.find((t) => t[0][0] === 'NGOs') as string[][];
    expect(groups[0]).toEqual(['NGOs', 'CBO TWGs']);
    expect(groups.filter((_, r) => r % 2 === 1)).toEqual(
      [
        'Good Governance',
        'Enabling Environment',
        'Financial sustainability',
        'Capacity Development',
        'Networking',
      ].map((theme) => [theme, '']),
    );
    expect(groups).toHaveLength(11);
    expect(groups[2][1].split('\n')[0]).toBe('Certificate for good practices for CBOs');
    expect(groups[4][0]).toBe('');
    expect(groups[4][1].split('\n')[0]).toBe('Strengthening and mobilizing TWG');
    expect(items).toContain('Certificate for good practices for CBOs');
    expect(items).not.toContain('');
    expect(doc.text).not.toContain('•');
  });

  test('the Document link is written in the Meetings row; the xlsx keeps the other rows', () => {
    const links = documentColumn(runtime, 'Meetings', 'Meeting ID');
    expect(links.get('M-2017-09')).toBe(first.documents[0].url);
    expect(first.documents[0].url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/\w+\/edit$/);
  });

  test('a second run (after saving, as the CLI does) updates the same document, no duplicate', async () => {
    const saved = tempDir('minutes-saved-');
    await runtime.saveTo(saved);
    const again = await openWorkbookFile(path.join(saved, path.basename(EXAMPLE)), { outDir });
    const second = again.run('generateMinutes', { meetingId: 'M-2017-09' }) as Summary;
    await again.flush();
    expect(second.documents[0]).toMatchObject({ updated: true, documentId: first.documents[0].documentId });
    expect(again.ui.events.map((e) => e.text).join('\n')).toContain(`Updated: ${first.documents[0].name}`);
    const minutes = docxFiles(path.join(outDir, 'docs')).filter((f) =>
      path.basename(f).startsWith('M-2017-09'),
    );
    expect(minutes).toHaveLength(1);
    const doc = await readDocx(minutes[0]);
    expect(doc.paragraphs.filter((p) => p === 'I- OBJECTIVE')).toHaveLength(1);
    expect(doc.text).not.toContain('{{');
  });
});

describe('the CLI run twice on the same input and --out', () => {
  test('the second run updates the document of the same name: one .docx, and it says updated', () => {
    const outDir = tempDir('minutes-cli-');
    const cli = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          path.join(REPO_ROOT, 'build', 'node', 'cli.cjs'),
          'minutes',
          EXAMPLE,
          '--meeting',
          'M-2017-09',
          '--out',
          outDir,
          ...args,
        ],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
    const first = cli('--json');
    expect(first.status).toBe(0);
    const made = JSON.parse(first.stdout).documents;
    expect(made).toEqual([expect.objectContaining({ id: 'M-2017-09', updated: false })]);
    const second = cli();
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/Updated: M-2017-09 Minutes – /);
    expect(second.stderr).not.toMatch(/Created: /);
    const third = JSON.parse(cli('--json').stdout).documents;
    expect(third).toEqual([expect.objectContaining({ updated: true, url: made[0].url, path: made[0].path })]);
    const minutes = docxFiles(path.join(outDir, 'docs')).filter((f) =>
      path.basename(f).startsWith('M-2017-09'),
    );
    expect(minutes).toHaveLength(1);
    // Neither the minutes nor the default template were duplicated in the Drive stand-in.
    const index = JSON.parse(fs.readFileSync(path.join(outDir, 'docs', '.drive', 'index.json'), 'utf8'));
    const names = Object.values(index.files as Record<string, { name: string }>)
      .map((f) => f.name)
      .sort();
    expect(names).toEqual([
      'CBO Tracker – Minutes template',
      made[0].path
        .split('/')
        .pop()
        .replace(/\.docx$/, ''),
    ]);
  });
});

describe('minutes and report from a small hand-built workbook', () => {
  const outDir = tempDir('documents-small-');
  let runtime: OfflineRuntime;

  beforeAll(async () => {
    runtime = await openWorkbook(smallWorkbook(), { outDir });
  });

  test('minutes: counts, order of sessions, literal values and Khmer survive, attendance list', async () => {
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    await runtime.flush();
    expect(summary.problems).toEqual([]);
    const doc = await readDocx(fileFor(outDir, summary.documents[0].name));
    expect(doc.tables[0][3][1]).toBe('CBOs: 01 LNGOs: 01 INGOs: 01 CCC: 01 Total: 04 participants');
    const welcome = doc.paragraphs.indexOf('WELCOME AND OPENING REMARKS – BY MR. SOEUNG SAROEUN');
    const group = doc.paragraphs.indexOf('GROUP WORK – BY MR. CHHORN VATANAK');
    expect(welcome).toBeGreaterThan(0);
    expect(group).toBeGreaterThan(welcome);
    expect(doc.paragraphs).toContain(LITERAL);
    const groups = doc.tables.find((t) => t[0][0] === 'NGOs') as string[][];
    expect(groups).toEqual([
      ['NGOs', 'CBO TWGs', 'Donors'],
      ['Good Governance', '', ''],
      ['Improve standard of living', 'Certificate for good practices', ''],
      ['Networking', '', ''],
      ['', '', 'Stakeholders meetings'],
      ['Enabling Environment', '', ''],
      ['', 'Strengthening TWG\nMobilizing TWG', ''],
    ]);
    expect(listItemTexts(doc.xml)).toEqual(expect.arrayContaining(['Strengthening TWG', 'Mobilizing TWG']));
    const attendance = doc.tables.find((t) => t[0][0] === 'No.') as string[][];
    expect(attendance).toHaveLength(5);
    expect(attendance[1].slice(0, 2)).toEqual(['1', KHMER_NAME]);
    // Khmer text is given a Khmer complex-script font.
    expect(doc.xml).toMatch(/w:cs="Khmer OS System"/);
    // User columns are kept.
    expect(sheetValues(runtime, 'Meetings')[1][12]).toBe('keep me');
  });

  test('report: items numbered per section order, citation resolved, unknown indicator reported', async () => {
    const summary = runtime.run('generateProgressReport', { projectId: 'P-1' }) as Summary;
    await runtime.flush();
    const doc = await readDocx(fileFor(outDir, summary.documents[0].name));
    expect(doc.text).not.toContain('{{IND');
    expect(doc.paragraphs).toContain("Project#1: Citizens' Voices, 2019-2022");
    expect(doc.paragraphs).toContain('649,300 EUR donated by BfdW and DCA');
    const items = doc.paragraphs.filter((p) => /^1\.\d+ /.test(p));
    expect(items).toEqual([
      `1.1 A total of 16.25% (13 of 80) of target CBOs advocated. ${LITERAL}`,
      '1.2 A second activity.',
      '1.3 Covid-19 delays.',
      '1.4 Check [IND-9: unknown indicator] later.',
    ]);
    expect(doc.paragraphs.indexOf('Activities and Results:')).toBeLessThan(
      doc.paragraphs.indexOf('Challenges:'),
    );
    expect(summary.problems).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'Report items', row: 5, value: 'IND-9' }),
      // The workbook has figures in Indicator results but no CBOs sheet to count them by year.
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Indicators',
        value: 'IND-1.3',
        code: 'indicator-period-failed',
        message: expect.stringContaining('the workbook has no CBOs sheet'),
      }),
    ]);
    const indicators = doc.tables.find((t) => t[0][0] === 'ID') as string[][];
    // The indicator performance tracking table: a column per year of the project (2019-2022).
    expect(indicators[0]).toEqual([
      'ID',
      'Indicator',
      'Baseline',
      'Target',
      '2019',
      '2020',
      '2021',
      '2022',
      'Cumulative to date',
      'Progress to target',
    ]);
    const notComputed = ['not computed', 'not computed', 'not computed', 'not computed'];
    expect(indicators.slice(1)).toEqual([
      [
        'IND-1.3',
        'Share of target CBOs that advocated',
        '0%',
        '20%',
        ...notComputed,
        '16.25% (13 of 80)',
        '81.25%',
      ],
      ['IND-2', 'Never computed', '', '', ...notComputed, 'not computed', ''],
    ]);
    expect(documentColumn(runtime, 'Projects', 'Project ID').get('P-1')).toBe(summary.documents[0].url);
  });

  test('share: view access and an e-mail per valid address of partners receiving reports, logged in the sheet', () => {
    const result = runtime.run('shareReportWithPartners', { projectId: 'P-1' }) as {
      sharing: { viewers: number; emailsSent: number }[];
      problems: Problem[];
    };
    expect(result.sharing).toEqual([expect.objectContaining({ partners: 3, viewers: 2, emailsSent: 2 })]);
    const drive = runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp;
    const report = drive._store.files.find((f) => f.name.startsWith('P-1 Progress report'));
    expect(report?.viewers).toEqual(['dca@example.org', 'bfdw@example.org']);
    const sent = outboxOf(runtime.service<FakeMailApp>('MailApp'))?.sent ?? [];
    expect(sent.map((m) => m.to)).toEqual(['dca@example.org', 'bfdw@example.org']);
    // The e-mail names the report by the project's title, not its ID.
    expect(sent[0].subject).toBe("Progress report: Citizens' Voices");
    expect(result.problems.map((p) => [p.row, p.value])).toEqual([
      [3, 'not-an-address'],
      [5, ''],
    ]);
    const log = sheetValues(runtime, 'Report sharing');
    expect(log[0]).toEqual([
      'Time',
      'Project ID',
      'Document',
      'Partner',
      'Email',
      'Access',
      'E-mail sent',
      'Problem',
    ]);
    expect(log.slice(1).map((row) => [row[3], row[4], row[5], row[6]])).toEqual([
      ['DCA', 'dca@example.org', 'View', 'Yes'],
      ['BfdW', 'bfdw@example.org', 'View', 'Yes'],
      ['No e-mail', '', 'No', 'No'],
    ]);
  });
});

describe('a report without Indicator results', () => {
  test('uncomputed figures are computed for the report, or reported when the indicator cannot be computed', async () => {
    const outDir = tempDir('documents-nores-');
    const sheets = smallWorkbook();
    delete sheets['Indicator results'];
    sheets.Indicators.push(['IND-3', 'Broken', 'count', 'CBOs', '', '']);
    sheets.Indicators[0].push('Filter');
    sheets.Indicators[3].push('No such column = 1');
    sheets.CBOs = [
      ['CBO ID', 'Name'],
      ['C-1', 'One'],
    ];
    sheets['Report items'].push(['P-1', 'Challenges', 2, 'Broken: {{IND-3}}']);
    const runtime = await openWorkbook(sheets, { outDir });
    const summary = runtime.run('generateProgressReport', { projectId: 'P-1' }) as Summary;
    const messages = summary.problems.map((p) => `${p.severity} ${p.sheet} ${p.value} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning Indicator results .*computed now/),
        expect.stringMatching(/^error Report items IND-3 Indicator IND-3 has no computed result/),
        expect.stringMatching(/^error Report items IND-9 Unknown indicator/),
      ]),
    );
    expect(runtime.sheetValues('Indicator results')).toBeUndefined();
  });
});

describe('batches continue in a time-driven trigger', () => {
  test('a tiny budget makes one document per run; the trigger finishes the batch without duplicates', async () => {
    const outDir = tempDir('documents-batch-');
    const sheets = smallWorkbook(2);
    for (let n = 3; n <= 6; n++)
      sheets.Meetings.push([
        `M-${n}`,
        `Meeting ${n}`,
        '2018-01-0' + n,
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
    const runtime = await openWorkbook(sheets, { outDir });
    const start = runtime.run('generateMinutes', { meetingId: 'all', budgetMs: 0 }) as Summary;
    expect(start.documents.map((d) => d.id)).toEqual(['M-1']);
    expect(start).toMatchObject({ continues: true, pending: ['M-2', 'M-3', 'M-4', 'M-5', 'M-6'] });
    let fired = 0;
    for (let round = 0; round < 10 && runtime.triggers.triggers.length > 0; round++) {
      fired += runtime.fireClockTriggers(Date.now() + 3_601_000).length;
    }
    expect(fired).toBe(5);
    expect(runtime.triggers.triggers).toHaveLength(0);
    await runtime.flush();
    const links = documentColumn(runtime, 'Meetings', 'Meeting ID');
    expect([...links.values()].every((link) => /\/document\/d\/\w+\/edit$/.test(link))).toBe(true);
    expect(new Set(links.values()).size).toBe(6);
    const minutes = docxFiles(path.join(outDir, 'docs')).filter((f) =>
      /^M-\d Minutes/.test(path.basename(f)),
    );
    expect(minutes).toHaveLength(6);
    const drive = runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp;
    expect(drive._store.files.filter((f) => /^M-\d Minutes/.test(f.name))).toHaveLength(6);
    // Nothing left to continue: a stray trigger run does nothing.
    expect(runtime.run('continueDocumentBatch')).toBeUndefined();
    expect(fs.existsSync(outDir)).toBe(true);
  });
  test("in an add-on's trigger (no active spreadsheet, no document properties) the batch still finishes", async () => {
    const sheets = smallWorkbook(2);
    sheets.Meetings.push(['M-3', 'Meeting 3', '2018-01-03', '', '', '', '', '', '', 'Talk', '', '', '']);
    const runtime = await openWorkbook(sheets, { outDir: tempDir('documents-addon-batch-') });
    const start = runtime.run('generateMinutes', { meetingId: 'all', budgetMs: 0 }) as Summary;
    expect(start.pending).toEqual(['M-2', 'M-3']);
    // What Apps Script gives a time-driven trigger of an editor add-on.
    runtime.evaluate(`(() => {
      const app = SpreadsheetApp, props = PropertiesService;
      globalThis.SpreadsheetApp = new Proxy({}, { get: (_, k) => (k === 'getActiveSpreadsheet' ? () => null : app[k]) });
      globalThis.PropertiesService = new Proxy({}, { get: (_, k) => (k === 'getDocumentProperties' ? () => null : props[k]) });
    })()`);
    for (let round = 0; round < 5 && runtime.triggers.triggers.length > 0; round++) {
      runtime.fireClockTriggers(Date.now() + 3_601_000);
    }
    expect(runtime.triggers.triggers).toHaveLength(0);
    const links = documentColumn(runtime, 'Meetings', 'Meeting ID');
    expect(new Set(links.values()).size).toBe(3);
  });
});

describe('service calls grow no faster than the repeated rows', () => {
  async function calls(attendees: number): Promise<{ document: number; total: number }> {
    const runtime = await openWorkbook(smallWorkbook(attendees), { outDir: tempDir('documents-calls-') });
    runtime.run('generateMinutes', { meetingId: 'M-1' });
    const byMethod = runtime.calls.byMethod();
    const document = Object.entries(byMethod)
      .filter(([name]) => !/^(Spreadsheet|Sheet|Range|Ui|Properties|ScriptApp|Trigger)/.test(name))
      .reduce((sum, [, n]) => sum + n, 0);
    return { document, total: runtime.calls.total() };
  }

  test('minutes of 300 attendees take at most ~10 times the calls of 30, and few calls in all', async () => {
    const small = await calls(30);
    const large = await calls(300);
    // Absolute ceilings (first generation, the default template built too): a structural count.
    expect(small.total).toBeLessThanOrEqual(1500);
    expect(large.total).toBeLessThanOrEqual(5000);
    expect(large.total / small.total).toBeLessThanOrEqual(10);
    expect(large.document / small.document).toBeLessThanOrEqual(10);
    // The sheets are read once whatever the rows: spreadsheet calls do not grow.
    expect(large.total - large.document).toBe(small.total - small.document);
  });
});

describe('the progress report of the example workbook', () => {
  test('reads like the reference: outcome number, strategic plan, reporting period, an IPTT by year', async () => {
    const outDir = tempDir('report-example-');
    const runtime = await openWorkbookFile(EXAMPLE, { outDir });
    const summary = runtime.run('generateProgressReport', { projectId: 'P-2019-01' }) as Summary;
    await runtime.flush();
    const doc = await readDocx(fileFor(outDir, summary.documents[0].name));
    expect(doc.paragraphs).toContain('Reporting period: 1 January 2019 – 31 December 2020');
    expect(doc.paragraphs).toContain('Outcome One:');
    expect(doc.paragraphs).toContain('Objective of the API Strategic Plan 2019-23:');
    const items = doc.paragraphs.filter((p) => /^1\.\d+ /.test(p)).map((p) => p.split(' ')[0]);
    expect(items).toEqual(Array.from({ length: 13 }, (_, i) => `1.${i + 1}`));
    const table = doc.tables.find((t) => t[0][0] === 'ID') as string[][];
    expect(table[0].slice(2)).toEqual([
      'Baseline',
      'Target',
      '2019',
      '2020',
      'Cumulative to date',
      'Progress to target',
    ]);
    const row = (id: string) => table.find((r) => r[0] === id) as string[];
    // Counted per year by the engine; the years add up to the figure to date, cited in item 1.3.
    const mapped = row('IND-1.1');
    expect(mapped.slice(2, 4)).toEqual(['0', '600 CBOs']);
    expect(Number(mapped[4]) + Number(mapped[5])).toBe(Number(mapped[6].replace(',', '')));
    expect(doc.paragraphs.find((p) => p.startsWith('1.3 '))).toContain(`A total of ${mapped[6]} CBOs`);
    // A blank baseline stays blank; a disaggregated indicator has its breakdown rows under it.
    expect(row('IND-1.2').slice(2, 4)).toEqual(['', '60 CBOs']);
    const byProvince = table.findIndex((r) => r[0] === 'IND-1.5');
    expect(table[byProvince + 1].slice(0, 2)).toEqual(['', 'Banteay Meanchey']);
    expect(doc.text).not.toContain('{{');
  });

  test('a project without dates has no period columns: the table is fitted to none', async () => {
    const outDir = tempDir('report-nodates-');
    const sheets = smallWorkbook();
    sheets.Projects[1][5] = '';
    sheets.Projects[1][6] = '';
    const runtime = await openWorkbook(sheets, { outDir });
    const summary = runtime.run('generateProgressReport', { projectId: 'P-1' }) as Summary;
    await runtime.flush();
    const doc = await readDocx(fileFor(outDir, summary.documents[0].name));
    const table = doc.tables.find((t) => t[0][0] === 'ID') as string[][];
    expect(table[0]).toEqual([
      'ID',
      'Indicator',
      'Baseline',
      'Target',
      'Cumulative to date',
      'Progress to target',
    ]);
    expect(table[1]).toEqual([
      'IND-1.3',
      'Share of target CBOs that advocated',
      '0%',
      '20%',
      '16.25% (13 of 80)',
      '81.25%',
    ]);
  });
});

/**
 * The Docs API fill makes the same documents as the DocumentApp fill: the example workbook's
 * minutes and report and the bench's minutes (30 and 300 attendees) and report (120 items) are
 * generated both ways (the DocumentApp way with the advanced Docs service switched off) and their
 * document models compared; the API way's calls do not grow with attendees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { meetingWorkbook, projectWorkbook } from '../../src/offline/bench/documents';
import { REPO_ROOT } from '../../src/offline/runtime';
import type { DocumentModel } from '../../src/offline/services/document/serialize';
import { normalModel } from '../support/document-model';
import type { FakeDriveApp } from '../../src/offline/services/drive';
import { openWorkbook, openWorkbookFile, tempDir, type OfflineRuntime } from '../support/runtime';
import { smallWorkbook } from './documents-support';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

interface Summary {
  documents: { documentId?: string; problems: { code: string }[] }[];
}

async function generate(
  open: () => Promise<OfflineRuntime>,
  entry: string,
  args: Record<string, string>,
  api: boolean,
  runs = 1,
) {
  const runtime = await open();
  if (!api) runtime.evaluate('Docs = undefined;');
  const ids: (string | undefined)[] = [];
  let summary = runtime.run(entry, args) as Summary;
  ids.push(summary.documents[0]?.documentId);
  for (let run = 1; run < runs; run++) {
    summary = runtime.run(entry, args) as Summary;
    ids.push(summary.documents[0]?.documentId);
  }
  const id = summary.documents[0]?.documentId as string;
  if (!id)
    throw new Error(
      `no document (${api ? 'API' : 'DocumentApp'}): ${JSON.stringify(summary).slice(0, 1500)}`,
    );
  const file = path.join(runtime.outDir, 'docs', '.drive', `${id}.json`);
  const model = JSON.parse(fs.readFileSync(file, 'utf8')) as DocumentModel;
  const calls = runtime.calls.byMethod() as Record<string, number>;
  return { model, calls, ids, problems: summary.documents[0].problems.map((p) => p.code) };
}

const cases: [string, () => Promise<OfflineRuntime>, string, Record<string, string>][] = [
  [
    'example minutes',
    () => openWorkbookFile(EXAMPLE, { outDir: tempDir('api-') }),
    'generateMinutes',
    { meetingId: 'M-2017-09' },
  ],
  [
    'example report',
    () => openWorkbookFile(EXAMPLE, { outDir: tempDir('api-') }),
    'generateProgressReport',
    { projectId: 'P-2019-01' },
  ],
  [
    'minutes-30',
    () => openWorkbook(meetingWorkbook(30), { outDir: tempDir('api-') }),
    'generateMinutes',
    { meetingId: 'M-1' },
  ],
  [
    'minutes-300',
    () => openWorkbook(meetingWorkbook(300), { outDir: tempDir('api-') }),
    'generateMinutes',
    { meetingId: 'M-1' },
  ],
  [
    'report-120',
    () => openWorkbook(projectWorkbook(), { outDir: tempDir('api-') }),
    'generateProgressReport',
    { projectId: 'P-1' },
  ],
  // The group work table and the indicators table fitted with fewer and more columns.
  [
    'minutes, one group',
    () => openWorkbook(withGroups(['NGOs']), { outDir: tempDir('api-') }),
    'generateMinutes',
    { meetingId: 'M-1' },
  ],
  [
    'minutes, five groups',
    () =>
      openWorkbook(withGroups(['NGOs', 'CBO TWGs', 'Donors', 'CCC', 'Youth']), { outDir: tempDir('api-') }),
    'generateMinutes',
    { meetingId: 'M-1' },
  ],
  [
    'report, one quarter',
    () => openWorkbook(withProjectEnd('2019-03-31'), { outDir: tempDir('api-') }),
    'generateProgressReport',
    { projectId: 'P-1' },
  ],
  [
    'report, no period columns',
    () => openWorkbook(withProjectEnd(''), { outDir: tempDir('api-') }),
    'generateProgressReport',
    { projectId: 'P-1' },
  ],
];

/** The bench meeting with these groups in every theme. */
function withGroups(groups: string[]) {
  const sheets = meetingWorkbook(30);
  const [header, ...rows] = sheets['Group work'];
  const themes = [...new Set(rows.map((row) => row[1]))];
  sheets['Group work'] = [
    header,
    ...themes.flatMap((theme) => groups.map((g) => ['M-1', theme, g, `A point of ${g}`])),
  ];
  return sheets;
}

/** The bench project ending on this day (a quarter: one period column; none: no period columns). */
function withProjectEnd(end: string) {
  const sheets = projectWorkbook();
  sheets.Projects[1][3] = end;
  return sheets;
}

describe('documents through the Docs API are the documents DocumentApp made', () => {
  test.each(cases)('%s', async (_name, open, entry, args) => {
    const before = await generate(open, entry, args, false);
    const after = await generate(open, entry, args, true);
    expect(before.calls['Docs.Documents.batchUpdate'] ?? 0).toBe(0);
    expect(after.calls['Docs.Documents.batchUpdate']).toBeGreaterThan(0);
    // No DocumentApp fill after it (fill.ts edits with setText, Text.insertText and deleteText);
    // the report's chart replaces its tag afterwards (chart-image.ts: one deleteText per image).
    const edits = (calls: Record<string, number>) =>
      ['Paragraph.setText', 'ListItem.setText', 'Text.insertText', 'Text.deleteText'].reduce(
        (sum, name) => sum + (calls[name] ?? 0),
        0,
      ) - (calls['Paragraph.insertInlineImage'] ?? 0);
    expect(edits(after.calls)).toBe(0);
    expect(edits(before.calls)).toBeGreaterThan(0);
    // Columns are fitted in the batch: the copy is not opened with DocumentApp, nor saved.
    const fits = (calls: Record<string, number>) =>
      (calls['TableRow.insertTableCell'] ?? 0) + (calls['TableRow.removeCell'] ?? 0);
    expect(fits(after.calls)).toBe(0);
    // (The report's chart is the one save: its image goes in with DocumentApp after the batch.)
    const images = after.calls['Paragraph.insertInlineImage'] ?? 0;
    expect(after.calls['Document.saveAndClose'] ?? 0).toBe(images > 0 ? 1 : 0);
    expect(after.problems).toEqual(before.problems);
    // The example's later sessions repeat bullets after text paragraphs: the Docs API puts such a
    // bullet in a list of its own (createParagraphBullets joins only the list just before it), where
    // DocumentApp kept the template's one list; and the minutes' group points are bullets in table
    // cells (one list per cell through the API). Same paragraphs, text, glyphs and levels; list
    // identity is compared where the API can keep it (the report).
    const options = { eraseLists: entry === 'generateMinutes' };
    expect(normalModel(after.model, options)).toEqual(normalModel(before.model, options));
  });

  test('a rerun refills the same document (same ID), as the DocumentApp way does', async () => {
    const before = await generate(cases[2][1], 'generateMinutes', { meetingId: 'M-1' }, false, 2);
    const after = await generate(cases[2][1], 'generateMinutes', { meetingId: 'M-1' }, true, 2);
    expect(after.ids[1]).toBe(after.ids[0]);
    expect(before.ids[1]).toBe(before.ids[0]);
    const options = { eraseLists: true };
    expect(normalModel(after.model, options)).toEqual(normalModel(before.model, options));
  });

  test('the API way makes the same calls for 30 and 300 attendees', async () => {
    const small = await generate(cases[2][1], 'generateMinutes', { meetingId: 'M-1' }, true);
    const large = await generate(cases[3][1], 'generateMinutes', { meetingId: 'M-1' }, true);
    const documentCalls = (calls: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(calls).filter(([name]) => !/^(Range|Sheet|Spreadsheet)\./.test(name)),
      );
    expect(documentCalls(large.calls)).toEqual(documentCalls(small.calls));
  });

  test('a template the API cannot fill (a repeated table) is filled with DocumentApp: the document is still made', async () => {
    const outDir = tempDir('api-');
    const first = await openWorkbook(smallWorkbook(3), { outDir });
    const store = (first.service<FakeDriveApp>('DriveApp') as FakeDriveApp)._store;
    const template = store.createDocument('Attendance cards');
    template.getBody().getChild(0).asParagraph().setText('{{#Attendees}}');
    template.getBody().appendTable([['{{Name}}', '{{Organisation}}']]);
    template.getBody().appendParagraph('{{/Attendees}}');
    template.saveAndClose();
    const sheets = smallWorkbook(3);
    sheets.Settings = [...sheets.Settings, ['Minutes template', template._id]];
    const runtime = await openWorkbook(sheets, { outDir });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    const id = summary.documents[0].documentId as string;
    const calls = runtime.calls.byMethod() as Record<string, number>;
    expect(calls['Docs.Documents.get']).toBe(1);
    expect(calls['Docs.Documents.batchUpdate'] ?? 0).toBe(0);
    const doc = (runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp)._store.openDocument(id);
    expect(doc?.getBody().getTables().length).toBe(3);
    expect(doc?.getBody().getText()).not.toContain('{{');
  });

  test('a first run looks into the folder it made without Drive lists; a rerun finds and replaces what it made', async () => {
    const outDir = tempDir('api-');
    const runtime = await openWorkbook(smallWorkbook(3), { outDir });
    const args = { meetingId: 'all', pdf: true };
    const first = runtime.run('generateMinutes', args) as Summary;
    const calls = runtime.calls.byMethod() as Record<string, number>;
    // One list finds no output folder; the folder made, nothing in it needs a list.
    expect(calls['Drive.Files.list']).toBe(1);
    expect(calls['Drive.Files.create']).toBe(2 + 2); // the folder, the template, two PDFs
    // The template this run made is copied, never opened, and so are the copies (M-1's group
    // work table is fitted in its batch): only each PDF opens its document.
    expect(calls['DocumentApp.openById']).toBe(2);
    runtime.calls.reset();
    const second = runtime.run('generateMinutes', args) as Summary;
    expect(second.documents.map((d) => d.documentId)).toEqual(first.documents.map((d) => d.documentId));
    const store = (runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp)._store;
    const live = store.files.filter((f) => !f.trashed);
    const names = live.map((f) => f.name).sort();
    // Two documents, their two PDFs (the first run's trashed) and one template: no duplicates.
    expect(names.length).toBe(5);
    expect(new Set(names).size).toBe(5);
    expect(store.files.filter((f) => f.trashed && f.name.endsWith('.pdf')).length).toBe(2);
  });
});

/**
 * The user's own Word templates offline: Meetings › Template, Projects › Template and Settings ›
 * Minutes template name a .docx (relative to the workbook's folder, or absolute) that is imported as
 * Drive imports a Word file and filled like a Google Doc. Fixtures made with the docx package and
 * by LibreOffice (which splits runs the way real editors do), each with header, footer page fields,
 * lists, a table with a repeating header row and a hyperlink; bad templates give stable codes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as docx from 'docx';
import { sofficeCommand, type DriveStore, type FakeDriveApp } from '../../src/offline/services/drive';
import type { FakeListItem, FakeParagraph } from '../../src/offline/services/document/paragraph';
import type { FakeTable } from '../../src/offline/services/document/table';
import { openWorkbook, saveToTemp, tempDir, type OfflineRuntime } from '../support/runtime';
import { runCli } from '../support/cli';
import { smallWorkbook } from './documents-support';
import {
  attendeesTable,
  footnotedTemplate,
  OBJECTIVES_NUMBERING,
  pageFooter,
  splitRuns,
} from '../support/word-fixtures';
import type { Problem } from '../../src/workbook/problem';
import { problemFix, problemMessage } from '../../src/i18n/problems';
import type { Cell } from '../../src/workbook/values';

interface Summary {
  documents: { id: string; documentId?: string; problems: Problem[] }[];
}

const storeOf = (runtime: OfflineRuntime): DriveStore =>
  (runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp)._store;

/** A template as Word writes one: tags split across runs, page fields, lists, a repeating header row, a link. */
async function docxPackageTemplate(): Promise<Buffer> {
  return docx.Packer.toBuffer(
    new docx.Document({
      numbering: {
        config: [OBJECTIVES_NUMBERING],
      },
      sections: [
        {
          properties: { page: { size: { width: 11906, height: 16838 } } },
          headers: {
            default: new docx.Header({
              children: [
                new docx.Paragraph({ children: splitRuns('{{Organ', 'isat', 'ion}} – {{Meeting ID}}') }),
              ],
            }),
          },
          footers: { default: pageFooter() },
          children: [
            new docx.Paragraph({
              heading: docx.HeadingLevel.HEADING_1,
              children: splitRuns('{{Ti', 'tl', 'e}}'),
            }),
            new docx.Paragraph({ children: splitRuns('Facilitated by {{Facilitated ', 'by', '}}') }),
            new docx.Paragraph('{{#Objectives}}'),
            new docx.Paragraph({
              numbering: { reference: 'objectives', level: 0 },
              children: [new docx.TextRun('{{Text}}')],
            }),
            new docx.Paragraph('{{/Objectives}}'),
            new docx.Paragraph({
              children: [
                new docx.ExternalHyperlink({
                  link: 'https://example.org/minutes/{{Meeting ID}}',
                  children: [new docx.TextRun('Minutes of {{Meeting ID}}')],
                }),
              ],
            }),
            attendeesTable({ columnWidths: [1500, 5000] }),
          ],
        },
      ],
    }),
  );
}

/** The same template written by LibreOffice from an OpenDocument file (runs split at each span). */
function libreOfficeTemplate(dir: string): Buffer {
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
   <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>
  </text:list-style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>{{Organ<text:span text:style-name="T1">isat</text:span>ion}} – {{Meeting ID}}</text:p></style:header>
   <style:footer><text:p>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">{{Ti<text:span text:style-name="T1">tl</text:span>e}}</text:h>
  <text:p>Facilitated by {{Facilitated <text:span text:style-name="T1">by</text:span>}}</text:p>
  <text:p>{{#Objectives}}</text:p><text:list text:style-name="L1"><text:list-item><text:p>{{Te<text:span text:style-name="T1">x</text:span>t}}</text:p></text:list-item></text:list><text:p>{{/Objectives}}</text:p>
  <text:p><text:a xlink:type="simple" xlink:href="https://example.org/minutes/{{Meeting ID}}">Minutes of {{Meeting ID}}</text:a></text:p>
  <table:table table:name="Attendance">
   <table:table-column table:number-columns-repeated="2"/>
   <table:table-header-rows><table:table-row><table:table-cell><text:p>No</text:p></table:table-cell><table:table-cell><text:p>Name</text:p></table:table-cell></table:table-row></table:table-header-rows>
   <table:table-row><table:table-cell><text:p>{{#Attendees}}{{No}}</text:p></table:table-cell><table:table-cell><text:p>{{Name}}{{/Attendees}}</text:p></table:table-cell></table:table-row>
  </table:table>
  <text:p/>
 </office:text></office:body>
</office:document>`;
  const source = path.join(dir, 'lo-template.fodt');
  fs.writeFileSync(source, fodt);
  execFileSync(sofficeCommand() as string, ['--headless', '--convert-to', 'docx', '--outdir', dir, source], {
    stdio: 'ignore',
  });
  return fs.readFileSync(path.join(dir, 'lo-template.docx'));
}

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A workbook folder with the template at `relative`, Meetings › Template of M-1 naming it. */
async function runWith(
  template: Buffer,
  relative: string,
  cell = relative,
  where: 'meeting' | 'settings' = 'meeting',
) {
  const dir = tempDir('word-templates-');
  const file = path.isAbsolute(relative) ? relative : path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, template);
  const before = { hash: hash(file), mtime: fs.statSync(file).mtimeMs };
  const sheets = smallWorkbook(4);
  if (where === 'meeting') {
    sheets.Meetings = sheets.Meetings.map((row, i) => [...row, i === 0 ? 'Template' : i === 1 ? cell : '']);
  } else sheets.Settings = [...sheets.Settings, ['Minutes template', cell] as Cell[]];
  const runtime = await openWorkbook(sheets, {
    outDir: path.join(dir, 'out'),
    workbookPath: path.join(dir, 'workbook.xlsx'),
  });
  const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
  const files = await runtime.save(path.join(dir, 'out', 'workbook.xlsx'));
  return { runtime, summary, file, before, files, dir };
}

const fixtures: [string, (dir: string) => Promise<Buffer> | Buffer][] = [
  ['made with the docx package', () => docxPackageTemplate()],
  ...(sofficeCommand()
    ? ([['made by LibreOffice', (dir: string) => libreOfficeTemplate(dir)]] as [
        string,
        (dir: string) => Buffer,
      ][])
    : []),
];

describe.each(fixtures)('a Word template %s', (_, make) => {
  let template: Buffer;
  beforeAll(async () => {
    template = await make(tempDir('word-fixture-'));
  }, 60_000);

  test('named in Meetings › Template (relative path): filled like a Google Doc, furniture kept, the file untouched', async () => {
    const { runtime, summary, file, before, files } = await runWith(template, 'templates/minutes.docx');
    const [made] = summary.documents;
    expect(made.problems).toEqual([]);
    const doc = storeOf(runtime).openDocument(made.documentId as string)!;
    expect(doc.getHeader()?.getText()).toBe('Test NGO – M-1');
    const footer = doc.getFooter()!.getChild(0) as FakeParagraph;
    expect(footer._children.map((c) => c.getType())).toEqual(['TEXT', 'UNSUPPORTED', 'TEXT', 'UNSUPPORTED']);
    const body = doc.getBody();
    expect((body.getChild(0) as FakeParagraph).getHeading()).toBe('HEADING1');
    expect(body.getChild(0).asParagraph().getText()).toMatch(/Partnership Meeting on Water/);
    expect(body.getText()).toContain('Facilitated by Mr. Chhorn Vatanak');
    const objectives = body.getListItems() as FakeListItem[];
    expect(objectives.map((o) => o.getText())).toEqual([
      'To introduce the guideline',
      'To discuss partnership',
    ]);
    expect(new Set(objectives.map((o) => o.getListId())).size).toBe(1);
    expect(objectives[0].getGlyphType()).toBe('NUMBER');
    const link = body.getParagraphs().find((p) => p.getText() === 'Minutes of M-1') as FakeParagraph;
    // The tag in the link's address is filled too.
    expect(link.editAsText().getLinkUrl(0)).toBe('https://example.org/minutes/M-1');
    const table = body.getTables()[0] as FakeTable;
    expect(table.getNumRows()).toBe(5);
    expect(table.getRow(0)._style.tableHeader).toBe(true);
    expect(table.getCell(4, 1).getText()).toBe('Person 4');
    // Never written into: the same bytes and time; no copy of it among the outputs.
    expect({ hash: hash(file), mtime: fs.statSync(file).mtimeMs }).toEqual(before);
    expect(files.filter((f) => /minutes\.docx$/i.test(f))).toEqual([]);
  });

  test('named in Settings › Minutes template by an absolute path', async () => {
    const absolute = path.join(tempDir('word-abs-'), 'Minutes template.docx');
    const { runtime, summary } = await runWith(template, absolute, absolute, 'settings');
    expect(summary.documents[0].problems).toEqual([]);
    const doc = storeOf(runtime).openDocument(summary.documents[0].documentId as string)!;
    expect(doc.getHeader()?.getText()).toBe('Test NGO – M-1');
  });
});

describe('a Word template that cannot be used gives a problem with a stable code naming the file', () => {
  const bad = async (body: string) =>
    docx.Packer.toBuffer(
      new docx.Document({ sections: [{ children: body.split('\n').map((t) => new docx.Paragraph(t)) }] }),
    );

  test.each([
    ['an unclosed section', '{{#Objectives}}{{Text}}', 'template-unclosed-section'],
    ['an unknown tag', '{{Title}} {{Nonsense field}}', 'template-unknown-field'],
  ])('%s', async (_, body, code) => {
    const { summary } = await runWith(await bad(body), 'bad.docx');
    expect(summary.documents[0].problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code, message: expect.stringContaining('bad.docx') }),
      ]),
    );
  });

  test.each([
    ['a missing file', null, /was not found/],
    ['a file that is not a Word file', Buffer.from('just text'), /not a zip package/],
  ])('%s', async (_, content, reason) => {
    const dir = tempDir('word-missing-');
    const sheets = smallWorkbook(2);
    sheets.Meetings = sheets.Meetings.map((row, i) => [
      ...row,
      i === 0 ? 'Template' : i === 1 ? 'missing.docx' : '',
    ]);
    if (content) fs.writeFileSync(path.join(dir, 'missing.docx'), content);
    const runtime = await openWorkbook(sheets, {
      outDir: path.join(dir, 'out'),
      workbookPath: path.join(dir, 'w.xlsx'),
    });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    expect(summary.documents[0].problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Meetings',
        row: 2,
        column: 'Template',
        code: 'template-word-file',
        message: expect.stringMatching(reason),
        fix: expect.stringContaining('upload the Word file to Drive'),
      }),
    ]);
    // The default template was used instead.
    expect(summary.documents[0].documentId).toBeDefined();
  });

  test('in a Khmer workbook the problem is said in Khmer, still naming the file', async () => {
    const dir = tempDir('word-missing-km-');
    const sheets = smallWorkbook(2);
    sheets.Meetings = sheets.Meetings.map((row, i) => [
      ...row,
      i === 0 ? 'Template' : i === 1 ? 'missing.docx' : '',
    ]);
    sheets.Settings = [['Setting', 'Value'], ...(sheets.Settings ?? []).slice(1), ['Language', 'km']];
    const runtime = await openWorkbook(sheets, {
      outDir: path.join(dir, 'out'),
      workbookPath: path.join(dir, 'w.xlsx'),
    });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    const [problem] = summary.documents[0].problems;
    expect(problem.code).toBe('template-word-file');
    expect(problemMessage(problem, 'km')).toMatch(
      /^មិនអាចប្រើគំរូ Word missing\.docx បានទេ \(.*was not found.*\)៖ ប្រើគំរូលំនាំដើម$/,
    );
    expect(problemFix(problem, 'km')).toMatch(/^នៅក្នុង Google Sheets សូមផ្ទុកឯកសារ Word ទៅ Drive/);
    // English readers get it as before.
    expect(problemMessage(problem, 'en')).toMatch(/^the Word template missing\.docx cannot be used \(/);
  });
});

test('Projects › Template names a report template of its own', async () => {
  const dir = tempDir('word-report-');
  fs.writeFileSync(
    path.join(dir, 'report.docx'),
    await docx.Packer.toBuffer(
      new docx.Document({ sections: [{ children: [new docx.Paragraph('Report on {{Title}}')] }] }),
    ),
  );
  const sheets = smallWorkbook(2);
  sheets.Projects = [
    ['Project ID', 'Title', 'Template'],
    ['P-1', 'Water for all', 'report.docx'],
  ];
  const runtime = await openWorkbook(sheets, {
    outDir: path.join(dir, 'out'),
    workbookPath: path.join(dir, 'w.xlsx'),
  });
  const summary = runtime.run('generateProgressReport', { projectId: 'P-1' }) as Summary;
  const doc = storeOf(runtime).openDocument(summary.documents[0].documentId as string)!;
  expect(doc.getBody().getText()).toBe('Report on Water for all');
});

test('what the offline copy of a Word template cannot keep is said in the run’s log', async () => {
  const template = await footnotedTemplate();
  const { runtime, summary } = await runWith(template, 'noted.docx');
  expect(summary.documents[0].problems).toEqual([]);
  expect(runtime.ui.logs.map((e) => e.text)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Word template noted\.docx: footnotes and endnotes not kept offline/),
    ]),
  );
});

test('the CLI’s --json output of minutes lists what a Word template lost', async () => {
  const template = await footnotedTemplate();
  const sheets = smallWorkbook(2);
  sheets.Meetings = sheets.Meetings.map((row, i) => [
    ...row,
    i === 0 ? 'Template' : i === 1 ? 'noted.docx' : '',
  ]);
  const runtime = await openWorkbook(sheets, { outDir: tempDir('word-json-') });
  const workbook = await saveToTemp(runtime, 'book.xlsx');
  const dir = path.dirname(workbook);
  fs.writeFileSync(path.join(dir, 'noted.docx'), template);
  const run = runCli(dir, 'minutes', 'book.xlsx', '--meeting', 'M-1', '--json', '--out', 'out');
  const output = JSON.parse(run.stdout) as { warnings: string[]; documents: { path: string | null }[] };
  expect(output.warnings).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Word template noted\.docx: footnotes/)]),
  );
  expect(output.documents[0].path).toMatch(/\.docx$/);
});

/** Word files imported as Drive imports them (import-docx.ts), and written back (docx.ts) without losing the furniture. */
import * as docx from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { attendeesTable, OBJECTIVES_NUMBERING, pageFooter } from '../../support/word-fixtures';
import { importDocx, DocxReadError } from '../../../src/offline/services/document/import-docx';
import { renderDocx } from '../../../src/offline/services/document/docx';
import { documentFromModel, documentToModel } from '../../../src/offline/services/document/serialize';
import type { FakeDocument } from '../../../src/offline/services/document/document';
import type { FakeParagraph, FakeListItem } from '../../../src/offline/services/document/paragraph';
import type { FakeTable } from '../../../src/offline/services/document/table';

/** A Word file with the furniture, made with the docx package (the way Word writes runs: a tag split in three). */
async function wordFile(): Promise<Buffer> {
  const document = new docx.Document({
    numbering: {
      config: [
        OBJECTIVES_NUMBERING,
        {
          reference: 'points',
          levels: [
            { level: 0, format: docx.LevelFormat.BULLET, text: '•', alignment: docx.AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new docx.Header({
            children: [
              new docx.Paragraph({
                alignment: docx.AlignmentType.RIGHT,
                children: [
                  new docx.TextRun('{{Org'),
                  new docx.TextRun({ text: 'anis', bold: true }),
                  new docx.TextRun('ation}}'),
                ],
              }),
            ],
          }),
        },
        footers: { default: pageFooter() },
        children: [
          new docx.Paragraph({
            heading: docx.HeadingLevel.HEADING_1,
            children: [new docx.TextRun('Objective')],
          }),
          new docx.Paragraph({
            numbering: { reference: 'objectives', level: 0 },
            children: [new docx.TextRun('{{#Objectives}}{{Text}}')],
          }),
          new docx.Paragraph({
            numbering: { reference: 'objectives', level: 1 },
            children: [new docx.TextRun('sub point{{/Objectives}}')],
          }),
          new docx.Paragraph({
            numbering: { reference: 'points', level: 0 },
            children: [new docx.TextRun('ចំណុច')],
          }),
          new docx.Paragraph({
            children: [
              new docx.TextRun('See '),
              new docx.ExternalHyperlink({
                link: 'https://example.org/{{ID}}',
                children: [new docx.TextRun('the site')],
              }),
            ],
          }),
          attendeesTable({ columnWidths: [1500, 4000], headerFill: 'D9E2F3' }),
        ],
      },
    ],
  });
  return docx.Packer.toBuffer(document);
}

const kinds = (doc: FakeDocument) => doc.getBody()._children.map((c) => c.getType());

function checkFurniture(doc: FakeDocument) {
  expect(doc.getHeader()?.getText()).toBe('{{Organisation}}');
  const header = doc.getHeader()!.getChild(0) as FakeParagraph;
  // One Text whose characters keep their own formatting.
  expect(header.getNumChildren()).toBe(1);
  expect(header.editAsText().isBold(5)).toBe(true);
  expect(header.editAsText().isBold(1)).toBeFalsy();
  expect(header.getAlignment()).toBe('RIGHT');
  const footer = doc.getFooter()!.getChild(0) as FakeParagraph;
  expect(footer._children.map((c) => c.getType())).toEqual(['TEXT', 'UNSUPPORTED', 'TEXT', 'UNSUPPORTED']);
  expect(
    footer._children.map((c) => (c as { _autoText?: string })._autoText ?? (c as FakeParagraph).getText()),
  ).toEqual(['Page ', 'PAGE_NUMBER', ' of ', 'PAGE_COUNT']);
  expect(kinds(doc)).toEqual([
    'PARAGRAPH',
    'LIST_ITEM',
    'LIST_ITEM',
    'LIST_ITEM',
    'PARAGRAPH',
    'TABLE',
    'PARAGRAPH',
  ]);
  const body = doc.getBody();
  expect((body.getChild(0) as FakeParagraph).getHeading()).toBe('HEADING1');
  const [first, second, bullet] = body.getListItems() as FakeListItem[];
  expect(first.getListId()).toBe(second.getListId());
  expect(bullet.getListId()).not.toBe(first.getListId());
  expect([first.getNestingLevel(), second.getNestingLevel()]).toEqual([0, 1]);
  expect(first.getGlyphType()).toBe('NUMBER');
  expect(bullet.getGlyphType()).toBe('BULLET');
  expect(first._levels?.[1]).toMatchObject({ glyphType: 'DECIMAL', glyphFormat: '%0.%1.' });
  expect(bullet.getText()).toBe('ចំណុច');
  const link = body.getChild(4) as FakeParagraph;
  expect(link.getText()).toBe('See the site');
  expect(link.editAsText().getLinkUrl(5)).toBe('https://example.org/{{ID}}');
  expect(link.editAsText().getLinkUrl(1)).toBeNull();
  const table = body.getChild(5) as FakeTable;
  expect(table.getRow(0)._style).toEqual({ tableHeader: true, preventOverflow: true });
  expect(table.getRow(1)._style).toEqual({ preventOverflow: true });
  expect(table.getCell(0, 0).getBackgroundColor()).toBe('#d9e2f3');
  expect(table.getColumnWidth(0)).toBe(75);
  expect(table.getCell(1, 1).getText()).toBe('{{Name}}{{/Attendees}}');
  expect([body.getPageWidth(), body.getPageHeight(), body.getMarginLeft(), body.getMarginTop()]).toEqual([
    595.3, 841.9, 56.7, 72,
  ]);
}

test('a Word file imports with its header, page fields, heading, lists, table rows, link and A4 page', async () => {
  const { doc, warnings } = importDocx(await wordFile(), 'doc-1', 'Template');
  expect(warnings).toEqual([]);
  checkFurniture(doc);
});

test('the furniture survives the model (JSON) and the .docx written offline', async () => {
  const { doc } = importDocx(await wordFile(), 'doc-1', 'Template');
  checkFurniture(documentFromModel(JSON.parse(JSON.stringify(documentToModel(doc)))));
  const again = importDocx(await renderDocx(doc), 'doc-2', 'Template');
  expect(again.warnings).toEqual([]);
  checkFurniture(again.doc);
});

const part = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`;
const packageOf = (body: string) =>
  zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(part(body)),
  });

test.each([
  ['an image', '<w:p><w:r><w:drawing/></w:r></w:p>', /images, drawings and text boxes/],
  ['a footnote', '<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>', /footnotes/],
  [
    'a merged cell',
    '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>',
    /merged table cells/,
  ],
  [
    'a date field',
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1/12/2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    /DATE fields \(kept as the text/,
  ],
  [
    'a tracked deletion',
    '<w:p><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:r><w:t>new</w:t></w:r></w:p>',
    /tracked deletions/,
  ],
])('%s is named in a warning, never dropped silently', (_, body, warning) => {
  const { warnings, doc } = importDocx(packageOf(body), 'd', 'T');
  expect(warnings).toEqual([expect.stringMatching(warning)]);
  expect(doc.getBody().getText()).not.toContain('old');
});

test('a field keeps the text it showed; a page field does not keep its cached number', () => {
  const { doc } = importDocx(
    packageOf(
      '<w:p><w:r><w:t>p. </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="DATE"><w:r><w:t>today</w:t></w:r></w:fldSimple></w:p>',
    ),
    'd',
    'T',
  );
  const paragraph = doc.getBody().getChild(0) as FakeParagraph;
  expect(paragraph._children.map((c) => c.getType())).toEqual(['TEXT', 'UNSUPPORTED', 'TEXT']);
  expect(paragraph.getText()).toBe('p. today');
});

test.each([
  ['not a zip', Buffer.from('plain text'), /not a zip package/],
  ['a zip without word/document.xml', zipSync({ 'a.txt': strToU8('x') }), /no word\/document.xml/],
  ['broken XML', zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }), /not well-formed XML/],
])('%s is refused with a clear message', (_, data, message) => {
  expect(() => importDocx(data, 'd', 'T')).toThrow(DocxReadError);
  expect(() => importDocx(data, 'd', 'T')).toThrow(message);
});

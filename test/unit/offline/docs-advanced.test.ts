/** The emulated advanced Docs service: Google's index model over DocumentApp's documents, strict requests. */
import { FakeDocumentApp, type FakeDocument } from '../../../src/offline/services/document';
import { FakeAdvancedDocs } from '../../../src/offline/services/docs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentToModel } from '../../../src/offline/services/document/serialize';
import { DriveStore } from '../../../src/offline/services/drive';

import D = GoogleAppsScript.Docs.Schema;

function setup() {
  const app = new FakeDocumentApp();
  const docs = new FakeAdvancedDocs(() => app);
  const doc = app.create('Minutes') as FakeDocument;
  return { app, docs, doc, id: doc.getId() };
}

const text0 = (element: D.StructuralElement) =>
  (element.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
const text = (element: D.StructuralElement) =>
  (element.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');

describe('Docs.Documents.get (emulated)', () => {
  test('UTF-16 indexes from 1 in the body, paragraph newlines, table structure, header segment from 0', () => {
    const { docs, doc, id } = setup();
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('ការប្រជុំ'); // Khmer: 9 code units, combining marks, no surrogates
    body.appendTable([
      ['a', 'bc'],
      ['', 'd'],
    ]);
    body.appendParagraph('😀 end'); // a surrogate pair: 2 code units
    doc.addHeader().getChild(0).asParagraph().setText('Head');
    const json = docs.Documents.get(id);
    const content = json.body!.content!;
    expect(content[0]).toMatchObject({ endIndex: 1, sectionBreak: {} });
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 11 });
    expect(text(content[1])).toBe('ការប្រជុំ\n');
    const table = content[2];
    expect(table.startIndex).toBe(11);
    const rows = table.table!.tableRows!;
    expect(rows[0].startIndex).toBe(12);
    expect(rows[0].tableCells![0]).toMatchObject({ startIndex: 13, endIndex: 16 });
    expect(rows[0].tableCells![0].content![0]).toMatchObject({ startIndex: 14, endIndex: 16 });
    expect(rows[0].tableCells![1]).toMatchObject({ startIndex: 16, endIndex: 20 });
    expect(rows[1]).toMatchObject({ startIndex: 20, endIndex: 26 });
    expect(table.endIndex).toBe(27);
    expect(content[3]).toMatchObject({ startIndex: 27, endIndex: 34 });
    expect(json.documentStyle!.defaultHeaderId).toBe('kix.header');
    const header = (json.headers as Record<string, D.Header>)['kix.header'];
    expect(header.content![0]).toMatchObject({ startIndex: 0, endIndex: 5 });
  });

  test('an unknown document is the API 404; an unknown argument the API error', () => {
    const { docs, id } = setup();
    expect(() => docs.Documents.get('nope')).toThrow(
      'API call to docs.documents.get failed with error: Requested entity was not found.',
    );
    expect(() => docs.Documents.get(id, { feilds: 'body' })).toThrow(/Unknown name "feilds"/);
  });
});

describe('Docs.Documents.batchUpdate (emulated)', () => {
  test('insertText takes the style of the text before; a newline makes a paragraph of the same style and list', () => {
    const { docs, doc, id } = setup();
    const item = doc.getBody().appendListItem('Point');
    item.editAsText().setBold(0, 1, true);
    item.setSpacingAfter(3);
    // body: [empty paragraph 1..2][Point\n 2..8]
    docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 4 }, text: 'X\nY' } }] }, id);
    const items = doc.getBody().getListItems();
    expect(items.map((i) => i.getText())).toEqual(['PoX', 'Yint']);
    expect(items[1].getListId()).toBe(items[0].getListId());
    expect(items[1].getSpacingAfter()).toBe(3);
    expect(items[0].editAsText().isBold(2)).toBe(true); // after "o", bold
    expect(items[1].editAsText().isBold(0)).toBe(true);
    expect(items[1].editAsText().isBold(1)).toBeNull(); // "i" kept its own style
  });

  test('strict indexes: inside a table, past the segment, deleting the last newline', () => {
    const { docs, doc, id } = setup();
    doc.getBody().appendTable([['a']]);
    doc.getBody().appendParagraph('z');
    // [empty 1..2][table 2..8: row 3, cell 4, "a\n" 5..7, end 7..8][z\n 8..10]
    expect(() =>
      docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 2 }, text: 'x' } }] }, id),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.',
    );
    expect(() =>
      docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 10 }, text: 'x' } }] }, id),
    ).toThrow('Index 10 must be less than the end index of the referenced segment, 10.');
    expect(() =>
      docs.Documents.batchUpdate(
        { requests: [{ deleteContentRange: { range: { startIndex: 8, endIndex: 10 } } }] },
        id,
      ),
    ).toThrow('The range cannot include the newline character at the end of the segment.');
    expect(() =>
      docs.Documents.batchUpdate({ requests: [{ insertTxt: { location: { index: 1 }, text: 'x' } }] }, id),
    ).toThrow(/Unknown name "insertTxt" at 'requests\[0\]'/);
    expect(() =>
      docs.Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: 1, offset: 2 }, text: 'x' } }] },
        id,
      ),
    ).toThrow(/Unknown name "offset"/);
    expect(() => docs.Documents.batchUpdate({ requests: [{ insertInlineImage: { uri: 'x' } }] }, id)).toThrow(
      'not emulated: Docs.Documents.batchUpdate insertInlineImage',
    );
    // The table cell text at 5 is a paragraph: allowed.
    docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 5 }, text: 'b' } }] }, id);
    expect(doc.getBody().getTables()[0].getCell(0, 0).getText()).toBe('ba');
  });

  test('atomic: a failing request leaves the document as it was', () => {
    const { docs, doc, id } = setup();
    doc.getBody().appendParagraph('keep');
    const before = documentToModel(doc);
    expect(() =>
      docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { location: { index: 1 }, text: 'changed' } },
            { deleteContentRange: { range: { startIndex: 1, endIndex: 999 } } },
          ],
        },
        id,
      ),
    ).toThrow(/Invalid requests\[1\]\.deleteContentRange: Index 998 must be less than the end index/);
    expect(documentToModel(doc)).toEqual(before);
  });

  test('styles, bullets and table rows do what DocumentApp does', () => {
    const { docs, doc, id } = setup();
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('Title');
    const table = body.appendTable([['Name'], ['{{x}}']]);
    table.getCell(1, 0).setBackgroundColor('#d9e2f3');
    body.appendParagraph('\tsub');
    // [Title\n 1..7][table 7..: row 8 cell 9 "Name\n" 10..15, row 15 cell 16 "{{x}}\n" 17..23, end 23..24][\tsub\n 24..29]
    docs.Documents.batchUpdate(
      {
        requests: [
          {
            createParagraphBullets: {
              range: { startIndex: 24, endIndex: 29 },
              bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
            },
          },
          {
            insertTableRow: {
              tableCellLocation: { tableStartLocation: { index: 7 }, rowIndex: 1 },
              insertBelow: true,
            },
          },
          {
            updateTextStyle: {
              range: { startIndex: 1, endIndex: 3 },
              textStyle: { bold: true, fontSize: { magnitude: 18, unit: 'PT' } },
              fields: 'bold,fontSize',
            },
          },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 2 },
              paragraphStyle: { namedStyleType: 'HEADING_1', alignment: 'CENTER' },
              fields: 'namedStyleType,alignment',
            },
          },
        ],
      },
      id,
    );
    const title = body.getChild(0).asParagraph();
    expect(title.getHeading()).toBe('HEADING1');
    expect(title.getAlignment()).toBe('CENTER');
    expect(title.editAsText().getFontSize(1)).toBe(18);
    expect(title.editAsText().isBold(2)).toBeNull();
    const rows = body.getTables()[0];
    expect(rows.getNumRows()).toBe(3);
    expect(rows.getCell(2, 0).getBackgroundColor()).toBe('#d9e2f3');
    expect(rows.getCell(2, 0).getText()).toBe('');
    const item = body.getListItems()[0];
    expect(item.getText()).toBe('sub'); // the leading tab gave the nesting level and went
    expect(item.getNestingLevel()).toBe(1);
    expect(item.getGlyphType()).toBe('HOLLOW_BULLET');
    expect(() =>
      docs.Documents.batchUpdate(
        {
          requests: [
            { updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true } } },
          ],
        },
        id,
      ),
    ).toThrow(/At least one field must be listed in 'fields'/);
  });

  test('whole paragraphs and tables are deleted; a header is edited through its segmentId', () => {
    const { docs, doc, id } = setup();
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('one');
    body.appendTable([['a'], ['b']]);
    body.appendParagraph('two');
    body.appendParagraph('three');
    doc.addHeader().getChild(0).asParagraph().setText('Head');
    // [one\n 1..5][table 5..: row 6 cell 7 "a\n" 8..10, row 10 cell 11 "b\n" 12..14, end 14..15][two\n 15..19][three\n 19..25]
    docs.Documents.batchUpdate(
      {
        requests: [
          { deleteTableRow: { tableCellLocation: { tableStartLocation: { index: 5 }, rowIndex: 1 } } },
        ],
      },
      id,
    );
    expect(body.getTables()[0].getNumRows()).toBe(1);
    // [one 1..5][table 5..11][two 11..15][three 15..21]
    docs.Documents.batchUpdate(
      {
        requests: [
          { deleteContentRange: { range: { startIndex: 5, endIndex: 15 } } },
          { insertText: { location: { index: 4, segmentId: 'kix.header' }, text: 'er' } },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 2 },
              paragraphStyle: { alignment: 'END' },
              fields: '*',
            },
          },
        ],
      },
      id,
    );
    expect(body.getText()).toBe('one\nthree');
    expect(body.getChild(0).asParagraph().getAlignment()).toBe('RIGHT');
    expect(doc.getHeader()?.getText()).toBe('Header');
    expect(() =>
      docs.Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: 0, segmentId: 'kix.nope' }, text: 'x' } }] },
        id,
      ),
    ).toThrow('The segment ID kix.nope was not found.');
  });

  test('the API reads the saved document: DocumentApp changes not yet saved are not seen', () => {
    const store = new DriveStore(fs.mkdtempSync(path.join(os.tmpdir(), 'docs-api-')));
    const app = new FakeDocumentApp(store);
    const docs = new FakeAdvancedDocs(() => app);
    const doc = app.create('Saved') as FakeDocument;
    doc.getBody().getChild(0).asParagraph().setText('unsaved');
    const text = (json: D.Document) => json.body!.content!.slice(1).map(text0).join('');
    expect(text(docs.Documents.get(doc.getId()))).toBe('\n');
    doc.saveAndClose();
    expect(text(docs.Documents.get(doc.getId()))).toBe('unsaved\n');
  });
});

/**
 * Fitting numbered columns through the Docs API (template/columns.ts): the requests, applied by
 * the emulated Docs API, make the document the planner predicted (same text and indexes, so that
 * the fill planned on it is right) and the one DocumentApp's fit (refill.ts) makes; and the
 * emulation's table requests are strict.
 */
import { fitGroupColumns } from '../../../../src/documents/refill';
import { fitColumns, widthsWithin } from '../../../../src/documents/template/columns';
import { FakeAdvancedDocs } from '../../../../src/offline/services/docs';
import { FakeDocumentApp, type FakeDocument } from '../../../../src/offline/services/document';
import { documentFromModel, documentToModel } from '../../../../src/offline/services/document/serialize';
import { normalModel } from '../../../support/document-model';

import D = GoogleAppsScript.Docs.Schema;

const FIELDS = ['Group', 'Points'];

function setup(nested = false) {
  const app = new FakeDocumentApp();
  const docs = new FakeAdvancedDocs(() => app);
  const doc = app.create('Template') as FakeDocument;
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Group work');
  const table = body.appendTable([
    ['Theme', '{{Group 1}}', '{{Group 2}}'],
    ['{{#Themes}}{{Theme}}', '', ''],
  ]);
  table.setColumnWidth(0, 110).setColumnWidth(1, 60).setColumnWidth(2, 70);
  const row = table.getRow(1);
  row.getCell(1).getChild(0).asParagraph().setText('Points:');
  row.getCell(1).appendListItem('{{Points 1}}').editAsText().setBold(true);
  row.getCell(2).getChild(0).asParagraph().setText('{{Points 2}}{{/Themes}}');
  if (nested) row.getCell(0).appendTable([['{{Group 1}}']]);
  body.appendParagraph('After the table');
  doc.saveAndClose();
  return { app, docs, doc };
}

/** Structure and text of a body, with every index: what the fill planner reads. */
function shape(content: D.StructuralElement[] | undefined): unknown {
  return (content ?? []).map((element) => ({
    start: element.startIndex,
    end: element.endIndex,
    text: element.paragraph?.elements?.map((e) => e.textRun?.content ?? '').join(''),
    parts: element.paragraph?.elements?.map((e) => [e.startIndex, e.endIndex]),
    bullet: element.paragraph?.bullet ? (element.paragraph.bullet.nestingLevel ?? 0) : undefined,
    rows: element.table?.tableRows?.map((row) => ({
      start: row.startIndex,
      end: row.endIndex,
      cells: row.tableCells?.map((cell) => ({
        start: cell.startIndex,
        end: cell.endIndex,
        content: shape(cell.content),
      })),
    })),
  }));
}

describe('fitColumns: numbered columns fitted in the batch', () => {
  test.each([1, 2, 3, 5])('%i groups: the predicted document, and the one DocumentApp fits', (count) => {
    const { docs, doc } = setup();
    const copy = documentFromModel(documentToModel(doc));
    const before = docs.Documents.get(doc.getId());
    const untouched = JSON.stringify(before);
    const fitted = fitColumns(before, [{ fields: FIELDS, count }]);
    // The input JSON is not changed.
    expect(JSON.stringify(before)).toBe(untouched);
    expect(fitted.supported).toBe(true);
    if (count === 2) expect(fitted.requests).toEqual([]);
    if (fitted.requests.length) docs.Documents.batchUpdate({ requests: fitted.requests }, doc.getId());
    const after = docs.Documents.get(doc.getId());
    expect(shape(fitted.doc.body?.content)).toEqual(shape(after.body?.content));
    expect(after.body?.content?.[2].table?.columns).toBe(1 + count);
    const header = (doc.getBody().getTables()[0].getRow(0).getText() as string).split('\t');
    expect(header.slice(1)).toEqual(Array.from({ length: count }, (_, n) => `{{Group ${n + 1}}}`));
    // The row loop still closes in the last group's cell.
    expect(doc.getBody().getTables()[0].getRow(1).getText()).toMatch(
      new RegExp(`\\{\\{Points ${count}\\}\\}\\{\\{/Themes\\}\\}$`),
    );
    fitGroupColumns(copy as unknown as GoogleAppsScript.Document.Document, count);
    expect(normalModel(documentToModel(doc), { eraseLists: true })).toEqual(
      normalModel(documentToModel(copy), { eraseLists: true }),
    );
  });

  test('copies keep their model column’s width; removed columns take theirs away', () => {
    const { docs, doc } = setup();
    docs.Documents.batchUpdate(
      { requests: fitColumns(docs.Documents.get(doc.getId()), [{ fields: FIELDS, count: 4 }]).requests },
      doc.getId(),
    );
    const widths = (id: string) =>
      docs.Documents.get(id).body?.content?.[2].table?.tableStyle?.tableColumnProperties?.map(
        (p) => p.width?.magnitude ?? null,
      );
    expect(widths(doc.getId())).toEqual([110, 60, 70, 70, 70]);
    const other = setup();
    other.docs.Documents.batchUpdate(
      {
        requests: fitColumns(other.docs.Documents.get(other.doc.getId()), [{ fields: FIELDS, count: 1 }])
          .requests,
      },
      other.doc.getId(),
    );
    expect(
      other.docs.Documents.get(
        other.doc.getId(),
      ).body?.content?.[2].table?.tableStyle?.tableColumnProperties?.map((p) => p.width?.magnitude ?? null),
    ).toEqual([110, 60]);
  });

  test('a table the copies make wider than the page is narrowed to it, columns alike, both ways', () => {
    const { docs, doc } = setup();
    const copy = documentFromModel(documentToModel(doc));
    const body = doc.getBody();
    const available = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
    const fitted = fitColumns(docs.Documents.get(doc.getId()), [{ fields: FIELDS, count: 8 }]);
    docs.Documents.batchUpdate({ requests: fitted.requests }, doc.getId());
    const widths = docs.Documents.get(
      doc.getId(),
    ).body?.content?.[2].table?.tableStyle?.tableColumnProperties?.map(
      (p) => p.width?.magnitude ?? 0,
    ) as number[];
    // 110 + 60 + 7 × 70 = 660 pt before: now within the margins, in the same proportions.
    expect(widths).toHaveLength(9);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(available);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(available - 2);
    expect(widths[0] / widths[2]).toBeCloseTo(110 / 70, 1);
    // The prediction the fill is planned on says the same widths.
    expect(
      fitted.doc.body?.content?.[2].table?.tableStyle?.tableColumnProperties?.map((p) => p.width?.magnitude),
    ).toEqual(widths);
    // DocumentApp's fit (refill.ts) gives the same table.
    fitGroupColumns(copy as unknown as GoogleAppsScript.Document.Document, 8);
    const table = copy.getBody().getTables()[0];
    expect(widths.map((_, c) => table.getColumnWidth(c))).toEqual(widths);
  });

  test.each([
    [[100, 200], 400, undefined],
    [[100, 300, 200], 300, [50, 150, 100]],
    // A column never narrower than the least width (34 pt); the others share the rest.
    [[20, 200, 200], 300, [34, 133, 133]],
  ])('widthsWithin(%j, %i)', (widths, available, expected) => {
    expect(widthsWithin(widths, available)).toEqual(expected);
  });

  test('a table inside a table with columns to fit is left to DocumentApp', () => {
    const { docs, doc } = setup(true);
    const fitted = fitColumns(docs.Documents.get(doc.getId()), [{ fields: FIELDS, count: 3 }]);
    expect(fitted.supported).toBe(false);
    expect(fitted.requests).toEqual([]);
  });
});

describe('the emulated table requests are strict', () => {
  const location = (index: number, columnIndex: number) => ({
    tableStartLocation: { index },
    rowIndex: 0,
    columnIndex,
  });
  const tableStart = (docs: FakeAdvancedDocs, id: string) =>
    docs.Documents.get(id).body?.content?.find((e) => e.table)?.startIndex as number;

  test.each([
    [
      { insertTableColumn: { tableCellLocation: { ...location(0, 7) }, insertRight: true } },
      /Invalid column index 7/,
    ],
    [{ insertTableColumn: { tableCellLocation: location(0, 0), after: true } }, /Unknown name "after"/],
    [{ deleteTableColumn: { tableCellLocation: { ...location(0, 0), rowIndex: 9 } } }, /Invalid row index 9/],
    [
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 0 },
          columnIndices: [1],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 4, unit: 'PT' } },
          fields: 'widthType,width',
        },
      },
      /at least 5 points/,
    ],
    [
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 0 },
          tableColumnProperties: { widthType: 'FIXED_WIDTH' },
        },
      },
      /At least one field/,
    ],
  ])('%j is refused', (request, message) => {
    const { docs, doc } = setup();
    const start = tableStart(docs, doc.getId());
    const json = JSON.parse(JSON.stringify(request).replace(/"index":0/g, `"index":${start}`)) as D.Request;
    const before = documentToModel(doc);
    expect(() => docs.Documents.batchUpdate({ requests: [json] }, doc.getId())).toThrow(message);
    expect(documentToModel(doc)).toEqual(before);
  });

  test('a column is inserted left or right of the reference cell, in its style, and deleted', () => {
    const { docs, doc } = setup();
    const start = tableStart(docs, doc.getId());
    docs.Documents.batchUpdate(
      {
        requests: [
          { insertTableColumn: { tableCellLocation: location(start, 0), insertRight: false } } as D.Request,
          { deleteTableColumn: { tableCellLocation: location(start, 3) } },
        ],
      },
      doc.getId(),
    );
    const table = doc.getBody().getTables()[0];
    expect(table.getRow(0).getText().split('\t')).toEqual(['', 'Theme', '{{Group 1}}']);
    // The new column takes the reference column's width.
    expect(table.getColumnWidth(0)).toBe(110);
    expect(table.getColumnWidth(1)).toBe(110);
    expect(table.getColumnWidth(2)).toBe(60);
  });
});

/**
 * The emulated Charts service (bar charts from data tables, rendered to PNG) and inline images in
 * the emulated document model: DocumentApp, the saved model, the .docx written and read back.
 */
import { unzipSync } from 'fflate';
import { FakeCharts } from '../../../src/offline/services/charts';
import { barChartSvg, ticks, wrap } from '../../../src/offline/services/charts/render';
import { FakeDocumentApp, type FakeDocument } from '../../../src/offline/services/document';
import { FakeInlineImage, imageInfo } from '../../../src/offline/services/document/inline-image';
import { renderDocx } from '../../../src/offline/services/document/docx';
import { importDocx } from '../../../src/offline/services/document/import-docx';
import { documentFromModel, documentToModel } from '../../../src/offline/services/document/serialize';
import { FakeAdvancedDocs } from '../../../src/offline/services/docs';
import { openScript } from '../../support/runtime';

function chart(
  charts = new FakeCharts(),
  labels = ['IND-1.1 CBOs mapped: 621 of 600 CBOs', 'IND-1.3: 81.25%'],
) {
  const table = charts
    .newDataTable()
    .addColumn(charts.ColumnType.STRING, 'Indicator')
    .addColumn(charts.ColumnType.NUMBER, 'Target')
    .addColumn(charts.ColumnType.NUMBER, 'Actual');
  labels.forEach((label, i) => table.addRow([label, 100, 80 + 20 * i]));
  return charts
    .newBarChart()
    .setDataTable(table)
    .setTitle('Progress to target by indicator')
    .setXAxisTitle('Percent of target')
    .setYAxisTitle('Indicator')
    .setColors(['#A5A5A5', '#2E75B6'])
    .setLegendPosition(charts.Position.BOTTOM)
    .setRange(0, 120)
    .setDimensions(600, 178)
    .build();
}

describe('Charts (emulated)', () => {
  test('a bar chart as a PNG of the size asked for', () => {
    const blob = chart().getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    expect(blob.getName()).toBe('Progress to target by indicator.png');
    expect(imageInfo(blob._data)).toEqual({ contentType: 'image/png', width: 600, height: 178 });
  });

  test('the drawing has the title, each category, each series, the axis and the legend', () => {
    const svg = barChartSvg(chart()._spec);
    for (const text of ['Progress to target by indicator', 'Percent of target', 'Target', 'Actual', '120'])
      expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain('IND-1.3: 81.25%');
    // Two categories × two series.
    expect(svg.match(/fill="#2E75B6"/g)).toHaveLength(2 + 1); // bars + legend key
    expect(svg.match(/fill="#A5A5A5"/g)).toHaveLength(2 + 1);
  });

  test("hAxis.ticks: the value axis's gridlines where given, labelled with their f", () => {
    const charts = new FakeCharts();
    const table = charts
      .newDataTable()
      .addColumn(charts.ColumnType.STRING, 'Indicator')
      .addColumn(charts.ColumnType.NUMBER, 'Actual');
    table.addRow(['IND-1', 90]);
    const built = charts
      .newBarChart()
      .setDataTable(table)
      .setRange(0, 120)
      .setOption('hAxis.ticks', [{ v: 0, f: '០' }, { v: 60, f: '៦០' }, 120])
      .build();
    const svg = barChartSvg(built._spec);
    for (const label of ['០', '៦០', '120']) expect(svg).toContain(`>${label}</text>`);
    // Only the gridlines given: no 20, 40, … of the chart's own.
    expect(svg).not.toContain('>20</text>');
    expect(svg).not.toContain('>60</text>');
    expect(() => charts.newBarChart().setOption('hAxis.ticks', 'auto')).toThrow(/Invalid argument/);
    expect(() => charts.newBarChart().setOption('hAxis.ticks', [{ f: 'x' }])).toThrow(/Invalid argument/);
    // Options not emulated are refused, not ignored as Google would.
    expect(() => charts.newBarChart().setOption('vAxis.format', '#%')).toThrow(
      'not emulated: BarChartBuilder.setOption(vAxis.format)',
    );
  });

  test('Khmer labels render (resvg shapes them with the system Khmer font)', () => {
    const png = chart(new FakeCharts(), ['សូចនាករ ១.១: ៦២១ នៃ ៦០០', 'សូចនាករ ១.៣']).getBlob();
    expect(imageInfo(png._data)).toMatchObject({ width: 600, height: 178 });
  });

  test('strict: rows must match the columns, a chart needs its data, PNG only', () => {
    const charts = new FakeCharts();
    const table = charts
      .newDataTable()
      .addColumn(charts.ColumnType.STRING, 'A')
      .addColumn(charts.ColumnType.NUMBER, 'B');
    expect(() => table.addRow(['x'])).toThrow(/1 values for 2 columns/);
    expect(() => table.addRow([1, 2] as never)).toThrow(/not a STRING/);
    expect(() => charts.newBarChart().build()).toThrow(/data table/);
    expect(() => charts.newBarChart().setDimensions(0, 10)).toThrow(/dimensions/);
    expect(() => chart().getAs('image/svg+xml')).toThrow('not emulated: Chart.getAs(image/svg+xml)');
  });

  test('gridlines in round steps from 0; long labels wrap in two lines, cut with "…"', () => {
    expect(ticks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(0, 120)).toEqual([0, 20, 40, 60, 80, 100, 120]);
    expect(ticks(0, 260)).toHaveLength(ticks(0, 260).length);
    expect(ticks(0, 260)[ticks(0, 260).length - 1]).toBeGreaterThanOrEqual(260);
    const lines = wrap(
      'Share of target CBOs that advocated to national government and local authorities',
      150,
      12,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });
});

describe('inline images in the document model', () => {
  const png = () => chart().getBlob();

  test('Paragraph.insertInlineImage: an image between texts, its size in pixels, alt text', () => {
    const app = new FakeDocumentApp();
    const doc = app.create('Report') as FakeDocument;
    const paragraph = doc.getBody().getChild(0).asParagraph();
    paragraph.setText('Before');
    const image = paragraph.appendInlineImage(png());
    image.setAltTitle('Chart').setAltDescription('IND-1.1 103.5%');
    expect(image.getType()).toBe('INLINE_IMAGE');
    expect([image.getWidth(), image.getHeight()]).toEqual([600, 178]);
    expect(paragraph.getNumChildren()).toBe(2);
    expect(paragraph.getText()).toBe('Before');
    expect(() => paragraph.appendInlineImage({ getBlob: () => ({}) } as never)).toThrow(/image/);
  });

  test('the image survives the saved model, the .docx written offline and its import', async () => {
    const app = new FakeDocumentApp();
    const doc = app.create('Report') as FakeDocument;
    const paragraph = doc.getBody().getChild(0).asParagraph();
    paragraph.setText('Chart: ');
    paragraph.appendInlineImage(png()).setAltTitle('Chart').setAltDescription('IND-1.1 103.5%');
    const saved = documentFromModel(JSON.parse(JSON.stringify(documentToModel(doc))));
    const again = saved._body._children[0] as unknown as { _children: unknown[] };
    const image = again._children[1] as FakeInlineImage;
    expect(image).toBeInstanceOf(FakeInlineImage);
    expect([image._width, image._height, image._altTitle]).toEqual([600, 178, 'Chart']);

    const docx = await renderDocx(saved);
    const files = unzipSync(docx);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(imageInfo(Buffer.from(files[media[0]]))).toEqual({
      contentType: 'image/png',
      width: 600,
      height: 178,
    });
    const xml = Buffer.from(files['word/document.xml']).toString('utf8');
    // 600 × 178 pixels at 9525 EMU a pixel (96 dpi).
    expect(xml).toContain(`cx="${600 * 9525}" cy="${178 * 9525}"`);
    expect(xml).toContain('descr="IND-1.1 103.5%"');

    const imported = importDocx(docx, 'doc-2', 'Report');
    expect(imported.warnings).toEqual([]);
    const read = imported.doc._body._children[0] as unknown as { _children: unknown[] };
    const back = read._children.find((c) => c instanceof FakeInlineImage) as FakeInlineImage;
    expect([back._width, back._height, back._altDescription]).toEqual([600, 178, 'IND-1.1 103.5%']);
    expect(back._image.data.equals(image._image.data)).toBe(true);
  });

  test('the Docs API counts an image as one index, as an inline object', () => {
    const app = new FakeDocumentApp();
    const doc = app.create('Report') as FakeDocument;
    const paragraph = doc.getBody().getChild(0).asParagraph();
    paragraph.setText('ab');
    paragraph.appendInlineImage(png());
    const json = new FakeAdvancedDocs(() => app).Documents.get(doc.getId());
    const elements = json.body!.content![1].paragraph!.elements!;
    expect(elements[1]).toMatchObject({ startIndex: 3, endIndex: 4, inlineObjectElement: {} });
    expect(json.body!.content![1].endIndex).toBe(5);
  });
});

test('from Apps Script: Charts and InlineImage counted and priced; other chart kinds are not emulated', async () => {
  const runtime = await openScript(`
function make() {
  var table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, 'I').addColumn(Charts.ColumnType.NUMBER, 'T');
  table.addRow(['a', 100]);
  var blob = Charts.newBarChart().setDataTable(table).setDimensions(300, 120).build().getAs('image/png');
  var doc = DocumentApp.create('Chart');
  var image = doc.getBody().appendParagraph('').appendInlineImage(blob);
  return [image.getWidth(), image.getHeight(), String(image.getType())];
}
function line() { return Charts.newLineChart(); }
`);
  expect(runtime.run('make')).toEqual([300, 120, 'INLINE_IMAGE']);
  expect(runtime.calls.byMethod()).toMatchObject({
    'Charts.newDataTable': 1,
    'DataTableBuilder.addRow': 1,
    'Chart.getAs': 1,
    'Paragraph.appendInlineImage': 1,
  });
  expect(() => runtime.run('line')).toThrow('not emulated: Charts.newLineChart');
});

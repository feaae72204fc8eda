/**
 * The progress report's chart of target against actual, end to end offline: the example workbook's
 * report has the chart as a PNG in its .docx, under the indicator tracking table, once (also after
 * a rerun), and the run's calls for it do not grow with the indicators.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { MAX_CHART_BARS } from '../../src/documents/report/chart';
import { imageInfo } from '../../src/offline/services/document/inline-image';
import { openWorkbookFile, tempDir, type OfflineRuntime } from '../support/runtime';
import { docxFiles } from './documents-support';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'cbo-tracker-example.xlsx');

interface Summary {
  documents: { documentId?: string; problems: { code: string }[] }[];
}

async function reportDocx(runtime: OfflineRuntime) {
  await runtime.flush();
  const file = docxFiles(path.join(runtime.outDir, 'docs')).find((f) => /P-2019-01 Progress report/.test(f));
  if (!file) throw new Error('no report .docx');
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const images = await Promise.all(
    media.map(async (name) => Buffer.from(await zip.file(name)!.async('uint8array'))),
  );
  return { media, xml, types, rels, images };
}

describe('the report chart (example workbook, offline)', () => {
  let runtime: OfflineRuntime;
  let first: Awaited<ReturnType<typeof reportDocx>>;
  let calls: Record<string, number>;
  let summary: Summary;

  beforeAll(async () => {
    runtime = await openWorkbookFile(EXAMPLE, { outDir: tempDir('report-chart-') });
    summary = runtime.run('generateProgressReport', { projectId: 'P-2019-01' }) as Summary;
    calls = runtime.calls.byMethod() as Record<string, number>;
    first = await reportDocx(runtime);
  });

  test('one PNG in the .docx, of the size the plan gave, declared as image/png', () => {
    expect(summary.documents[0].problems.map((p) => p.code)).not.toContain('chart-failed');
    expect(first.media).toHaveLength(1);
    const info = imageInfo(first.images[0]);
    expect(info).toMatchObject({ contentType: 'image/png', width: 600 });
    // The example has five indicators with a target: 110 px of frame and 34 px a pair of bars.
    expect(info?.height).toBe(110 + 34 * 5);
    expect(first.types).toContain('<Default ContentType="image/png" Extension="png"/>');
    expect(first.rels).toMatch(/Type="[^"]*\/image" Target="media\/[^"]+\.png"/);
    expect(first.xml).toContain(`cx="${600 * 9525}" cy="${280 * 9525}"`);
  });

  test('under the indicator tracking table, with its alternative text, and no tag left', () => {
    const table = first.xml.lastIndexOf('</w:tbl>');
    const drawing = first.xml.indexOf('<w:drawing>');
    expect(drawing).toBeGreaterThan(table);
    expect(first.xml).toMatch(
      /descr="Progress to target; IND-1\.1 CBOs mapped: 621 of 600 CBOs \(103\.5%\);/,
    );
    expect(first.xml).not.toContain('{{Chart}}');
    expect(first.xml).not.toContain('Chart note');
  });

  test('a fixed handful of calls: one chart rendered, one document opened for it', () => {
    expect(calls['Chart.getAs']).toBe(1);
    expect(calls['Paragraph.insertInlineImage']).toBe(1);
    expect(calls['DataTableBuilder.addRow']).toBe(5);
    expect(calls['DataTableBuilder.addRow']).toBeLessThanOrEqual(MAX_CHART_BARS);
    // An English chart keeps the chart's own axis.
    expect(calls['BarChartBuilder.setOption']).toBeUndefined();
  });

  test('a rerun updates the report: still one chart, the same picture', async () => {
    runtime.calls.reset();
    runtime.run('generateProgressReport', { projectId: 'P-2019-01' });
    const again = await reportDocx(runtime);
    expect(again.media).toHaveLength(1);
    expect(again.images[0].equals(first.images[0])).toBe(true);
    expect((again.xml.match(/<w:drawing>/g) ?? []).length).toBe(1);
  });
});

test('in a Khmer report (Settings › Language = km): Khmer words and digits in the chart and its text', async () => {
  const runtime = await openWorkbookFile(EXAMPLE, { outDir: tempDir('report-chart-km-') });
  runtime.evaluate(`(function () {
    var sheet = SpreadsheetApp.getActive().getSheetByName('Settings');
    var values = sheet.getDataRange().getValues();
    for (var i = 0; i < values.length; i++) if (values[i][0] === 'Language') sheet.getRange(i + 1, 2).setValue('km');
  })();`);
  const summary = runtime.run('generateProgressReport', { projectId: 'P-2019-01' }) as Summary;
  expect(summary.documents[0].problems.map((p) => p.code)).not.toContain('chart-failed');
  await runtime.flush();
  const file = docxFiles(path.join(runtime.outDir, 'docs')).find((f) => /P-2019-01 របាយការណ៍វឌ្ឍនភាព/.test(f));
  expect(file).toBeDefined();
  const zip = await JSZip.loadAsync(fs.readFileSync(file as string));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toMatch(/descr="វឌ្ឍនភាពធៀបនឹងគោលដៅ; IND-1\.1 [^"]*៖ ៦២១ នៃ ៦០០[^"]*\(១០៣\.៥%\)/);
  // The value axis in Khmer digits: its gridlines given with Khmer labels, once.
  expect(runtime.calls.byMethod()['BarChartBuilder.setOption']).toBe(1);
  expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
});

test('when the chart cannot be made, the report keeps its table, loses the tag and says why', async () => {
  const runtime = await openWorkbookFile(EXAMPLE, { outDir: tempDir('report-chart-failed-') });
  // As on a machine where the image cannot be drawn: every Charts call fails.
  runtime.evaluate('Charts = undefined;');
  const summary = runtime.run('generateProgressReport', { projectId: 'P-2019-01' }) as Summary;
  const problems = summary.documents[0].problems as { code: string; message?: string }[];
  expect(problems.filter((p) => p.code === 'chart-failed')).toHaveLength(1);
  const report = await reportDocx(runtime);
  expect(report.media).toHaveLength(0);
  expect(report.xml).not.toContain('{{Chart}}');
  expect(report.xml).toContain('</w:tbl>');
});

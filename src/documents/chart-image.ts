/**
 * Apps Script glue: the report's chart of target against actual (planned by report/chart.ts) as
 * an image in the filled Google Doc. The Charts service builds the image from a data table, on
 * Google's side, without a spreadsheet (an EmbeddedChart would need a sheet of the user's
 * workbook) and without a scope of its own
 * (https://developers.google.com/apps-script/reference/charts). The Docs API inserts images only
 * from a public URL (InsertInlineImageRequest.uri), so DocumentApp puts the blob where the fill
 * left the `{{Chart}}` tag: one openById, a fixed handful of element calls, one saveAndClose;
 * the data table has one row per bar, at most MAX_CHART_BARS.
 */
import { CHART_TAG, type ChartPlan } from './report/chart';

const PNG = 'image/png';
/** The tag as a findText pattern (RE2). */
const CHART_PATTERN = CHART_TAG.replace(/[{}]/g, '\\$&');

/** The chart's PNG, built by the Charts service. */
export function chartBlob(plan: ChartPlan): GoogleAppsScript.Base.Blob {
  const table = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, plan.categoryTitle)
    .addColumn(Charts.ColumnType.NUMBER, plan.series[0])
    .addColumn(Charts.ColumnType.NUMBER, plan.series[1]);
  for (const bar of plan.bars) table.addRow([bar.label, bar.target, bar.actual]);
  const builder = Charts.newBarChart()
    .setDataTable(table)
    .setTitle(plan.title)
    .setXAxisTitle(plan.valueTitle)
    .setYAxisTitle(plan.categoryTitle)
    .setColors(plan.colours)
    .setLegendPosition(Charts.Position.BOTTOM)
    .setRange(0, plan.max)
    .setDimensions(plan.width, plan.height);
  // A Khmer report's axis labels in Khmer digits (Google Charts' hAxis.ticks: { v, f } per gridline).
  if (plan.ticks) builder.setOption('hAxis.ticks', plan.ticks);
  return builder.build().getAs(PNG);
}

/**
 * Replaces each `{{Chart}}` the fill left in the document with the chart's image (the tag alone
 * when there is no image to put there). Returns the error message when the chart could not be
 * made (the tags are removed all the same), else undefined.
 */
export function insertChart(documentId: string, plan: ChartPlan): string | undefined {
  const doc = DocumentApp.openById(documentId);
  const body = doc.getBody();
  let found = body.findText(CHART_PATTERN);
  if (!found) return undefined;
  let blob: GoogleAppsScript.Base.Blob | undefined;
  let failure: string | undefined;
  try {
    blob = chartBlob(plan);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  while (found) {
    const text = found.getElement().asText();
    const start = found.getStartOffset();
    const parent = text.getParent();
    const paragraph =
      parent.getType() === DocumentApp.ElementType.LIST_ITEM ? parent.asListItem() : parent.asParagraph();
    // The image goes where the tag was: before the text when the tag starts it, else after it.
    const at = paragraph.getChildIndex(text) + (start === 0 ? 0 : 1);
    text.deleteText(start, found.getEndOffsetInclusive());
    if (blob) {
      const image = paragraph.insertInlineImage(at, blob);
      image.setAltTitle(plan.title);
      image.setAltDescription(plan.description);
    }
    found = body.findText(CHART_PATTERN);
  }
  doc.saveAndClose();
  return failure;
}

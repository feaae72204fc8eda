/**
 * The report's target-against-actual chart, planned from the rows of the indicator tracking table
 * (iptt.ts): one pair of bars per indicator total that has a target and a progress figure, both
 * as a percent of the target (the target's bar is 100%), so that indicators counted in different
 * units (CBOs, members, a share in %) stand on one axis. Each category names the indicator and
 * its figure to date against its target in the indicator's own unit ("IND-1.1 CBOs mapped:
 * 621 of 600 CBOs"), in the document's language (Khmer digits in a Khmer report). Pure: the glue
 * (documents/chart-image.ts) builds the image with the Charts service from this plan, the offline
 * runtime renders the same builder calls (offline/services/charts).
 */
import { digitsOf } from '../../i18n/digits';
import type { Language } from '../../i18n/language';
import { t, type Params } from '../../i18n/messages';
import type { IpttRow } from './iptt';

/** At most this many indicators in the chart (a readable page); the note says when there are more. */
export const MAX_CHART_BARS = 15;
/** The chart's width in pixels: the A4 text width (451 pt) at 96 dpi, a little less. */
export const CHART_WIDTH = 600;
/** The room above and below the bars (title, axis, legend) and the height of one indicator's pair. */
const CHART_FRAME = 110;
const BAR_PAIR = 34;
/** A category label longer than this is cut with "…" (the table above has the whole name). */
const LABEL_LENGTH = 42;

/** The value that stands for a "Chart" tag in the data: the fill leaves it, the glue puts the image there. */
export const CHART_TAG = '{{Chart}}';

export interface ChartBar {
  /** "IND-1.1 CBOs mapped: 621 of 600 CBOs". */
  label: string;
  /** Always 100: the target is the whole of the bar. */
  target: number;
  /** Progress to target in percent (103.5). */
  actual: number;
}

export interface ChartPlan {
  title: string;
  /** Titles of the category axis (the indicators) and the value axis (percent of target). */
  categoryTitle: string;
  valueTitle: string;
  /** The two series: Target, Actual. */
  series: [string, string];
  colours: [string, string];
  bars: ChartBar[];
  /** The value axis runs from 0 to this (100 or more, a multiple of 20). */
  max: number;
  /**
   * In Khmer, the value axis's gridlines with their labels in Khmer digits (0 … max, `f` the
   * label), set as the chart's `hAxis.ticks`: the chart writes its own axis numbers in Latin
   * digits. Absent in English (the chart's own axis).
   */
  ticks?: { v: number; f: string }[];
  width: number;
  height: number;
  /** A sentence under the chart when indicators were left out ('' when none were). */
  note: string;
  /** Alternative text of the image (screen readers, the Docs "Alt text"). */
  description: string;
}

function shorten(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length
    ? text
    : `${chars
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

/** The progress of a row as a number, when the row is a total with a target and a progress figure. */
function progressOf(row: IpttRow): number | undefined {
  if (row.breakdown !== '' || !row.target) return undefined;
  const value = row.progressValue;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A percent as the document shows it: "81.25%" (Khmer digits in Khmer). */
function percent(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  return digitsOf(`${rounded}%`, language);
}

/** The step between the value axis's gridlines: 20, 40, 60, 100, 200, 500 … percent, at most 6 steps. */
const tickStep = (max: number) =>
  [20, 40, 60, 100, 200, 500].find((s) => max / s <= 6) ?? Math.ceil(max / 6000) * 1000;

/**
 * The chart of a report's indicators, or undefined when no indicator has a target and a figure
 * (no chart is better than an empty one).
 */
export function chartPlan(rows: readonly IpttRow[], language: Language): ChartPlan | undefined {
  const charted = rows.filter((row) => progressOf(row) !== undefined);
  if (charted.length === 0) return undefined;
  const shown = charted.slice(0, MAX_CHART_BARS);
  const bars = shown.map((row) => {
    const actual = progressOf(row) as number;
    const name = row.indicator ? `${row.id} ${row.indicator}` : row.id;
    const figures = row.cumulative
      ? `${row.cumulative} ${t(language, 'text.of')} ${row.target}`
      : percent(actual, language);
    const label = t(language, 'text.labelled', { label: shorten(name, LABEL_LENGTH), text: figures });
    return { label, target: 100, actual };
  });
  const highest = Math.max(100, ...bars.map((bar) => bar.actual));
  let max = Math.ceil(highest / 20) * 20;
  let ticks: ChartPlan['ticks'];
  if (language === 'km') {
    // At most 7 gridlines (0 and 6 steps).
    const step = tickStep(max);
    max = Math.ceil(max / step) * step;
    ticks = [];
    for (let v = 0; v <= max; v += step) ticks.push({ v, f: digitsOf(String(v), language) });
  }
  const say = (key: Parameters<typeof t>[1], params?: Params) => t(language, key, params);
  const description = [
    say('report.progress'),
    ...bars.map((bar) => `${bar.label} (${percent(bar.actual, language)})`),
  ].join('; ');
  return {
    title: say('report.progress'),
    categoryTitle: say('report.indicator'),
    valueTitle: say('report.chart.axis'),
    series: [say('report.target'), say('report.actual')],
    colours: ['#A5A5A5', '#2E75B6'],
    bars,
    max,
    ...(ticks ? { ticks } : {}),
    width: CHART_WIDTH,
    height: CHART_FRAME + BAR_PAIR * bars.length,
    note:
      charted.length > shown.length
        ? say('report.chart.more', { shown: shown.length, all: charted.length })
        : '',
    description,
  };
}

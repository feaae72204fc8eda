/** The report model as template data: the field names a report template may use. */
import { digitsOf, longDateOf } from '../../i18n/digits';
import { dayFromParts, dayParts } from '../../workbook/dates';
import type { Language } from '../../i18n/language';
import type { TemplateData } from '../template/types';
import { chartPlan, CHART_TAG } from './chart';
import type { IpttRow } from './iptt';
import type { ReportItem, ReportModel } from './model';
import { blocksData } from '../blocks-data';
import { narrativeBlocks } from '../text';

export function reportData(
  model: ReportModel,
  extra: { organisation?: string; date?: string } = {},
): TemplateData {
  const language = model.language;
  const chart = chartPlan(model.indicators, language);
  return {
    // {{IND-1.3}}, {{IND-1.3.Target}} … anywhere in the template, as in report items.
    ...model.indicatorFields,
    'Project ID': model.projectId,
    Organisation: extra.organisation ?? '',
    // The report is dated in long form, as the organisation's reports are: "1 December 2026".
    Date: longDate(extra.date ?? '', language),
    'ISO date': extra.date ?? '',
    'Project number':
      language === 'en' ? model.projectNumber : digitsOf(String(model.projectNumber), language),
    Title: model.title,
    Period: digitsOf(model.period, language),
    Project: model.projectLine,
    'Outcome number':
      model.outcomeNumber === undefined ? '' : digitsOf(String(model.outcomeNumber), language),
    'Outcome label': model.outcomeLabel,
    Outcome: model.outcome,
    'Strategic plan': model.strategicPlan,
    'Strategic objective label': model.strategicObjectiveLabel,
    'Strategic objective': model.strategicObjective,
    'Reporting period': model.reportingPeriod,
    'Report period start': dayText(model.reportPeriod.start, language),
    'Report period end': dayText(model.reportPeriod.end, language),
    'Project objective': model.projectObjective,
    Funding: model.funding,
    'Target areas': model.targetAreas,
    Sections: model.sections.map((s) => ({
      Heading: s.heading,
      Section: s.section,
      Items: s.items.map((item) => itemData(item, language)),
    })),
    'Has indicators': model.indicators.length > 0,
    'Has periods': model.periodColumns.length > 0,
    ...numbered(periodField, model.periodColumns),
    // Totals, each with its breakdowns; and the rows of the table, breakdowns under their total.
    Indicators: totalsWithBreakdowns(model.indicators),
    'Indicator rows': model.indicators.map(indicatorRow), // not a sheet name: the template field
    // The chart of target against actual (chart.ts): the fill leaves {{Chart}} where the tag was,
    // and the chart's image replaces it (documents/chart-image.ts); blank when there is no chart.
    'Has chart': chart !== undefined,
    Chart: chart ? CHART_TAG : '',
    'Chart note': chart?.note ?? '',
  };
}

/** Field names of the numbered IPTT columns: "Period 1" (its label) and, in each row, "Actual 1". */
export const periodField = (n: number) => `Period ${n}`;
export const actualField = (n: number) => `Actual ${n}`;

function numbered(field: (n: number) => string, values: readonly string[]): TemplateData {
  const data: TemplateData = {};
  values.forEach((value, i) => (data[field(i + 1)] = value));
  return data;
}

function indicatorRow(row: IpttRow): TemplateData {
  return {
    ID: row.id,
    Indicator: row.indicator,
    Breakdown: row.breakdown !== '',
    Baseline: row.baseline,
    Target: row.target,
    Unit: row.unit,
    // "Actual" is the figure to date (as before the period columns).
    Actual: row.cumulative,
    Cumulative: row.cumulative,
    Progress: row.progress,
    ...numbered(actualField, row.actuals),
  };
}

function totalsWithBreakdowns(rows: readonly IpttRow[]): TemplateData[] {
  const totals: TemplateData[] = [];
  for (const row of rows) {
    if (row.breakdown === '') totals.push({ ...indicatorRow(row), Breakdowns: [] });
    else (totals[totals.length - 1]?.Breakdowns as TemplateData[] | undefined)?.push(indicatorRow(row));
  }
  return totals;
}

function dayText(day: number | undefined, language: Language): string {
  return day === undefined ? '' : longDateOf(dayParts(day), language);
}

/** "2026-12-01" → "1 December 2026" ("១ ធ្នូ ២០២៦" in a Khmer report); anything else as given. */
function longDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const day = match ? dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  return day === undefined ? digitsOf(iso, language) : longDateOf(dayParts(day), language);
}

/**
 * A report item: `Text` as typed (citations filled); `Lead`, its first lines, and `Paragraphs`,
 * the lines after them as blocks (blocks-data.ts: "១." / "1." numbered, "២.១" under them, "- "
 * bullets), so that a list typed in an item is a list under the item.
 */
function itemData(item: ReportItem, language: Language): TemplateData {
  const blocks = narrativeBlocks(item.text);
  let lead = 0;
  while (lead < blocks.length && blocks[lead].kind === 'paragraph') lead++;
  return {
    Number: item.number,
    Text: item.text,
    Lead: blocks
      .slice(0, lead)
      .map((block) => block.text)
      .join('\n'),
    Paragraphs: blocksData(blocks.slice(lead), language),
  };
}

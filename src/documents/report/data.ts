/** The report model as template data: the field names a report template may use. */
import { digitsOf, longDateOf } from '../../i18n/digits';
import { dayFromParts, dayParts } from '../../workbook/dates';
import type { Language } from '../../i18n/language';
import type { TemplateData } from '../template/types';
import type { ReportModel } from './model';

export function reportData(
  model: ReportModel,
  extra: { organisation?: string; date?: string } = {},
): TemplateData {
  const language = model.language;
  return {
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
      Items: s.items.map((item) => ({ Number: item.number, Text: item.text })),
    })),
    'Has indicators': model.indicators.length > 0,
    Indicators: model.indicators.map((i) => ({
      ID: i.id,
      Indicator: i.indicator,
      Baseline: i.baseline,
      Target: i.target,
      Actual: i.actual,
      Progress: i.progress,
    })),
  };
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

/** The report model as template data: the field names a report template may use. */
import type { TemplateData } from '../template/types';
import type { ReportModel } from './model';

export function reportData(
  model: ReportModel,
  extra: { organisation?: string; date?: string } = {},
): TemplateData {
  return {
    'Project ID': model.projectId,
    Organisation: extra.organisation ?? '',
    Date: extra.date ?? '',
    'Project number': model.projectNumber,
    Title: model.title,
    Period: model.period,
    Project: model.projectLine,
    Outcome: model.outcome,
    'Strategic objective': model.strategicObjective,
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

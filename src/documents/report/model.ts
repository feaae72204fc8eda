/**
 * The progress report of one project, built from Projects, Report items, Indicator results
 * (and Indicators, to tell an unknown indicator from one not computed yet), shaped like the
 * reference report (shared/reference/progress-report-2020.txt). Pure.
 */
import { digitsOf } from '../../i18n/digits';
import { figureOf } from '../../i18n/figures';
import type { Language } from '../../i18n/language';
import { localized, MESSAGES, t } from '../../i18n/messages';
import { messageOf, reasonMessage, said } from '../../i18n/problems';
import { dayParts, parseDay, type Day } from '../../workbook/dates';
import { foldKey, Vocabulary } from '../../workbook/matching';
import type { Table, TableRow } from '../../workbook/table';
import { noRowWithId, sheetMissing } from '../problems';
import type { Problem } from '../../workbook/problem';
import { cell, idsOf, listValues, orderKey, requiredProblems, rowsFor, text } from '../sources';
import { documentLanguage } from '../minutes/model';
import { SHEET } from '../../workbook/contract';
import type { SheetValues } from '../../indicators/engine';
import {
  columnPeriod,
  computeWithPeriods,
  defaultPeriod,
  ipttRows,
  khmerPlaceNames,
  numberText,
  periodColumns,
  sheetFigures,
  type FigureSet,
  type IpttRow,
  type Period,
} from './iptt';
import {
  outcomeLabel,
  periodLine,
  projectLine,
  readFunding,
  readReportPeriod,
  strategicObjectiveLabel,
  progressText,
  wholeNumber,
} from './heading';

export interface ReportSources {
  /**
   * The sheets the indicators engine reads (Indicators, Settings and the sources), as getValues()
   * returns them: the IPTT's period columns, and the figures of a report with a report period.
   */
  indicatorSheets?: SheetValues;
  /** Today (Settings › Time zone): the table's periods stop here when the project runs on. */
  today?: Day;
  projects?: Table;
  reportItems?: Table;
  indicatorResults?: Table;
  indicators?: Table;
  lists?: Table;
  timeZone: string;
  /** Settings › Language: the language of reports whose Projects row names none. */
  language?: Language;
}

export interface ReportItem {
  /** "1.4": project number, then a running number across the report (as the reference). */
  number: string;
  section: string;
  /** The item's text with indicator citations replaced by their results. */
  text: string;
  row: number;
}

export interface ReportSection {
  /** As in Lists › Report section. */
  section: string;
  /** "Activities and Results" */
  heading: string;
  items: ReportItem[];
}

export interface ReportModel {
  /** The document's language: Projects › Language, else Settings › Language. */
  language: Language;
  projectId: string;
  row: number;
  /** Position of the project in Projects (1, 2, ...): "Project#1", items 1.1, 1.2 ... */
  projectNumber: number;
  title: string;
  /** "2019-2022" from Start and End. */
  period: string;
  /** "Project#1: Citizens' Voices …, 2019-2022" */
  projectLine: string;
  /** Projects › Outcome number (undefined when blank or not a whole number). */
  outcomeNumber?: number;
  /** "Outcome One:" ("Outcome:" without a number). */
  outcomeLabel: string;
  outcome: string;
  /** Projects › Strategic plan: "API Strategic Plan 2019-23". */
  strategicPlan: string;
  /** "Objective of the API Strategic Plan 2019-23:" ("Objective of the Strategic Plan:" without a name). */
  strategicObjectiveLabel: string;
  strategicObjective: string;
  /** Projects › Report period start/end (either may be open). */
  reportPeriod: { start?: Day; end?: Day };
  /** "1 January 2020 – 31 December 2020"; '' without a report period. */
  reportingPeriod: string;
  projectObjective: string;
  /** "649,300 EUR donated by BfdW and DCA" */
  funding: string;
  targetAreas: string;
  sections: ReportSection[];
  /** The IPTT's rows: each indicator's total then its breakdowns. */
  indicators: IpttRow[];
  /** The IPTT's actual columns ("2019", "2020" or "Q1 2020" …). */
  periodColumns: string[];
  /**
   * Template fields of each indicator: `IND-1.3` (the figure a report item cites) and
   * `IND-1.3.Indicator`, `.Baseline`, `.Target`, `.Actual` (to date), `.Progress`, `.Unit`.
   */
  indicatorFields: Record<string, string>;
  document: string;
}

export interface ReportResult {
  model?: ReportModel;
  problems: Problem[];
}

/** A computed indicator total as read back from `Indicator results`. */
export interface IndicatorTotal {
  id: string;
  indicator: string;
  display: string;
  baseline: string;
  target: string;
  progress: string;
  /** False for an indicator the last run could not compute (its Display says why). */
  computed: boolean;
  /**
   * False for a computed total without a value (a percent of nothing: its Display says "no
   * value: ..."): a figure a donor report cannot print.
   */
  hasValue?: boolean;
  /** Its row in Indicator results (where a problem about it points). */
  row?: number;
}

const CITATION = /\{\{\s*([^{}]*?)\s*\}\}/g;

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

const KNOWN_SECTIONS = [
  'report.section.activities',
  'report.section.lessons',
  'report.section.challenges',
  'report.section.wayForward',
] as const;

/**
 * "Activities and results" → "Activities and Results", "The way forward" → "The Way Forward";
 * in a Khmer report the usual sections take their Khmer heading ("សកម្មភាព និងលទ្ធផល"), others stay as typed.
 */
export function sectionHeading(section: string, language: Language = 'en'): string {
  if (language === 'km') {
    const known = KNOWN_SECTIONS.find((key) => foldKey(MESSAGES[key].en) === foldKey(section));
    return known ? t('km', known) : section;
  }
  return section
    .split(/(\s+)/)
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word.toLowerCase())
        ? word.toLowerCase()
        : word.replace(/^[a-z]/, (c) => c.toUpperCase()),
    )
    .join('');
}

/** The template fields of each indicator (see ReportModel.indicatorFields). */
function indicatorFields(
  rows: readonly IpttRow[],
  totals: ReadonlyMap<string, IndicatorTotal>,
  defined: ReadonlySet<string>,
  language: Language,
): Record<string, string> {
  const fields: Record<string, string> = {};
  const where = { sheet: 'Template', row: 0, column: '' };
  for (const row of rows) {
    if (!row.id) continue;
    // As a report item cites it; a marker when it has no figure (the tag itself is then no problem of the data).
    fields[row.id] = resolveCitations(`{{${row.id}}}`, totals, defined, where, language).text;
    fields[`${row.id}.Indicator`] = row.indicator;
    fields[`${row.id}.Baseline`] = row.baseline;
    fields[`${row.id}.Target`] = row.target;
    fields[`${row.id}.Actual`] = row.cumulative;
    fields[`${row.id}.Progress`] = row.progress;
    fields[`${row.id}.Unit`] = row.unit;
  }
  return fields;
}

/** The totals of computed figures, as citations read them. */
function totalsOf(figures: FigureSet): Map<string, IndicatorTotal> {
  const totals = new Map<string, IndicatorTotal>();
  for (const [key, f] of figures) {
    totals.set(key, {
      id: f.id,
      indicator: f.indicator,
      display: f.total?.display ?? f.failed ?? '',
      baseline: numberText(f.total?.baseline ?? ''),
      target: numberText(f.total?.target ?? ''),
      progress: progressText(f.total?.progress ?? ''),
      computed: f.total !== undefined,
      hasValue: f.total !== undefined && f.total.value !== '',
    });
  }
  return totals;
}

/** Totals (blank Breakdown) of `Indicator results`, by folded ID. */
export function indicatorTotals(results: Table | undefined): Map<string, IndicatorTotal> {
  const totals = new Map<string, IndicatorTotal>();
  if (!results) return totals;
  for (const row of results.rows) {
    const id = text(results, row, 'ID');
    if (!id || text(results, row, 'Breakdown') !== '' || totals.has(foldKey(id))) continue;
    totals.set(foldKey(id), {
      id,
      indicator: text(results, row, 'Indicator'),
      display: text(results, row, 'Display'),
      baseline: numberText(cell(results, row, 'Baseline')),
      target: numberText(cell(results, row, 'Target')),
      progress: progressText(cell(results, row, 'Progress to target')),
      // A failed indicator's row has no Numerator (its Display gives the reason).
      computed: text(results, row, 'Numerator') !== '',
      hasValue: text(results, row, 'Value') !== '',
      row: row.rowNumber,
    });
  }
  return totals;
}

/**
 * Replaces `{{IND-1.3}}` citations by the indicator's latest total. An unknown indicator, or
 * one with no computed result, keeps a visible marker and is reported; braces around words with
 * spaces that name no indicator are left as typed.
 */
export function resolveCitations(
  itemText: string,
  totals: ReadonlyMap<string, IndicatorTotal>,
  defined: ReadonlySet<string>,
  where: { sheet: string; row: number; column: string },
  language: Language = 'en',
): { text: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const resolved = itemText.replace(CITATION, (tag: string, name: string) => {
    const total = totals.get(foldKey(name));
    // "{{an aside}}" with spaces that names no indicator is text, kept as typed.
    if (!total && !defined.has(foldKey(name)) && /\s/.test(name)) return tag;
    if (total && total.computed && total.display && total.hasValue === false) {
      problems.push({
        severity: 'error',
        ...where,
        value: name,
        code: 'indicator-without-value',
        ...said(localized('doc.noFigure', { id: name, display: total.display })),
      });
      return t(language, 'report.marker', { id: name, why: t(language, 'report.noValue') });
    }
    if (total && total.computed && total.display) return figureOf(total.display, language);
    const known = total !== undefined || defined.has(foldKey(name));
    const because =
      total && !total.computed && total.display ? localized('doc.because', { why: total.display }) : '';
    problems.push({
      severity: 'error',
      ...where,
      value: name,
      code: known ? 'indicator-not-computed' : 'unknown-indicator',
      ...said(
        known
          ? localized('doc.notComputed', { id: name, because })
          : localized('doc.unknownIndicator', { id: name }),
      ),
    });
    const why = t(language, known ? 'report.notComputed' : 'report.unknownIndicator');
    return t(language, 'report.marker', { id: name, why });
  });
  return { text: resolved, problems };
}

export function buildReport(sources: ReportSources, projectId: string): ReportResult {
  const problems: Problem[] = [];
  const { projects } = sources;
  if (!projects) return { problems: [sheetMissing(SHEET.projects)] };
  const rows = rowsFor(projects, 'Project ID', projectId);
  if (rows.length === 0) {
    return {
      problems: [noRowWithId(projects, 'Project ID', 'project', projectId)],
    };
  }
  const row = rows[0];
  const id = text(projects, row, 'Project ID');
  const language = documentLanguage(
    projects,
    row.rowNumber,
    text(projects, row, 'Language'),
    sources.language,
  );
  problems.push(...language.problems);
  const lang = language.language;
  const projectNumber = idsOf(projects, 'Project ID').findIndex((p) => foldKey(p) === foldKey(id)) + 1;
  problems.push(...requiredProblems(projects, row, ['Title'], 'warning'));

  const funding = readFunding(projects, row, problems, lang);
  const day = (header: string): Day | undefined => {
    const parsed = parseDay(cell(projects, row, header), sources.timeZone);
    if (parsed.status === 'invalid') {
      problems.push({
        severity: 'warning',
        sheet: projects.sheetName,
        row: row.rowNumber,
        column: projects.headerText(header),
        value: text(projects, row, header),
        code: 'not-a-date',
        ...said(reasonMessage(parsed.reason)),
      });
    }
    return parsed.status === 'ok' ? parsed.value : undefined;
  };
  const projectStart = day('Start');
  const projectEnd = day('End');
  const years = [projectStart, projectEnd]
    .map((d) => (d === undefined ? '' : String(dayParts(d).year)))
    .filter(Boolean);
  const reportPeriod = readReportPeriod(projects, row, day, problems);
  const outcomeNumber = wholeNumber(cell(projects, row, 'Outcome number'));
  if (outcomeNumber === undefined && text(projects, row, 'Outcome number') !== '') {
    problems.push({
      severity: 'warning',
      sheet: projects.sheetName,
      row: row.rowNumber,
      column: projects.headerText('Outcome number'),
      value: text(projects, row, 'Outcome number'),
      code: 'not-a-number',
      ...said(localized('doc.outcomeNumber')),
    });
  }
  const strategicPlan = text(projects, row, 'Strategic plan');
  const period = [...new Set(years)].join('-');
  const title = text(projects, row, 'Title');

  // Indicators known by definition, and their computed totals
  const defined = new Set(idsOf(sources.indicators, 'ID').map((i) => foldKey(i)));
  const hasReportPeriod = reportPeriod.start !== undefined || reportPeriod.end !== undefined;
  const sheets = sources.indicatorSheets;
  // With a report period, the indicators without a period of their own count that period.
  const cited =
    sheets && hasReportPeriod
      ? computeWithPeriods(sheets, sources.timeZone, (own) => defaultPeriod(own, reportPeriod))
      : undefined;
  const totals = cited ? totalsOf(cited) : indicatorTotals(sources.indicatorResults);

  // Items, grouped by section in the order of Lists › Report section
  const listOrder = listValues(sources.lists, 'Report section');
  const vocabulary = new Vocabulary(listOrder);
  const sectionOrder = [...vocabulary.values()];
  const bySection = new Map<string, { row: TableRow; order: number; index: number }[]>();
  const items = sources.reportItems;
  if (items) {
    rowsFor(items, 'Project ID', id).forEach((r, index) => {
      const missing = requiredProblems(items, r, ['Section', 'Text'], 'warning');
      if (missing.length > 0) {
        problems.push(
          ...missing.map((p) => ({ ...p, ...said(localized('doc.itemLeftOut', { message: messageOf(p) })) })),
        );
        return;
      }
      const typed = text(items, r, 'Section');
      let section = vocabulary.match(typed)?.canonical;
      if (!section) {
        if (listOrder.length > 0) {
          problems.push({
            severity: 'warning',
            sheet: items.sheetName,
            row: r.rowNumber,
            column: items.headerText('Section'),
            value: typed,
            code: 'unknown-list-value',
            ...said(localized('doc.sectionNotInList')),
          });
        }
        section = sectionOrder.find((s) => foldKey(s) === foldKey(typed)) ?? typed;
        if (!sectionOrder.includes(section)) sectionOrder.push(section);
      }
      const list = bySection.get(section) ?? [];
      list.push({ row: r, order: orderKey(cell(items, r, 'Order')), index });
      bySection.set(section, list);
    });
  }
  const sections: ReportSection[] = [];
  let running = 0;
  for (const section of sectionOrder) {
    const list = bySection.get(section);
    if (!items || !list || list.length === 0) continue;
    list.sort((a, b) => a.order - b.order || a.index - b.index);
    sections.push({
      section,
      heading: sectionHeading(section, lang),
      items: list.map(({ row: r }) => {
        const resolved = resolveCitations(
          text(items, r, 'Text'),
          totals,
          defined,
          { sheet: items.sheetName, row: r.rowNumber, column: items.headerText('Text') },
          lang,
        );
        problems.push(...resolved.problems);
        const number = digitsOf(`${projectNumber}.${++running}`, lang);
        return { number, section, text: resolved.text, row: r.rowNumber };
      }),
    });
  }

  // Indicators table (IPTT): actuals per year or quarter from the project's start to the end of
  // the report, cumulative to date, progress to target.
  const rangeEnd = reportPeriod.end ?? projectEnd;
  const range: Period = {
    start: projectStart ?? reportPeriod.start,
    end:
      rangeEnd !== undefined && sources.today !== undefined && !reportPeriod.end
        ? Math.min(rangeEnd, sources.today)
        : rangeEnd,
  };
  const columns = sheets ? periodColumns(range, lang) : [];
  let cumulative: FigureSet = cited ?? sheetFigures(sources.indicatorResults);
  if (sheets && hasReportPeriod && (range.start !== reportPeriod.start || range.end !== reportPeriod.end))
    cumulative = computeWithPeriods(sheets, sources.timeZone, (own) => defaultPeriod(own, range));
  const columnFigures = sheets
    ? columns.map((column) =>
        computeWithPeriods(sheets, sources.timeZone, (own) => columnPeriod(own, column)),
      )
    : [];
  // A Khmer report names the places of breakdown rows as Geography does in Khmer (the engine
  // reads Geography for any disaggregated indicator, so it is here without another read).
  const geography = lang === 'km' ? sheets?.[SHEET.geography] : undefined;
  const indicators = ipttRows({
    indicators: sources.indicators,
    cumulative,
    columns: columnFigures,
    language: lang,
    ...(geography ? { places: khmerPlaceNames(geography) } : {}),
  });
  const unperiodic = new Set<string>();
  for (const set of columnFigures) {
    for (const [key, figures] of set) {
      if (!figures.failed || unperiodic.has(key) || !cumulative.get(key)?.total) continue;
      unperiodic.add(key);
      problems.push({
        severity: 'warning',
        sheet: SHEET.indicators,
        row: null,
        column: 'Period start',
        value: figures.id,
        code: 'indicator-period-failed',
        ...said(localized('doc.periodFailed', { id: figures.id, why: figures.failed })),
      });
    }
  }
  for (const figure of totals.values()) {
    if (!figure.computed || figure.hasValue !== false) continue;
    problems.push({
      severity: 'error',
      sheet: SHEET.indicatorResults,
      row: figure.row ?? null,
      column: 'Value',
      value: figure.id,
      code: 'indicator-without-value',
      ...said(localized('doc.noTableFigure', { id: figure.id, display: figure.display })),
    });
  }
  if (sources.indicators) {
    const table = sources.indicators;
    if (totals.size === 0 && table.rows.length > 0) {
      problems.push({
        severity: 'warning',
        sheet: SHEET.indicatorResults,
        row: null,
        column: null,
        value: '',
        code: 'no-indicator-results',
        ...said(localized('doc.noResults')),
      });
    }
  }

  return {
    model: {
      language: lang,
      projectId: id,
      row: row.rowNumber,
      projectNumber,
      title,
      period,
      projectLine: projectLine(projectNumber, title || id, period, lang),
      outcomeNumber,
      outcomeLabel: outcomeLabel(outcomeNumber, lang),
      outcome: text(projects, row, 'Outcome'),
      strategicPlan,
      strategicObjectiveLabel: strategicObjectiveLabel(strategicPlan, lang),
      strategicObjective: text(projects, row, 'Strategic objective'),
      reportPeriod,
      reportingPeriod: periodLine(reportPeriod, lang),
      projectObjective: text(projects, row, 'Project objective'),
      funding,
      targetAreas: text(projects, row, 'Target areas'),
      sections,
      indicators,
      periodColumns: columns.map((column) => column.label),
      indicatorFields: indicatorFields(indicators, totals, defined, lang),
      document: text(projects, row, 'Document'),
    },
    problems,
  };
}

export {
  fundingLine,
  outcomeLabel,
  periodLine,
  progressText,
  projectLine,
  strategicObjectiveLabel,
} from './heading';

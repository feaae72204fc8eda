/**
 * The indicator engine: from the sheets' values to results, the rows behind each figure and the
 * problems found. Pure: the Apps Script glue and the documents feature hand in `getValues()` arrays.
 *
 * Decisions (README › Indicators):
 * - percent: the denominator rows are the source rows in the period that match Denominator filter
 *   (blank: all rows); the numerator rows are the denominator rows that ALSO match Filter. With
 *   Sum of, the value is the ratio of the sums (Σ Sum of over numerator rows / Σ Denominator sum of,
 *   or Sum of again, over denominator rows), never an average of ratios.
 * - sums add up readable numbers; blank cells add nothing; unreadable cells are skipped and noted.
 * - Progress to target = (value − baseline) / (target − baseline) × 100, baseline 0 when blank;
 *   totals only.
 * - a definition with an Error is "failed": no entry in results, a row in the sheet saying why.
 */
import { localized, say } from '../i18n/messages';
import { said } from '../i18n/problems';
import {
  ADVOCACY,
  CBOS,
  GEOGRAPHY,
  INDICATORS,
  LISTS,
  MEETINGS,
  PARTNERS,
  SETTINGS,
  SHEET,
} from '../workbook/contract';
import { DEFAULT_TIME_ZONE, today, zonedParts } from '../workbook/dates';
import { readSettings } from '../workbook/settings';
import { Table } from '../workbook/table';
import { cleanText, type Cell } from '../workbook/values';
import { SourceCache, type SheetValues } from './cache';
import { DefinitionFailure, IndicatorComputation } from './computation';
import { readDefinitions, sourceName, type IndicatorProblem } from './definitions';
import { formatFailed, type Language } from './display';

export type { IndicatorDefinition, IndicatorProblem } from './definitions';

export type { SheetValues } from './cache';

export interface IndicatorInputs {
  sheets: SheetValues;
  /** The spreadsheet's time zone (date cells are read in it); default Settings › Time zone. */
  timeZone?: string;
  /** Default: Settings › Language. */
  language?: Language;
  /** The time of the run (for Computed at). */
  now?: Date;
  /** At most this many rows behind the figures are listed (default 50,000; Sheets has a cell limit). */
  maxExplainedRows?: number;
  /**
   * Leave out of the figures the cells Validate data calls errors (default true): the sheets are
   * validated once with the validation rules, as of the day of `now`.
   */
  checkData?: boolean;
}

export interface IndicatorResult {
  id: string;
  indicator: string;
  /** null for the total, else column → value. */
  breakdown: Record<string, string> | null;
  numerator: number;
  denominator: number | null;
  value: number | null;
  display: string;
  baseline: number | null;
  target: number | null;
  /** Percent of the way from baseline to target. */
  progress: number | null;
  period: string;
}

/** One source row behind a figure (the `Indicator rows` sheet). */
export interface CountedRow {
  id: string;
  breakdown: string;
  part: 'Numerator' | 'Denominator';
  sheet: string;
  row: number;
  key: string;
  value: number | null;
}

export interface IndicatorRun {
  results: IndicatorResult[];
  /** Failed indicators: shown in the sheet with their reason. */
  failed: { id: string; indicator: string; row: number; reason: string; display: string }[];
  problems: IndicatorProblem[];
  rows: CountedRow[];
  /** Rows behind the figures left out of `rows` because of maxExplainedRows. */
  rowsNotListed: number;
  /** Results and failures in the order of the Indicators sheet (what the results sheet shows). */
  byDefinition: { id: string; results: IndicatorResult[]; failed?: IndicatorRun['failed'][number] }[];
  computedAt: string;
  language: Language;
  timeZone: string;
  summary: IndicatorSummary;
}

export interface IndicatorSummary {
  indicators: number;
  computed: number;
  failed: { id: string; reason: string }[];
  results: number;
  /** Source rows (sheet + row) with a value that a filter or sum could not read. */
  rowsWithUnreadableValues: number;
  /** Source rows (sheet + row) left out of an indicator for an error in a column it reads. */
  rowsLeftOut: number;
  /** Rows of the source sheets with validation errors in any column (null when not checked). */
  rowsWithErrors: number | null;
}

export const MAX_EXPLAINED_ROWS = 50000;

/** "2026-11-23 14:05" in a time zone. */
export function timestamp(now: Date, timeZone: string): string {
  const p = zonedParts(now, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

/**
 * The sheets a source's rows are validated against (lists, places, the sheets its references
 * name): read with it, so that the figures leave out exactly what Validate data calls errors.
 */
const VALIDATED_WITH: Record<string, readonly string[]> = {
  [SHEET.cbos]: [LISTS.name, GEOGRAPHY.name, PARTNERS.name],
  [SHEET.advocacy]: [LISTS.name, CBOS.name],
  [SHEET.partners]: [LISTS.name],
  [SHEET.attendance]: [LISTS.name, MEETINGS.name],
};

/**
 * The sheets the indicators of an Indicators sheet need (besides Indicators and Settings), so that
 * the glue reads only those: the sources named, Advocacy for `has`, Meetings for Attendance, Lists
 * and Geography for the spellings of breakdowns, and what each source is validated against.
 */
export function sheetsNeeded(indicatorValues: Cell[][] | undefined): string[] {
  const needed = new Set<string>();
  if (!indicatorValues || indicatorValues.length === 0) return [];
  const table = Table.fromValues(INDICATORS.name, INDICATORS, indicatorValues);
  for (const row of table.rows) {
    const source = sourceName(table.get(row, 'Source'));
    if (source) needed.add(source);
    for (const name of source ? VALIDATED_WITH[source] : []) needed.add(name);
    if (source === SHEET.attendance) needed.add(MEETINGS.name);
    const filters = `${cleanText(table.get(row, 'Filter'))} ${cleanText(table.get(row, 'Denominator filter'))}`;
    if (/\bhas\b/i.test(filters)) needed.add(ADVOCACY.name);
    // Places compare by their Khmer names too.
    if (/\[\s*(province|district|commune)\s*\]/i.test(filters)) needed.add(GEOGRAPHY.name);
    if (cleanText(table.get(row, 'Disaggregate by'))) {
      needed.add(LISTS.name);
      needed.add(GEOGRAPHY.name);
    }
  }
  return [...needed];
}

/** Computes every indicator of the Indicators sheet. Never throws for bad definitions or data. */
export function computeAll(inputs: IndicatorInputs): IndicatorRun {
  const settingsValues = inputs.sheets[SETTINGS.name];
  const settings = readSettings(
    settingsValues ? Table.fromValues(SETTINGS.name, SETTINGS, settingsValues) : undefined,
  );
  const timeZone = inputs.timeZone || settings.timeZone || DEFAULT_TIME_ZONE;
  const language = inputs.language ?? settings.language;
  const now = inputs.now ?? new Date();
  const checkData = inputs.checkData ?? true;
  const cache = new SourceCache(inputs.sheets, timeZone, checkData ? today(timeZone, now) : undefined);
  const computedAt = timestamp(now, timeZone);
  const results: IndicatorResult[] = [];
  const rows: CountedRow[] = [];
  const problems: IndicatorProblem[] = [];
  const failed: IndicatorRun['failed'] = [];
  const unreadable = new Set<string>();
  const leftOut = new Set<string>();
  const sources = new Set<string>();
  const byDefinition: IndicatorRun['byDefinition'] = [];
  const budget = { left: inputs.maxExplainedRows ?? MAX_EXPLAINED_ROWS, skipped: 0 };

  const indicators = cache.table(INDICATORS);
  if (!indicators) {
    problems.push({
      severity: 'error',
      indicator: '',
      sheet: INDICATORS.name,
      row: null,
      column: null,
      code: 'missing-indicators-sheet',
      ...said(localized('ind.noSheet'), localized('ind.noSheet.fix')),
    });
  }
  const read = indicators
    ? readDefinitions(indicators, timeZone)
    : { definitions: [], failed: new Map(), problems: [] };
  problems.push(...read.problems);
  for (const missing of indicators?.headerMap.missing ?? []) {
    if (missing.required) {
      problems.push({
        severity: 'error',
        indicator: '',
        sheet: INDICATORS.name,
        row: 1,
        column: missing.header,
        code: 'missing-column',
        ...said(
          localized('ind.noColumn', { column: missing.header }),
          localized('ind.noColumn.fix', { column: missing.header }),
        ),
      });
    }
  }

  for (const definition of read.definitions) {
    const known = read.failed.get(definition);
    let failure: DefinitionFailure | undefined = known && new DefinitionFailure(known);
    if (!failure) {
      try {
        const computed = new IndicatorComputation(definition, cache, language).compute(budget);
        results.push(...computed.results);
        byDefinition.push({ id: definition.id, results: computed.results });
        rows.push(...computed.rows);
        problems.push(...computed.problems);
        for (const row of computed.unreadable) unreadable.add(`${definition.source}:${row}`);
        for (const row of computed.leftOut) leftOut.add(`${definition.source}:${row}`);
        sources.add(definition.source);
      } catch (error) {
        if (!(error instanceof DefinitionFailure)) throw error;
        failure = error;
        problems.push(failure.problem);
      }
    }
    if (failure) {
      const reason = say(language, failure.reason);
      const entry = {
        id: definition.id,
        indicator: definition.label,
        row: definition.row,
        reason,
        display: formatFailed(reason, language),
      };
      failed.push(entry);
      byDefinition.push({ id: definition.id, results: [], failed: entry });
    }
  }

  // What the run comes to, in words, is compute-indicators' runMessage (in the reader's language).
  const computed = read.definitions.length - failed.length;
  return {
    results,
    failed,
    problems,
    rows,
    rowsNotListed: budget.skipped,
    byDefinition,
    computedAt,
    language,
    timeZone,
    summary: {
      indicators: read.definitions.length,
      computed,
      failed: failed.map(({ id, reason }) => ({ id, reason })),
      results: results.length,
      rowsWithUnreadableValues: unreadable.size,
      rowsLeftOut: leftOut.size,
      rowsWithErrors: checkData && sources.size > 0 ? cache.rowsWithErrors([...sources]) : null,
    },
  };
}

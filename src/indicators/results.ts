/**
 * The sheets the indicators write (`Indicator results`, `Indicator rows`) as 2-D arrays, and the
 * way back: reading `Indicator results` values into results, so that reports can cite the latest
 * figures ({{IND-1.3}} → "16.25% (13 of 80)"). Pure.
 */
import { digitsOf } from '../i18n/digits';
import { t } from '../i18n/messages';
import { dictionary } from '../workbook/keys';
import { headersOf, INDICATOR_RESULTS, INDICATOR_ROWS } from '../workbook/contract';
import { Table } from '../workbook/table';
import { cleanText, parseNumber, type Cell } from '../workbook/values';
import type { IndicatorResult, IndicatorRun } from './engine';

export const RESULTS_SHEET = INDICATOR_RESULTS.name;
export const RESULTS_HEADER: readonly string[] = INDICATOR_RESULTS.columns.map((column) => column.header);
export const ROWS_SHEET = INDICATOR_ROWS.name;
export const ROWS_HEADER: readonly string[] = headersOf(INDICATOR_ROWS);

/** "Province = Kandal, Sector = Youth"; '' for the total. */
export function breakdownText(breakdown: Record<string, string> | null): string {
  if (!breakdown) return '';
  return Object.entries(breakdown)
    .map(([column, value]) => `${column} = ${value}`)
    .join(', ');
}

/** "Province = Kandal, Sector = Youth" → { Province: 'Kandal', Sector: 'Youth' }; '' → null. */
export function parseBreakdown(text: string): Record<string, string> | null {
  const clean = cleanText(text);
  if (!clean) return null;
  const breakdown = dictionary<string>();
  for (const part of clean.split(/,\s*(?=[^,=]+\s=\s)/)) {
    const at = part.indexOf(' = ');
    if (at < 0) breakdown[part.trim()] = '';
    else breakdown[part.slice(0, at).trim()] = part.slice(at + 3).trim();
  }
  return breakdown;
}

const blankIfNull = (value: number | null): Cell => (value === null ? '' : value);

/** `Indicator results`: one row per indicator and breakdown, failed indicators saying why. */
export function resultSheetRows(run: IndicatorRun): Cell[][] {
  const rows: Cell[][] = [];
  // Text the tool writes (the period, the time) in the run's digits; figures stay numbers.
  const written = (text: string) => digitsOf(text, run.language);
  const computedAt = written(run.computedAt);
  for (const entry of run.byDefinition) {
    if (entry.failed) {
      const f = entry.failed;
      rows.push([f.id, f.indicator, '', '', '', '', f.display, '', '', '', '', computedAt]);
      continue;
    }
    for (const r of entry.results) {
      rows.push([
        r.id,
        r.indicator,
        breakdownText(r.breakdown),
        r.numerator,
        blankIfNull(r.denominator),
        blankIfNull(r.value),
        r.display,
        blankIfNull(r.baseline),
        blankIfNull(r.target),
        blankIfNull(r.progress),
        written(r.period),
        computedAt,
      ]);
    }
  }
  return rows;
}

/** `Indicator rows`: the source rows behind each figure, with a last line when some were left out. */
export function explanationSheetRows(run: IndicatorRun): Cell[][] {
  const rows: Cell[][] = run.rows.map((r) => [
    r.id,
    r.breakdown,
    t(run.language, r.part === 'Numerator' ? 'ind.part.numerator' : 'ind.part.denominator'),
    r.sheet,
    r.row,
    r.key,
    r.value === null ? '' : r.value,
  ]);
  if (run.rowsNotListed > 0) {
    rows.push([
      '',
      '',
      '',
      '',
      '',
      t(run.language, 'ind.notListed', { count: run.rowsNotListed, listed: run.rows.length }),
      '',
    ]);
  }
  return rows;
}

export interface LatestResult extends IndicatorResult {
  computedAt: string;
  /** Not computed (a definition problem): display says why. */
  failed: boolean;
}

const numberOrNull = (value: Cell): number | null => {
  const parsed = parseNumber(value);
  return parsed.status === 'ok' ? parsed.value : null;
};

/** Reads `Indicator results` values (as `getValues()` returns them) back into results. */
export function latestResultsFromValues(values: Cell[][] | undefined): LatestResult[] {
  if (!values || values.length < 2) return [];
  const table = Table.fromValues(RESULTS_SHEET, INDICATOR_RESULTS, values);
  return table.rows
    .filter((row) => cleanText(table.get(row, 'ID')) !== '')
    .map((row) => {
      const text = (header: string) => cleanText(table.get(row, header));
      const value = numberOrNull(table.get(row, 'Value'));
      const numerator = numberOrNull(table.get(row, 'Numerator'));
      return {
        id: text('ID'),
        indicator: text('Indicator'),
        breakdown: parseBreakdown(text('Breakdown')),
        numerator: numerator ?? 0,
        denominator: numberOrNull(table.get(row, 'Denominator')),
        value,
        display: text('Display'),
        baseline: numberOrNull(table.get(row, 'Baseline')),
        target: numberOrNull(table.get(row, 'Target')),
        progress: numberOrNull(table.get(row, 'Progress to target')),
        period: text('Period'),
        computedAt: text('Computed at'),
        // A failed indicator's row has no Numerator (a zero denominator still has one).
        failed: numerator === null,
      };
    });
}

/** The display of each indicator's total (breakdown null), by ID: what `{{IND-1.3}}` shows. */
export function latestDisplays(values: Cell[][] | undefined): Map<string, string> {
  const displays = new Map<string, string>();
  for (const result of latestResultsFromValues(values)) {
    if (result.breakdown === null && !displays.has(result.id)) displays.set(result.id, result.display);
  }
  return displays;
}

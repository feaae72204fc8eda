/**
 * Menu: Compute indicators. Reads Indicators, Settings and the sheets the indicators need (one
 * getValues each), computes, and rebuilds `Indicator results` and `Indicator rows` (one setValues
 * each). The number of service calls does not depend on the number of rows.
 */
import type { Language } from '../i18n/language';
import { translator } from '../i18n/messages';
import { languageFor } from '../menu/language';
import { writeOutputSheet, readValues } from '../sheets/io';
import { settingsFromValues } from '../workbook/settings';
import { ADVOCACY, CBOS, GEOGRAPHY, INDICATORS, LISTS, PARTNERS, SETTINGS } from '../workbook/contract';
import { Table } from '../workbook/table';
import { today } from '../workbook/dates';
import { literalCell, type Cell } from '../workbook/values';
import { validateWorkbook } from '../validation/rules';
import {
  computeAll,
  sheetsNeeded,
  type IndicatorProblem,
  type IndicatorResult,
  type SheetValues,
} from './engine';
import {
  explanationSheetRows,
  resultSheetRows,
  RESULTS_HEADER,
  RESULTS_SHEET,
  ROWS_HEADER,
  ROWS_SHEET,
} from './results';

export interface ComputeIndicatorsOptions {
  /** Do not show the summary alert (the CLI prints the summary itself). */
  quiet?: boolean;
  /** Skip counting rows with validation errors. */
  skipDataCheck?: boolean;
}

export interface ComputeIndicatorsSummary {
  indicators: number;
  computed: number;
  failed: { id: string; reason: string }[];
  results: number;
  rowsWithUnreadableValues: number;
  /** Rows of the source sheets with validation errors (null when not checked). */
  rowsWithErrors: number | null;
  computedAt: string;
  message: string;
}

export interface ComputeIndicatorsResult {
  results: IndicatorResult[];
  problems: IndicatorProblem[];
  summary: ComputeIndicatorsSummary;
}

/** Text cells are written with a leading apostrophe so that Sheets keeps "1,250" or "001" as typed. */
function asText(row: Cell[], textColumns: readonly number[]): Cell[] {
  for (const c of textColumns) row[c] = literalCell(row[c]);
  return row;
}

/** Rows of the source sheets that have validation errors, counted with the validation rules. */
function rowsWithErrors(sheets: SheetValues, sources: readonly string[], timeZone: string): number {
  const specs = [CBOS, ADVOCACY, PARTNERS, GEOGRAPHY, LISTS];
  const tables: Record<string, Table | undefined> = {};
  for (const spec of specs) {
    const values = sheets[spec.name];
    tables[spec.name] = values && values.length > 0 ? Table.fromValues(spec.name, spec, values) : undefined;
  }
  const result = validateWorkbook({ tables, timeZone, today: today(timeZone) });
  const rows = new Set<string>();
  for (const problem of result.problems) {
    if (problem.severity === 'error' && problem.row !== null && sources.includes(problem.sheet)) {
      rows.add(`${problem.sheet}:${problem.row}`);
    }
  }
  return rows.size;
}

/** "3 indicators computed, 1 failed: IND-2 (reason), …" in the interface language. */
export function runMessage(run: ReturnType<typeof computeAll>, language: Language): string {
  const say = translator(language);
  const { computed, failed, rowsWithUnreadableValues } = run.summary;
  const parts = [say('indicators.computed', { count: computed })];
  if (failed.length) {
    const list = failed.map((f) => `${f.id} (${f.reason})`).join(', ');
    parts.push(say('indicators.failed', { count: failed.length, list }));
  }
  if (run.problems.some((p) => p.code === 'missing-indicators-sheet')) parts.push(say('indicators.noSheet'));
  if (rowsWithUnreadableValues) parts.push(say('indicators.unreadable', { rows: rowsWithUnreadableValues }));
  return parts.join(say('text.and'));
}

export function computeIndicators(options: ComputeIndicatorsOptions = {}): ComputeIndicatorsResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets: SheetValues = {
    [INDICATORS.name]: readValues(spreadsheet, INDICATORS.name),
    [SETTINGS.name]: readValues(spreadsheet, SETTINGS.name),
  };
  const needed = sheetsNeeded(sheets[INDICATORS.name]);
  const checked = [CBOS.name, ADVOCACY.name, PARTNERS.name];
  const sources = needed.filter((name) => checked.includes(name));
  const toRead = new Set(needed);
  if (!options.skipDataCheck && sources.length > 0) {
    for (const name of [...checked, GEOGRAPHY.name, LISTS.name]) toRead.add(name);
  }
  for (const name of toRead) sheets[name] = readValues(spreadsheet, name);

  const run = computeAll({ sheets, timeZone });
  let errors: number | null = null;
  if (!options.skipDataCheck && sources.length > 0) {
    try {
      errors = rowsWithErrors(sheets, sources, timeZone);
    } catch (error) {
      errors = null;
      console.error(`Counting rows with errors failed: ${(error as Error).message}`);
    }
  }

  writeOutputSheet(
    spreadsheet,
    RESULTS_SHEET,
    RESULTS_HEADER,
    resultSheetRows(run).map((row) => asText(row, [0, 1, 2, 6, 10, 11])),
    {
      widths: [80, 320, 220, 90, 90, 80, 200, 80, 80, 120, 190, 130],
      numberFormats: [
        '@',
        '@',
        '@',
        '#,##0.##',
        '#,##0.##',
        '#,##0.##',
        '@',
        'General',
        'General',
        '0.##"%"',
        '@',
        '@',
      ],
    },
  );
  writeOutputSheet(
    spreadsheet,
    ROWS_SHEET,
    ROWS_HEADER,
    explanationSheetRows(run).map((row) => asText(row, [0, 1, 2, 3, 5])),
    { widths: [80, 220, 100, 90, 60, 120, 80] },
  );

  const language = languageFor(settingsFromValues(sheets[SETTINGS.name]));
  const say = translator(language);
  let message = runMessage(run, language);
  if (errors) message += `${say('text.end')} ${say('indicators.rowsWithErrors', { rows: errors })}`;
  const summary: ComputeIndicatorsSummary = {
    indicators: run.summary.indicators,
    computed: run.summary.computed,
    failed: run.summary.failed,
    results: run.summary.results,
    rowsWithUnreadableValues: run.summary.rowsWithUnreadableValues,
    rowsWithErrors: errors,
    computedAt: run.computedAt,
    message,
  };
  if (!options.quiet) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      say('indicators.title'),
      `${message}${say('text.end')}\n\n${say('indicators.where', { results: RESULTS_SHEET, rows: ROWS_SHEET })}`,
      ui.ButtonSet.OK,
    );
  }
  return { results: run.results, problems: run.problems, summary };
}

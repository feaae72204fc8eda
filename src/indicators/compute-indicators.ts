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
import { INDICATORS, SETTINGS } from '../workbook/contract';
import { literalCell, type Cell } from '../workbook/values';
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
  /** Do not validate the sources: cells with errors are counted as read (the bench's engine-only runs). */
  skipDataCheck?: boolean;
}

export interface ComputeIndicatorsSummary {
  indicators: number;
  computed: number;
  failed: { id: string; reason: string }[];
  results: number;
  rowsWithUnreadableValues: number;
  /** Source rows left out of an indicator for an error in a column it reads. */
  rowsLeftOut: number;
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

/** "3 indicators computed, 1 failed: IND-2 (reason), …" in the interface language. */
export function runMessage(run: ReturnType<typeof computeAll>, language: Language): string {
  const say = translator(language);
  const { computed, failed, rowsWithUnreadableValues, rowsLeftOut } = run.summary;
  const parts = [say('indicators.computed', { count: computed })];
  if (failed.length) {
    const list = failed.map((f) => `${f.id} (${f.reason})`).join(', ');
    parts.push(say('indicators.failed', { count: failed.length, list }));
  }
  if (run.problems.some((p) => p.code === 'missing-indicators-sheet')) parts.push(say('indicators.noSheet'));
  if (rowsLeftOut) parts.push(say('indicators.leftOut', { rows: rowsLeftOut }));
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
  for (const name of sheetsNeeded(sheets[INDICATORS.name])) sheets[name] = readValues(spreadsheet, name);

  const run = computeAll({ sheets, timeZone, checkData: !options.skipDataCheck });
  const errors = run.summary.rowsWithErrors;

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
    rowsLeftOut: run.summary.rowsLeftOut,
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

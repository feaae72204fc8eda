/**
 * Figures for a report when `Indicator results` is missing or empty: the indicators computed in
 * memory with the indicators engine, as the rows Compute indicators would write. Pure.
 */
import { computeAll, type SheetValues } from '../../indicators/engine';
import { RESULTS_HEADER, RESULTS_SHEET, resultSheetRows } from '../../indicators/results';
import { INDICATOR_RESULTS } from '../../workbook/contract';
import { Table } from '../../workbook/table';
import type { Problem } from '../../workbook/problem';
import { localized } from '../../i18n/messages';
import { said } from '../../i18n/problems';

export function computedResults(
  sheets: SheetValues,
  timeZone: string,
): { results: Table; problems: Problem[] } {
  const run = computeAll({ sheets, timeZone });
  const results = Table.fromValues(RESULTS_SHEET, INDICATOR_RESULTS, [
    [...RESULTS_HEADER],
    ...resultSheetRows(run),
  ]);
  const problems: Problem[] = [
    {
      severity: 'warning',
      sheet: RESULTS_SHEET,
      row: null,
      column: null,
      value: '',
      code: 'indicator-results-computed-now',
      ...said(localized('doc.resultsComputedNow')),
    },
  ];
  return { results, problems };
}

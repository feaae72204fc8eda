/**
 * `Sheets.Spreadsheets.Values.batchGet`: the values of A1 ranges (rows major; unformatted, formula
 * or formatted; dates as serial numbers).
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 */
import { isDate, serialOf, type Value } from './cells';
import type { SheetsModel } from './model';
import { ApiError } from './schema';

import S = GoogleAppsScript.Sheets.Schema;

export function valuesBatchGet(
  model: SheetsModel,
  spreadsheetId: unknown,
  args: Record<string, unknown> | undefined,
): S.BatchGetValuesResponse {
  const known = new Set(['ranges', 'majorDimension', 'valueRenderOption', 'dateTimeRenderOption', 'fields']);
  for (const key of Object.keys(args ?? {}))
    if (!known.has(key))
      throw new ApiError(
        `Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter.`,
      );
  if (args?.majorDimension !== undefined && args.majorDimension !== 'ROWS')
    throw new Error(
      `not emulated: Sheets.Spreadsheets.Values.batchGet majorDimension ${String(args.majorDimension)}`,
    );
  const render = (args?.valueRenderOption as string | undefined) ?? 'FORMATTED_VALUE';
  if (!['UNFORMATTED_VALUE', 'FORMULA', 'FORMATTED_VALUE'].includes(render))
    throw new ApiError(`Invalid value at 'value_render_option' (${render})`);
  const dateRender = (args?.dateTimeRenderOption as string | undefined) ?? 'SERIAL_NUMBER';
  if (dateRender !== 'SERIAL_NUMBER')
    throw new Error(`not emulated: Sheets dateTimeRenderOption ${dateRender}`);
  model.moved = { read: 0, written: 0 };
  const spreadsheet = model.spreadsheet(spreadsheetId);
  const rangeList = Array.isArray(args?.ranges)
    ? args.ranges
    : args?.ranges === undefined
      ? []
      : [args.ranges];
  const tz = spreadsheet.getSpreadsheetTimeZone();
  return {
    spreadsheetId: spreadsheet.getId(),
    valueRanges: rangeList.map((a1) => {
      const box = model.boxOfA1(spreadsheet, String(a1));
      model.moved.read += box.rows * box.columns;
      const range = model.range(box);
      const values = box.rows && box.columns ? (range.getValues() as Value[][]) : [];
      const formulas = render === 'FORMULA' && box.rows && box.columns ? range.getFormulas() : undefined;
      const display =
        render === 'FORMATTED_VALUE' && box.rows && box.columns ? range.getDisplayValues() : undefined;
      const rows = values.map((row, i) => {
        const out = row.map((v, j) =>
          formulas?.[i][j] ? formulas[i][j] : display ? display[i][j] : isDate(v) ? serialOf(v, tz) : v,
        );
        while (out.length && out[out.length - 1] === '') out.pop();
        return out;
      });
      while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
      return { range: String(a1), majorDimension: 'ROWS', ...(rows.length ? { values: rows } : {}) };
    }),
  };
}

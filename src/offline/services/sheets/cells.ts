/**
 * Cells between the SpreadsheetApp fakes and the Sheets API's shapes: serial dates, number
 * formats, extended values, grid ranges and data-validation rules.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells
 */
import type { FakeDataValidation } from '../spreadsheet/data-validation';
import type { FakeRange } from '../spreadsheet/range';
import { serialOf } from '../../../workbook/dates';

export { dateOfSerial, serialOf } from '../../../workbook/dates';

import S = GoogleAppsScript.Sheets.Schema;
export type Value = string | number | boolean | Date;

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function numberFormatOf(pattern: string): S.NumberFormat | undefined {
  if (!pattern || pattern === 'General') return undefined;
  if (pattern === '@') return { type: 'TEXT', pattern: '@' };
  const lower = pattern.toLowerCase();
  const date = /[dy]/.test(lower.replace(/"[^"]*"/g, ''));
  const time = /h|s|am\/pm/.test(lower.replace(/"[^"]*"/g, ''));
  const type =
    date && time ? 'DATE_TIME' : date ? 'DATE' : time ? 'TIME' : /%/.test(pattern) ? 'PERCENT' : 'NUMBER';
  return { type, pattern };
}

export function extendedValue(value: Value, timeZone: string): S.ExtendedValue {
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (isDate(value)) return { numberValue: serialOf(value, timeZone) };
  return { stringValue: String(value) };
}

export function gridRangeOf(range: FakeRange): S.GridRange {
  return {
    sheetId: range.getSheet().getSheetId(),
    startRowIndex: range.getRow() - 1,
    endRowIndex: range.getRow() - 1 + range.getNumRows(),
    startColumnIndex: range.getColumn() - 1,
    endColumnIndex: range.getColumn() - 1 + range.getNumColumns(),
  };
}

export function ruleOf(rule: FakeDataValidation): S.DataValidationRule {
  const type = rule.getCriteriaType();
  const [values, dropdown] = rule.getCriteriaValues() as [unknown, unknown];
  const condition: S.BooleanCondition =
    type === 'VALUE_IN_LIST'
      ? { type: 'ONE_OF_LIST', values: (values as string[]).map((v) => ({ userEnteredValue: String(v) })) }
      : type === 'VALUE_IN_RANGE'
        ? { type: 'ONE_OF_RANGE', values: [{ userEnteredValue: `=${String(values)}` }] }
        : { type: String(type) };
  return {
    condition,
    ...(rule.getHelpText() ? { inputMessage: rule.getHelpText() } : {}),
    ...(rule.getAllowInvalid() ? {} : { strict: true }),
    ...(type === 'VALUE_IN_LIST'
      ? dropdown === false
        ? {}
        : { showCustomUi: true }
      : { showCustomUi: true }),
  };
}

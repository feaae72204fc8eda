/**
 * Cells between the SpreadsheetApp fakes and the Sheets API's shapes: serial dates, number
 * formats, extended values, grid ranges and data-validation rules.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells
 */
import type { FakeDataValidation } from '../spreadsheet/data-validation';
import type { FakeRange } from '../spreadsheet/range';
import { instantOf, zonedParts } from '../../../workbook/dates';

import S = GoogleAppsScript.Sheets.Schema;
export type Value = string | number | boolean | Date;

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Days since 1899-12-30 of a date's wall clock in a time zone (how Sheets stores dates). */
export function serialOf(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (wall - Date.UTC(1899, 11, 30)) / 86400000;
}

/** The instant of a serial date in a time zone. */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  return new Date(
    instantOf(
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      timeZone,
    ),
  );
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

/**
 * Menu: Validate data. Thin Apps Script glue around the pure engine: reads each sheet once,
 * rebuilds the Validation sheet with one write, and marks problem cells with one read and one
 * write of fills and notes per marked sheet. The number of calls does not depend on row counts.
 */
import { t } from '../i18n/messages';
import { languageFor } from '../menu/language';
import { readValues, writeOutputSheet } from '../sheets/io';
import { INPUT_SHEETS, SETTINGS, VALIDATION, SHEET } from '../workbook/contract';
import { DEFAULT_TIME_ZONE, parseDay, today as todayIn, type Day } from '../workbook/dates';
import { settingsFromValues } from '../workbook/settings';
import { Table } from '../workbook/table';
import { writeMarks, type MarkedSheet } from './write-marks';
import type { Problem } from '../workbook/problem';
import { summarize } from './problems';
import { cellMarks, validationFills, validationRows, VALIDATION_HEADER, VALIDATION_WIDTHS } from './report';
import { validateWorkbook } from './rules';

export interface ValidateDataOptions {
  /** Validate as if today were this day (ISO, e.g. 2026-11-23); default: today. */
  today?: string;
  /** No alert at the end (the summary is still returned). */
  quiet?: boolean;
}

export interface ValidateDataSummary {
  checked: Record<string, number>;
  problems: Problem[];
  summary: string;
  errors: number;
  warnings: number;
}

/** Rows in CBOs from which a progress toast is shown. */
const BIG_SHEET = 1000;

export function validateData(options: ValidateDataOptions = {}): ValidateDataSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  const asOf = options.today ? parseDay(options.today, timeZone) : undefined;
  const today: Day = asOf?.status === 'ok' ? asOf.value : todayIn(timeZone);

  const tables: Record<string, Table | undefined> = {};
  const sizes: Record<string, { rows: number; columns: number }> = {};
  // Settings first: its Language is the language of the messages below.
  const settingsValues = readValues(spreadsheet, SETTINGS.name);
  const language = languageFor(settingsFromValues(settingsValues));
  for (const spec of INPUT_SHEETS) {
    const values = spec === SETTINGS ? settingsValues : readValues(spreadsheet, spec.name);
    if (!values) continue;
    tables[spec.name] = Table.fromValues(spec.name, spec, values);
    sizes[spec.name] = {
      rows: values.length,
      columns: values.reduce((max, row) => Math.max(max, row.length), 0),
    };
    if (spec.name === SHEET.cbos && values.length > BIG_SHEET) {
      spreadsheet.toast(t(language, 'validate.checking', { count: values.length - 1 }), 'CBO Tracker');
    }
  }

  const result = validateWorkbook({ tables, timeZone, today });
  const marks = cellMarks(result.problems, tables, language);

  // Marks: only the cells whose mark is new, changed or removed are read and written.
  const sheetIds: Record<string, number> = {};
  const sheetIdOf = (name: string): number | undefined => {
    if (!(name in sheetIds)) {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) sheetIds[name] = sheet.getSheetId();
    }
    return sheetIds[name];
  };
  const marked: MarkedSheet[] = INPUT_SHEETS.filter((spec) => tables[spec.name]).map((spec) => ({
    name: spec.name,
    marks: marks.get(spec.name) ?? [],
    lastRow: sizes[spec.name].rows,
    lastColumn: sizes[spec.name].columns,
  }));
  writeMarks(spreadsheet, marked, sheetIdOf);
  for (const problem of result.problems) if (tables[problem.sheet]) sheetIdOf(problem.sheet);

  // The Validation sheet.
  const rows = validationRows(result.problems, tables, sheetIds, language);
  const sheet = writeOutputSheet(spreadsheet, VALIDATION.name, VALIDATION_HEADER, rows, {
    widths: VALIDATION_WIDTHS,
  });
  if (rows.length > 0) {
    sheet
      .getRange(2, 1, rows.length, VALIDATION_HEADER.length)
      .setBackgrounds(validationFills(result.problems));
  }

  const summary = summarize(result, language);
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  if (!options.quiet) {
    const ui = SpreadsheetApp.getUi();
    const more = result.problems.length > 0 ? `\n\n${t(language, 'validate.listed')}` : '';
    ui.alert(t(language, 'validate.title'), `${summary}${t(language, 'text.end')}${more}`, ui.ButtonSet.OK);
  }
  return {
    checked: result.checked,
    problems: result.problems,
    summary,
    errors,
    warnings: result.problems.length - errors,
  };
}

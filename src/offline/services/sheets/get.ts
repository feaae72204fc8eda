/**
 * `Sheets.Spreadsheets.get`: the spreadsheet resource, its sheets' properties, protected ranges
 * and grid data, only with the fields asked for.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
 */
import type { FakeRange } from '../spreadsheet/range';
import type { FakeSheet } from '../spreadsheet/sheet';
import { extendedValue, gridRangeOf, isDate, numberFormatOf, ruleOf, type Value } from './cells';
import { colorOf } from '../../../sheets/color';
import { protectionId, type Box, type SheetsModel } from './model';
import { ApiError, parseFields, pick, selects, type FieldTree } from './schema';

import S = GoogleAppsScript.Sheets.Schema;

/**
 * The cells of a box as the API's CellData, only with the selected fields (trailing empties trimmed).
 *
 * The cost model prices the cells the response carries, not the cells of the range: a field mask
 * lets "the API avoid unnecessary work" (https://developers.google.com/sheets/api/guides/field-masks)
 * and a partial response avoids "transferring, parsing, and storing unneeded fields"
 * (https://developers.google.com/sheets/api/guides/performance#partial-response), so a cell with
 * nothing under the mask (no dropdown under `dataValidation`, no note under `note`) costs nothing
 * past the last one carried. Conservative reading: every entry sent counts, the empty `{}` that
 * keep the positions of the cells and rows before a carried one included.
 */
export function gridData(model: SheetsModel, box: Box, cellFields: FieldTree | true): S.GridData {
  const all = cellFields === true || !!cellFields['*'];
  const want = (path: string) => all || selects(cellFields as FieldTree, path);
  const tz = box.sheet._parent._timeZone;
  if (box.rows === 0 || box.columns === 0) return { startRow: box.row, startColumn: box.column, rowData: [] };
  const range = model.range(box);
  const needValues = want('userEnteredValue') || want('effectiveValue');
  const values = needValues ? (range.getValues() as Value[][]) : undefined;
  const formulas = want('userEnteredValue') ? range.getFormulas() : undefined;
  const formats =
    needValues || want('userEnteredFormat.numberFormat') || want('effectiveFormat.numberFormat')
      ? range.getNumberFormats()
      : undefined;
  const notes = want('note') ? range.getNotes() : undefined;
  const fills =
    want('userEnteredFormat.backgroundColor') || want('effectiveFormat.backgroundColor')
      ? range.getBackgrounds()
      : undefined;
  const weights = want('userEnteredFormat.textFormat') ? range.getFontWeights() : undefined;
  const rules = want('dataValidation') ? range.getDataValidations() : undefined;
  const rowData: S.RowData[] = [];
  for (let i = 0; i < box.rows; i++) {
    const cells: S.CellData[] = [];
    for (let j = 0; j < box.columns; j++) {
      const cell: S.CellData = {};
      const value = values?.[i][j];
      const extended = value === undefined || value === '' ? undefined : extendedValue(value, tz);
      if (want('userEnteredValue')) {
        const formula = formulas?.[i][j];
        if (formula) cell.userEnteredValue = { formulaValue: formula };
        else if (extended) cell.userEnteredValue = extended;
      }
      if (want('effectiveValue') && extended) cell.effectiveValue = extended;
      const format: S.CellFormat = {};
      let numberFormat = formats ? numberFormatOf(formats[i][j]) : undefined;
      // A date cell always has a date format in Sheets.
      if (isDate(value) && !/DATE|TIME/.test(numberFormat?.type ?? ''))
        numberFormat = { type: 'DATE', pattern: 'yyyy-mm-dd' };
      if (numberFormat && (want('userEnteredFormat.numberFormat') || want('effectiveFormat.numberFormat')))
        format.numberFormat = numberFormat;
      const fill = fills?.[i][j];
      if (fill && fill.toLowerCase() !== '#ffffff') format.backgroundColor = colorOf(fill);
      if (weights?.[i][j] === 'bold') format.textFormat = { bold: true };
      if (Object.keys(format).length) {
        if (want('userEnteredFormat')) cell.userEnteredFormat = format;
        if (want('effectiveFormat')) cell.effectiveFormat = format;
      }
      if (notes?.[i][j]) cell.note = notes[i][j];
      const rule = rules?.[i][j];
      if (rule) cell.dataValidation = ruleOf(rule);
      cells.push(cell);
    }
    while (cells.length && Object.keys(cells[cells.length - 1]).length === 0) cells.pop();
    rowData.push(cells.length ? { values: cells } : {});
  }
  while (rowData.length && !rowData[rowData.length - 1].values) rowData.pop();
  for (const row of rowData) model.moved.read += Math.max(1, row.values?.length ?? 0);
  return { startRow: box.row, startColumn: box.column, rowData };
}

export function sheetResource(
  model: SheetsModel,
  sheet: FakeSheet,
  ranges: Box[] | undefined,
  tree: FieldTree | undefined,
): S.Sheet {
  const resource: S.Sheet = {};
  const wants = (path: string) => !tree || selects(tree, path);
  if (wants('properties')) {
    resource.properties = {
      sheetId: sheet.getSheetId(),
      title: sheet.getName(),
      index: sheet.getIndex() - 1,
      sheetType: 'GRID',
      gridProperties: {
        rowCount: sheet.getMaxRows(),
        columnCount: sheet.getMaxColumns(),
        ...(sheet.getFrozenRows() ? { frozenRowCount: sheet.getFrozenRows() } : {}),
      },
      ...(sheet.isSheetHidden() ? { hidden: true } : {}),
    };
  }
  if (wants('protectedRanges')) {
    const protections = [
      ...sheet.getProtections('RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType),
      ...sheet.getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType),
    ];
    resource.protectedRanges = protections.map((p) => {
      const range = p.getRange() as FakeRange | null;
      const whole = p.getProtectionType() === 'SHEET';
      const canEdit = p.canEdit();
      const out: S.ProtectedRange = {
        protectedRangeId: protectionId(p),
        range: whole || !range ? { sheetId: sheet.getSheetId() } : gridRangeOf(range),
        ...(p.getDescription() ? { description: p.getDescription() } : {}),
        ...(p.isWarningOnly() ? { warningOnly: true } : {}),
        requestingUserCanEdit: canEdit,
      };
      // Only those who may edit a protection see its editors.
      if (canEdit && !p.isWarningOnly()) out.editors = { users: p.getEditors().map((u) => u.getEmail()) };
      return out;
    });
  }
  if (ranges && tree && selects(tree, 'data')) {
    const dataTree = (tree.data === true ? true : (tree.data as FieldTree | undefined)) ?? true;
    const cellTree =
      dataTree === true
        ? true
        : dataTree['*']
          ? true
          : ((dataTree.rowData as FieldTree | true | undefined) ?? {});
    const valuesTree = cellTree === true ? true : ((cellTree.values as FieldTree | true | undefined) ?? {});
    resource.data = ranges.map((box) => gridData(model, box, valuesTree));
  }
  return resource;
}

export function getSpreadsheet(
  model: SheetsModel,
  spreadsheetId: unknown,
  args: Record<string, unknown> | undefined,
): S.Spreadsheet {
  const known = new Set(['ranges', 'includeGridData', 'fields', 'excludeTablesInBandedRanges']);
  for (const key of Object.keys(args ?? {}))
    if (!known.has(key))
      throw new ApiError(
        `Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter.`,
      );
  model.moved = { read: 0, written: 0 };
  const spreadsheet = model.spreadsheet(spreadsheetId);
  const tree = typeof args?.fields === 'string' ? parseFields(args.fields, 'Spreadsheet') : undefined;
  const rangeList =
    args?.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
  const boxes = rangeList.map((r) => model.boxOfA1(spreadsheet, String(r)));
  const withData = args?.includeGridData === true || (tree !== undefined && selects(tree, 'sheets.data'));
  const sheetsTree = tree
    ? tree.sheets === true
      ? undefined
      : (tree.sheets as FieldTree | undefined)
    : undefined;
  const resource: S.Spreadsheet = {
    spreadsheetId: spreadsheet.getId(),
    properties: {
      title: spreadsheet.getName(),
      locale: 'en_US',
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
    },
    sheets: spreadsheet
      .getSheets()
      .filter((sheet) => boxes.length === 0 || boxes.some((b) => b.sheet.getName() === sheet.getName()))
      .map((sheet) => {
        const own = boxes.filter((b) => b.sheet.getName() === sheet.getName());
        const dataBoxes = withData
          ? own.length
            ? own
            : [{ sheet, row: 0, column: 0, rows: sheet.getLastRow(), columns: sheet.getLastColumn() }]
          : undefined;
        return sheetResource(
          model,
          sheet,
          dataBoxes,
          sheetsTree ?? (withData ? { '*': true } : tree ? {} : undefined),
        );
      }),
    spreadsheetUrl: spreadsheet.getUrl(),
  };
  return (tree ? pick(resource, tree) : resource) as S.Spreadsheet;
}

/**
 * The advanced Sheets service (API v4) as Apps Script exposes it — `Sheets.Spreadsheets.get`,
 * `.create`, `.batchUpdate` and `Sheets.Spreadsheets.Values.batchGet` — over the very spreadsheets
 * of the SpreadsheetApp emulation: each request is carried out with the fakes' own methods, so the
 * effects (and the rules: grid, protections for the running user, cell sizes) are the same.
 * https://developers.google.com/apps-script/advanced/sheets
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets
 *
 * Strict about shapes: a request or field the API does not have is the API's error (schema.ts);
 * one the API has but this emulation does not model throws `not emulated: ...`. The request
 * shapes are checked before anything is applied (a bad request changes nothing, as online); an
 * effect that fails half-way (a protected cell) leaves the earlier requests applied, where the API
 * would apply none: the stricter reading for a caller is to treat a failed batchUpdate as failed.
 */
import type { FakeDataValidation } from '../spreadsheet/data-validation';
import type { FakeProtection } from '../spreadsheet/protection';
import type { FakeRange } from '../spreadsheet/range';
import type { FakeSheet } from '../spreadsheet/sheet';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import type { FakeSpreadsheetApp } from '../spreadsheet/spreadsheet-app';
import { instantOf, zonedParts } from '../../../workbook/dates';
import { colorToHex, hexToColor } from './color';
import { ApiError, checkShape, parseFields, pick, selects, type FieldTree } from './schema';

import S = GoogleAppsScript.Sheets.Schema;
type Value = string | number | boolean | Date;

function apiError(method: string, error: unknown): Error {
  if (error instanceof ApiError)
    return new Error(`API call to sheets.spreadsheets.${method} failed with error: ${error.message}`);
  return error as Error;
}

function isDate(value: unknown): value is Date {
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

function numberFormatOf(pattern: string): S.NumberFormat | undefined {
  if (!pattern || pattern === 'General') return undefined;
  if (pattern === '@') return { type: 'TEXT', pattern: '@' };
  const lower = pattern.toLowerCase();
  const date = /[dy]/.test(lower.replace(/"[^"]*"/g, ''));
  const time = /h|s|am\/pm/.test(lower.replace(/"[^"]*"/g, ''));
  const type =
    date && time ? 'DATE_TIME' : date ? 'DATE' : time ? 'TIME' : /%/.test(pattern) ? 'PERCENT' : 'NUMBER';
  return { type, pattern };
}

/** Protected range IDs: stable for a protection record within a run. */
const protectionIds = new WeakMap<object, number>();
let nextProtectionId = 1000001;
function protectionId(protection: FakeProtection): number {
  let id = protectionIds.get(protection._record);
  if (id === undefined) {
    id = nextProtectionId++;
    protectionIds.set(protection._record, id);
  }
  return id;
}

/** A rectangle of a sheet, 0-based and end-exclusive as in a GridRange, bounded by the grid. */
interface Box {
  sheet: FakeSheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export class SheetsModel {
  constructor(private readonly app: () => FakeSpreadsheetApp) {}

  spreadsheet(id: unknown): FakeSpreadsheet {
    if (typeof id !== 'string' || !id) throw new ApiError('Invalid requests: spreadsheetId is required.');
    const app = this.app();
    const active = app.getActiveSpreadsheet();
    if (active.getId() === id) return active;
    try {
      return app.openById(id);
    } catch {
      throw new ApiError('Requested entity was not found.');
    }
  }

  sheetById(spreadsheet: FakeSpreadsheet, sheetId: number | undefined, path: string): FakeSheet {
    const sheets = spreadsheet.getSheets();
    const sheet = sheetId === undefined ? sheets[0] : sheets.find((s) => s.getSheetId() === sheetId);
    if (!sheet) throw new ApiError(`Invalid requests[${path}]: No grid with id: ${sheetId}`);
    return sheet;
  }

  box(spreadsheet: FakeSpreadsheet, range: S.GridRange | undefined, path: string): Box {
    const sheet = this.sheetById(spreadsheet, range?.sheetId, path);
    const row = range?.startRowIndex ?? 0;
    const column = range?.startColumnIndex ?? 0;
    const endRow = range?.endRowIndex ?? sheet.getMaxRows();
    const endColumn = range?.endColumnIndex ?? sheet.getMaxColumns();
    if (row < 0 || column < 0 || endRow < row || endColumn < column)
      throw new ApiError(`Invalid requests[${path}]: the range is not valid.`);
    if (endRow > sheet.getMaxRows() || endColumn > sheet.getMaxColumns())
      throw new ApiError(
        `Invalid requests[${path}]: Range (${sheet.getName()}!R${row + 1}C${column + 1}:R${endRow}C${endColumn}) exceeds grid limits. Max rows: ${sheet.getMaxRows()}, max columns: ${sheet.getMaxColumns()}`,
      );
    return { sheet, row, column, rows: endRow - row, columns: endColumn - column };
  }

  private range(box: Box): FakeRange {
    return box.sheet.getRange(box.row + 1, box.column + 1, box.rows, box.columns);
  }

  // ---- reading ----

  /** A1 range of `ranges` → a box (whole sheet for a bare name; open ends run to the grid's end). */
  boxOfA1(spreadsheet: FakeSpreadsheet, a1: string): Box {
    const bang = a1.lastIndexOf('!');
    const name = (bang >= 0 ? a1.slice(0, bang) : a1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new ApiError(`Unable to parse range: ${a1}`);
    if (bang < 0)
      return { sheet, row: 0, column: 0, rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    const range = sheet.getRange(a1.slice(bang + 1));
    return {
      sheet,
      row: range.getRow() - 1,
      column: range.getColumn() - 1,
      rows: range.getNumRows(),
      columns: range.getNumColumns(),
    };
  }

  /** The cells of a box as the API's CellData, only with the selected fields (trailing empties trimmed). */
  gridData(box: Box, cellFields: FieldTree | true): S.GridData {
    const all = cellFields === true || !!cellFields['*'];
    const want = (path: string) => all || selects(cellFields as FieldTree, path);
    const tz = box.sheet._parent._timeZone;
    if (box.rows === 0 || box.columns === 0)
      return { startRow: box.row, startColumn: box.column, rowData: [] };
    const range = this.range(box);
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
        const numberFormat = formats ? numberFormatOf(formats[i][j]) : undefined;
        if (numberFormat && (want('userEnteredFormat.numberFormat') || want('effectiveFormat.numberFormat')))
          format.numberFormat = numberFormat;
        const fill = fills?.[i][j];
        if (fill && fill.toLowerCase() !== '#ffffff') format.backgroundColor = hexToColor(fill);
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
    return { startRow: box.row, startColumn: box.column, rowData };
  }

  sheetResource(sheet: FakeSheet, ranges: Box[] | undefined, tree: FieldTree | undefined): S.Sheet {
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
      resource.data = ranges.map((box) => this.gridData(box, valuesTree));
    }
    return resource;
  }

  get(spreadsheetId: unknown, args: Record<string, unknown> | undefined): S.Spreadsheet {
    const known = new Set(['ranges', 'includeGridData', 'fields', 'excludeTablesInBandedRanges']);
    for (const key of Object.keys(args ?? {}))
      if (!known.has(key))
        throw new ApiError(
          `Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter.`,
        );
    const spreadsheet = this.spreadsheet(spreadsheetId);
    const tree = typeof args?.fields === 'string' ? parseFields(args.fields, 'Spreadsheet') : undefined;
    const rangeList =
      args?.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
    const boxes = rangeList.map((r) => this.boxOfA1(spreadsheet, String(r)));
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
          return this.sheetResource(
            sheet,
            dataBoxes,
            sheetsTree ?? (withData ? { '*': true } : tree ? {} : undefined),
          );
        }),
      spreadsheetUrl: spreadsheet.getUrl(),
    };
    return (tree ? pick(resource, tree) : resource) as S.Spreadsheet;
  }

  valuesBatchGet(
    spreadsheetId: unknown,
    args: Record<string, unknown> | undefined,
  ): S.BatchGetValuesResponse {
    const known = new Set([
      'ranges',
      'majorDimension',
      'valueRenderOption',
      'dateTimeRenderOption',
      'fields',
    ]);
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
    const spreadsheet = this.spreadsheet(spreadsheetId);
    const rangeList = Array.isArray(args?.ranges)
      ? args.ranges
      : args?.ranges === undefined
        ? []
        : [args.ranges];
    const tz = spreadsheet.getSpreadsheetTimeZone();
    return {
      spreadsheetId: spreadsheet.getId(),
      valueRanges: rangeList.map((a1) => {
        const box = this.boxOfA1(spreadsheet, String(a1));
        const range = this.range(box);
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

  // ---- writing ----

  private writeCells(box: Box, rows: S.RowData[], tree: FieldTree, useRange: boolean): void {
    const all = !!tree['*'];
    const want = (path: string) => all || selects(tree, path);
    const rectangular =
      useRange || rows.every((r) => (r.values?.length ?? 0) === (rows[0]?.values?.length ?? 0));
    if (!useRange) {
      box.rows = rows.length;
      box.columns = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
      const sheet = box.sheet;
      if (box.row + box.rows > sheet.getMaxRows() || box.column + box.columns > sheet.getMaxColumns())
        throw new ApiError(
          `Invalid requests: Range (${sheet.getName()}!R${box.row + 1}C${box.column + 1}:R${box.row + box.rows}C${box.column + box.columns}) exceeds grid limits. Max rows: ${sheet.getMaxRows()}, max columns: ${sheet.getMaxColumns()}`,
        );
    }
    if (box.rows === 0 || box.columns === 0) return;
    const pieces: { box: Box; rows: S.RowData[] }[] = rectangular
      ? [{ box, rows }]
      : rows
          .map((r, i) => ({
            box: { ...box, row: box.row + i, rows: 1, columns: r.values?.length ?? 0 },
            rows: [r],
          }))
          .filter((p) => p.box.columns > 0);
    for (const piece of pieces) {
      const range = this.range(piece.box);
      const cell = (i: number, j: number): S.CellData => piece.rows[i]?.values?.[j] ?? {};
      const grid = <T>(f: (c: S.CellData) => T): T[][] =>
        Array.from({ length: piece.box.rows }, (_, i) =>
          Array.from({ length: piece.box.columns }, (_, j) => f(cell(i, j))),
        );
      if (want('userEnteredFormat.numberFormat'))
        range.setNumberFormats(grid((c) => c.userEnteredFormat?.numberFormat?.pattern ?? 'General'));
      if (want('userEnteredValue')) {
        const formats = range.getNumberFormats();
        const values = grid((c) => c.userEnteredValue);
        range.setValues(
          values.map((row, i) =>
            row.map((v, j) => {
              if (!v) return '';
              if (v.formulaValue !== undefined) return v.formulaValue;
              if (v.numberValue !== undefined) return v.numberValue;
              if (v.boolValue !== undefined) return v.boolValue;
              // A string value is stored as it is: never read as a number, date or formula.
              const text = v.stringValue ?? '';
              return formats[i][j] === '@' || text === '' ? text : `'${text}`;
            }),
          ),
        );
      }
      if (want('userEnteredFormat.backgroundColor'))
        range.setBackgrounds(grid((c) => colorToHex(c.userEnteredFormat?.backgroundColor)));
      if (want('userEnteredFormat.textFormat.bold') || want('userEnteredFormat.textFormat'))
        range.setFontWeights(grid((c) => (c.userEnteredFormat?.textFormat?.bold ? 'bold' : 'normal')));
      if (want('note')) range.setNotes(grid((c) => c.note ?? ''));
      if (want('dataValidation')) {
        const spreadsheet = piece.box.sheet._parent;
        range.setDataValidations(
          grid((c) => (c.dataValidation ? this.validation(spreadsheet, c.dataValidation) : null)),
        );
      }
    }
  }

  private validation(
    spreadsheet: FakeSpreadsheet,
    rule: S.DataValidationRule,
  ): GoogleAppsScript.Spreadsheet.DataValidation {
    const app = this.app();
    let builder = app.newDataValidation();
    const condition = rule.condition;
    const values = (condition?.values ?? []).map((v) => v.userEnteredValue ?? '');
    if (condition?.type === 'ONE_OF_LIST')
      builder = builder.requireValueInList(values, rule.showCustomUi ?? false);
    else if (condition?.type === 'ONE_OF_RANGE') {
      const a1 = (values[0] ?? '').replace(/^=/, '').replace(/\$/g, '');
      builder = builder.requireValueInRange(spreadsheet.getRange(a1) as never, rule.showCustomUi ?? false);
    } else throw new Error(`not emulated: Sheets BooleanCondition ${String(condition?.type)}`);
    return builder
      .setAllowInvalid(!(rule.strict ?? false))
      .setHelpText(rule.inputMessage ?? '')
      .build() as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }

  batchUpdate(resource: unknown, spreadsheetId: unknown): S.BatchUpdateSpreadsheetResponse {
    checkShape(resource, 'BatchUpdateSpreadsheetRequest', 'requests');
    const requests = ((resource as S.BatchUpdateSpreadsheetRequest).requests ?? []) as S.Request[];
    requests.forEach((request, i) => {
      const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
      if (kinds.length !== 1)
        throw new ApiError(
          `Invalid requests[${i}]: exactly one kind of request must be set (found ${kinds.length}).`,
        );
      const kind = kinds[0] as keyof S.Request;
      const masks: Record<string, string> = {
        updateCells: 'CellData',
        repeatCell: 'CellData',
        updateDimensionProperties: 'DimensionProperties',
        updateSheetProperties: 'SheetProperties',
        updateProtectedRange: 'ProtectedRange',
      };
      const body = request[kind] as Record<string, unknown>;
      if (masks[kind]) {
        if (typeof body.fields !== 'string' || body.fields === '')
          throw new ApiError(`Invalid requests[${i}].${kind}: At least one field must be specified.`);
        // A field mask naming a field the API does not have fails before anything is applied.
        parseFields(body.fields, masks[kind], `requests[${i}].${kind}.fields`);
      }
    });
    const spreadsheet = this.spreadsheet(spreadsheetId);
    const replies = requests.map((request, i) => this.apply(spreadsheet, request, String(i)));
    return { spreadsheetId: spreadsheet.getId(), replies };
  }

  private apply(spreadsheet: FakeSpreadsheet, request: S.Request, path: string): S.Response {
    if (request.updateCells) {
      const r = request.updateCells;
      const tree = parseFields(r.fields ?? '', 'CellData', `requests[${path}].updateCells.fields`);
      if (r.range && r.start)
        throw new ApiError(`Invalid requests[${path}].updateCells: set start or range, not both.`);
      const box = r.range
        ? this.box(spreadsheet, r.range, path)
        : {
            ...this.box(spreadsheet, { sheetId: r.start?.sheetId }, path),
            row: r.start?.rowIndex ?? 0,
            column: r.start?.columnIndex ?? 0,
          };
      this.writeCells(box, r.rows ?? [], tree, !!r.range);
      return {};
    }
    if (request.repeatCell) {
      const r = request.repeatCell;
      const tree = parseFields(r.fields ?? '', 'CellData', `requests[${path}].repeatCell.fields`);
      const box = this.box(spreadsheet, r.range, path);
      const row: S.RowData = { values: Array.from({ length: box.columns }, () => r.cell ?? {}) };
      this.writeCells(
        box,
        Array.from({ length: box.rows }, () => row),
        tree,
        true,
      );
      return {};
    }
    if (request.appendDimension) {
      const r = request.appendDimension;
      const sheet = this.sheetById(spreadsheet, r.sheetId, path);
      if (!r.length || r.length < 1)
        throw new ApiError(`Invalid requests[${path}].appendDimension: length must be positive.`);
      if (r.dimension === 'ROWS') sheet.insertRowsAfter(sheet.getMaxRows(), r.length);
      else if (r.dimension === 'COLUMNS') sheet.insertColumnsAfter(sheet.getMaxColumns(), r.length);
      else
        throw new ApiError(`Invalid requests[${path}].appendDimension: dimension must be ROWS or COLUMNS.`);
      return {};
    }
    if (request.updateDimensionProperties) {
      const r = request.updateDimensionProperties;
      const tree = parseFields(
        r.fields ?? '',
        'DimensionProperties',
        `requests[${path}].updateDimensionProperties.fields`,
      );
      const range = r.range!;
      const sheet = this.sheetById(spreadsheet, range.sheetId, path);
      if (range.dimension !== 'COLUMNS')
        throw new Error(`not emulated: Sheets updateDimensionProperties of ${String(range.dimension)}`);
      if (!selects(tree, 'pixelSize')) return {};
      const start = range.startIndex ?? 0;
      const end = range.endIndex ?? sheet.getMaxColumns();
      if (end > sheet.getMaxColumns())
        throw new ApiError(`Invalid requests[${path}]: columns past the grid (${end}).`);
      for (let c = start; c < end; c++) sheet.setColumnWidth(c + 1, r.properties?.pixelSize ?? 100);
      return {};
    }
    if (request.updateSheetProperties) {
      const r = request.updateSheetProperties;
      const tree = parseFields(
        r.fields ?? '',
        'SheetProperties',
        `requests[${path}].updateSheetProperties.fields`,
      );
      const sheet = this.sheetById(spreadsheet, r.properties?.sheetId, path);
      this.sheetProperties(sheet, r.properties ?? {}, tree);
      return {};
    }
    if (request.addSheet) {
      const properties = request.addSheet.properties ?? {};
      const title = properties.title ?? `Sheet${spreadsheet.getSheets().length + 1}`;
      if (spreadsheet.getSheetByName(title))
        throw new ApiError(
          `Invalid requests[${path}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`,
        );
      if (properties.sheetId !== undefined)
        throw new Error('not emulated: Sheets addSheet with a chosen sheetId');
      const sheet = spreadsheet.insertSheet(title);
      this.sheetProperties(sheet, { ...properties, title: undefined }, { '*': true });
      return {
        addSheet: { properties: this.sheetResource(sheet, undefined, { properties: true }).properties },
      };
    }
    if (request.setDataValidation) {
      const r = request.setDataValidation;
      const box = this.box(spreadsheet, r.range, path);
      const rule = r.rule ? this.validation(spreadsheet, r.rule) : null;
      this.range(box).setDataValidation(rule);
      return {};
    }
    if (request.addProtectedRange) {
      const p = request.addProtectedRange.protectedRange ?? {};
      if (p.protectedRangeId !== undefined)
        throw new Error('not emulated: Sheets addProtectedRange with a chosen protectedRangeId');
      const sheet = this.sheetById(spreadsheet, p.range?.sheetId, path);
      const whole = Object.keys(p.range ?? {}).every((k) => k === 'sheetId');
      const protection = (
        whole ? sheet.protect() : this.range(this.box(spreadsheet, p.range, path)).protect()
      ) as FakeProtection;
      this.protectionProperties(protection, p, { '*': true });
      return { addProtectedRange: { protectedRange: { ...p, protectedRangeId: protectionId(protection) } } };
    }
    if (request.updateProtectedRange) {
      const r = request.updateProtectedRange;
      const tree = parseFields(
        r.fields ?? '',
        'ProtectedRange',
        `requests[${path}].updateProtectedRange.fields`,
      );
      const protection = this.protectionById(spreadsheet, r.protectedRange?.protectedRangeId, path);
      if (selects(tree, 'range')) throw new Error('not emulated: Sheets updateProtectedRange of its range');
      this.protectionProperties(protection, r.protectedRange ?? {}, tree);
      return {};
    }
    if (request.deleteProtectedRange) {
      this.protectionById(spreadsheet, request.deleteProtectedRange.protectedRangeId, path).remove();
      return {};
    }
    throw new Error(`not emulated: Sheets request ${Object.keys(request)[0]}`);
  }

  private sheetProperties(sheet: FakeSheet, p: S.SheetProperties, tree: FieldTree): void {
    const all = !!tree['*'];
    const want = (path: string) => all || selects(tree, path);
    if (p.title !== undefined && want('title')) sheet.setName(p.title);
    if (want('hidden') && p.hidden !== undefined) {
      if (p.hidden) sheet.hideSheet();
      else sheet.showSheet();
    }
    const grid = p.gridProperties;
    if (grid) {
      if (want('gridProperties.rowCount') && grid.rowCount !== undefined) {
        if (grid.rowCount < sheet.getMaxRows())
          throw new Error('not emulated: Sheets fewer rows than the grid has');
        if (grid.rowCount > sheet.getMaxRows())
          sheet.insertRowsAfter(sheet.getMaxRows(), grid.rowCount - sheet.getMaxRows());
      }
      if (want('gridProperties.columnCount') && grid.columnCount !== undefined) {
        if (grid.columnCount < sheet.getMaxColumns())
          throw new Error('not emulated: Sheets fewer columns than the grid has');
        if (grid.columnCount > sheet.getMaxColumns())
          sheet.insertColumnsAfter(sheet.getMaxColumns(), grid.columnCount - sheet.getMaxColumns());
      }
      if (want('gridProperties.frozenRowCount') && grid.frozenRowCount !== undefined)
        sheet.setFrozenRows(grid.frozenRowCount);
      if (want('gridProperties.frozenColumnCount') && grid.frozenColumnCount !== undefined)
        sheet.setFrozenColumns(grid.frozenColumnCount);
    }
    if (want('index') && p.index !== undefined && p.index !== sheet.getIndex() - 1)
      throw new Error('not emulated: Sheets moving a sheet (index)');
  }

  private protectionById(spreadsheet: FakeSpreadsheet, id: number | undefined, path: string): FakeProtection {
    for (const type of ['RANGE', 'SHEET']) {
      for (const p of spreadsheet.getProtections(
        type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
      ) as FakeProtection[]) {
        if (protectionId(p) === id) return p;
      }
    }
    throw new ApiError(`Invalid requests[${path}]: No protected range with id: ${id}`);
  }

  private protectionProperties(protection: FakeProtection, p: S.ProtectedRange, tree: FieldTree): void {
    const all = !!tree['*'];
    const want = (path: string) => all || selects(tree, path);
    if (want('description') && p.description !== undefined) protection.setDescription(p.description);
    if (want('warningOnly') && p.warningOnly !== undefined) protection.setWarningOnly(p.warningOnly);
    if (want('editors') && p.editors) {
      if (p.editors.domainUsersCanEdit !== undefined) protection.setDomainEdit(p.editors.domainUsersCanEdit);
      if (p.editors.users) {
        const wanted = new Set(p.editors.users.map((u) => u.toLowerCase()));
        const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
        const remove = current.filter((e) => !wanted.has(e));
        const add = [...wanted].filter((e) => !current.includes(e));
        if (remove.length) protection.removeEditors(remove);
        if (add.length) protection.addEditors(add);
      }
    }
  }

  create(resource: unknown): S.Spreadsheet {
    checkShape(resource ?? {}, 'Spreadsheet', 'spreadsheet');
    const body = (resource ?? {}) as S.Spreadsheet;
    for (const sheet of body.sheets ?? []) {
      if (sheet.protectedRanges)
        throw new Error('not emulated: Sheets create with protectedRanges (add them with batchUpdate)');
    }
    const created = this.app().create(body.properties?.title ?? 'Untitled spreadsheet');
    if (body.properties?.timeZone || body.properties?.locale)
      throw new Error('not emulated: Sheets create with a time zone or locale');
    (body.sheets ?? []).forEach((sheetBody, i) => {
      const properties = sheetBody.properties ?? {};
      let sheet: FakeSheet;
      if (i === 0) {
        sheet = created.getSheets()[0];
        if (properties.title) sheet.setName(properties.title);
      } else sheet = created.insertSheet(properties.title ?? `Sheet${i + 1}`);
      this.sheetProperties(sheet, { ...properties, title: undefined }, { '*': true });
      for (const data of sheetBody.data ?? []) {
        const box: Box = {
          sheet,
          row: data.startRow ?? 0,
          column: data.startColumn ?? 0,
          rows: 0,
          columns: 0,
        };
        this.writeCells(box, data.rowData ?? [], { '*': true }, false);
        (data.columnMetadata ?? []).forEach((meta, j) => {
          if (meta.pixelSize !== undefined)
            sheet.setColumnWidth((data.startColumn ?? 0) + j + 1, meta.pixelSize);
        });
        if (data.rowMetadata?.length) throw new Error('not emulated: Sheets create with rowMetadata');
      }
    });
    return this.get(created.getId(), {
      fields:
        'spreadsheetId,properties(title,timeZone),sheets(properties(sheetId,title,index,gridProperties))',
    }) as S.Spreadsheet & {
      spreadsheetId: string;
    };
  }
}

function extendedValue(value: Value, timeZone: string): S.ExtendedValue {
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (isDate(value)) return { numberValue: serialOf(value, timeZone) };
  return { stringValue: String(value) };
}

function gridRangeOf(range: FakeRange): S.GridRange {
  return {
    sheetId: range.getSheet().getSheetId(),
    startRowIndex: range.getRow() - 1,
    endRowIndex: range.getRow() - 1 + range.getNumRows(),
    startColumnIndex: range.getColumn() - 1,
    endColumnIndex: range.getColumn() - 1 + range.getNumColumns(),
  };
}

function ruleOf(rule: FakeDataValidation): S.DataValidationRule {
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

/** `Sheets.Spreadsheets.Values`. */
export class FakeSheetsValues {
  static gasClass = 'Sheets.Spreadsheets.Values';
  constructor(private readonly _model: SheetsModel) {}
  batchGet(spreadsheetId: string, optionalArgs?: Record<string, unknown>): S.BatchGetValuesResponse {
    try {
      return this._model.valuesBatchGet(spreadsheetId, optionalArgs);
    } catch (error) {
      throw apiError('values.batchGet', error);
    }
  }
}

/** `Sheets.Spreadsheets`. */
export class FakeSheetsSpreadsheets {
  static gasClass = 'Sheets.Spreadsheets';
  static gasProperties = ['Values'] as const;
  readonly Values: FakeSheetsValues;
  constructor(
    private readonly _model: SheetsModel,
    wrap: <T extends object>(value: T) => T,
  ) {
    this.Values = wrap(new FakeSheetsValues(_model));
  }
  get(spreadsheetId: string, optionalArgs?: Record<string, unknown>): S.Spreadsheet {
    try {
      return this._model.get(spreadsheetId, optionalArgs);
    } catch (error) {
      throw apiError('get', error);
    }
  }
  batchUpdate(resource: unknown, spreadsheetId: string): S.BatchUpdateSpreadsheetResponse {
    try {
      return this._model.batchUpdate(resource, spreadsheetId);
    } catch (error) {
      throw apiError('batchUpdate', error);
    }
  }
  create(resource: unknown): S.Spreadsheet {
    try {
      return this._model.create(resource);
    } catch (error) {
      throw apiError('create', error);
    }
  }
}

/** The `Sheets` global (enabled in appsscript.json as userSymbol "Sheets", v4). */
export class FakeAdvancedSheets {
  static gasClass = 'Sheets';
  static gasProperties = ['Spreadsheets'] as const;
  readonly Spreadsheets: FakeSheetsSpreadsheets;
  constructor(model: SheetsModel, wrap: <T extends object>(value: T) => T) {
    this.Spreadsheets = wrap(new FakeSheetsSpreadsheets(model, wrap));
  }
}

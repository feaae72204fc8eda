/**
 * `Sheets.Spreadsheets.batchUpdate`: the requests the tool sends (updateCells, repeatCell,
 * appendDimension, updateDimensionProperties, updateSheetProperties, addSheet, setDataValidation,
 * add/update/deleteProtectedRange), each carried out with the fakes' own methods.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
 */
import type { FakeProtection } from '../spreadsheet/protection';
import { chooseSheetId } from '../spreadsheet/sheet';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import { sheetResource } from './get';
import { checkChosenSheetId, protectionId, type SheetsModel } from './model';
import { ApiError, checkShape, parseFields, selects } from './schema';
import {
  protectionById,
  setProtectionProperties,
  setSheetProperties,
  validationOf,
  writeCells,
} from './write';

import S = GoogleAppsScript.Sheets.Schema;

export function batchUpdate(
  model: SheetsModel,
  resource: unknown,
  spreadsheetId: unknown,
): S.BatchUpdateSpreadsheetResponse {
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
  model.moved = { read: 0, written: 0 };
  const spreadsheet = model.spreadsheet(spreadsheetId);
  const replies = requests.map((request, i) => applyRequest(model, spreadsheet, request, String(i)));
  return { spreadsheetId: spreadsheet.getId(), replies };
}

export function applyRequest(
  model: SheetsModel,
  spreadsheet: FakeSpreadsheet,
  request: S.Request,
  path: string,
): S.Response {
  if (request.updateCells) {
    const r = request.updateCells;
    const tree = parseFields(r.fields ?? '', 'CellData', `requests[${path}].updateCells.fields`);
    if (r.range && r.start)
      throw new ApiError(`Invalid requests[${path}].updateCells: set start or range, not both.`);
    const box = r.range
      ? model.box(spreadsheet, r.range, path)
      : {
          ...model.box(spreadsheet, { sheetId: r.start?.sheetId }, path),
          row: r.start?.rowIndex ?? 0,
          column: r.start?.columnIndex ?? 0,
        };
    writeCells(model, box, r.rows ?? [], tree, !!r.range);
    return {};
  }
  if (request.repeatCell) {
    const r = request.repeatCell;
    const tree = parseFields(r.fields ?? '', 'CellData', `requests[${path}].repeatCell.fields`);
    const box = model.box(spreadsheet, r.range, path);
    const row: S.RowData = { values: Array.from({ length: box.columns }, () => r.cell ?? {}) };
    // One cell's content over a range: its cells are priced as a range request's (cost.ts).
    const before = model.moved.written;
    writeCells(
      model,
      box,
      Array.from({ length: box.rows }, () => row),
      tree,
      true,
    );
    model.moved.ranged = (model.moved.ranged ?? 0) + model.moved.written - before;
    return {};
  }
  if (request.appendDimension) {
    const r = request.appendDimension;
    const sheet = model.sheetById(spreadsheet, r.sheetId, path);
    if (!r.length || r.length < 1)
      throw new ApiError(`Invalid requests[${path}].appendDimension: length must be positive.`);
    if (r.dimension === 'ROWS') sheet.insertRowsAfter(sheet.getMaxRows(), r.length);
    else if (r.dimension === 'COLUMNS') sheet.insertColumnsAfter(sheet.getMaxColumns(), r.length);
    else throw new ApiError(`Invalid requests[${path}].appendDimension: dimension must be ROWS or COLUMNS.`);
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
    const sheet = model.sheetById(spreadsheet, range.sheetId, path);
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
    const sheet = model.sheetById(spreadsheet, r.properties?.sheetId, path);
    setSheetProperties(sheet, r.properties ?? {}, tree);
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
      checkChosenSheetId(
        spreadsheet.getSheets().map((s) => s.getSheetId()),
        properties.sheetId,
        `requests[${path}].addSheet`,
      );
    const sheet = spreadsheet.insertSheet(title);
    // A chosen sheetId (unique, non-negative) lets later requests of the same batch name the sheet.
    if (properties.sheetId !== undefined) chooseSheetId(sheet, properties.sheetId);
    setSheetProperties(sheet, { ...properties, title: undefined, sheetId: undefined }, { '*': true });
    return {
      addSheet: { properties: sheetResource(model, sheet, undefined, { properties: true }).properties },
    };
  }
  if (request.setDataValidation) {
    const r = request.setDataValidation;
    const box = model.box(spreadsheet, r.range, path);
    const rule = r.rule ? validationOf(model, spreadsheet, r.rule) : null;
    // One rule over a range: its cells are priced as a range request's (cost.ts).
    model.moved.written += box.rows * box.columns;
    model.moved.ranged = (model.moved.ranged ?? 0) + box.rows * box.columns;
    model.range(box).setDataValidation(rule);
    return {};
  }
  if (request.addProtectedRange) {
    const p = request.addProtectedRange.protectedRange ?? {};
    if (p.protectedRangeId !== undefined)
      throw new Error('not emulated: Sheets addProtectedRange with a chosen protectedRangeId');
    checkProtectedRange(p, `requests[${path}].addProtectedRange.protectedRange`);
    return { addProtectedRange: { protectedRange: addProtection(model, spreadsheet, p, path) } };
  }
  if (request.updateProtectedRange) {
    const r = request.updateProtectedRange;
    const tree = parseFields(
      r.fields ?? '',
      'ProtectedRange',
      `requests[${path}].updateProtectedRange.fields`,
    );
    const protection = protectionById(spreadsheet, r.protectedRange?.protectedRangeId, path);
    if (selects(tree, 'range')) throw new Error('not emulated: Sheets updateProtectedRange of its range');
    setProtectionProperties(protection, r.protectedRange ?? {}, tree);
    return {};
  }
  if (request.deleteProtectedRange) {
    protectionById(spreadsheet, request.deleteProtectedRange.protectedRangeId, path).remove();
    return {};
  }
  throw new Error(`not emulated: Sheets request ${Object.keys(request)[0]}`);
}

/**
 * "ProtectedRange is warningOnly. Editors cannot be set on it." (the API's refusal; ProtectedRange:
 * "Editors are not supported with warning_only protection").
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 */
export function checkProtectedRange(p: S.ProtectedRange, path: string): void {
  if (p.warningOnly && p.editors)
    throw new ApiError(`Invalid ${path}: ProtectedRange is warningOnly. Editors cannot be set on it.`);
}

/** Makes a protected range (a whole sheet when its range names only the sheet); returns it with its ID. */
export function addProtection(
  model: SheetsModel,
  spreadsheet: FakeSpreadsheet,
  p: S.ProtectedRange,
  path: string,
): S.ProtectedRange {
  const sheet = model.sheetById(spreadsheet, p.range?.sheetId, path);
  const whole = Object.keys(p.range ?? {}).every((k) => k === 'sheetId');
  const protection = (
    whole ? sheet.protect() : model.range(model.box(spreadsheet, p.range, path)).protect()
  ) as FakeProtection;
  setProtectionProperties(protection, p, { '*': true });
  return { ...p, protectedRangeId: protectionId(protection) };
}

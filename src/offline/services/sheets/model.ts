/**
 * The state of the emulated Sheets API over the SpreadsheetApp emulation's spreadsheets: finding a
 * spreadsheet, a sheet by ID and a grid range, and counting the cells a call moves. Each request
 * family (get.ts, values-batch-get.ts, batch-update.ts, create.ts) works through it.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets
 */
import type { FakeProtection } from '../spreadsheet/protection';
import type { FakeRange } from '../spreadsheet/range';
import type { FakeSheet } from '../spreadsheet/sheet';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import type { FakeSpreadsheetApp } from '../spreadsheet/spreadsheet-app';
import { parseA1 } from '../spreadsheet/a1';
import { ApiError } from './schema';
import { CALLER_NO_PERMISSION, NO_ACCESS_TO_DOCUMENT } from '../limits';

import S = GoogleAppsScript.Sheets.Schema;

/** An error as Apps Script reports a failed advanced-service call. */
export function apiError(method: string, error: unknown): Error {
  if (error instanceof ApiError)
    return new Error(`API call to sheets.spreadsheets.${method} failed with error: ${error.message}`);
  return error as Error;
}

/** Protected range IDs: stable for a protection record within a run. */
const protectionIds = new WeakMap<object, number>();
let nextProtectionId = 1000001;
export function protectionId(protection: FakeProtection): number {
  let id = protectionIds.get(protection._record);
  if (id === undefined) {
    id = nextProtectionId++;
    protectionIds.set(protection._record, id);
  }
  return id;
}

/** A rectangle of a sheet, 0-based and end-exclusive as in a GridRange, bounded by the grid. */
export interface Box {
  sheet: FakeSheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * A sheetId a request chooses (addSheet, create): "Must be non-negative", and sheet IDs are unique
 * within a spreadsheet ("A sheet with the ID … already exists" is the API's refusal).
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties
 */
export function checkChosenSheetId(taken: readonly number[], sheetId: unknown, path: string): void {
  if (typeof sheetId !== 'number' || !Number.isInteger(sheetId) || sheetId < 0)
    throw new ApiError(
      `Invalid ${path}.properties.sheetId: the ID of a sheet must be a non-negative integer.`,
    );
  if (taken.includes(sheetId))
    throw new ApiError(
      `Invalid ${path}: A sheet with the ID ${sheetId} already exists. Please enter another ID.`,
    );
}

export class SheetsModel {
  /**
   * Cells the last call read and wrote (priced per cell by the cost model, services/cost.ts);
   * `ranged`: how many of those written a range request covered (setDataValidation, repeatCell).
   */
  moved: { read: number; written: number; ranged?: number } = { read: 0, written: 0 };

  constructor(readonly app: () => FakeSpreadsheetApp) {}

  spreadsheet(id: unknown): FakeSpreadsheet {
    if (typeof id !== 'string' || !id) throw new ApiError('Invalid requests: spreadsheetId is required.');
    const app = this.app();
    const active = app.getActiveSpreadsheet();
    if (active.getId() === id) return active;
    try {
      return app.openById(id);
    } catch (error) {
      const message = (error as Error).message;
      if (message === NO_ACCESS_TO_DOCUMENT) throw new ApiError(CALLER_NO_PERMISSION);
      // A file the runtime cannot read says why (the offline stand-in for a file Google cannot open).
      if (!/no spreadsheet with id/.test(message)) throw new ApiError(message);
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

  range(box: Box): FakeRange {
    return box.sheet.getRange(box.row + 1, box.column + 1, box.rows, box.columns);
  }

  /** A1 range of `ranges` → a box (whole sheet for a bare name; open ends run to the grid's end). */
  boxOfA1(spreadsheet: FakeSpreadsheet, a1: string): Box {
    const bang = a1.lastIndexOf('!');
    const name = (bang >= 0 ? a1.slice(0, bang) : a1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new ApiError(`Unable to parse range: ${a1}`);
    if (bang < 0)
      return { sheet, row: 0, column: 0, rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    // A range past the grid is the API's 400 (as the Sheets API reports it; the reference does not
    // give the wording): https://developers.google.com/sheets/api/guides/concepts#cell
    const grid = parseA1(a1.slice(bang + 1));
    const lastRow = grid.numRows === undefined ? grid.row : grid.row + grid.numRows - 1;
    const lastColumn = grid.numColumns === undefined ? grid.column : grid.column + grid.numColumns - 1;
    if (lastRow > sheet.getMaxRows() || lastColumn > sheet.getMaxColumns())
      throw new ApiError(
        `Range (${a1}) exceeds grid limits. Max rows: ${sheet.getMaxRows()}, max columns: ${sheet.getMaxColumns()}`,
      );
    const range = sheet.getRange(a1.slice(bang + 1));
    return {
      sheet,
      row: range.getRow() - 1,
      column: range.getColumn() - 1,
      rows: range.getNumRows(),
      columns: range.getNumColumns(),
    };
  }
}

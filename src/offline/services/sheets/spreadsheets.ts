/** The emulated class `Sheets.Spreadsheets`: get, batchUpdate and create, one module each. */
import type { Emulates } from '../emulation';
import { batchUpdate } from './batch-update';
import { createSpreadsheet } from './create';
import { getSpreadsheet } from './get';
import { apiError, type SheetsModel } from './model';
import { FakeSheetsValues } from './spreadsheets-values';

import S = GoogleAppsScript.Sheets.Schema;

/** `Sheets.Spreadsheets`. */
export class FakeSheetsSpreadsheets implements Emulates<
  GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection,
  'Values' | 'get' | 'batchUpdate' | 'create'
> {
  static gasClass = 'Sheets.Spreadsheets';
  static gasProperties = ['Values'] as const;
  readonly Values: FakeSheetsValues;
  constructor(
    private readonly _model: SheetsModel,
    wrap: <T extends object>(value: T) => T,
  ) {
    this.Values = wrap(new FakeSheetsValues(_model));
  }
  /** The cells the call moved, for the cost model. */
  _cellsMoved(): { read: number; written: number } {
    return this._model.moved;
  }
  get(spreadsheetId: string, optionalArgs?: object): S.Spreadsheet {
    try {
      return getSpreadsheet(this._model, spreadsheetId, optionalArgs as Record<string, unknown> | undefined);
    } catch (error) {
      throw apiError('get', error);
    }
  }
  batchUpdate(resource: unknown, spreadsheetId: string): S.BatchUpdateSpreadsheetResponse {
    try {
      return batchUpdate(this._model, resource, spreadsheetId);
    } catch (error) {
      throw apiError('batchUpdate', error);
    }
  }
  create(resource: unknown): S.Spreadsheet {
    try {
      return createSpreadsheet(this._model, resource);
    } catch (error) {
      throw apiError('create', error);
    }
  }
}

/** The emulated class `Sheets.Spreadsheets.Values` (its batchGet: values-batch-get.ts). */
import type { Emulates } from '../emulation';
import { apiError, type SheetsModel } from './model';
import { valuesBatchGet } from './values-batch-get';

import S = GoogleAppsScript.Sheets.Schema;

/** `Sheets.Spreadsheets.Values`. */
export class FakeSheetsValues implements Emulates<
  GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection,
  'batchGet'
> {
  static gasClass = 'Sheets.Spreadsheets.Values';
  constructor(private readonly _model: SheetsModel) {}
  /** The cells the call moved, for the cost model. */
  _cellsMoved(): { read: number; written: number } {
    return this._model.moved;
  }
  batchGet(spreadsheetId: string, optionalArgs?: object): S.BatchGetValuesResponse {
    try {
      return valuesBatchGet(this._model, spreadsheetId, optionalArgs as Record<string, unknown> | undefined);
    } catch (error) {
      throw apiError('values.batchGet', error);
    }
  }
}

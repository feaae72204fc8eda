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
 *
 * One module per emulated class (advanced.ts: `Sheets`, spreadsheets.ts, spreadsheets-values.ts)
 * and one per request family (get.ts, values-batch-get.ts, batch-update.ts, create.ts) over the
 * shared model.ts, write.ts and cells.ts.
 */
import type { Emulates } from '../emulation';
import type { SheetsModel } from './model';
import { FakeSheetsSpreadsheets } from './spreadsheets';

export { dateOfSerial, serialOf } from './cells';
export { SheetsModel } from './model';
export { FakeSheetsSpreadsheets } from './spreadsheets';
export { FakeSheetsValues } from './spreadsheets-values';

/** The `Sheets` global (enabled in appsscript.json as userSymbol "Sheets", v4). */
export class FakeAdvancedSheets implements Emulates<GoogleAppsScript.Sheets, 'Spreadsheets'> {
  static gasClass = 'Sheets';
  static gasProperties = ['Spreadsheets'] as const;
  readonly Spreadsheets: FakeSheetsSpreadsheets;
  constructor(model: SheetsModel, wrap: <T extends object>(value: T) => T) {
    this.Spreadsheets = wrap(new FakeSheetsSpreadsheets(model, wrap));
  }
}

/** The advanced Sheets service (v4) over the SpreadsheetApp emulation's spreadsheets, and its factory. */
import type { ServiceContext } from '../registry';
import type { FakeSpreadsheetApp } from '../spreadsheet/spreadsheet-app';
import { FakeAdvancedSheets, FakeSheetsSpreadsheets, FakeSheetsValues, SheetsModel } from './advanced';

export { FakeAdvancedSheets, FakeSheetsSpreadsheets, FakeSheetsValues, SheetsModel } from './advanced';
export { dateOfSerial, serialOf } from './advanced';

export const SHEETS_CLASSES = [FakeAdvancedSheets, FakeSheetsSpreadsheets, FakeSheetsValues];

export const sheetsServices = {
  Sheets: (context: ServiceContext) =>
    new FakeAdvancedSheets(
      new SheetsModel(() => context.service('SpreadsheetApp') as FakeSpreadsheetApp),
      (v) => context.emulator.wrap(v),
    ),
};

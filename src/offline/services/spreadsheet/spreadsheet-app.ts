/** SpreadsheetApp: the active spreadsheet, builders, enums, create/openById. */
import { NO_ACCESS_TO_DOCUMENT } from '../limits';
import type { Emulates } from '../emulation';
import { DATA_VALIDATION_CRITERIA, FakeDataValidationBuilder } from './data-validation';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** The spreadsheets of a runtime: the active one, and those created or opened by id. */
export interface SpreadsheetDirectory {
  active(): FakeSpreadsheet;
  create(name: string): FakeSpreadsheet;
  byId(id: string): FakeSpreadsheet | undefined;
  /** Every spreadsheet, the active one first (what Drive lists; a runtime without it: the active one). */
  all?(): FakeSpreadsheet[];
  ui(): FakeUi;
}

export class FakeSpreadsheetApp implements Emulates<
  GasApp,
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getUi'
  | 'newDataValidation'
  | 'flush'
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'ProtectionType'
  | 'BorderStyle'
  | 'DataValidationCriteria'
> {
  static gasClass = 'SpreadsheetApp';
  static gasProperties = ['ProtectionType', 'BorderStyle', 'DataValidationCriteria', 'WrapStrategy'];
  readonly ProtectionType = {
    RANGE: 'RANGE',
    SHEET: 'SHEET',
  } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly BorderStyle = {
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID: 'SOLID',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  } as unknown as typeof GoogleAppsScript.Spreadsheet.BorderStyle;
  readonly DataValidationCriteria =
    DATA_VALIDATION_CRITERIA as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };

  constructor(private readonly _directory: SpreadsheetDirectory) {}

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this._directory.active();
  }
  getActive(): FakeSpreadsheet {
    return this._directory.active();
  }
  getActiveSheet(): FakeSheet {
    return this._directory.active().getActiveSheet();
  }
  getActiveRange(): FakeRange {
    return this._directory.active().getActiveRange();
  }
  getUi(): FakeUi {
    return this._directory.ui();
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  flush(): void {}
  create(name: string, _rows?: number, _columns?: number): FakeSpreadsheet {
    return this._directory.create(name);
  }
  /** A spreadsheet the running user is not the owner or an editor of does not open (limits.ts). */
  openById(id: string): FakeSpreadsheet {
    const found = this._directory.byId(id);
    if (!found)
      throw new Error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp. (no spreadsheet with id ${id})`,
      );
    if (!found._canOpen()) throw new Error(NO_ACCESS_TO_DOCUMENT);
    return found;
  }
  /** Every spreadsheet of the runtime, the active one first (not a SpreadsheetApp method: Drive's view). */
  _all(): FakeSpreadsheet[] {
    return this._directory.all?.() ?? [this._directory.active()];
  }
  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? url;
    return this.openById(id);
  }
}

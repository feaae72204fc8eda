/** Spreadsheet over an exceljs workbook. */
import ExcelJS from 'exceljs';
import type { Emulates } from '../emulation';
import type { Host } from '../host';
import { MAX_CELLS, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, PROTECTED, TOO_MANY_CELLS } from '../limits';
import { parseA1, type GridRange } from './a1';
import { DateConverter } from './cells';
import { FakeProtection, FakeUser, type ProtectionRecord } from './protection';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  ownerEmail: string;
  editors: string[];
  protections: ProtectionRecord[];
  /** The grid of each sheet as the runtime last saved it (kept beside the workbook). */
  grids?: Record<string, SheetGrid>;
  /**
   * Drive's modifiedTime of the spreadsheet (RFC 3339): moved on by every change (FakeSpreadsheet
   * _touch); kept beside the workbook with the file's hash, so that a file edited outside the
   * runtime is seen as changed (persistence.ts modifiedTimeOf).
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.modified_time
   */
  modifiedTime?: string;
}

/**
 * Where a spreadsheet's sheets come from: an .xlsx file (their used range), typed into Google
 * Sheets (new sheets holding that data), or created by the script (one new sheet).
 */
export type SheetsOrigin = 'file' | 'google' | 'created';

/** A sheet's grid: its rows and columns (Sheet.getMaxRows/getMaxColumns). */
export interface SheetGrid {
  rows: number;
  columns: number;
}

const DEFAULT_GRID = 1000 * 26;

/** A protection's range in grid terms (whole rows/columns reach the sheet's grid). */
function gridOf(a1: string, sheet: FakeSheet): Required<Omit<GridRange, 'sheetName'>> {
  const grid = parseA1(a1.slice(a1.lastIndexOf('!') + 1));
  return {
    row: grid.row,
    column: grid.column,
    numRows: grid.numRows ?? Math.max(1, sheet.getMaxRows() - grid.row + 1),
    numColumns: grid.numColumns ?? Math.max(1, sheet.getMaxColumns() - grid.column + 1),
  };
}

function intersects(
  g: Required<Omit<GridRange, 'sheetName'>>,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): boolean {
  return (
    g.row < row + numRows &&
    row < g.row + g.numRows &&
    g.column < column + numColumns &&
    column < g.column + g.numColumns
  );
}

/** Whether every cell of the range lies in one of the open (unprotected) ranges. */
function covered(
  open: Required<Omit<GridRange, 'sheetName'>>[],
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): boolean {
  if (!open.length) return false;
  for (let r = row; r < row + numRows; r++) {
    for (let c = column; c < column + numColumns; c++) {
      if (
        !open.some((g) => r >= g.row && r < g.row + g.numRows && c >= g.column && c < g.column + g.numColumns)
      )
        return false;
    }
  }
  return true;
}

export class FakeSpreadsheet implements Emulates<
  GasSpreadsheet,
  | 'getSheetByName'
  | 'getSheets'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'getCurrentCell'
  | 'getSpreadsheetTimeZone'
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'toast'
  | 'getOwner'
  | 'addEditor'
  | 'addEditors'
  | 'getEditors'
  | 'getRange'
  | 'getRangeByName'
  | 'getProtections'
> {
  static gasClass = 'Spreadsheet';
  readonly _dates: DateConverter;
  private readonly _sheetCache = new Map<ExcelJS.Worksheet, FakeSheet>();
  /** The grid of each sheet the spreadsheet was opened with (a sheet inserted later is new). */
  private readonly _openedGrids = new Map<ExcelJS.Worksheet, SheetGrid>();
  private _activeSheet: ExcelJS.Worksheet | undefined;
  private _activeRange: FakeRange | undefined;

  constructor(
    readonly _workbook: ExcelJS.Workbook,
    readonly _state: SpreadsheetState,
    readonly _host: Host,
    options: { sheets?: SheetsOrigin } = {},
  ) {
    this._dates = new DateConverter(_state.timeZone, _host.realm);
    // A sheet read from a file has its used range as its grid (rows and columns with a value or
    // formatting, at least 1 × 1), or the grid the runtime saved beside it when that is larger (an
    // .xlsx does not record empty rows of the grid). Google does not document the grid of an
    // uploaded .xlsx (https://support.google.com/drive/answer/37603 gives only the 10 million
    // cells); this is the stricter reading: every write past the data must grow the grid first.
    // Sheets typed into Google Sheets are new sheets (1,000 × 26, or their data's size when larger);
    // a spreadsheet the script creates has one new sheet (see FakeSheet).
    const origin = options.sheets ?? 'file';
    if (origin === 'created') return;
    for (const ws of _workbook.worksheets) {
      const saved = _state.grids?.[ws.name];
      const least =
        origin === 'google' ? { rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS } : { rows: 1, columns: 1 };
      this._openedGrids.set(ws, {
        rows: Math.max(least.rows, ws.rowCount, saved?.rows ?? 0),
        columns: Math.max(least.columns, ws.columnCount, saved?.columns ?? 0),
      });
    }
  }

  /** The grid a sheet starts with: as opened, or a new sheet's (undefined). */
  _openedGrid(ws: ExcelJS.Worksheet): SheetGrid | undefined {
    return this._openedGrids.get(ws);
  }

  /** Each sheet's grid, by name (saved beside the workbook). */
  _grids(): Record<string, SheetGrid> {
    return Object.fromEntries(
      this._sheets().map((sheet) => [
        sheet.getName(),
        { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() },
      ]),
    );
  }

  get _timeZone(): string {
    return this._state.timeZone;
  }

  _worksheetByName(name: string): ExcelJS.Worksheet | undefined {
    const sheets = this._workbook.worksheets;
    return (
      sheets.find((ws) => ws.name === name) ??
      sheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase())
    );
  }

  _sheet(ws: ExcelJS.Worksheet): FakeSheet {
    let sheet = this._sheetCache.get(ws);
    if (!sheet) {
      sheet = new FakeSheet(ws, this);
      this._sheetCache.set(ws, sheet);
    }
    return sheet;
  }

  _sheets(): FakeSheet[] {
    return this._workbook.worksheets.map((ws) => this._sheet(ws));
  }

  _setActive(sheet: FakeSheet, range?: FakeRange): void {
    this._activeSheet = sheet._worksheet;
    this._activeRange = range;
  }

  /** Cells of all grids (Sheets allows 10 million a spreadsheet). */
  _gridCells(): number {
    return this._sheets().reduce((sum, sheet) => sum + sheet._cells(), 0);
  }

  /** Whether the running user may open the spreadsheet: its owner or one of its editors. */
  _canOpen(): boolean {
    const user = this._host.userEmail.toLowerCase();
    return [this._state.ownerEmail, ...this._state.editors].some((email) => email.toLowerCase() === user);
  }

  /**
   * Whether the running user may edit a protection: the owner always can, else its editors.
   * https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
   */
  _canEdit(record: ProtectionRecord): boolean {
    const user = this._host.userEmail.toLowerCase();
    if (user === this._state.ownerEmail.toLowerCase()) return true;
    return record.editors.some((email) => email.toLowerCase() === user);
  }

  /**
   * Refuses a write (or, with structure, a change to the sheet itself) that touches a cell
   * protected against the running user. Warning-only protections do not stop scripts (the warning
   * is the UI's). https://developers.google.com/apps-script/reference/spreadsheet/protection
   * Google does not document which sheet-level changes a protection blocks: the stricter reading
   * blocks every structural change (rename, insert, freeze, widths, hide, tab colour) of a sheet
   * whose protection the user may not edit.
   */
  _checkWrite(
    sheet: FakeSheet,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    structure = false,
  ): void {
    const name = sheet.getName();
    for (const record of this._state.protections) {
      if (record.sheetName !== name || record.warningOnly || this._canEdit(record)) continue;
      if (record.type === 'RANGE') {
        // A change to the sheet itself (freeze, widths, rename...) does not edit a protected range.
        if (structure) continue;
        if (intersects(gridOf(record.range, sheet), row, column, numRows, numColumns))
          throw new Error(PROTECTED);
        continue;
      }
      if (structure) throw new Error(PROTECTED);
      const open = record.unprotectedRanges.map((a1) => gridOf(a1, sheet));
      if (!covered(open, row, column, numRows, numColumns)) throw new Error(PROTECTED);
    }
    // Allowed: the write is made, and the file is modified.
    this._touch();
  }

  /**
   * A change to the spreadsheet moves Drive's modifiedTime on ("the last time the file was modified
   * by anyone"). Always later than the time before, even within one millisecond: a change is never
   * hidden by the clock. Called by every write (_checkWrite) and every change to sheets or
   * protections. https://developers.google.com/workspace/drive/api/reference/rest/v3/files
   */
  _touch(): void {
    const last = this._state.modifiedTime ? Date.parse(this._state.modifiedTime) : 0;
    this._state.modifiedTime = new Date(Math.max(Date.now(), last + 1)).toISOString();
  }

  /**
   * A new protection: its editors are the spreadsheet's owner and editors, as the reference
   * sample shows (it removes the other editors after protecting).
   * https://developers.google.com/apps-script/reference/spreadsheet/range#protect()
   */
  _protect(type: 'RANGE' | 'SHEET', sheet: FakeSheet, range: string): FakeProtection {
    if (
      type === 'SHEET' &&
      this._state.protections.some((p) => p.type === 'SHEET' && p.sheetName === sheet.getName())
    )
      throw new Error('A sheet can only be protected once.');
    const editors = [
      this._state.ownerEmail,
      ...this._state.editors.filter((e) => e !== this._state.ownerEmail),
    ];
    const record: ProtectionRecord = {
      type,
      sheetName: sheet.getName(),
      range,
      description: '',
      warningOnly: false,
      editors,
      unprotectedRanges: [],
    };
    this._state.protections.push(record);
    this._touch();
    return new FakeProtection(record, this._protectionOwner());
  }

  _protections(sheet: FakeSheet, type: string): FakeProtection[] {
    const owner = this._protectionOwner();
    return this._state.protections
      .filter((record) => record.sheetName === sheet.getName() && record.type === type)
      .map((record) => new FakeProtection(record, owner));
  }

  private _protectionOwner() {
    return {
      protections: this._state.protections,
      touch: () => this._touch(),
      ownerEmail: this._state.ownerEmail,
      canEdit: (record: ProtectionRecord) => this._canEdit(record),
      rangeOf: (record: ProtectionRecord) => {
        const ws = this._worksheetByName(record.sheetName);
        if (!ws) return null;
        const sheet = this._sheet(ws);
        return record.type === 'SHEET' ? sheet.getDataRange() : sheet.getRange(record.range);
      },
    };
  }

  getSheetByName(name: string): FakeSheet | null {
    const ws = this._worksheetByName(name);
    return ws ? this._sheet(ws) : null;
  }
  getSheets(): FakeSheet[] {
    return this._sheets();
  }
  insertSheet(nameOrIndex?: string | number, index?: unknown): FakeSheet {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const position =
      typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : undefined;
    if (name !== undefined && this._worksheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (this._gridCells() + DEFAULT_GRID > MAX_CELLS) throw new Error(TOO_MANY_CELLS);
    if (name === undefined) {
      let n = this._workbook.worksheets.length + 1;
      while (this._worksheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const ws = this._workbook.addWorksheet(name);
    this._touch();
    if (position !== undefined) {
      const others = this._workbook.worksheets.filter((w) => w !== ws);
      others.splice(Math.max(0, Math.min(position, others.length)), 0, ws);
      others.forEach((w, i) => {
        (w as unknown as { orderNo: number }).orderNo = i;
      });
      // exceljs writes sheets in _worksheets order: rebuild it in the new order.
      const internal = this._workbook as unknown as { _worksheets: ExcelJS.Worksheet[] };
      const ids = others.map((w) => w.id);
      const byId = new Map(internal._worksheets.filter(Boolean).map((w) => [w.id, w]));
      internal._worksheets = [];
      ids.forEach((id) => (internal._worksheets[id] = byId.get(id) as ExcelJS.Worksheet));
    }
    const sheet = this._sheet(ws);
    this._setActive(sheet);
    return sheet;
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const raw = this._host.emulator.unwrap(sheet as unknown as FakeSheet);
    if (this._workbook.worksheets.length <= 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this._checkWrite(raw, 1, 1, raw.getMaxRows(), raw.getMaxColumns(), true);
    this._workbook.removeWorksheet(raw._worksheet.id);
    this._sheetCache.delete(raw._worksheet);
    this._state.protections = this._state.protections.filter((p) => p.sheetName !== raw.getName());
    if (this._activeSheet === raw._worksheet) this._activeSheet = undefined;
  }
  getActiveSheet(): FakeSheet {
    const ws = this._activeSheet ?? this._workbook.worksheets[0];
    return this._sheet(ws);
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): FakeSheet {
    const raw = this._host.emulator.unwrap(sheet as unknown as FakeSheet);
    this._setActive(raw);
    return raw;
  }
  getActiveRange(): FakeRange {
    return this._activeRange ?? this.getActiveSheet().getRange(1, 1);
  }
  getCurrentCell(): FakeRange {
    const range = this.getActiveRange();
    return range.getSheet().getRange(range.getRow(), range.getColumn());
  }
  getSpreadsheetTimeZone(): string {
    return this._state.timeZone;
  }
  getId(): string {
    return this._state.id;
  }
  getName(): string {
    return this._state.name;
  }
  rename(newName: string): void {
    this._state.name = newName;
    this._touch();
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._state.id}/edit`;
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this._host.ui.record({ kind: 'toast', title: title ?? '', text: String(msg) });
  }
  getOwner(): FakeUser {
    return new FakeUser(this._state.ownerEmail);
  }
  addEditor(user: string | GoogleAppsScript.Base.User): this {
    const email = typeof user === 'string' ? user : user.getEmail();
    return this.addEditors([email]);
  }
  addEditors(emailAddresses: string[]): this {
    for (const email of emailAddresses) {
      if (!this._state.editors.includes(email) && email !== this._state.ownerEmail)
        this._state.editors.push(email);
    }
    return this;
  }
  getEditors(): FakeUser[] {
    return [this._state.ownerEmail, ...this._state.editors].map((email) => new FakeUser(email));
  }
  getRange(a1Notation: string): FakeRange {
    const grid = parseA1(a1Notation);
    const sheet = grid.sheetName !== undefined ? this.getSheetByName(grid.sheetName) : this.getActiveSheet();
    if (!sheet) throw new Error(`Range not found: ${a1Notation}`);
    return sheet.getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
  getRangeByName(_name: string): null {
    return null;
  }
  /** Every protection of a type in the spreadsheet, in creation order (Spreadsheet.getProtections). */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    const owner = this._protectionOwner();
    return this._state.protections
      .filter((record) => record.type === String(type))
      .map((record) => new FakeProtection(record, owner));
  }

  /** Range A1 such as 'CBOs!B5' in this spreadsheet (used for the selection option). */
  _rangeOf(a1Notation: string): FakeRange {
    return this.getRange(a1Notation);
  }
}

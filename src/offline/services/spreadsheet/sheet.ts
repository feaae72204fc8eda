/** Sheet over an exceljs worksheet. */
import type ExcelJS from 'exceljs';
import type { Emulates } from '../emulation';
import { MAX_CELLS, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, TOO_MANY_CELLS } from '../limits';
import { parseA1 } from './a1';
import type { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DEFAULT_MAX_ROWS = NEW_SHEET_ROWS;
export const DEFAULT_MAX_COLUMNS = NEW_SHEET_COLUMNS;
const DEFAULT_COLUMN_WIDTH_PX = 100;
/** Excel column width (characters) per pixel. */
const PX_PER_CHAR = 7;

function hasValue(row: ExcelJS.Row, column: number): boolean {
  const cell = row.findCell(column);
  const value = cell?.value;
  return value !== null && value !== undefined && value !== '';
}

export class FakeSheet implements Emulates<
  GasSheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertColumnAfter'
  | 'insertColumnsAfter'
  | 'insertColumnBefore'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowsAfter'
  | 'insertRowBefore'
  | 'insertRowsBefore'
  | 'deleteRows'
  | 'deleteRow'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'autoResizeColumns'
  | 'protect'
  | 'getProtections'
  | 'hideColumns'
  | 'isSheetHidden'
  | 'hideSheet'
  | 'showSheet'
  | 'getParent'
  | 'activate'
  | 'appendRow'
  | 'setTabColor'
> {
  static gasClass = 'Sheet';
  private _maxRows: number;
  private _maxColumns: number;

  constructor(
    readonly _worksheet: ExcelJS.Worksheet,
    readonly _parent: FakeSpreadsheet,
  ) {
    // exceljs reads a sheet saved without <sheetViews> (as exceljs itself writes it) with null views.
    if (!Array.isArray(_worksheet.views)) _worksheet.views = [];
    // The grid is fixed: a new sheet has 1,000 × 26 cells; a sheet read from a file has exactly its
    // used range (stricter reading, see FakeSpreadsheet). Only insertRows*, insertColumns* and
    // appendRow grow it; a range outside it throws (see FakeRange).
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()
    const opened = _parent._openedGrid(_worksheet);
    this._maxRows = opened?.rows ?? DEFAULT_MAX_ROWS;
    this._maxColumns = opened?.columns ?? DEFAULT_MAX_COLUMNS;
  }

  /** Cells of this sheet's grid (counted against the spreadsheet's 10 million). */
  _cells(): number {
    return this._maxRows * this._maxColumns;
  }

  /** Grows the grid by rows/columns, within the 10 million cells of the spreadsheet. */
  private _grow(rows: number, columns: number): void {
    const added = rows * this._maxColumns + columns * (this._maxRows + rows);
    if (this._parent._gridCells() + added > MAX_CELLS) throw new Error(TOO_MANY_CELLS);
    this._maxRows += rows;
    this._maxColumns += columns;
  }

  /** Throws unless the running user may change this sheet's structure (a protected sheet). */
  private _structure(): void {
    this._parent._checkWrite(this, 1, 1, this._maxRows, this._maxColumns, true);
  }

  private static _count(howMany: number, what: string): void {
    if (!Number.isInteger(howMany) || howMany < 1)
      throw new Error(`The number of ${what} to insert must be at least 1.`);
  }

  getName(): string {
    return this._worksheet.name;
  }
  setName(name: string): this {
    this._structure();
    if (this._parent._worksheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    this._worksheet.name = name;
    return this;
  }
  getSheetId(): number {
    return this._worksheet.id;
  }
  getIndex(): number {
    return this._parent._sheets().indexOf(this) + 1;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a === 'string') {
      const grid = parseA1(a);
      if (grid.sheetName !== undefined && grid.sheetName !== this.getName()) {
        throw new Error(`Range not found: ${a}`);
      }
      return new FakeRange(
        this,
        grid.row,
        grid.column,
        grid.numRows ?? Math.max(1, this._maxRows - grid.row + 1),
        grid.numColumns ?? Math.max(1, this._maxColumns - grid.column + 1),
      );
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    return new FakeRange(this, a, column, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  /** The last row holding a value (0 for an empty sheet). */
  getLastRow(): number {
    const ws = this._worksheet;
    for (let r = ws.rowCount; r >= 1; r--) {
      const row = ws.findRow(r);
      if (!row) continue;
      for (let c = row.cellCount; c >= 1; c--) if (hasValue(row, c)) return r;
    }
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    this._worksheet.eachRow({ includeEmpty: false }, (row) => {
      for (let c = row.cellCount; c > last; c--) {
        if (hasValue(row, c)) {
          last = c;
          break;
        }
      }
    });
    return last;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this._insertColumns(afterPosition + 1, howMany);
  }
  insertColumnBefore(beforePosition: number): this {
    return this._insertColumns(beforePosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this._insertColumns(beforePosition, howMany);
  }
  insertRowAfter(afterPosition: number): this {
    return this._insertRows(afterPosition + 1, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this._insertRows(afterPosition + 1, howMany);
  }
  insertRowBefore(beforePosition: number): this {
    return this._insertRows(beforePosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this._insertRows(beforePosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }
  /** Removes rows from the grid; a sheet keeps at least one row (Sheets refuses the last ones). */
  deleteRows(rowPosition: number, howMany: number): this {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._maxRows)
      throw new Error('Those rows are out of bounds.');
    if (howMany >= this._maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this._parent._checkWrite(this, rowPosition, 1, howMany, this._maxColumns);
    this._structure();
    this._worksheet.spliceRows(rowPosition, howMany);
    this._maxRows -= howMany;
    return this;
  }

  /** Inserts rows before `position` (1-based; maxRows + 1 appends), growing the grid. */
  private _insertRows(position: number, howMany: number): this {
    FakeSheet._count(howMany, 'rows');
    if (position < 1 || position > this._maxRows + 1) throw new Error('Those rows are out of bounds.');
    this._structure();
    this._grow(howMany, 0);
    if (position <= this._worksheet.rowCount)
      this._worksheet.spliceRows(position, 0, ...Array.from({ length: howMany }, () => []));
    return this;
  }

  private _insertColumns(position: number, howMany: number): this {
    FakeSheet._count(howMany, 'columns');
    if (position < 1 || position > this._maxColumns + 1) throw new Error('Those columns are out of bounds.');
    this._structure();
    this._grow(0, howMany);
    if (position <= this._worksheet.columnCount)
      this._worksheet.spliceColumns(position, 0, ...Array.from({ length: howMany }, () => []));
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const last = Math.max(1, this.getLastRow());
    const lastColumn = Math.max(1, this._worksheet.columnCount);
    new FakeRange(this, 1, 1, Math.max(last, this._worksheet.rowCount), lastColumn).clear(options);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  setFrozenRows(rows: number): void {
    this._structure();
    const view = this._worksheet.views[0] as
      (Partial<ExcelJS.WorksheetView> & { xSplit?: number }) | undefined;
    const xSplit = view?.xSplit ?? 0;
    this._freeze(rows, xSplit);
  }
  getFrozenRows(): number {
    return (this._worksheet.views[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
  }
  setFrozenColumns(columns: number): void {
    this._structure();
    this._freeze(this.getFrozenRows(), columns);
  }
  getFrozenColumns(): number {
    return (this._worksheet.views[0] as { xSplit?: number } | undefined)?.xSplit ?? 0;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._structure();
    this._worksheet.getColumn(columnPosition).width = Math.round((width / PX_PER_CHAR) * 100) / 100;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    const width = this._worksheet.getColumn(columnPosition).width;
    return width ? Math.round(width * PX_PER_CHAR) : DEFAULT_COLUMN_WIDTH_PX;
  }
  /** Widths from the longest displayed text of each column (about 7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this._structure();
    const lastRow = Math.max(1, this.getLastRow());
    const texts = new FakeRange(this, 1, startColumn, lastRow, numColumns).getDisplayValues();
    for (let j = 0; j < numColumns; j++) {
      const longest = texts.reduce((max, row) => Math.max(max, row[j].length), 0);
      this._worksheet.getColumn(startColumn + j).width = Math.min(80, Math.max(8, longest + 2));
    }
    return this;
  }
  protect(): FakeProtection {
    return this._parent._protect('SHEET', this, '');
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this._parent._protections(this, String(type));
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    this._structure();
    for (let j = 0; j < (numColumns ?? 1); j++) this._worksheet.getColumn(columnIndex + j).hidden = true;
  }
  isSheetHidden(): boolean {
    return this._worksheet.state !== 'visible';
  }
  hideSheet(): this {
    this._structure();
    const visible = this._parent._sheets().filter((s) => !s.isSheetHidden());
    if (visible.length === 1 && visible[0] === this)
      throw new Error("You can't hide all the sheets in a document.");
    this._worksheet.state = 'hidden';
    return this;
  }
  showSheet(): this {
    this._structure();
    this._worksheet.state = 'visible';
    return this;
  }
  getParent(): FakeSpreadsheet {
    return this._parent;
  }
  activate(): this {
    this._parent._setActive(this);
    return this;
  }
  /** Writes after the last row with content, growing the grid by a row (and columns) if needed. */
  appendRow(rowContents: unknown[]): this {
    const row = this.getLastRow() + 1;
    const width = Math.max(1, rowContents.length);
    const rows = Math.max(0, row - this._maxRows);
    const columns = Math.max(0, width - this._maxColumns);
    if (rows || columns) {
      this._structure();
      this._grow(rows, columns);
    }
    new FakeRange(this, row, 1, 1, width).setValues([[...rowContents]]);
    return this;
  }
  setTabColor(color: string | null): this {
    this._structure();
    const properties = this._worksheet.properties as { tabColor?: { argb: string } };
    properties.tabColor = color ? { argb: `FF${color.replace('#', '').toUpperCase()}` } : undefined;
    return this;
  }

  private _freeze(rows: number, columns: number): void {
    if (rows === 0 && columns === 0) {
      this._worksheet.views = [];
      return;
    }
    this._worksheet.views = [{ state: 'frozen', ySplit: rows, xSplit: columns }];
  }
}

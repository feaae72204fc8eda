/** Sheet over an exceljs worksheet. */
import type ExcelJS from 'exceljs';
import type { Emulates } from '../emulation';
import { parseA1 } from './a1';
import type { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
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
  | 'insertRowsAfter'
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
    this._maxRows = Math.max(DEFAULT_MAX_ROWS, _worksheet.rowCount);
    this._maxColumns = Math.max(DEFAULT_MAX_COLUMNS, _worksheet.columnCount);
  }

  /** Called after a write reaching (row, column): the grid grows as in Sheets. */
  _touched(row: number, column: number): void {
    if (row > this._maxRows) this._maxRows = row;
    if (column > this._maxColumns) this._maxColumns = column;
  }

  getName(): string {
    return this._worksheet.name;
  }
  setName(name: string): this {
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
    const blanks = Array.from({ length: howMany }, () => []);
    this._worksheet.spliceColumns(afterPosition + 1, 0, ...blanks);
    this._maxColumns += howMany;
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._worksheet.spliceRows(afterPosition + 1, 0, ...Array.from({ length: howMany }, () => []));
    this._maxRows += howMany;
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
    const view = this._worksheet.views[0] as
      (Partial<ExcelJS.WorksheetView> & { xSplit?: number }) | undefined;
    const xSplit = view?.xSplit ?? 0;
    this._freeze(rows, xSplit);
  }
  getFrozenRows(): number {
    return (this._worksheet.views[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
  }
  setFrozenColumns(columns: number): void {
    this._freeze(this.getFrozenRows(), columns);
  }
  getFrozenColumns(): number {
    return (this._worksheet.views[0] as { xSplit?: number } | undefined)?.xSplit ?? 0;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._worksheet.getColumn(columnPosition).width = Math.round((width / PX_PER_CHAR) * 100) / 100;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    const width = this._worksheet.getColumn(columnPosition).width;
    return width ? Math.round(width * PX_PER_CHAR) : DEFAULT_COLUMN_WIDTH_PX;
  }
  /** Widths from the longest displayed text of each column (about 7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
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
    for (let j = 0; j < (numColumns ?? 1); j++) this._worksheet.getColumn(columnIndex + j).hidden = true;
  }
  isSheetHidden(): boolean {
    return this._worksheet.state !== 'visible';
  }
  hideSheet(): this {
    const visible = this._parent._sheets().filter((s) => !s.isSheetHidden());
    if (visible.length === 1 && visible[0] === this)
      throw new Error("You can't hide all the sheets in a document.");
    this._worksheet.state = 'hidden';
    return this;
  }
  showSheet(): this {
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
  appendRow(rowContents: unknown[]): this {
    const row = this.getLastRow() + 1;
    new FakeRange(this, row, 1, 1, Math.max(1, rowContents.length)).setValues([[...rowContents]]);
    return this;
  }
  setTabColor(color: string | null): this {
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

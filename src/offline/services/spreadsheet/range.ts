/** Range over exceljs cells: values, formulas, formats, notes and validations live in the xlsx. */
import type ExcelJS from 'exceljs';
import type { Emulates } from '../emulation';
import {
  CELL_TOO_LONG,
  COLUMN_TOO_SMALL,
  columnsMismatch,
  MAX_CELL_CHARACTERS,
  OUTSIDE_GRID,
  ROW_TOO_SMALL,
  rowsMismatch,
  ZERO_COLUMNS,
  ZERO_ROWS,
} from '../limits';
import { formatA1 } from './a1';
import { displayValue, formulaOf, sheetsValue, storedValue, type SheetsValue } from './cells';
import { FakeDataValidation, fromExcel, toExcel } from './data-validation';
import type { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';
import { sortedOrder, sortKeys } from './sort';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT_COLOR = '#000000';

function argbToHex(argb: string | undefined, fallback: string): string {
  if (!argb) return fallback;
  return `#${argb.slice(-6).toLowerCase()}`;
}

function hexToArgb(color: string): string {
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `FF${full.toUpperCase()}`;
}

/** Named colours Apps Script accepts in setBackground/setFontColor (the common ones). */
const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

function colorValue(color: string | null): string | null {
  if (color === null || color === '') return null;
  const named = NAMED[color.toLowerCase()];
  if (named) return named;
  if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) throw new Error(`Invalid color: ${color}`);
  return color;
}

function noteText(cell: ExcelJS.Cell | undefined): string {
  const note = cell?.note as unknown;
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : '';
}

export class FakeRange implements Emulates<
  GasRange,
  | 'getValues'
  | 'getDisplayValues'
  | 'setValues'
  | 'getValue'
  | 'getDisplayValue'
  | 'setValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'getBackgrounds'
  | 'getBackground'
  | 'setBackgrounds'
  | 'setBackground'
  | 'getNotes'
  | 'getNote'
  | 'setNotes'
  | 'setNote'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontWeights'
  | 'getFontWeight'
  | 'setFontColor'
  | 'getFontColor'
  | 'setFontStyle'
  | 'setFontSize'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'clearDataValidations'
  | 'protect'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'offset'
  | 'getCell'
  | 'clear'
  | 'clearContent'
  | 'clearNote'
  | 'clearFormat'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setBorder'
  | 'merge'
  | 'isBlank'
  | 'activate'
  | 'sort'
> {
  static gasClass = 'Range';

  constructor(
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
  ) {
    // Sheet.getRange: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
    if (!Number.isFinite(_row) || _row < 1) throw new Error(ROW_TOO_SMALL);
    if (!Number.isFinite(_column) || _column < 1) throw new Error(COLUMN_TOO_SMALL);
    if (!Number.isFinite(_numRows) || _numRows < 1) throw new Error(ZERO_ROWS);
    if (!Number.isFinite(_numColumns) || _numColumns < 1) throw new Error(ZERO_COLUMNS);
    if (_row + _numRows - 1 > _sheet.getMaxRows() || _column + _numColumns - 1 > _sheet.getMaxColumns())
      throw new Error(OUTSIDE_GRID);
  }

  /** Cells of the range (what a one-value write to it moves, for the cost model). */
  _cellCount(): number {
    return this._numRows * this._numColumns;
  }

  private get _ws(): ExcelJS.Worksheet {
    return this._sheet._worksheet;
  }

  /** Calls fn for each cell that exists (read-only: creates nothing). */
  private _read<T>(fn: (cell: ExcelJS.Cell | undefined) => T): T[][] {
    const out: T[][] = new Array(this._numRows);
    for (let i = 0; i < this._numRows; i++) {
      const row = this._ws.findRow(this._row + i);
      const line: T[] = new Array(this._numColumns);
      for (let j = 0; j < this._numColumns; j++)
        line[j] = fn(row ? row.findCell(this._column + j) : undefined);
      out[i] = line;
    }
    return out;
  }

  /** Calls fn for each cell, creating it; refused when the range is protected against the user. */
  private _write(fn: (cell: ExcelJS.Cell, i: number, j: number) => void): void {
    this._sheet._parent._checkWrite(this._sheet, this._row, this._column, this._numRows, this._numColumns);
    for (let i = 0; i < this._numRows; i++) {
      const row = this._ws.getRow(this._row + i);
      for (let j = 0; j < this._numColumns; j++) fn(row.getCell(this._column + j), i, j);
    }
  }

  /** 50,000 characters a cell: https://support.google.com/drive/answer/37603 */
  private static _checkLength(value: unknown): void {
    if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) throw new Error(CELL_TOO_LONG);
  }

  /** Own copy of a cell's style before changing it (exceljs shares style objects between cells). */
  private static _style(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
    const style = { ...cell.style };
    change(style);
    cell.style = style;
  }

  private _checkShape(values: unknown, what: string): unknown[][] {
    if (!Array.isArray(values)) throw new Error(`The parameters (${what}) don't match the method signature.`);
    if (values.length !== this._numRows) throw new Error(rowsMismatch(values.length, this._numRows));
    for (const row of values as unknown[][]) {
      if (!Array.isArray(row) || row.length !== this._numColumns)
        throw new Error(columnsMismatch(Array.isArray(row) ? row.length : 0, this._numColumns));
    }
    return values as unknown[][];
  }

  private _cellValue(cell: ExcelJS.Cell | undefined): SheetsValue {
    if (!cell) return '';
    if (cell.isMerged && cell.master !== cell) return '';
    return sheetsValue(cell.value, this._sheet._parent._dates);
  }

  getValues(): SheetsValue[][] {
    return this._read((cell) => this._cellValue(cell));
  }
  getDisplayValues(): string[][] {
    const tz = this._sheet._parent._timeZone;
    return this._read((cell) => displayValue(this._cellValue(cell), cell?.numFmt, tz));
  }
  getValue(): SheetsValue {
    return this._first().getValues()[0][0];
  }
  getDisplayValue(): string {
    return this._first().getDisplayValues()[0][0];
  }
  setValues(values: unknown[][]): this {
    const rows = this._checkShape(values, 'number[][]');
    for (const row of rows) for (const value of row) FakeRange._checkLength(value);
    const dates = this._sheet._parent._dates;
    this._write((cell, i, j) => {
      cell.value = storedValue(rows[i][j], dates, cell.numFmt);
    });
    return this;
  }
  setValue(value: unknown): this {
    const values = this._read(() => value);
    return this.setValues(values);
  }
  getFormulas(): string[][] {
    return this._read((cell) => (cell ? formulaOf(cell.value) : ''));
  }
  getFormula(): string {
    return this._first().getFormulas()[0][0];
  }
  setFormula(formula: string): this {
    FakeRange._checkLength(formula);
    // On several cells Sheets moves the formula's relative references along, as a paste does
    // (https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String));
    // the emulation does not: refused rather than writing the same references into every cell.
    if (this._cellCount() > 1 && /(^|[^$A-Za-z])[A-Za-z]{1,3}\d+/.test(String(formula)))
      throw new Error('not emulated: Range.setFormula');
    this._write((cell) => {
      cell.value = { formula: formula.replace(/^=/, '') } as ExcelJS.CellValue;
    });
    return this;
  }
  getBackgrounds(): string[][] {
    return this._read((cell) => {
      const fill = cell?.fill as ExcelJS.FillPattern | undefined;
      return fill?.type === 'pattern' && fill.pattern === 'solid'
        ? argbToHex(fill.fgColor?.argb, DEFAULT_BACKGROUND)
        : DEFAULT_BACKGROUND;
    });
  }
  getBackground(): string {
    return this._first().getBackgrounds()[0][0];
  }
  setBackgrounds(colors: (string | null)[][]): this {
    const rows = this._checkShape(colors, 'String[][]') as (string | null)[][];
    this._write((cell, i, j) => {
      const color = colorValue(rows[i][j]);
      FakeRange._style(cell, (style) => {
        if (color) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(color) } };
        else delete style.fill;
      });
    });
    return this;
  }
  setBackground(color: string | null): this {
    return this.setBackgrounds(this._read(() => color));
  }
  getNotes(): string[][] {
    return this._read(noteText);
  }
  getNote(): string {
    return this._first().getNotes()[0][0];
  }
  setNotes(notes: (string | null)[][]): this {
    const rows = this._checkShape(notes, 'String[][]') as (string | null)[][];
    this._write((cell, i, j) => {
      const note = rows[i][j];
      if (note === null || note === undefined || note === '') {
        (cell as unknown as { _comment?: unknown })._comment = undefined;
      } else cell.note = String(note);
    });
    return this;
  }
  setNote(note: string | null): this {
    return this.setNotes(this._read(() => note));
  }
  clearNote(): this {
    return this.setNote(null);
  }
  setFontWeights(weights: (string | null)[][]): this {
    const rows = this._checkShape(weights, 'String[][]') as (string | null)[][];
    this._write((cell, i, j) => {
      FakeRange._style(cell, (style) => {
        style.font = { ...style.font, bold: rows[i][j] === 'bold' };
      });
    });
    return this;
  }
  setFontWeight(weight: string | null): this {
    return this.setFontWeights(this._read(() => weight));
  }
  getFontWeights(): string[][] {
    return this._read((cell) => (cell?.font?.bold ? 'bold' : 'normal'));
  }
  getFontWeight(): string {
    return this._first().getFontWeights()[0][0];
  }
  setFontColor(color: string | null): this {
    const value = colorValue(color);
    this._write((cell) => {
      FakeRange._style(cell, (style) => {
        const font = { ...style.font };
        if (value) font.color = { argb: hexToArgb(value) };
        else delete font.color;
        style.font = font;
      });
    });
    return this;
  }
  getFontColor(): string {
    const cell = this._ws.findCell(this._row, this._column);
    return argbToHex(cell?.font?.color?.argb, DEFAULT_FONT_COLOR);
  }
  setFontStyle(fontStyle: string | null): this {
    this._write((cell) => {
      FakeRange._style(cell, (style) => {
        style.font = { ...style.font, italic: fontStyle === 'italic' };
      });
    });
    return this;
  }
  setFontSize(size: number): this {
    this._write((cell) => {
      FakeRange._style(cell, (style) => {
        style.font = { ...style.font, size };
      });
    });
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    const rows = this._checkShape(formats, 'String[][]') as string[][];
    this._write((cell, i, j) => {
      FakeRange._style(cell, (style) => {
        style.numFmt = rows[i][j] === 'General' ? undefined : rows[i][j];
        if (!style.numFmt) delete style.numFmt;
      });
    });
    return this;
  }
  setNumberFormat(format: string): this {
    return this.setNumberFormats(this._read(() => format));
  }
  getNumberFormats(): string[][] {
    return this._read((cell) => cell?.numFmt || 'General');
  }
  getNumberFormat(): string {
    return this._first().getNumberFormats()[0][0];
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    const rows = this._checkShape(rules, 'DataValidation[][]') as (FakeDataValidation | null)[][];
    const unwrap = (rule: FakeDataValidation | null) => this._sheet._parent._host.emulator.unwrap(rule);
    this._write((cell, i, j) => {
      const rule = unwrap(rows[i][j]);
      if (rule) cell.dataValidation = toExcel(rule._model, cell.address);
      else (cell as unknown as { dataValidation?: unknown }).dataValidation = undefined;
    });
    return this;
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    return this.setDataValidations(this._read(() => rule));
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._read((cell) => {
      const model = fromExcel(cell?.dataValidation);
      return model ? new FakeDataValidation(model) : null;
    });
  }
  getDataValidation(): FakeDataValidation | null {
    return this._first().getDataValidations()[0][0];
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  protect(): FakeProtection {
    return this._sheet._parent._protect('RANGE', this._sheet, this.getA1Notation());
  }
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numColumns;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._column + this._numColumns - 1;
  }
  getA1Notation(): string {
    return formatA1(this._row, this._column, this._numRows, this._numColumns);
  }
  getSheet(): FakeSheet {
    return this._sheet;
  }
  /**
   * A cell of the range, row and column counted from the range's top left (1-based); outside the
   * range: "Cell reference out of range" (as Apps Script logs it; the reference gives no message).
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getCell(Integer,Integer)
   */
  getCell(row: number, column: number): FakeRange {
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(column) ||
      row < 1 ||
      column < 1 ||
      row > this._numRows ||
      column > this._numColumns
    )
      throw new Error('Cell reference out of range');
    return new FakeRange(this._sheet, this._row + row - 1, this._column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return new FakeRange(
      this._sheet,
      this._row + rowOffset,
      this._column + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numColumns,
    );
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const contents = !options?.formatOnly;
    const formats = !options?.contentsOnly;
    this._write((cell) => {
      if (contents) cell.value = null;
      if (formats) {
        cell.style = {};
        (cell as unknown as { dataValidation?: unknown }).dataValidation = undefined;
      }
      if (contents && formats) (cell as unknown as { _comment?: unknown })._comment = undefined;
    });
    return this;
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }
  setWrap(isWrapEnabled: boolean): this {
    return this._align({ wrapText: isWrapEnabled });
  }
  setHorizontalAlignment(alignment: string | null): this {
    const map: Record<string, ExcelJS.Alignment['horizontal']> = {
      left: 'left',
      center: 'center',
      right: 'right',
    };
    return this._align({ horizontal: alignment ? map[alignment] : undefined });
  }
  setVerticalAlignment(alignment: string | null): this {
    const map: Record<string, ExcelJS.Alignment['vertical']> = {
      top: 'top',
      middle: 'middle',
      bottom: 'bottom',
    };
    return this._align({ vertical: alignment ? map[alignment] : undefined });
  }
  setBorder(...args: unknown[]): this {
    const on = args.slice(0, 4).some((value) => value === true);
    this._write((cell) => {
      FakeRange._style(cell, (style) => {
        const side: Partial<ExcelJS.Border> = { style: 'thin' };
        if (on) style.border = { top: side, left: side, bottom: side, right: side };
        else delete style.border;
      });
    });
    return this;
  }
  merge(): this {
    this._sheet._parent._checkWrite(this._sheet, this._row, this._column, this._numRows, this._numColumns);
    this._ws.mergeCells(this._row, this._column, this.getLastRow(), this.getLastColumn());
    return this;
  }
  isBlank(): boolean {
    return this.getValues().every((row) => row.every((value) => value === ''));
  }
  activate(): this {
    this._sheet._parent._setActive(this._sheet, this);
    return this;
  }
  /** Sorts the range's rows (whole cells move: values, formats, notes, validations); see sort.ts. */
  sort(sortSpecObj: unknown): this {
    const keys = sortKeys(sortSpecObj, this._column, this.getLastColumn());
    const order = sortedOrder(this.getValues(), keys);
    const cells = this._read((cell) =>
      cell
        ? { value: cell.value, style: cell.style, note: cell.note, validation: cell.dataValidation }
        : undefined,
    );
    this._write((cell, i, j) => {
      const from = cells[order[i]][j];
      cell.value = from?.value ?? null;
      cell.style = { ...(from?.style ?? {}) };
      if (from?.note) cell.note = from.note;
      else (cell as unknown as { _comment?: unknown })._comment = undefined;
      (cell as unknown as { dataValidation?: unknown }).dataValidation = from?.validation;
    });
    return this;
  }

  private _align(change: Partial<ExcelJS.Alignment>): this {
    this._write((cell) => {
      FakeRange._style(cell, (style) => {
        style.alignment = { ...style.alignment, ...change };
      });
    });
    return this;
  }

  private _first(): FakeRange {
    return this._numRows === 1 && this._numColumns === 1
      ? this
      : new FakeRange(this._sheet, this._row, this._column, 1, 1);
  }
}

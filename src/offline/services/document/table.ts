/** Table and TableRow of the emulated DocumentApp. */
import { type Attributes, ElementType } from './enums';
import { Branch, raw } from './element';
import { TableCell } from './container';

export class Table extends Branch {
  static override gasClass = 'Table';
  /** Column widths in points, by column index. */
  _widths: (number | null)[] = [];

  static _of(cells?: string[][]): Table {
    const table = new Table();
    for (const row of cells ?? []) {
      const tableRow = table.appendTableRow();
      for (const text of row) tableRow.appendTableCell(String(text ?? ''));
    }
    return table;
  }
  getType() {
    return ElementType.TABLE;
  }
  override getText(): string {
    return this._children.map((row) => (row as TableRow).getText()).join('\n');
  }
  appendTableRow(tableRow?: TableRow): TableRow {
    return this.insertTableRow(this._children.length, tableRow);
  }
  insertTableRow(childIndex: number, tableRow?: TableRow): TableRow {
    const row = tableRow ? raw(tableRow) : new TableRow();
    this._insertChild(childIndex, row);
    return row;
  }
  getRow(rowIndex: number): TableRow {
    return this.getChild(rowIndex) as TableRow;
  }
  getNumRows(): number {
    return this._children.length;
  }
  removeRow(rowIndex: number): TableRow {
    const row = this.getRow(rowIndex);
    this._removeChild(row);
    return row;
  }
  removeChild(child: TableRow): this {
    this._removeChild(raw(child));
    return this;
  }
  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  setBorderWidth(width: number): this {
    this._attrs.BORDER_WIDTH = width;
    return this;
  }
  getBorderWidth(): number {
    return (this._attrs.BORDER_WIDTH as number) ?? 1;
  }
  setBorderColor(color: string): this {
    this._attrs.BORDER_COLOR = color;
    return this;
  }
  getBorderColor(): string {
    return (this._attrs.BORDER_COLOR as string) ?? '#000000';
  }
  setColumnWidth(columnIndex: number, width: number): this {
    this._widths[columnIndex] = width;
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    return this._widths[columnIndex] ?? null;
  }
  setAttributes(attributes: Attributes): this {
    for (const key of ['BORDER_WIDTH', 'BORDER_COLOR'])
      if (key in attributes) this._attrs[key] = attributes[key];
    const others = Object.fromEntries(Object.entries(attributes).filter(([k]) => !k.startsWith('BORDER_')));
    for (const row of this._children as TableRow[])
      for (const cell of row._cells()) cell.setAttributes(others);
    return this;
  }
  copy(): Table {
    const table = new Table();
    table._attrs = { ...this._attrs };
    table._widths = [...this._widths];
    for (const row of this._children) table._insertChild(table._children.length, row.copy());
    return table;
  }
}

export class TableRow extends Branch {
  static override gasClass = 'TableRow';
  getType() {
    return ElementType.TABLE_ROW;
  }
  override getText(): string {
    return this._cells()
      .map((cell) => cell.getText())
      .join('\t');
  }
  appendTableCell(cell?: string | TableCell): TableCell {
    return this.insertTableCell(this._children.length, cell);
  }
  insertTableCell(childIndex: number, cell?: string | TableCell): TableCell {
    const element = cell === undefined || typeof cell === 'string' ? new TableCell(cell ?? '') : raw(cell);
    this._insertChild(childIndex, element);
    return element;
  }
  getCell(cellIndex: number): TableCell {
    return this.getChild(cellIndex) as TableCell;
  }
  getNumCells(): number {
    return this._children.length;
  }
  removeCell(cellIndex: number): TableCell {
    const cell = this.getCell(cellIndex);
    this._removeChild(cell);
    return cell;
  }
  getParentTable(): Table | null {
    return this._parent as Table | null;
  }
  setMinimumHeight(height: number): this {
    this._attrs.MINIMUM_HEIGHT = height;
    return this;
  }
  getMinimumHeight(): number {
    return (this._attrs.MINIMUM_HEIGHT as number) ?? 0;
  }
  copy(): TableRow {
    const row = new TableRow();
    row._attrs = { ...this._attrs };
    for (const cell of this._children) row._insertChild(row._children.length, cell.copy());
    return row;
  }
  _cells(): TableCell[] {
    return this._children as TableCell[];
  }
}

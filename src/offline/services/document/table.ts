/** Table and TableRow of the emulated DocumentApp. */
import type { Emulates } from '../emulation';
import { type Attributes, ElementType, type RowStyle } from './enums';
import { FakeBranch, raw } from './element';
import { FakeTableCell } from './container';

export class FakeTable
  extends FakeBranch
  implements
    Emulates<
      GoogleAppsScript.Document.Table,
      | 'appendTableRow'
      | 'copy'
      | 'getBorderColor'
      | 'getBorderWidth'
      | 'getCell'
      | 'getColumnWidth'
      | 'getNumRows'
      | 'getRow'
      | 'getText'
      | 'getType'
      | 'insertTableRow'
      | 'removeChild'
      | 'removeRow'
      | 'setAttributes'
      | 'setBorderColor'
      | 'setBorderWidth'
      | 'setColumnWidth'
    >
{
  static override gasClass = 'Table';
  /** Column widths in points, by column index. */
  _widths: (number | null)[] = [];

  static _of(cells?: string[][]): FakeTable {
    const table = new FakeTable();
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
    return this._children.map((row) => (row as FakeTableRow).getText()).join('\n');
  }
  appendTableRow(tableRow?: GoogleAppsScript.Document.TableRow | null): FakeTableRow {
    return this.insertTableRow(this._children.length, tableRow);
  }
  insertTableRow(childIndex: number, tableRow?: GoogleAppsScript.Document.TableRow | null): FakeTableRow {
    const row = tableRow ? raw(tableRow as unknown as FakeTableRow) : new FakeTableRow();
    this._insertChild(childIndex, row);
    return row;
  }
  getRow(rowIndex: number): FakeTableRow {
    return this.getChild(rowIndex) as FakeTableRow;
  }
  getNumRows(): number {
    return this._children.length;
  }
  removeRow(rowIndex: number): FakeTableRow {
    const row = this.getRow(rowIndex);
    this._removeChild(row);
    return row;
  }
  removeChild(child: GoogleAppsScript.Document.Element): this {
    this._removeChild(raw(child as unknown as FakeTableRow));
    return this;
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
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
    for (const row of this._children as FakeTableRow[])
      for (const cell of row._cells()) cell.setAttributes(others);
    return this;
  }
  copy(): FakeTable {
    const table = new FakeTable();
    table._attrs = { ...this._attrs };
    table._widths = [...this._widths];
    for (const row of this._children) table._insertChild(table._children.length, row.copy());
    return table;
  }
}

export class FakeTableRow
  extends FakeBranch
  implements
    Emulates<
      GoogleAppsScript.Document.TableRow,
      | 'appendTableCell'
      | 'copy'
      | 'getCell'
      | 'getMinimumHeight'
      | 'getNumCells'
      | 'getParentTable'
      | 'getText'
      | 'getType'
      | 'insertTableCell'
      | 'removeCell'
      | 'setMinimumHeight'
    >
{
  static override gasClass = 'TableRow';
  /** A repeating header row, a row that does not split (Docs API TableRowStyle; DocumentApp cannot set them). */
  _style: RowStyle = {};
  getType() {
    return ElementType.TABLE_ROW;
  }
  override getText(): string {
    return this._cells()
      .map((cell) => cell.getText())
      .join('\t');
  }
  appendTableCell(cell?: string | GoogleAppsScript.Document.TableCell | null): FakeTableCell {
    return this.insertTableCell(this._children.length, cell);
  }
  insertTableCell(
    childIndex: number,
    cell?: string | GoogleAppsScript.Document.TableCell | null,
  ): FakeTableCell {
    const element =
      cell === undefined || cell === null || typeof cell === 'string'
        ? new FakeTableCell(cell ?? '')
        : raw(cell as unknown as FakeTableCell);
    this._insertChild(childIndex, element);
    return element;
  }
  getCell(cellIndex: number): FakeTableCell {
    return this.getChild(cellIndex) as FakeTableCell;
  }
  getNumCells(): number {
    return this._children.length;
  }
  removeCell(cellIndex: number): FakeTableCell {
    const cell = this.getCell(cellIndex);
    this._removeChild(cell);
    return cell;
  }
  getParentTable(): FakeTable | null {
    return this._parent as FakeTable | null;
  }
  setMinimumHeight(height: number): this {
    this._attrs.MINIMUM_HEIGHT = height;
    return this;
  }
  getMinimumHeight(): number {
    return (this._attrs.MINIMUM_HEIGHT as number) ?? 0;
  }
  copy(): FakeTableRow {
    const row = new FakeTableRow();
    row._attrs = { ...this._attrs };
    row._style = { ...this._style };
    for (const cell of this._children) row._insertChild(row._children.length, cell.copy());
    return row;
  }
  _cells(): FakeTableCell[] {
    return this._children as FakeTableCell[];
  }
}

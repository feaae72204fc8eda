/**
 * The table requests of Documents.batchUpdate: rows and columns inserted and deleted, column
 * widths. https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request
 * - insertTableRow / insertTableColumn: "Inserts an empty row/column into a table", next to the
 *   reference cell's row or column (insertBelow / insertRight). Google does not say what the new
 *   cells look like; as a new row does, each new cell takes its reference cell's style (and its
 *   first paragraph's style) and holds one empty paragraph; a new column likewise takes the
 *   reference column's width (Google says neither; a caller wanting another width sets it with
 *   updateTableColumnProperties).
 * - deleteTableRow / deleteTableColumn: the row or column of the reference cell; deleting the
 *   table's last row or column is refused here (the API then deletes the whole table, which this
 *   emulation does not model).
 * - updateTableColumnProperties: `widthType` and `width` of the listed columns (all when none
 *   are listed); `fields` is required; "If the value of tableColumnProperties#width is less than 5
 *   points (5/72 inch), a 400 bad request error is returned."
 * Merged cells are not modelled: a table whose rows have different numbers of cells is not emulated.
 */
import { FakeTableCell } from '../document/container';
import { FakeParagraph } from '../document/paragraph';
import { FakeTable, FakeTableRow } from '../document/table';
import { ApiError } from '../sheets/schema';
import { checkFields, integer, type Applier, type Handler } from './applier';
import { placeAll } from './structure';

interface CellAt {
  table: FakeTable;
  row: number;
  column: number;
}

function tableAt(a: Applier, value: unknown, path: string): FakeTable {
  const start = checkFields(value, 'Location', path);
  const segment = a.segment(start.segmentId, start.tabId, path);
  const index = integer(start.index ?? 0, `${path}.index`);
  const placed = placeAll(segment).find((pl) => pl.element instanceof FakeTable && pl.start === index);
  if (!placed) a.fail(`Invalid table start location. Must specify the start index of the table.`);
  return placed.element as FakeTable;
}

function tableCell(a: Applier, value: unknown, path: string): CellAt {
  const location = checkFields(value, 'TableCellLocation', path);
  const table = tableAt(a, location.tableStartLocation, `${path}.tableStartLocation`);
  const row = integer(location.rowIndex ?? 0, `${path}.rowIndex`);
  const column = integer(location.columnIndex ?? 0, `${path}.columnIndex`);
  if (row < 0 || row >= table._children.length)
    a.fail(`Invalid row index ${row}: the table has ${table._children.length} rows.`);
  const cells = (table._children[row] as FakeTableRow)._children.length;
  if (column < 0 || column >= cells) a.fail(`Invalid column index ${column}: the row has ${cells} cells.`);
  return { table, row, column };
}

/** The rows of a table whose rows all have the same number of cells (merged cells are not modelled). */
function rectangularRows(table: FakeTable, request: string): FakeTableRow[] {
  const rows = table._children as FakeTableRow[];
  if (new Set(rows.map((row) => row._children.length)).size > 1)
    throw new Error(`not emulated: Docs ${request} in a table whose rows have different numbers of cells`);
  return rows;
}

/** An empty cell with the reference cell's style and its first paragraph's style. */
function emptyCellLike(cell: FakeTableCell): FakeTableCell {
  const copy = new FakeTableCell();
  copy._attrs = { ...cell._attrs };
  const first = cell._children[0];
  if (first instanceof FakeParagraph) (copy._children[0] as FakeParagraph)._attrs = { ...first._attrs };
  return copy;
}

/** Column widths in points by column index, from the API's Dimension. */
function points(value: unknown, path: string): number {
  const dimension = checkFields(value, 'Dimension', path);
  if (dimension.unit !== 'PT')
    throw new Error(`not emulated: Docs column width in ${String(dimension.unit)} (only PT)`);
  const magnitude = dimension.magnitude;
  if (typeof magnitude !== 'number' || !Number.isFinite(magnitude))
    throw new ApiError(`Invalid value at '${path}.magnitude', ${JSON.stringify(magnitude)}`);
  return magnitude;
}

export const TABLE_HANDLERS: Record<string, Handler> = {
  insertTableRow(a, p, path) {
    const { table, row } = tableCell(a, p.tableCellLocation, `${path}.tableCellLocation`);
    const reference = table._children[row] as FakeTableRow;
    const added = new FakeTableRow();
    added._attrs = { ...reference._attrs };
    added._style = { ...reference._style };
    // New cells take the reference cells' style; each holds one empty paragraph.
    for (const cell of reference._cells()) added._insertChild(added._children.length, emptyCellLike(cell));
    table._insertChild(row + (p.insertBelow === true ? 1 : 0), added);
  },

  deleteTableRow(a, p, path) {
    const { table, row } = tableCell(a, p.tableCellLocation, `${path}.tableCellLocation`);
    if (table._children.length === 1)
      a.fail('Cannot delete the only row of a table: delete the table with deleteContentRange.');
    table._removeChild(table._children[row]);
  },

  insertTableColumn(a, p, path) {
    const { table, column } = tableCell(a, p.tableCellLocation, `${path}.tableCellLocation`);
    const at = column + (p.insertRight === true ? 1 : 0);
    for (const row of rectangularRows(table, 'insertTableColumn'))
      row._insertChild(at, emptyCellLike(row._cells()[column]));
    // The new column has the reference column's width; the columns after it keep theirs.
    if (column < table._widths.length) table._widths.splice(at, 0, table._widths[column]);
  },

  deleteTableColumn(a, p, path) {
    const { table, column } = tableCell(a, p.tableCellLocation, `${path}.tableCellLocation`);
    const rows = rectangularRows(table, 'deleteTableColumn');
    if (rows[0]._children.length === 1)
      throw new Error('not emulated: Docs deleteTableColumn of the only column (the API deletes the table)');
    for (const row of rows) row._removeChild(row._children[column]);
    if (column < table._widths.length) table._widths.splice(column, 1);
  },

  updateTableColumnProperties(a, p, path) {
    const table = tableAt(a, p.tableStartLocation, `${path}.tableStartLocation`);
    const columns = rectangularRows(table, 'updateTableColumnProperties')[0]._children.length;
    if (typeof p.fields !== 'string' || p.fields.trim() === '')
      return a.fail('At least one field must be listed in fields.');
    const fields = p.fields === '*' ? ['widthType', 'width'] : p.fields.split(',').map((f) => f.trim());
    for (const field of fields)
      if (field !== 'widthType' && field !== 'width')
        throw new ApiError(`Invalid requests: the field ${field} of TableColumnProperties was not found.`);
    const properties = checkFields(
      p.tableColumnProperties ?? {},
      'TableColumnProperties',
      `${path}.tableColumnProperties`,
    );
    const indices = p.columnIndices === undefined ? [] : p.columnIndices;
    if (!Array.isArray(indices)) return a.fail('columnIndices must be a list.');
    const targets = indices.length
      ? indices.map((c, i) => integer(c, `${path}.columnIndices[${i}]`))
      : [...Array(columns).keys()];
    for (const c of targets)
      if (c < 0 || c >= columns) a.fail(`Invalid column index ${c}: the table has ${columns} columns.`);
    const type = fields.includes('widthType') ? properties.widthType : undefined;
    if (type !== undefined && type !== 'FIXED_WIDTH' && type !== 'EVENLY_DISTRIBUTED')
      throw new ApiError(
        `Invalid value at '${path}.tableColumnProperties.widthType', ${JSON.stringify(type)}`,
      );
    const width =
      fields.includes('width') && properties.width !== undefined
        ? points(properties.width, `${path}.tableColumnProperties.width`)
        : undefined;
    if (width !== undefined && width < 5) a.fail('The column width must be at least 5 points.');
    for (const c of targets) {
      const own = table._widths[c];
      if (type === 'EVENLY_DISTRIBUTED') {
        if (c < table._widths.length) table._widths[c] = null;
      } else if (width !== undefined) table._widths[c] = width;
      else if (type === 'FIXED_WIDTH' && typeof own !== 'number')
        a.fail('A FIXED_WIDTH column needs a width.');
    }
  },
};

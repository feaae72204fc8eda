/**
 * Charts.DataTableBuilder and DataTable of the emulated Charts service
 * (https://developers.google.com/apps-script/reference/charts/data-table-builder): columns first,
 * then rows, each value of its column's type.
 */
import type { Emulates } from '../emulation';

export type ColumnKind = 'STRING' | 'NUMBER' | 'DATE';
export type DataValue = string | number | Date | null;

export class FakeDataTable implements Emulates<GoogleAppsScript.Charts.DataTable, never> {
  static gasClass = 'DataTable';
  /** Lets the chart builder find the fake behind the proxy it is handed. */
  static gasProperties: readonly string[] = ['_raw'];
  get _raw(): this {
    return this;
  }
  constructor(
    readonly _columns: { kind: ColumnKind; label: string }[],
    readonly _rows: DataValue[][],
  ) {}
}

export class FakeDataTableBuilder implements Emulates<
  GoogleAppsScript.Charts.DataTableBuilder,
  'addColumn' | 'addRow' | 'build'
> {
  static gasClass = 'DataTableBuilder';
  static gasProperties: readonly string[] = ['_raw'];
  get _raw(): this {
    return this;
  }
  readonly _columns: { kind: ColumnKind; label: string }[] = [];
  readonly _rows: DataValue[][] = [];

  addColumn(type: GoogleAppsScript.Charts.ColumnType, label: string): this {
    const kind = String(type) as ColumnKind;
    if (!['STRING', 'NUMBER', 'DATE'].includes(kind))
      throw new Error(`Invalid argument: type (${String(type)})`);
    if (this._rows.length > 0) throw new Error('Columns must be added before any row.');
    this._columns.push({ kind, label: String(label) });
    return this;
  }
  /**
   * One row: as many values as columns, each of its column's type (a string, a number, a Date),
   * or null. Google says the values must match the columns; the stricter reading refuses others.
   */
  addRow(values: DataValue[]): this {
    if (!Array.isArray(values) || values.length !== this._columns.length)
      throw new Error(
        `Invalid argument: the row has ${Array.isArray(values) ? values.length : 0} values for ${this._columns.length} columns.`,
      );
    values.forEach((value, i) => {
      const kind = this._columns[i].kind;
      const ok =
        value === null ||
        (kind === 'STRING' && typeof value === 'string') ||
        (kind === 'NUMBER' && typeof value === 'number' && Number.isFinite(value)) ||
        (kind === 'DATE' && value instanceof Date);
      if (!ok) throw new Error(`Invalid argument: value ${String(value)} of column ${i} is not a ${kind}.`);
    });
    this._rows.push([...values]);
    return this;
  }
  build(): FakeDataTable {
    return new FakeDataTable(
      this._columns.map((c) => ({ ...c })),
      this._rows.map((r) => [...r]),
    );
  }
}

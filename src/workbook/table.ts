/**
 * A sheet's values read once (`getValues()`), seen as rows keyed by contract header.
 * Pure: the Apps Script glue hands in the 2-D array.
 */
import type { SheetSpec } from './contract';
import { mapHeaders, normalizeHeader, type HeaderMap } from './headers';
import { isBlank, type Cell } from './values';

export interface TableRow {
  /** Sheet row number as users see it (the header is row 1). */
  rowNumber: number;
  /** The raw cells of the row, in sheet order. */
  cells: readonly Cell[];
}

export class Table {
  readonly headerMap: HeaderMap;
  readonly rows: TableRow[];
  /** The first three rows under the header, blank or not (to spot headers typed below row 1). */
  readonly leadingRows: TableRow[];
  /** Every header in the sheet (normalized) → index, known or not, for user columns. */
  private readonly anyHeader = new Map<string, number>();

  constructor(
    readonly sheetName: string,
    readonly spec: SheetSpec,
    readonly headerRow: readonly Cell[],
    dataRows: readonly (readonly Cell[])[],
    /** Sheet row number of dataRows[0]. */
    firstRowNumber = 2,
  ) {
    this.headerMap = mapHeaders(headerRow, spec.columns);
    headerRow.forEach((cell, i) => {
      const key = normalizeHeader(cell);
      if (key && !this.anyHeader.has(key)) this.anyHeader.set(key, i);
    });
    for (const [header, i] of this.headerMap.index) this.anyHeader.set(normalizeHeader(header), i);
    const known = [...this.headerMap.index.values()];
    this.rows = [];
    this.leadingRows = dataRows.slice(0, 3).map((cells, i) => ({ rowNumber: firstRowNumber + i, cells }));
    dataRows.forEach((cells, i) => {
      const blank = known.length > 0 ? known.every((c) => isBlank(cells[c])) : cells.every((c) => isBlank(c));
      if (!blank) this.rows.push({ rowNumber: firstRowNumber + i, cells });
    });
  }

  /** Builds a table from `getValues()` output, whose first row is the header row. */
  static fromValues(sheetName: string, spec: SheetSpec, values: readonly (readonly Cell[])[]): Table {
    return new Table(sheetName, spec, values[0] ?? [], values.slice(1));
  }

  /** Whether the sheet has this column (contract header, alias, or any user header). */
  has(header: string): boolean {
    return this.column(header) >= 0;
  }

  /** 0-based column index of a header, or -1. */
  column(header: string): number {
    return this.headerMap.index.get(header) ?? this.anyHeader.get(normalizeHeader(header)) ?? -1;
  }

  /** The header as the sheet spells it. */
  headerText(header: string): string {
    const i = this.column(header);
    return i >= 0 ? String(this.headerRow[i] ?? header) : header;
  }

  get(row: TableRow, header: string): Cell {
    const i = this.column(header);
    return i >= 0 ? row.cells[i] : undefined;
  }
}

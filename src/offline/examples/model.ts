/**
 * The example workbooks as plain data: sheets of rows keyed by header, written to .xlsx by
 * xlsx.ts. Dates are calendar days (UTC midnight), so they come out the same in every time zone.
 */
export type ExampleCell = string | number | Date | null;

export type ExampleRow = Record<string, ExampleCell>;

export interface ExampleSheet {
  name: string;
  /** Header row, in sheet order. */
  header: string[];
  /** Rows in sheet order; an empty object is a blank row. */
  rows: ExampleRow[];
  /** Headers whose cells are dates (formatted yyyy-mm-dd). */
  dates?: readonly string[];
  /** Column widths by header, in characters. */
  widths?: Readonly<Record<string, number>>;
}

export interface ExampleWorkbook {
  sheets: ExampleSheet[];
}

/** A date cell for a calendar day. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** "2020-07-15" of a date cell. */
export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

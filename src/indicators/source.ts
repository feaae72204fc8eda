/**
 * The rows an indicator counts (CBOs, Advocacy, Partners or Attendance), with each column read
 * once per run and cached in the forms filters need (folded text, numbers, days, Yes/No).
 * Attendance rows also see their meeting's columns (joined by Meeting ID), and their date is the
 * meeting's Date.
 */
import {
  SHEET,
  type ColumnKind,
  type ColumnSpec,
  type INDICATOR_SOURCES,
  type SheetSpec,
} from '../workbook/contract';
import { parseDay, type Day } from '../workbook/dates';
import { normalizeHeader } from '../workbook/headers';
import { foldKey } from '../workbook/matching';
import type { Table, TableRow } from '../workbook/table';
import { cleanText, isDate, parseNumber, parseYesNo, toLatinDigits, type Cell } from '../workbook/values';

export type SourceName = (typeof INDICATOR_SOURCES)[number];

/** A cached reading of one cell: a value, blank, or unreadable. */
export type Reading<T> = T | null | undefined;
/** null = blank, undefined = unreadable. */
export const BLANK = null;

/** Text key for tolerant comparisons: case, spaces, Latin accents and Khmer digits do not matter. */
export function textKey(value: Cell): string {
  return foldKey(toLatinDigits(cleanText(value)));
}

export class SourceColumn {
  private keys?: string[];
  private texts?: string[];
  private numbers?: Reading<number>[];
  private days?: Reading<Day>[];
  private booleans?: Reading<boolean>[];

  constructor(
    /** The header as the sheet spells it. */
    readonly header: string,
    /** The contract's spec for this column; undefined for a user column. */
    readonly spec: ColumnSpec | undefined,
    private readonly cells: readonly Cell[],
    private readonly timeZone: string,
    /** Text keys read as another key: a place's Khmer name as its English name, ឃុំ as Commune. */
    private readonly aliases?: ReadonlyMap<string, string>,
    /** Whether row i's cell is one that Validate data calls an error (undefined: none is). */
    readonly isError?: (i: number) => boolean,
  ) {}

  /** The key of a text as this column compares it (filters' literals and cells alike). */
  textKey(value: Cell): string {
    const key = textKey(value);
    return this.aliases?.get(key) ?? key;
  }

  get kind(): ColumnKind | undefined {
    return this.spec?.kind;
  }

  /** Number of rows. */
  get size(): number {
    return this.cells.length;
  }

  cell(i: number): Cell {
    return this.cells[i];
  }

  text(i: number): string {
    if (!this.texts) this.texts = this.cells.map(cleanText);
    return this.texts[i];
  }

  /** Folded text keys. */
  key(i: number): string {
    if (!this.keys) this.keys = this.cells.map(this.aliases ? (cell) => this.textKey(cell) : textKey);
    return this.keys[i];
  }

  number(i: number): Reading<number> {
    if (!this.numbers) {
      this.numbers = this.cells.map((cell) => {
        const parsed = parseNumber(cell);
        return parsed.status === 'ok' ? parsed.value : parsed.status === 'blank' ? BLANK : undefined;
      });
    }
    return this.numbers[i];
  }

  day(i: number): Reading<Day> {
    if (!this.days) {
      // Date cells repeat (one per day): each instant is converted to a day once.
      const byInstant = new Map<number, Reading<Day>>();
      this.days = this.cells.map((cell) => {
        if (isDate(cell)) {
          const time = cell.getTime();
          if (byInstant.has(time)) return byInstant.get(time);
          const parsed = parseDay(cell, this.timeZone);
          const day = parsed.status === 'ok' ? parsed.value : undefined;
          byInstant.set(time, day);
          return day;
        }
        const parsed = parseDay(cell, this.timeZone);
        return parsed.status === 'ok' ? parsed.value : parsed.status === 'blank' ? BLANK : undefined;
      });
    }
    return this.days[i];
  }

  yesNo(i: number): Reading<boolean> {
    if (!this.booleans) {
      this.booleans = this.cells.map((cell) => {
        const parsed = parseYesNo(cell);
        return parsed.status === 'ok' ? parsed.value : parsed.status === 'blank' ? BLANK : undefined;
      });
    }
    return this.booleans[i];
  }
}

export interface SourceOptions {
  name: SourceName;
  table: Table;
  /** The contract header of the column that dates a row, e.g. Mapped on. */
  dateColumn: string;
  /** The contract header of the column that names a row in explanations (CBO ID, Partner, Name). */
  keyColumn: string;
  timeZone: string;
  /** Attendance only: the Meetings table, joined by Meeting ID. */
  meetings?: Table;
  /** Alias keys of a contract column (see SourceColumn), when it has any. */
  aliases?: (spec: ColumnSpec) => ReadonlyMap<string, string> | undefined;
  /** The rows (sheet row numbers) whose cell of a sheet's contract column Validate data calls an error. */
  errors?: (sheet: string, header: string) => ReadonlySet<number> | undefined;
}

/** The rows of one source sheet. */
export class Source {
  readonly name: SourceName;
  readonly sheetName: string;
  readonly rows: readonly TableRow[];
  private readonly columns = new Map<string, SourceColumn | null>();
  private readonly meetingOf?: (TableRow | undefined)[];
  private dateCache?: SourceColumn | null;

  constructor(private readonly options: SourceOptions) {
    this.name = options.name;
    this.sheetName = options.table.sheetName;
    this.rows = options.table.rows;
    const meetings = options.meetings;
    if (meetings) {
      const byId = new Map<string, TableRow>();
      for (const row of meetings.rows) {
        const id = textKey(meetings.get(row, 'Meeting ID'));
        if (id && !byId.has(id)) byId.set(id, row);
      }
      this.meetingOf = this.rows.map((row) => byId.get(textKey(options.table.get(row, 'Meeting ID'))));
    }
  }

  get size(): number {
    return this.rows.length;
  }

  get spec(): SheetSpec {
    return this.options.table.spec;
  }

  /** A column by header (contract or user column; for Attendance also a Meetings column). */
  column(header: string): SourceColumn | undefined {
    const wanted = normalizeHeader(header);
    if (this.columns.has(wanted)) return this.columns.get(wanted) ?? undefined;
    const found = this.findColumn(header);
    this.columns.set(wanted, found ?? null);
    return found;
  }

  private findColumn(header: string): SourceColumn | undefined {
    const { table, timeZone } = this.options;
    const specOf = (t: Table, index: number) =>
      t.spec.columns.find((c) => t.headerMap.index.get(c.header) === index);
    const index = table.column(header);
    if (index >= 0) {
      const cells = this.rows.map((row) => row.cells[index]);
      const spec = specOf(table, index);
      const aliases = spec && this.options.aliases?.(spec);
      const errors = spec && this.options.errors?.(table.spec.name, spec.header);
      const isError = errors?.size ? (i: number) => errors.has(this.rows[i].rowNumber) : undefined;
      return new SourceColumn(cleanText(table.headerRow[index]), spec, cells, timeZone, aliases, isError);
    }
    return this.meetingColumn(header);
  }

  private meetingColumn(header: string): SourceColumn | undefined {
    const { meetings, timeZone } = this.options;
    if (!meetings || !this.meetingOf) return undefined;
    const index = meetings.column(header);
    if (index < 0) return undefined;
    const meetingOf = this.meetingOf;
    const cells = meetingOf.map((row) => (row ? row.cells[index] : ''));
    const spec = meetings.spec.columns.find((c) => meetings.headerMap.index.get(c.header) === index);
    const errors = spec && this.options.errors?.(meetings.spec.name, spec.header);
    const isError = errors?.size
      ? (i: number) => {
          const row = meetingOf[i];
          return row !== undefined && errors.has(row.rowNumber);
        }
      : undefined;
    return new SourceColumn(cleanText(meetings.headerRow[index]), spec, cells, timeZone, undefined, isError);
  }

  /** Every header the filters may name, as the sheets spell them. */
  headers(): string[] {
    const names = (t: Table) => t.headerRow.map((h) => cleanText(h)).filter((h) => h !== '');
    return [...names(this.options.table), ...(this.options.meetings ? names(this.options.meetings) : [])];
  }

  /** The column that dates rows for periods. */
  dateColumn(): SourceColumn | undefined {
    if (this.options.meetings) {
      this.dateCache ??= this.meetingColumn(this.options.dateColumn) ?? null;
      return this.dateCache ?? undefined;
    }
    return this.column(this.options.dateColumn);
  }

  get dateHeader(): string {
    return this.name === SHEET.attendance
      ? `the meeting's ${this.options.dateColumn}`
      : this.options.dateColumn;
  }

  keyColumn(): SourceColumn | undefined {
    return this.column(this.options.keyColumn);
  }
}

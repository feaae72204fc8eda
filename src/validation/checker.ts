/**
 * What every validation rule shares while one workbook is checked: the problems found so far, the
 * lists, keys and geography read once, and the cell reading helpers (dates in the spreadsheet's
 * time zone, values as the user sees them). Pure: no service calls.
 */
import { digits, say, localized as m, type Digits, type Localized } from '../i18n/messages';
import { GEOGRAPHY, LISTS, type SheetSpec } from '../workbook/contract';
import { dayOfDate, dayParts, isoDay, type Day } from '../workbook/dates';
import { Vocabulary } from '../workbook/matching';
import type { Problem, Severity } from '../workbook/problem';
import type { Table } from '../workbook/table';
import { cleanText, isDate, type Cell } from '../workbook/values';
import { GeographyIndex } from './geography';
import type { ProblemCode } from './problems';

export interface ValidationInput {
  /** Tables by sheet name; a sheet that does not exist is undefined or absent. */
  tables: Readonly<Record<string, Table | undefined>>;
  /** Time zone of date cells and of "today". */
  timeZone: string;
  today: Day;
}

/** The value a cell was read as, for the rules that need several cells of a row. */
export type Value = string | number | boolean | undefined;

/** The value of a checked column of the current row, by contract header. */
export type ValueOf = (header: string) => Value;

export function quote(text: string): string {
  return `"${text}"`;
}

export function oneOf(values: readonly string[], limit = 12): string {
  if (values.length === 0) return '';
  const shown = values.slice(0, limit).join(', ');
  return values.length > limit ? `${shown}, ...` : shown;
}

export class Checker {
  readonly problems: Problem[] = [];
  /** Lists of the Lists sheet, by name. */
  readonly lists = new Map<string, Vocabulary>();
  /** Fixed choices of the contract, by their array. */
  readonly choices = new Map<readonly string[], Vocabulary>();
  /** Key columns (CBO ID, Partner, Meeting ID, Project ID) by sheet. */
  readonly keys = new Map<string, Vocabulary>();
  /** Province › District › Commune rows of Geography seen so far. */
  readonly geographyRows = new Map<string, number>();
  readonly geography: GeographyIndex;
  readonly thisYear: number;
  /** Lists that a sheet uses but the Lists sheet lacks: reported once. */
  private readonly missingLists = new Set<string>();
  private readonly missingSheets = new Set<string>();
  private readonly days = new Map<number, Day>();

  constructor(readonly input: ValidationInput) {
    this.geography = new GeographyIndex(input.tables[GEOGRAPHY.name]);
    this.thisYear = dayParts(input.today).year;
  }

  add(
    severity: Severity,
    sheet: string,
    row: number | null,
    column: string | null,
    value: string | Digits,
    code: ProblemCode,
    message: Localized,
    fix: Localized,
  ): void {
    const written = typeof value === 'object';
    this.problems.push({
      severity,
      sheet,
      row,
      column,
      value: written ? value.digits : value,
      code,
      message: say('en', message),
      fix: say('en', fix),
      i18n: written ? { message, fix, value: m('text.as', { text: value }) } : { message, fix },
    });
  }

  /** The day of a date cell in the spreadsheet's time zone (cached: time zone maths is slow). */
  dayOf(date: Date): Day {
    const time = date.getTime();
    let day = this.days.get(time);
    if (day === undefined) {
      day = dayOfDate(date, this.input.timeZone);
      this.days.set(time, day);
    }
    return day;
  }

  /** A cell as the user sees it: dates as yyyy-mm-dd, checkboxes as TRUE/FALSE. */
  /** A cell as a message shows it: text as typed; a date or number as the tool writes it (the reader's digits). */
  said(cell: Cell): string | Digits {
    const shown = this.shown(cell);
    return typeof cell === 'string' || typeof cell === 'boolean' || shown === '' ? shown : digits(shown);
  }

  shown(cell: Cell): string {
    if (typeof cell === 'string') return cleanText(cell);
    if (isDate(cell)) return isNaN(cell.getTime()) ? '' : isoDay(this.dayOf(cell));
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    return cleanText(cell);
  }

  /** Reads the key column of a sheet (none when the sheet or its key column is missing). */
  readKeys(spec: SheetSpec, table: Table | undefined): void {
    if (!table || !spec.key || !table.headerMap.index.has(spec.key)) return;
    this.keys.set(
      spec.name,
      new Vocabulary(table.rows.map((row) => cleanText(table.get(row, spec.key as string)))),
    );
  }

  missingSheet(name: string, why: Localized): void {
    if (this.missingSheets.has(name)) return;
    this.missingSheets.add(name);
    this.add('error', name, null, null, '', 'missing-sheet', why, m('v.missingSheet.fix', { sheet: name }));
  }

  listMissing(list: string): void {
    if (this.missingLists.has(list) || !this.input.tables[LISTS.name]) return;
    this.missingLists.add(list);
    this.add(
      'error',
      LISTS.name,
      1,
      list,
      '',
      'missing-column',
      m('v.listMissing', { list }),
      m('v.listMissing.fix', { list }),
    );
  }
}

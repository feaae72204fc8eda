/**
 * The validation engine: every rule of the workbook contract, checked on tables already read.
 * Pure: no service calls. Tolerant where the contract is (case, spaces, Latin accents, Khmer
 * digits and names, text dates, Yes/No spellings); a valid but non-canonical spelling is at
 * most a warning. One problem per cause: a wrong Province is not also reported as a wrong
 * District and Commune.
 */
import { digits, localized as m, say, type Localized, type MessageKey } from '../i18n/messages';
import { parseLanguage } from '../i18n/language';
import { own } from '../workbook/keys';
import { a1 } from '../sheets/workbook';
import {
  ADVOCACY,
  CBOS,
  GEOGRAPHY,
  INPUT_SHEETS,
  LIST_NAMES,
  LISTS,
  MEETINGS,
  PARTNERS,
  PROJECTS,
  SETTINGS,
  type ColumnSpec,
  type SheetSpec,
  CHOICE_SYNONYMS,
} from '../workbook/contract';
import { dayOfDate, dayParts, isoDay, parseDay, type Day } from '../workbook/dates';
import { normalizeHeader } from '../workbook/headers';
import { editDistance, foldKey, Vocabulary } from '../workbook/matching';
import type { Table, TableRow } from '../workbook/table';
import {
  cleanText,
  hasKhmerScript,
  isDate,
  parseNumber,
  parseWholeNumber,
  parseYesNo,
  type Cell,
  type Parsed,
} from '../workbook/values';
import { badEmails, badPhones } from './formats';
import { GeographyIndex, matchPlace, type Place } from './geography';
import type { Problem, Severity } from '../workbook/problem';
import { sortProblems, type ProblemCode, type ValidationResult } from './problems';

export interface ValidationInput {
  /** Tables by sheet name; a sheet that does not exist is undefined or absent. */
  tables: Readonly<Record<string, Table | undefined>>;
  /** Time zone of date cells and of "today". */
  timeZone: string;
  today: Day;
}

/** Sheets every workbook needs: their absence is one error. */
export const NEEDED_SHEETS = [CBOS.name, ADVOCACY.name, PARTNERS.name, GEOGRAPHY.name, LISTS.name];

/** Earliest Year established the contract accepts. */
export const FIRST_YEAR = 1979;

interface ColumnRule {
  min?: number;
  /** 'this-year': the current year. */
  max?: number | 'this-year';
  notFuture?: boolean;
  manyEmails?: boolean;
  khmer?: Severity;
  /** Checked by the sheet's own rule (geography, references): only blank/required here. */
  own?: boolean;
}

const RULES: Record<string, Record<string, ColumnRule>> = {
  CBOs: {
    'CBO ID': { own: true },
    'CBO name (Khmer)': { khmer: 'error' },
    Province: { own: true },
    District: { own: true },
    Commune: { own: true },
    'Year established': { min: FIRST_YEAR, max: 'this-year' },
    Members: { min: 0 },
    'Women members': { min: 0 },
    'Youth members': { min: 0 },
    Partner: { own: true },
    'Mapped on': { notFuture: true },
  },
  Advocacy: { 'CBO ID': { own: true }, Date: { notFuture: true } },
  Partners: { Partner: { own: true }, Email: { manyEmails: true } },
  Geography: {
    'Province (Khmer)': { khmer: 'warning' },
    'District (Khmer)': { khmer: 'warning' },
    'Commune (Khmer)': { khmer: 'warning' },
  },
  Attendance: { 'Meeting ID': { own: true } },
  Agenda: { 'Meeting ID': { own: true } },
  'Group work': { 'Meeting ID': { own: true } },
  'Report items': { 'Project ID': { own: true } },
  Indicators: { Decimals: { min: 0 } },
};

/** Columns that name a row of another sheet. */
const REFERENCES: { sheet: string; column: string; target: SheetSpec; code: ProblemCode; what: string }[] = [
  { sheet: 'CBOs', column: 'Partner', target: PARTNERS, code: 'unknown-partner', what: 'partner' },
  { sheet: 'Advocacy', column: 'CBO ID', target: CBOS, code: 'unknown-cbo', what: 'CBO' },
  { sheet: 'Attendance', column: 'Meeting ID', target: MEETINGS, code: 'unknown-meeting', what: 'meeting' },
  { sheet: 'Agenda', column: 'Meeting ID', target: MEETINGS, code: 'unknown-meeting', what: 'meeting' },
  { sheet: 'Group work', column: 'Meeting ID', target: MEETINGS, code: 'unknown-meeting', what: 'meeting' },
  { sheet: 'Report items', column: 'Project ID', target: PROJECTS, code: 'unknown-project', what: 'project' },
];

function oneOf(values: readonly string[], limit = 12): string {
  if (values.length === 0) return '';
  const shown = values.slice(0, limit).join(', ');
  return values.length > limit ? `${shown}, ...` : shown;
}

function columnLetter(index: number): string {
  return a1(1, index + 1).replace(/\d+$/, '');
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type Value = string | number | boolean | undefined;

/** Counts that cannot exceed Members. */
const PARTS_OF_MEMBERS = [
  ['Women members', 'women-above-members'],
  ['Youth members', 'youth-above-members'],
] as const;

/** Column kinds whose check of a text cell depends only on the text. */
const MEMO_KINDS = new Set<string>(['list', 'yesno', 'whole', 'number', 'date', 'time']);
/** Distinct texts remembered per column. */
const MAX_MEMO = 5000;

/** What checking a text once gave: the value read and the cell's problems. */
interface CellOutcome {
  value: Value;
  problems: Problem[];
}

class Validator {
  readonly problems: Problem[] = [];
  private readonly lists = new Map<string, Vocabulary>();
  /** Lists that a sheet uses but the Lists sheet lacks: reported once. */
  private readonly missingLists = new Set<string>();
  private readonly choices = new Map<readonly string[], Vocabulary>();
  private readonly keys = new Map<string, Vocabulary>();
  private readonly missingSheets = new Set<string>();
  private readonly geographyRows = new Map<string, number>();
  private readonly days = new Map<number, Day>();
  private readonly geography: GeographyIndex;
  private readonly thisYear: number;

  constructor(private readonly input: ValidationInput) {
    this.geography = new GeographyIndex(input.tables[GEOGRAPHY.name]);
    this.thisYear = dayParts(input.today).year;
  }

  add(
    severity: Severity,
    sheet: string,
    row: number | null,
    column: string | null,
    value: string,
    code: ProblemCode,
    message: Localized,
    fix: Localized,
  ): void {
    this.problems.push({
      severity,
      sheet,
      row,
      column,
      value,
      code,
      message: say('en', message),
      fix: say('en', fix),
      i18n: { message, fix },
    });
  }

  /** The day of a date cell in the spreadsheet's time zone (cached: time zone maths is slow). */
  private dayOf(date: Date): Day {
    const time = date.getTime();
    let day = this.days.get(time);
    if (day === undefined) {
      day = dayOfDate(date, this.input.timeZone);
      this.days.set(time, day);
    }
    return day;
  }

  shown(cell: Cell): string {
    if (typeof cell === 'string') return cleanText(cell);
    if (isDate(cell)) return isNaN(cell.getTime()) ? '' : isoDay(this.dayOf(cell));
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    return cleanText(cell);
  }

  run(): ValidationResult {
    const { tables } = this.input;
    const checked: Record<string, number> = {};
    for (const name of NEEDED_SHEETS)
      if (!tables[name]) this.missingSheet(name, m('v.missingSheet', { sheet: name }));
    this.readLists(tables[LISTS.name]);
    for (const spec of [CBOS, PARTNERS, MEETINGS, PROJECTS]) this.readKeys(spec, tables[spec.name]);
    for (const spec of INPUT_SHEETS) {
      const table = tables[spec.name];
      if (!table) continue;
      checked[spec.name] = table.rows.length;
      if (spec.name === LISTS.name) continue;
      this.checkHeaders(table);
      this.checkRows(table);
    }
    if (tables[GEOGRAPHY.name] && this.geography.size === 0) {
      this.add('error', GEOGRAPHY.name, 2, 'Province', '', 'required', m('v.noPlaces'), m('v.noPlaces.fix'));
    }
    return { checked, problems: sortProblems(this.problems) };
  }

  private missingSheet(name: string, why: Localized): void {
    if (this.missingSheets.has(name)) return;
    this.missingSheets.add(name);
    this.add('error', name, null, null, '', 'missing-sheet', why, m('v.missingSheet.fix', { sheet: name }));
  }

  private readLists(table: Table | undefined): void {
    if (!table) return;
    for (const name of LIST_NAMES) {
      const index = table.headerMap.index.get(name);
      if (index === undefined) continue;
      const seen = new Map<string, number>();
      const values: string[] = [];
      for (const row of table.rows) {
        const text = cleanText(row.cells[index]);
        if (!text) continue;
        const key = foldKey(text);
        const first = seen.get(key);
        if (first !== undefined) {
          this.add(
            'warning',
            LISTS.name,
            row.rowNumber,
            name,
            text,
            'duplicate-list-value',
            m('v.duplicateListValue', { value: text, list: name, first: digits(first) }),
            m('v.duplicateListValue.fix'),
          );
          continue;
        }
        seen.set(key, row.rowNumber);
        values.push(text);
      }
      this.lists.set(name, new Vocabulary(values));
    }
  }

  private readKeys(spec: SheetSpec, table: Table | undefined): void {
    if (!table || !spec.key || !table.headerMap.index.has(spec.key)) return;
    this.keys.set(
      spec.name,
      new Vocabulary(table.rows.map((row) => cleanText(table.get(row, spec.key as string)))),
    );
  }

  private checkHeaders(table: Table): void {
    const { spec, headerMap } = table;
    const required = headerMap.missing.filter((column) => column.required);
    // Headers typed below row 1 (under a title or a merged cell): one problem where they are.
    let below: ColumnSpec[] = [];
    for (const row of required.length > 0 ? table.leadingRows : []) {
      const texts = new Set(row.cells.map(normalizeHeader));
      below = required.filter((column) => texts.has(normalizeHeader(column.header)));
      if (below.length === 0) continue;
      this.add(
        'error',
        spec.name,
        row.rowNumber,
        below[0].header,
        '',
        'missing-column',
        m('v.headersBelow', {
          count: below.length,
          headers: below.map((c) => c.header).join(', '),
          row: digits(row.rowNumber),
          sheet: spec.name,
        }),
        m('v.headersBelow.fix'),
      );
      break;
    }
    for (const column of required) {
      if (below.includes(column)) continue;
      this.add(
        'error',
        spec.name,
        1,
        column.header,
        '',
        'missing-column',
        m('v.noColumn', { sheet: spec.name, column: column.header }),
        m('v.noColumn.fix', { column: column.header }),
      );
    }
    for (const duplicate of headerMap.duplicates) {
      const first = headerMap.index.get(duplicate.header) as number;
      this.add(
        'warning',
        spec.name,
        1,
        duplicate.header,
        cleanText(table.headerRow[duplicate.index]),
        'duplicate-column',
        m('v.duplicateColumn', {
          column: duplicate.header,
          first: columnLetter(first),
          second: columnLetter(duplicate.index),
        }),
        m('v.duplicateColumn.fix'),
      );
    }
  }

  private checkRows(table: Table): void {
    const { spec } = table;
    const rules = RULES[spec.name] ?? {};
    const columns = spec.columns.filter(
      (column) => !column.written && table.headerMap.index.has(column.header),
    );
    const seenKeys = new Map<string, number>();
    const keyColumn = spec.key && table.headerMap.index.has(spec.key) ? spec.key : undefined;
    const columnRules = columns.map((column) => rules[column.header] ?? {});
    // Optional free text has nothing to check: skip it.
    const checked = columns
      .map((column, i) => ({ column, rule: columnRules[i] }))
      .filter(
        ({ column, rule }) => column.required || column.kind !== 'text' || Object.keys(rule).length > 0,
      );
    const position = new Map(checked.map(({ column }, i) => [column.header, i]));
    const indexes = checked.map(({ column }) => table.headerMap.index.get(column.header) as number);
    const memos = checked.map(({ column, rule }) =>
      MEMO_KINDS.has(column.kind) && !rule.own ? new Map<string, CellOutcome>() : undefined,
    );
    const values: Value[] = new Array(checked.length);
    const valueOf = (header: string) => {
      const i = position.get(header);
      return i === undefined ? undefined : values[i];
    };
    for (const row of table.rows) {
      for (let i = 0; i < checked.length; i++) {
        const cell = row.cells[indexes[i]];
        const memo = memos[i];
        values[i] =
          memo && typeof cell === 'string'
            ? this.checkTextCell(table, row, checked[i].column, checked[i].rule, cell, memo)
            : this.checkCell(table, row, checked[i].column, checked[i].rule, cell);
      }
      if (keyColumn) this.checkUnique(table, row, keyColumn, seenKeys);
      this.checkRow(table, row, valueOf);
    }
  }

  private checkUnique(table: Table, row: TableRow, column: string, seen: Map<string, number>): void {
    const text = cleanText(table.get(row, column));
    if (!text) return;
    const key = foldKey(text);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.rowNumber);
      return;
    }
    const severity: Severity = table.spec.name === SETTINGS.name ? 'warning' : 'error';
    this.add(
      severity,
      table.spec.name,
      row.rowNumber,
      column,
      text,
      'duplicate-id',
      m('v.duplicateId', { column, value: text, first: digits(first) }),
      severity === 'error'
        ? m('v.duplicateId.fix', { column, first: digits(first) })
        : m('v.duplicateId.keepFirst', { value: text, first: digits(first) }),
    );
  }

  /** A valid number, date or checkbox cell typed natively: the common case, read without text. */
  private fastValue(cell: Cell, column: ColumnSpec, rule: ColumnRule): Value {
    if (rule.own) return undefined;
    if (typeof cell === 'number' && (column.kind === 'whole' || column.kind === 'number')) {
      if (!Number.isFinite(cell) || (column.kind === 'whole' && !Number.isInteger(cell))) return undefined;
      const max = rule.max === 'this-year' ? this.thisYear : rule.max;
      if ((rule.min !== undefined && cell < rule.min) || (max !== undefined && cell > max)) return undefined;
      return cell;
    }
    if (column.kind === 'date' && isDate(cell) && !isNaN(cell.getTime())) {
      const day = this.dayOf(cell);
      return rule.notFuture && day > this.input.today ? undefined : day;
    }
    if (column.kind === 'yesno' && typeof cell === 'boolean') return cell;
    return undefined;
  }

  /**
   * A text cell of a column whose check depends only on the text (lists, Yes/No, numbers and dates
   * typed as text): checked once per distinct text, its problems repeated on later rows.
   */
  private checkTextCell(
    table: Table,
    row: TableRow,
    column: ColumnSpec,
    rule: ColumnRule,
    cell: string,
    memo: Map<string, CellOutcome>,
  ): Value {
    const known = memo.get(cell);
    if (known) {
      for (const problem of known.problems) this.problems.push({ ...problem, row: row.rowNumber });
      return known.value;
    }
    const before = this.problems.length;
    const value = this.checkCell(table, row, column, rule, cell);
    if (memo.size < MAX_MEMO) {
      // Only this cell's problems: a sheet-level one (a missing list) is reported once.
      const problems = this.problems
        .slice(before)
        .filter(
          (problem) =>
            problem.sheet === table.spec.name &&
            problem.row === row.rowNumber &&
            problem.column === column.header,
        );
      memo.set(cell, { value, problems });
    }
    return value;
  }

  /** Checks one cell by its column's kind; returns the value read, or undefined. */
  private checkCell(table: Table, row: TableRow, column: ColumnSpec, rule: ColumnRule, cell: Cell): Value {
    const sheet = table.spec.name;
    const header = column.header;
    const fast = this.fastValue(cell, column, rule);
    if (fast !== undefined) return fast;
    const text = this.shown(cell);
    if (text === '') {
      if (column.required) {
        const message = m('v.required', { column: header });
        this.add(
          'error',
          sheet,
          row.rowNumber,
          header,
          text,
          'required',
          message,
          m('v.required.fix', { column: header }),
        );
      }
      return undefined;
    }
    if (rule.own) return text;
    // Free text (required, so not blank here): nothing more to check.
    if ((column.kind === 'text' || column.kind === 'time') && !rule.khmer) return text;
    const add = (severity: Severity, code: ProblemCode, message: Localized, fix: Localized) =>
      this.add(severity, sheet, row.rowNumber, header, text, code, message, fix);
    switch (column.kind) {
      case 'whole':
      case 'number': {
        const parsed = column.kind === 'whole' ? parseWholeNumber(cell) : parseNumber(cell);
        if (parsed.status !== 'ok') {
          const number = parseNumber(cell).status === 'ok';
          add(
            'error',
            number ? 'not-a-whole-number' : 'not-a-number',
            m(number ? 'v.notWhole' : 'v.notNumber', { column: header, value: text }),
            m(number ? 'v.notWhole.fix' : 'v.notNumber.fix'),
          );
          return undefined;
        }
        const max = rule.max === 'this-year' ? this.thisYear : rule.max;
        if (
          (rule.min !== undefined && parsed.value < rule.min) ||
          (max !== undefined && parsed.value > max)
        ) {
          const range =
            max === undefined
              ? m('v.range.min', { min: digits(rule.min as number) })
              : rule.min === undefined
                ? m('v.range.max', { max: digits(max) })
                : m('v.range.both', { min: digits(rule.min), max: digits(max) });
          add(
            'error',
            'out-of-range',
            m('v.outOfRange', { column: header, value: text, range }),
            m('v.outOfRange.fix', { range }),
          );
          return undefined;
        }
        return parsed.value;
      }
      case 'date': {
        const parsed: Parsed<Day> =
          isDate(cell) && !isNaN(cell.getTime())
            ? { status: 'ok', value: this.dayOf(cell), canonical: true }
            : parseDay(cell, this.input.timeZone);
        if (parsed.status !== 'ok') {
          add('error', 'not-a-date', m('v.notDate', { column: header, value: text }), m('v.notDate.fix'));
          return undefined;
        }
        if (rule.notFuture && parsed.value > this.input.today) {
          add(
            'error',
            'future-date',
            m('v.futureDate', { column: header, value: text }),
            m('v.futureDate.fix', { today: digits(isoDay(this.input.today)) }),
          );
        }
        return parsed.value;
      }
      case 'yesno': {
        const parsed = parseYesNo(cell);
        if (parsed.status !== 'ok') {
          add('error', 'not-yes-no', m('v.notYesNo', { column: header, value: text }), m('v.notYesNo.fix'));
          return undefined;
        }
        return parsed.value;
      }
      case 'list':
        return this.checkListValue(add, header, column, text);
      case 'email': {
        const bad = badEmails(text, rule.manyEmails === true);
        if (bad.length > 0) {
          add(
            'error',
            'invalid-email',
            m('v.invalidEmail', { column: header, value: bad[0] }),
            m(rule.manyEmails ? 'v.invalidEmail.many' : 'v.invalidEmail.one'),
          );
        }
        return text;
      }
      case 'phone': {
        if (typeof cell === 'number') {
          const stored = String(cell);
          if (Number.isInteger(cell) && /^[1-9]\d{7,8}$/.test(stored)) {
            add(
              'warning',
              'phone-as-number',
              m('v.phoneAsNumber', { digits: digits(stored) }),
              m('v.phoneAsNumber.fix', { digits: digits(stored) }),
            );
            return text;
          }
        }
        const bad = badPhones(text);
        if (bad.length > 0) {
          add(
            'error',
            'invalid-phone',
            m('v.invalidPhone', { column: header, value: bad[0] }),
            m('v.invalidPhone.fix'),
          );
        }
        return text;
      }
      default:
        if (rule.khmer && !hasKhmerScript(text)) {
          add(
            rule.khmer,
            'not-khmer-script',
            m('v.notKhmer', { column: header, value: text }),
            m('v.notKhmer.fix', { column: header }),
          );
        }
        return text;
    }
  }

  private checkListValue(
    add: (severity: Severity, code: ProblemCode, message: Localized, fix: Localized) => void,
    header: string,
    column: ColumnSpec,
    text: string,
  ): Value {
    let vocabulary: Vocabulary | undefined;
    let where: Localized;
    if (column.list) {
      where = m('v.where.list', { list: column.list });
      vocabulary = this.lists.get(column.list);
      if (!vocabulary) {
        this.listMissing(column.list);
        return text;
      }
    } else {
      const choices = column.choices ?? [];
      where = m('v.where.choices', { column: header });
      vocabulary = this.choices.get(choices);
      if (!vocabulary) {
        vocabulary = new Vocabulary(choices);
        this.choices.set(choices, vocabulary);
      }
      if (!vocabulary.match(text)) {
        const synonym = choices
          .map((choice) => {
            const synonyms = own(CHOICE_SYNONYMS, choice) ?? {};
            return own(synonyms, foldKey(text)) ?? own(synonyms, text);
          })
          .find(Boolean);
        if (synonym) {
          add(
            'warning',
            'non-canonical-spelling',
            m('v.readAs', { column: header, value: text, canonical: synonym }),
            m('v.write', { canonical: synonym }),
          );
          return synonym;
        }
      }
    }
    const match = vocabulary.match(text);
    if (match) {
      if (!match.exact) {
        add(
          'warning',
          'non-canonical-spelling',
          m('v.spelled', { column: header, value: text, canonical: match.canonical, where }),
          m('v.write', { canonical: match.canonical }),
        );
      }
      return match.canonical;
    }
    const suggestion = vocabulary.suggest(text);
    const values = vocabulary.values();
    const use = column.list
      ? values.length
        ? m('v.useList', { list: column.list, values: oneOf(values), value: text })
        : m('v.useEmptyList', { list: column.list, value: text })
      : m('v.useChoices', { values: oneOf(values) });
    add(
      'error',
      'unknown-list-value',
      m('v.notInList', { column: header, value: text, where }),
      suggestion ? m('v.then', { first: m('v.didYouMean', { suggestion }), then: use }) : use,
    );
    return undefined;
  }

  private listMissing(list: string): void {
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

  /** Rules that need several cells of a row, or other sheets. */
  private checkRow(table: Table, row: TableRow, valueOf: (header: string) => Value): void {
    const sheet = table.spec.name;
    for (const reference of REFERENCES) {
      const value = reference.sheet === sheet ? valueOf(reference.column) : undefined;
      if (value !== undefined) {
        this.checkReference(table, row, reference, String(value));
      }
    }
    if (sheet === CBOS.name) {
      this.checkPlace(table, row);
      for (const [header, code] of PARTS_OF_MEMBERS) {
        const part = valueOf(header);
        const members = valueOf('Members');
        if (typeof part === 'number' && typeof members === 'number' && part > members) {
          this.add(
            'error',
            sheet,
            row.rowNumber,
            header,
            this.shown(table.get(row, header)),
            code,
            m('v.aboveMembers', {
              column: header,
              value: this.shown(table.get(row, header)),
              members: this.shown(table.get(row, 'Members')),
            }),
            m(code === 'women-above-members' ? 'v.womenAbove.fix' : 'v.youthAbove.fix'),
          );
        }
      }
    } else if (sheet === PARTNERS.name) {
      const start = valueOf('MoU start');
      const end = valueOf('MoU end');
      if (typeof start === 'number' && typeof end === 'number' && end < start) {
        this.add(
          'error',
          sheet,
          row.rowNumber,
          'MoU end',
          this.shown(table.get(row, 'MoU end')),
          'mou-end-before-start',
          m('v.mouEnd', { end: digits(isoDay(end)), start: digits(isoDay(start)) }),
          m('v.mouEnd.fix'),
        );
      }
      const startText = this.shown(table.get(row, 'MoU start'));
      if (
        startText &&
        table.headerMap.index.has('MoU start') &&
        !cleanText(table.get(row, 'Exit strategy'))
      ) {
        this.add(
          'error',
          sheet,
          row.rowNumber,
          'Exit strategy',
          '',
          'exit-strategy-required',
          m('v.exitStrategy', { start: startText }),
          m('v.exitStrategy.fix'),
        );
      }
    } else if (sheet === GEOGRAPHY.name) {
      this.checkGeographyRow(table, row);
    } else if (sheet === SETTINGS.name) {
      this.checkSetting(table, row);
    }
  }

  /** No two Geography rows repeat the same Province, District and Commune. */
  private checkGeographyRow(table: Table, row: TableRow): void {
    const part = (header: string) =>
      foldKey(table.get(row, header)) || foldKey(table.get(row, `${header} (Khmer)`));
    const key = [part('Province'), part('District'), part('Commune')].join('\u0000');
    const first = this.geographyRows.get(key);
    if (first === undefined) {
      this.geographyRows.set(key, row.rowNumber);
      return;
    }
    const names = ['Province', 'District', 'Commune']
      .map((header) => this.shown(table.get(row, header)))
      .filter(Boolean);
    const column = this.shown(table.get(row, 'Commune')) ? 'Commune' : 'District';
    this.add(
      'error',
      GEOGRAPHY.name,
      row.rowNumber,
      column,
      this.shown(table.get(row, column)),
      'duplicate-geography',
      m('v.duplicateGeography', { names: names.join(' › '), first: digits(first) }),
      m('v.duplicateGeography.fix'),
    );
  }

  private checkReference(
    table: Table,
    row: TableRow,
    reference: (typeof REFERENCES)[number],
    text: string,
  ): void {
    const target = this.input.tables[reference.target.name];
    if (!target) {
      this.missingSheet(
        reference.target.name,
        m('v.missingSheet.referred', {
          sheet: reference.target.name,
          from: reference.sheet,
          column: reference.column,
        }),
      );
      return;
    }
    const key = reference.target.key as string;
    const vocabulary = this.keys.get(reference.target.name);
    if (!vocabulary) return; // the key column is missing: reported once as missing-column
    const add = (severity: Severity, code: ProblemCode, message: Localized, fix: Localized) =>
      this.add(severity, table.spec.name, row.rowNumber, reference.column, text, code, message, fix);
    const match = vocabulary.match(text);
    if (match) {
      if (!match.exact) {
        add(
          'warning',
          'non-canonical-spelling',
          m('v.spelled', {
            column: reference.column,
            value: text,
            canonical: match.canonical,
            where: reference.target.name,
          }),
          m('v.write', { canonical: match.canonical }),
        );
      }
      return;
    }
    // IDs that differ in two characters are different IDs: suggest only a one-character slip.
    const near = vocabulary.suggest(text);
    const suggestion =
      near && (reference.what !== 'partner' ? editDistance(foldKey(near), foldKey(text), 1) <= 1 : true)
        ? near
        : undefined;
    add(
      'error',
      reference.code,
      m('v.unknownReference', { column: reference.column, value: text, key, target: reference.target.name }),
      m('v.unknownReference.fix', {
        suggest: suggestion ? m('v.suggestThen', { suggestion }) : '',
        key,
        target: reference.target.name,
        what: m(`v.what.${reference.what}` as MessageKey),
      }),
    );
  }

  /** Province, District and Commune of a CBO, against Geography (English or Khmer names). */
  private checkPlace(table: Table, row: TableRow): void {
    const geography = this.geography;
    if (!this.input.tables[GEOGRAPHY.name] || geography.size === 0) return;
    const sheet = table.spec.name;
    const text = (header: string) => this.shown(table.get(row, header));
    const add = (severity: Severity, header: string, code: ProblemCode, message: Localized, fix: Localized) =>
      this.add(severity, sheet, row.rowNumber, header, text(header), code, message, fix);
    const canonical = (header: string, place: Place, exact: boolean) => {
      if (!exact) {
        add(
          'warning',
          header,
          'non-canonical-spelling',
          m('v.spelled', { column: header, value: text(header), canonical: place.name, where: 'Geography' }),
          m('v.write', { canonical: place.name }),
        );
      }
    };
    const provinceText = text('Province');
    const districtText = text('District');
    const communeText = text('Commune');
    let province: Place | undefined;
    if (provinceText) {
      const match = matchPlace(geography.provinces, provinceText);
      if (!match) {
        const suggestion = geography.suggest('provinces', provinceText);
        add(
          'error',
          'Province',
          'unknown-province',
          m('v.unknownProvince', { value: provinceText }),
          suggestion ? m('v.didYouMean', { suggestion }) : m('v.unknownProvince.fix'),
        );
        return;
      }
      canonical('Province', match.place, match.exact);
      province = match.place;
    }
    if (!districtText) return;
    let district: Place | undefined;
    const elsewhere = geography.districts.get(foldKey(districtText)) ?? [];
    if (province) {
      const match = matchPlace(province.children, districtText);
      if (!match) {
        if (elsewhere.length > 0) {
          const provinces = [...new Set(elsewhere.map((place) => place.parent?.name ?? ''))];
          add(
            'error',
            'District',
            'district-not-in-province',
            m('v.districtNotInProvince', {
              value: districtText,
              province: province.name,
              provinces: provinces.join(', '),
            }),
            m('v.districtNotInProvince.fix', { district: elsewhere[0].name, first: provinces[0] }),
          );
        } else {
          const suggestion =
            geography.suggest(province, districtText) ?? geography.suggest('districts', districtText);
          add(
            'error',
            'District',
            'unknown-district',
            m('v.unknownDistrictOf', { value: districtText, province: province.name }),
            suggestion
              ? m('v.didYouMean', { suggestion })
              : m('v.unknownDistrictOf.fix', {
                  province: province.name,
                  values: oneOf(geography.childNames(province)),
                }),
          );
        }
        return;
      }
      canonical('District', match.place, match.exact);
      district = match.place;
    } else {
      if (elsewhere.length === 0) {
        const suggestion = geography.suggest('districts', districtText);
        add(
          'error',
          'District',
          'unknown-district',
          m('v.unknownDistrict', { value: districtText }),
          suggestion ? m('v.didYouMean', { suggestion }) : m('v.unknownDistrict.fix'),
        );
        return;
      }
      if (elsewhere.length > 1) return; // the same name in several provinces: the Province decides
      district = elsewhere[0];
      canonical('District', district, districtText === district.name || districtText === district.khmer);
    }
    if (!communeText || district.children.size === 0) return;
    const match = matchPlace(district.children, communeText);
    if (match) {
      canonical('Commune', match.place, match.exact);
      return;
    }
    const others = geography.communes.get(foldKey(communeText)) ?? [];
    if (others.length > 0) {
      const districts = [...new Set(others.map((place) => place.parent?.name ?? ''))];
      add(
        'error',
        'Commune',
        'commune-not-in-district',
        m('v.communeNotInDistrict', {
          value: communeText,
          district: district.name,
          districts: districts.join(', '),
        }),
        m('v.communeNotInDistrict.fix', {
          district: district.name,
          values: oneOf(geography.childNames(district)),
        }),
      );
      return;
    }
    const suggestion = geography.suggest(district, communeText);
    add(
      'error',
      'Commune',
      'unknown-commune',
      m('v.unknownCommune', { value: communeText, district: district.name }),
      suggestion
        ? m('v.didYouMean', { suggestion })
        : m('v.unknownCommune.fix', {
            district: district.name,
            values: oneOf(geography.childNames(district)),
          }),
    );
  }

  private checkSetting(table: Table, row: TableRow): void {
    const name = foldKey(table.get(row, 'Setting'));
    const cell = table.get(row, 'Value');
    const text = this.shown(cell);
    if (!text) return;
    const add = (code: ProblemCode, message: Localized, fix: Localized) =>
      this.add('error', SETTINGS.name, row.rowNumber, 'Value', text, code, message, fix);
    if (name === foldKey('Language') && !parseLanguage(text)) {
      add('invalid-setting', m('v.language', { value: text }), m('v.language.fix'));
    } else if (name === foldKey('Time zone') && !validTimeZone(text)) {
      add('invalid-setting', m('v.timeZone', { value: text }), m('v.timeZone.fix'));
    } else if (name === foldKey('Share reports with partners') && parseYesNo(cell).status !== 'ok') {
      add('not-yes-no', m('v.shareYesNo', { value: text }), m('v.shareYesNo.fix'));
    }
  }
}

/** Validates every sheet of the workbook against the contract. */
export function validateWorkbook(input: ValidationInput): ValidationResult {
  return new Validator(input).run();
}

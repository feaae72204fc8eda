/**
 * One cell checked by its column's kind and the contract's constraints on it (required, min/max,
 * not in the future, lists and choices, e-mail, phone, Khmer script). Both the fast path (a valid
 * number, date or checkbox typed natively) and the general path go through `outOfRange` and
 * `isFuture`, so a constraint added there applies to both. Pure: no service calls.
 */
import { digits, say, localized as m, type Localized } from '../i18n/messages';
import { choiceSaid, choicesSaid } from '../i18n/choices';
import { exactSpellings, readChoice } from '../workbook/choices';
import type { ColumnSpec } from '../workbook/contract';
import { isoDay, parseDay, type Day } from '../workbook/dates';
import { Vocabulary } from '../workbook/matching';
import type { Problem, Severity } from '../workbook/problem';
import type { Table, TableRow } from '../workbook/table';
import {
  hasKhmerScript,
  isDate,
  parseNumber,
  parseWholeNumber,
  parseYesNo,
  type Cell,
  type Parsed,
} from '../workbook/values';
import { oneOf, type Checker, type Value } from './checker';
import { badEmails, badPhones } from './formats';
import type { ProblemCode } from './problems';

/** Kinds whose check depends only on the cell's text: checked once per distinct text. */
export const MEMO_KINDS = new Set<string>(['list', 'yesno', 'whole', 'number', 'date', 'time']);
/** Distinct texts remembered per column. */
export const MAX_MEMO = 5000;

/** What checking a text once gave: the value read and the cell's problems. */
export interface CellOutcome {
  value: Value;
  problems: Problem[];
}

/** The allowed range ("0 or more", "from 1979 to 2026") when a number is outside it, else undefined. */
export function outOfRange(value: number, column: ColumnSpec, thisYear: number): string | undefined {
  const range = rangeOf(value, column, thisYear);
  return range && say('en', range);
}

/** The allowed range a value is out of, as a catalogue message ("from 1979 to 2026"). */
export function rangeOf(value: number, column: ColumnSpec, thisYear: number): Localized | undefined {
  const { min } = column;
  const max = column.max === 'this-year' ? thisYear : column.max;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  if (max === undefined) return m('v.range.min', { min: digits(min as number) });
  return min === undefined
    ? m('v.range.max', { max: digits(max) })
    : m('v.range.both', { min: digits(min), max: digits(max) });
}

/** Whether a day breaks the column's "not in the future" constraint. */
export function isFuture(day: Day, column: ColumnSpec, today: Day): boolean {
  return column.notFuture === true && day > today;
}

/** A valid number, date or checkbox cell typed natively: the common case, read without text. */
function fastValue(checker: Checker, cell: Cell, column: ColumnSpec, own: boolean): Value {
  if (own) return undefined;
  if (typeof cell === 'number' && (column.kind === 'whole' || column.kind === 'number')) {
    if (!Number.isFinite(cell) || (column.kind === 'whole' && !Number.isInteger(cell))) return undefined;
    return outOfRange(cell, column, checker.thisYear) ? undefined : cell;
  }
  if (column.kind === 'date' && isDate(cell) && !isNaN(cell.getTime())) {
    const day = checker.dayOf(cell);
    return isFuture(day, column, checker.input.today) ? undefined : day;
  }
  if (column.kind === 'yesno' && typeof cell === 'boolean') return cell;
  return undefined;
}

/**
 * A text cell of a column whose check depends only on the text (lists, Yes/No, numbers and dates
 * typed as text): checked once per distinct text, its problems repeated on later rows.
 */
export function checkTextCell(
  checker: Checker,
  table: Table,
  row: TableRow,
  column: ColumnSpec,
  own: boolean,
  cell: string,
  memo: Map<string, CellOutcome>,
): Value {
  const known = memo.get(cell);
  if (known) {
    for (const problem of known.problems) checker.problems.push({ ...problem, row: row.rowNumber });
    return known.value;
  }
  const before = checker.problems.length;
  const value = checkCell(checker, table, row, column, own, cell);
  if (memo.size < MAX_MEMO) {
    // Only this cell's problems: a sheet-level one (a missing list) is reported once.
    const problems = checker.problems
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
export function checkCell(
  checker: Checker,
  table: Table,
  row: TableRow,
  column: ColumnSpec,
  own: boolean,
  cell: Cell,
): Value {
  const sheet = table.spec.name;
  const header = column.header;
  const fast = fastValue(checker, cell, column, own);
  if (fast !== undefined) return fast;
  const text = checker.shown(cell);
  if (text === '') {
    if (column.required) {
      const message = m('v.required', { column: header });
      checker.add(
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
  if (own) return text;
  // Free text (required, so not blank here): nothing more to check.
  if ((column.kind === 'text' || column.kind === 'time') && !column.khmer) return text;
  // The value in a message: as typed, or (a date or number cell) in the reader's digits.
  const shown = checker.said(cell);
  const add = (severity: Severity, code: ProblemCode, message: Localized, fix: Localized) =>
    checker.add(severity, sheet, row.rowNumber, header, shown, code, message, fix);
  switch (column.kind) {
    case 'whole':
    case 'number': {
      const parsed = column.kind === 'whole' ? parseWholeNumber(cell) : parseNumber(cell);
      if (parsed.status !== 'ok') {
        const number = parseNumber(cell).status === 'ok';
        add(
          'error',
          number ? 'not-a-whole-number' : 'not-a-number',
          m(number ? 'v.notWhole' : 'v.notNumber', { column: header, value: shown }),
          m(number ? 'v.notWhole.fix' : 'v.notNumber.fix'),
        );
        return undefined;
      }
      const range = rangeOf(parsed.value, column, checker.thisYear);
      if (range) {
        add(
          'error',
          'out-of-range',
          m('v.outOfRange', { column: header, value: shown, range }),
          m('v.outOfRange.fix', { range }),
        );
        return undefined;
      }
      return parsed.value;
    }
    case 'date': {
      const parsed: Parsed<Day> =
        isDate(cell) && !isNaN(cell.getTime())
          ? { status: 'ok', value: checker.dayOf(cell), canonical: true }
          : parseDay(cell, checker.input.timeZone);
      if (parsed.status !== 'ok') {
        add('error', 'not-a-date', m('v.notDate', { column: header, value: shown }), m('v.notDate.fix'));
        return undefined;
      }
      if (isFuture(parsed.value, column, checker.input.today)) {
        add(
          'error',
          'future-date',
          m('v.futureDate', { column: header, value: shown }),
          m('v.futureDate.fix', { today: digits(isoDay(checker.input.today)) }),
        );
      }
      return parsed.value;
    }
    case 'yesno': {
      const parsed = parseYesNo(cell);
      if (parsed.status !== 'ok') {
        add('error', 'not-yes-no', m('v.notYesNo', { column: header, value: shown }), m('v.notYesNo.fix'));
        return undefined;
      }
      return parsed.value;
    }
    case 'list':
      return checkListValue(checker, add, header, column, text);
    case 'email': {
      const bad = badEmails(text, column.manyEmails === true);
      if (bad.length > 0) {
        add(
          'error',
          'invalid-email',
          m('v.invalidEmail', { column: header, value: bad[0] }),
          m(column.manyEmails ? 'v.invalidEmail.many' : 'v.invalidEmail.one'),
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
      if (column.khmer && !hasKhmerScript(text)) {
        add(
          column.khmer,
          'not-khmer-script',
          m('v.notKhmer', { column: header, value: shown }),
          m('v.notKhmer.fix', { column: header }),
        );
      }
      return text;
  }
}

type Add = (severity: Severity, code: ProblemCode, message: Localized, fix: Localized) => void;

function checkListValue(checker: Checker, add: Add, header: string, column: ColumnSpec, text: string): Value {
  if (!column.list) return checkChoice(checker, add, header, column.choices ?? [], text);
  const where = m('v.where.list', { list: column.list });
  const vocabulary = checker.lists.get(column.list);
  if (!vocabulary) {
    checker.listMissing(column.list);
    return text;
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
  const use = values.length
    ? m('v.useList', { list: column.list, values: oneOf(values), value: text })
    : m('v.useEmptyList', { list: column.list, value: text });
  add(
    'error',
    'unknown-list-value',
    m('v.notInList', { column: header, value: text, where }),
    suggestion ? m('v.then', { first: m('v.didYouMean', { suggestion }), then: use }) : use,
  );
  return undefined;
}

/**
 * A fixed choice (workbook/choices): its value or its Khmer word, in a workbook of either language;
 * another spelling is read with a warning. Messages name the choices in the reader's language.
 */
function checkChoice(
  checker: Checker,
  add: Add,
  header: string,
  choices: readonly string[],
  text: string,
): Value {
  const where = m('v.where.choices', { column: header });
  const reading = readChoice(choices, text);
  if (reading) {
    const canonical = choiceSaid(reading.value);
    if (reading.how !== 'exact') {
      add(
        'warning',
        'non-canonical-spelling',
        reading.how === 'synonym'
          ? m('v.readAs', { column: header, value: text, canonical })
          : m('v.spelled', { column: header, value: text, canonical, where }),
        m('v.write', { canonical }),
      );
    }
    return reading.value;
  }
  let spellings = checker.choices.get(choices);
  if (!spellings) {
    spellings = new Vocabulary(exactSpellings(choices));
    checker.choices.set(choices, spellings);
  }
  const suggested = spellings.suggest(text);
  const suggestion = suggested && readChoice(choices, suggested)?.value;
  const use = m('v.useChoices', { values: choicesSaid(choices) });
  add(
    'error',
    'unknown-list-value',
    m('v.notInList', { column: header, value: text, where }),
    suggestion
      ? m('v.then', { first: m('v.didYouMean', { suggestion: choiceSaid(suggestion) }), then: use })
      : use,
  );
  return undefined;
}

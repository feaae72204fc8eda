/**
 * One cell checked by its column's kind and the contract's constraints on it (required, min/max,
 * not in the future, lists and choices, e-mail, phone, Khmer script). Both the fast path (a valid
 * number, date or checkbox typed natively) and the general path go through `outOfRange` and
 * `isFuture`, so a constraint added there applies to both. Pure: no service calls.
 */
import { CHOICE_SYNONYMS, type ColumnSpec } from '../workbook/contract';
import { isoDay, parseDay, type Day } from '../workbook/dates';
import { own as ownKey } from '../workbook/keys';
import { foldKey, Vocabulary } from '../workbook/matching';
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
import { oneOf, quote, type Checker, type Value } from './checker';
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
  const { min } = column;
  const max = column.max === 'this-year' ? thisYear : column.max;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  if (max === undefined) return `${min} or more`;
  return min === undefined ? `${max} or less` : `from ${min} to ${max}`;
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
      const message = `${header} is empty; it is required.`;
      checker.add('error', sheet, row.rowNumber, header, text, 'required', message, `Fill in ${header}.`);
    }
    return undefined;
  }
  if (own) return text;
  // Free text (required, so not blank here): nothing more to check.
  if ((column.kind === 'text' || column.kind === 'time') && !column.khmer) return text;
  const add = (severity: Severity, code: ProblemCode, message: string, fix: string) =>
    checker.add(severity, sheet, row.rowNumber, header, text, code, message, fix);
  switch (column.kind) {
    case 'whole':
    case 'number': {
      const parsed = column.kind === 'whole' ? parseWholeNumber(cell) : parseNumber(cell);
      if (parsed.status !== 'ok') {
        const number = parseNumber(cell).status === 'ok';
        add(
          'error',
          number ? 'not-a-whole-number' : 'not-a-number',
          number
            ? `${header} ${quote(text)} is not a whole number.`
            : `${header} ${quote(text)} is not a number.`,
          number
            ? 'Type a whole number, without a fraction.'
            : 'Type a number in digits, e.g. 12 (Khmer digits are fine).',
        );
        return undefined;
      }
      const range = outOfRange(parsed.value, column, checker.thisYear);
      if (range) {
        add(
          'error',
          'out-of-range',
          `${header} ${quote(text)} is out of range: it must be ${range}.`,
          `Type a number ${range}.`,
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
        add(
          'error',
          'not-a-date',
          `${header} ${quote(text)} is not a date.`,
          'Type the date as 2020-07-15 or 15/07/2020 (day/month/year), or pick it from the calendar.',
        );
        return undefined;
      }
      if (isFuture(parsed.value, column, checker.input.today)) {
        add(
          'error',
          'future-date',
          `${header} ${quote(text)} is in the future.`,
          `Check the date: it must be today (${isoDay(checker.input.today)}) or earlier. Dates are day/month/year.`,
        );
      }
      return parsed.value;
    }
    case 'yesno': {
      const parsed = parseYesNo(cell);
      if (parsed.status !== 'ok') {
        add(
          'error',
          'not-yes-no',
          `${header} ${quote(text)} is not Yes or No.`,
          'Type Yes or No (or tick the checkbox).',
        );
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
          `${header} ${quote(bad[0])} is not an e-mail address.`,
          column.manyEmails
            ? 'Type e-mail addresses like name@example.org, separated by commas.'
            : 'Type one e-mail address like name@example.org.',
        );
      }
      return text;
    }
    case 'phone': {
      if (typeof cell === 'number') {
        const digits = String(cell);
        if (Number.isInteger(cell) && /^[1-9]\d{7,8}$/.test(digits)) {
          add(
            'warning',
            'phone-as-number',
            `Phone ${digits} was stored as a number, so its leading 0 is lost.`,
            `Format the Phone column as plain text and type 0${digits}.`,
          );
          return text;
        }
      }
      const bad = badPhones(text);
      if (bad.length > 0) {
        add(
          'error',
          'invalid-phone',
          `${header} ${quote(bad[0])} is not a Cambodian phone number.`,
          'Type it as 0XX XXX XXX or +855 XX XXX XXX (8 or 9 digits after the 0 or +855).',
        );
      }
      return text;
    }
    default:
      if (column.khmer && !hasKhmerScript(text)) {
        add(
          column.khmer,
          'not-khmer-script',
          `${header} ${quote(text)} is not written in Khmer script.`,
          `Type the name in Khmer, or leave ${header} empty.`,
        );
      }
      return text;
  }
}

function checkListValue(
  checker: Checker,
  add: (severity: Severity, code: ProblemCode, message: string, fix: string) => void,
  header: string,
  column: ColumnSpec,
  text: string,
): Value {
  let vocabulary: Vocabulary | undefined;
  let where: string;
  if (column.list) {
    where = `the ${column.list} list`;
    vocabulary = checker.lists.get(column.list);
    if (!vocabulary) {
      checker.listMissing(column.list);
      return text;
    }
  } else {
    const choices = column.choices ?? [];
    where = `the allowed values of ${header}`;
    vocabulary = checker.choices.get(choices);
    if (!vocabulary) {
      vocabulary = new Vocabulary(choices);
      checker.choices.set(choices, vocabulary);
    }
    if (!vocabulary.match(text)) {
      const synonym = choices
        .map((choice) => {
          const synonyms = ownKey(CHOICE_SYNONYMS, choice) ?? {};
          return ownKey(synonyms, foldKey(text)) ?? ownKey(synonyms, text);
        })
        .find(Boolean);
      if (synonym) {
        add(
          'warning',
          'non-canonical-spelling',
          `${header} ${quote(text)} is read as ${quote(synonym)}.`,
          `Write ${quote(synonym)}.`,
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
        `${header} ${quote(text)} is spelled ${quote(match.canonical)} in ${where}.`,
        `Write ${quote(match.canonical)}.`,
      );
    }
    return match.canonical;
  }
  const suggestion = vocabulary.suggest(text);
  const values = vocabulary.values();
  const use = column.list
    ? `Use a value of Lists › ${column.list}${values.length ? ` (${oneOf(values)})` : ''}, or add ${quote(text)} to that list.`
    : `Use one of: ${oneOf(values)}.`;
  add(
    'error',
    'unknown-list-value',
    `${header} ${quote(text)} is not in ${where}.`,
    suggestion ? `Did you mean ${quote(suggestion)}? ${use}` : use,
  );
  return undefined;
}

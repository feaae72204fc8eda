/**
 * Turns a parsed filter into a row test over a Source. Columns are checked against the source
 * sheet's real headers (user columns too). Comparisons follow the contract's tolerance:
 * - Yes/No columns (or a Yes/No word against a user column) compare as Yes/No, so Y, TRUE, a
 *   ticked checkbox and ចាស all equal Yes;
 * - number columns, or a bare number, compare as numbers (Khmer digits, "1,250");
 * - date columns, or a date literal against a user column, compare as days (2020-07-15, 15/07/2020);
 * - anything else compares as text ignoring case, spaces, Latin accents and Khmer/Latin digits.
 * A cell that cannot be read for the comparison does not match and is reported as unreadable.
 */
import { digits, localized, say, type Localized } from '../../i18n/messages';
import { parseDay } from '../../workbook/dates';
import { Vocabulary } from '../../workbook/matching';
import { cleanText, parseNumber, parseYesNo } from '../../workbook/values';
import { textKey, type Reading, type Source, type SourceColumn } from '../source';
import type { ColumnRef, ComparisonOperator, FilterExpression, Literal, Operand } from './parser';
import { SHEET } from '../../workbook/contract';

/** Stable codes of the filter errors: a column the source lacks, or a value of the wrong kind. */
export type FilterDefinitionCode = 'unknown-column' | 'filter-value';

/** A problem in a filter that parsed but cannot be applied (unknown column, wrong kind of value). */
export class FilterDefinitionError extends Error {
  /** The message without its suggestion ("unknown column [Memebrs]"), for one-line summaries. */
  readonly reason: string;

  constructor(
    readonly code: FilterDefinitionCode,
    /** The message as a catalogue message (`message` is its English). */
    readonly i18n: Localized,
    readonly position?: number,
    readonly reasonI18n: Localized = i18n,
  ) {
    super(say('en', i18n));
    this.reason = say('en', reasonI18n);
    this.name = 'FilterDefinitionError';
  }
}

/** Whether row i matches; rows whose value could not be read are added to `unreadable`. */
export type RowTest = (i: number, unreadable: Set<number>) => boolean;

export interface FilterContext {
  source: Source;
  timeZone: string;
  /** Text keys of CBO IDs with at least one Advocacy row (within the period); CBOs sources only. */
  advocacyIds?: () => Set<string>;
  /** Told of every column the filter reads. */
  read?: (column: SourceColumn) => void;
}

type Mode = 'text' | 'number' | 'date' | 'yesno';

const YES_NO_WORDS = new Set(['yes', 'no', 'true', 'false', 'បាទ', 'ចាស', 'ទេ']);

export function resolveColumn(source: Source, ref: { name: string }): SourceColumn {
  const column = source.column(ref.name);
  if (column) return column;
  const suggestion = new Vocabulary(source.headers()).suggest(ref.name);
  const reason = suggestion
    ? localized('filter.unknownColumn', { column: ref.name })
    : localized('filter.unknownColumnNoHeader', { column: ref.name, sheet: source.sheetName });
  throw new FilterDefinitionError(
    'unknown-column',
    suggestion ? localized('filter.didYouMean', { reason, suggestion }) : reason,
    undefined,
    reason,
  );
}

/** A column of the filter, resolved as resolveColumn does, and told to the context's reader. */
function readColumn(context: FilterContext, ref: { name: string }): SourceColumn {
  const column = resolveColumn(context.source, ref);
  context.read?.(column);
  return column;
}

function columnMode(column: SourceColumn): Mode | undefined {
  switch (column.kind) {
    case 'yesno':
      return 'yesno';
    case 'whole':
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case undefined:
      return undefined;
    default:
      return 'text';
  }
}

function literalMode(literal: Literal, operator: ComparisonOperator, timeZone: string): Mode {
  const text = cleanText(literal.text);
  if (YES_NO_WORDS.has(text.toLowerCase())) return 'yesno';
  if (literal.number !== undefined) return 'number';
  if (!/^[-+]?[\d\u17E0-\u17E9.,]+$/.test(text) && parseDay(text, timeZone).status === 'ok') return 'date';
  if (operator !== '=' && operator !== '!=' && parseNumber(text).status === 'ok') return 'number';
  return 'text';
}

/** The literal read in a mode; throws a definition error when it cannot be. */
function readLiteral(
  literal: Literal,
  mode: Mode,
  column: SourceColumn,
  timeZone: string,
): string | number | boolean {
  const at = { column: column.header, value: literal.text, position: digits(literal.position) };
  switch (mode) {
    case 'text':
      return column.textKey(literal.text);
    case 'number': {
      const parsed = parseNumber(literal.text);
      if (parsed.status !== 'ok') {
        throw new FilterDefinitionError('filter-value', localized('filter.notNumber', at), literal.position);
      }
      return parsed.value;
    }
    case 'date': {
      const parsed = parseDay(literal.text, timeZone);
      if (parsed.status !== 'ok') {
        throw new FilterDefinitionError('filter-value', localized('filter.notDate', at), literal.position);
      }
      return parsed.value;
    }
    case 'yesno': {
      const parsed = parseYesNo(literal.text);
      if (parsed.status !== 'ok') {
        throw new FilterDefinitionError('filter-value', localized('filter.notYesNo', at), literal.position);
      }
      return parsed.value;
    }
  }
}

function reader(column: SourceColumn, mode: Mode): (i: number) => Reading<string | number | boolean> {
  switch (mode) {
    case 'text':
      return (i) => {
        const key = column.key(i);
        return key === '' ? null : key;
      };
    case 'number':
      return (i) => column.number(i);
    case 'date':
      return (i) => column.day(i);
    case 'yesno':
      return (i) => column.yesNo(i);
  }
}

function compareValues(
  a: string | number | boolean,
  b: string | number | boolean,
  operator: ComparisonOperator,
) {
  switch (operator) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

function compileComparison(
  columnRef: ColumnRef,
  operator: ComparisonOperator,
  operand: Operand,
  context: FilterContext,
): RowTest {
  const column = readColumn(context, columnRef);
  const ordering = operator !== '=' && operator !== '!=';
  if (operand.type === 'column') {
    const other = readColumn(context, operand);
    const modes = [columnMode(column), columnMode(other)];
    const mode: Mode = modes.includes('number')
      ? 'number'
      : modes.includes('date')
        ? 'date'
        : modes.includes('yesno')
          ? 'yesno'
          : 'text';
    if (mode === 'yesno' && ordering) {
      throw new FilterDefinitionError(
        'filter-value',
        localized('filter.yesNoOrder', { operator }),
        columnRef.position,
      );
    }
    const left = reader(column, mode);
    const right = reader(other, mode);
    return (i, unreadable) => {
      const a = left(i);
      const b = right(i);
      if (a === undefined || b === undefined) {
        unreadable.add(i);
        return false;
      }
      if (a === null || b === null) return operator === '!=' ? a !== b : operator === '=' && a === b;
      return compareValues(a, b, operator);
    };
  }
  const declared = columnMode(column);
  const guessed = literalMode(operand, operator, context.timeZone);
  // A user column (no contract kind) takes the literal's kind; a contract column keeps its own,
  // except text columns compared with a number (e.g. a Village called "3" or Phone numbers).
  const mode: Mode = declared === undefined ? guessed : declared;
  if (mode === 'yesno' && ordering) {
    throw new FilterDefinitionError(
      'filter-value',
      localized('filter.yesNoOrder', { operator }),
      operand.position,
    );
  }
  const value = readLiteral(operand, mode, column, context.timeZone);
  const read = reader(column, mode);
  // A Yes/No word against a user column that holds other text: fall back to comparing the text.
  const fallback = declared === undefined && mode === 'yesno' ? textKey(operand.text) : undefined;
  return (i, unreadable) => {
    let cell = read(i);
    if (cell === undefined && fallback !== undefined) cell = column.key(i) === fallback ? value : '\u0000';
    if (cell === undefined) {
      unreadable.add(i);
      return false;
    }
    if (cell === null) return operator === '!=';
    return compareValues(cell, value, operator);
  };
}

function compileIn(columnRef: ColumnRef, values: Operand[], context: FilterContext): RowTest {
  const column = readColumn(context, columnRef);
  const literals = values.filter((v): v is Literal => v.type === 'literal');
  const declared = columnMode(column);
  if (
    literals.length === values.length &&
    (declared === 'text' ||
      (declared === undefined && literals.every((l) => literalMode(l, '=', context.timeZone) === 'text')))
  ) {
    const keys = new Set(literals.map((l) => column.textKey(l.text)));
    return (i) => keys.has(column.key(i));
  }
  const tests = values.map((value) => compileComparison(columnRef, '=', value, context));
  return (i, unreadable) => tests.some((test) => test(i, unreadable));
}

function compileHas(what: string, position: number, context: FilterContext): RowTest {
  if (textKey(what) !== 'advocacy') {
    throw new FilterDefinitionError(
      'filter-value',
      localized('filter.hasOnlyAdvocacy', { what, position: digits(position) }),
      position,
    );
  }
  if (context.source.name !== SHEET.cbos || !context.advocacyIds) {
    throw new FilterDefinitionError(
      'filter-value',
      localized('filter.hasNeedsCbos', { position: digits(position) }),
      position,
    );
  }
  const advocacyIds = context.advocacyIds;
  const cboId = readColumn(context, { name: 'CBO ID' });
  let ids: Set<string> | undefined;
  return (i) => (ids ??= advocacyIds()).has(cboId.key(i));
}

/** Compiles a parsed filter for a source; throws FilterDefinitionError for unknown columns and bad values. */
export function compileFilter(expression: FilterExpression, context: FilterContext): RowTest {
  switch (expression.type) {
    case 'and': {
      const left = compileFilter(expression.left, context);
      const right = compileFilter(expression.right, context);
      return (i, unreadable) => left(i, unreadable) && right(i, unreadable);
    }
    case 'or': {
      const left = compileFilter(expression.left, context);
      const right = compileFilter(expression.right, context);
      return (i, unreadable) => left(i, unreadable) || right(i, unreadable);
    }
    case 'not': {
      const operand = compileFilter(expression.operand, context);
      // A row whose value cannot be read matches neither a condition nor its negation.
      return (i, unreadable) => {
        const before = unreadable.size;
        const result = operand(i, unreadable);
        if (!result && unreadable.size > before && unreadable.has(i)) return false;
        return !result;
      };
    }
    case 'compare':
      return compileComparison(expression.column, expression.operator, expression.value, context);
    case 'in':
      return compileIn(expression.column, expression.values, context);
    case 'blank': {
      const column = readColumn(context, expression.column);
      return (i) => column.key(i) === '';
    }
    case 'has':
      return compileHas(expression.what, expression.position, context);
  }
}

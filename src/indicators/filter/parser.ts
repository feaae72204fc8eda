/**
 * The filter language of the Indicators sheet: a hand-written tokenizer and recursive-descent
 * parser that turn text such as `[Target] = "Yes" and has Advocacy` into an expression tree.
 * Nothing here evaluates text as code.
 *
 * Grammar (keywords are case-insensitive; `or` binds loosest, then `and`, then `not`):
 *   expr       := and ('or' and)*
 *   and        := unary ('and' unary)*
 *   unary      := 'not' unary | primary
 *   primary    := '(' expr ')' | 'has' WORD | comparison
 *   comparison := [Column] op value | [Column] ['not'] 'in' '(' value (',' value)* ')'
 *               | [Column] 'is' ['not'] 'blank'
 *   op         := = | != | <> | < | <= | > | >=
 *   value      := "text" | 'text' | number | bare word | [Column]
 * A bare word value is one word without spaces: Yes, No, 12, ១២, 2020-07-15, 15/07/2020, Kandal.
 * Text with spaces must be quoted. Positions are 1-based characters of the filter text.
 */
import { digits, localized, say, type Localized } from '../../i18n/messages';
import { toLatinDigits } from '../../workbook/values';

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export interface ColumnRef {
  type: 'column';
  name: string;
  position: number;
}

export interface Literal {
  type: 'literal';
  /** The text as written (quotes removed). */
  text: string;
  /** Written with quotes. */
  quoted: boolean;
  /** Written as a bare number (Latin or Khmer digits). */
  number?: number;
  position: number;
}

export type Operand = ColumnRef | Literal;

export type FilterExpression =
  | { type: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { type: 'not'; operand: FilterExpression }
  | { type: 'compare'; column: ColumnRef; operator: ComparisonOperator; value: Operand }
  | { type: 'in'; column: ColumnRef; values: Operand[] }
  | { type: 'blank'; column: ColumnRef }
  | { type: 'has'; what: string; position: number };

export class FilterSyntaxError extends Error {
  /** The stable code of every syntax error (the detail says which). */
  readonly code = 'filter-syntax';

  /** What is wrong, in English ("unclosed bracket ["). */
  readonly detail: string;
  /** The message as a catalogue message ("… at character 5"). */
  readonly i18n: Localized;

  constructor(
    detail: Localized,
    /** 1-based character position. */
    readonly position: number,
  ) {
    const i18n = localized('filter.at', { detail, position: digits(position) });
    super(say('en', i18n));
    this.detail = say('en', detail);
    this.i18n = i18n;
    this.name = 'FilterSyntaxError';
  }
}

type TokenType = 'column' | 'string' | 'word' | 'op' | '(' | ')' | ',' | 'end';

interface Token {
  type: TokenType;
  text: string;
  quoted?: boolean;
  position: number;
}

const OPERATORS = ['<=', '>=', '!=', '<>', '==', '=', '<', '>', '≠', '≤', '≥'];
const OPERATOR_ALIASES: Record<string, ComparisonOperator> = {
  '==': '=',
  '<>': '!=',
  '≠': '!=',
  '≤': '<=',
  '≥': '>=',
};
const WORD_END = /[\s()[\],=<>!"'“”‘’≠≤≥]/;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const position = i + 1;
    if (/\s/.test(ch) || ch === '\u200B' || ch === '\uFEFF') {
      i++;
    } else if (ch === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) throw new FilterSyntaxError(localized('filter.unclosedBracket'), position);
      const name = text.slice(i + 1, close).trim();
      if (!name) throw new FilterSyntaxError(localized('filter.emptyColumn'), position);
      tokens.push({ type: 'column', text: name, position });
      i = close + 1;
    } else if (ch === ']') {
      throw new FilterSyntaxError(localized('filter.strayBracket'), position);
    } else if (QUOTES[ch] !== undefined) {
      const closeQuote = QUOTES[ch];
      let close = text.indexOf(closeQuote, i + 1);
      if (close < 0 && ch === '“') close = text.indexOf('"', i + 1);
      if (close < 0) throw new FilterSyntaxError(localized('filter.unclosedQuote', { quote: ch }), position);
      tokens.push({ type: 'string', text: text.slice(i + 1, close), quoted: true, position });
      i = close + 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: ch, text: ch, position });
      i++;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        tokens.push({ type: 'op', text: OPERATOR_ALIASES[op] ?? op, position });
        i += op.length;
        continue;
      }
      if (ch === '!') throw new FilterSyntaxError(localized('filter.bang'), position);
      let end = i;
      while (end < text.length && !WORD_END.test(text[end])) end++;
      tokens.push({ type: 'word', text: text.slice(i, end), position });
      i = end;
    }
  }
  tokens.push({ type: 'end', text: '', position: text.length + 1 });
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'blank', 'has', 'empty']);
const NUMBER_WORD = /^[-+]?(\d+(\.\d+)?|\.\d+)$/;

function describe(token: Token): Localized | string {
  if (token.type === 'end') return localized('filter.end');
  if (token.type === 'column') return `[${token.text}]`;
  if (token.type === 'string') return `"${token.text}"`;
  return token.text;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  private get current(): Token {
    return this.tokens[this.index];
  }

  private type(): TokenType {
    return this.tokens[this.index].type;
  }

  private isWord(word: string, token: Token = this.current): boolean {
    return token.type === 'word' && token.text.toLowerCase() === word;
  }

  private next(): Token {
    return this.tokens[this.index++];
  }

  parse(): FilterExpression {
    if (this.current.type === 'end') throw new FilterSyntaxError(localized('filter.empty'), 1);
    const expression = this.or();
    const token = this.current;
    if (token.type !== 'end') {
      throw new FilterSyntaxError(
        localized('filter.expectedEnd', { found: describe(token) }),
        token.position,
      );
    }
    return expression;
  }

  private or(): FilterExpression {
    let left = this.and();
    while (this.isWord('or')) {
      this.next();
      left = { type: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterExpression {
    let left = this.unary();
    while (this.isWord('and')) {
      this.next();
      left = { type: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterExpression {
    if (this.isWord('not')) {
      this.next();
      return { type: 'not', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FilterExpression {
    const token = this.current;
    if (token.type === '(') {
      this.next();
      const inner = this.or();
      if (this.current.type !== ')') {
        throw new FilterSyntaxError(
          localized('filter.expectedClose', {
            position: digits(token.position),
            found: describe(this.current),
          }),
          this.current.position,
        );
      }
      this.next();
      return inner;
    }
    if (this.isWord('has')) {
      this.next();
      const what = this.current;
      if (what.type !== 'word' || KEYWORDS.has(what.text.toLowerCase())) {
        throw new FilterSyntaxError(localized('filter.expectedAdvocacy'), what.position);
      }
      this.next();
      return { type: 'has', what: what.text, position: what.position };
    }
    if (token.type === 'column') {
      this.next();
      return this.comparison({ type: 'column', name: token.text, position: token.position });
    }
    if (token.type === 'end')
      throw new FilterSyntaxError(localized('filter.expectedCondition'), token.position);
    throw new FilterSyntaxError(
      localized('filter.expectedPrimary', { found: describe(token) }),
      token.position,
    );
  }

  private comparison(column: ColumnRef): FilterExpression {
    const token = this.current;
    if (token.type === 'op') {
      this.next();
      const value = this.value(localized('filter.expectedValue.after', { token: token.text }));
      return { type: 'compare', column, operator: token.text as ComparisonOperator, value };
    }
    if (this.isWord('is')) {
      this.next();
      let negate = false;
      if (this.isWord('not')) {
        this.next();
        negate = true;
      }
      if (!this.isWord('blank') && !this.isWord('empty')) {
        throw new FilterSyntaxError(
          localized('filter.expectedBlank', { not: negate ? ' not' : '' }),
          this.current.position,
        );
      }
      this.next();
      const blank: FilterExpression = { type: 'blank', column };
      return negate ? { type: 'not', operand: blank } : blank;
    }
    let negate = false;
    if (this.isWord('not') && this.isWord('in', this.tokens[this.index + 1])) {
      this.next();
      negate = true;
    }
    if (this.isWord('in')) {
      this.next();
      if (this.current.type !== '(') {
        throw new FilterSyntaxError(localized('filter.expectedOpen'), this.current.position);
      }
      const open = this.next();
      const values: Operand[] = [this.value(localized('filter.expectedValue.list'))];
      while (this.type() === ',') {
        this.next();
        values.push(this.value(localized('filter.expectedValue.after', { token: ',' })));
      }
      if (this.type() !== ')') {
        throw new FilterSyntaxError(
          localized('filter.expectedListEnd', {
            position: digits(open.position),
            found: describe(this.current),
          }),
          this.current.position,
        );
      }
      this.next();
      const list: FilterExpression = { type: 'in', column, values };
      return negate ? { type: 'not', operand: list } : list;
    }
    throw new FilterSyntaxError(
      localized('filter.expectedOperator', { column: column.name, found: describe(token) }),
      token.position,
    );
  }

  private value(expected: Localized): Operand {
    const token = this.current;
    if (token.type === 'string') {
      this.next();
      return { type: 'literal', text: token.text, quoted: true, position: token.position };
    }
    if (token.type === 'column') {
      this.next();
      return { type: 'column', name: token.text, position: token.position };
    }
    if (token.type === 'word' && !KEYWORDS.has(token.text.toLowerCase())) {
      this.next();
      const latin = toLatinDigits(token.text);
      const literal: Literal = { type: 'literal', text: token.text, quoted: false, position: token.position };
      if (NUMBER_WORD.test(latin)) literal.number = Number(latin);
      return literal;
    }
    throw new FilterSyntaxError(expected, token.position);
  }
}

/** Parses a filter; throws FilterSyntaxError with a 1-based position. */
export function parseFilter(text: string): FilterExpression {
  return new Parser(tokenize(text)).parse();
}

/** Every column the filter names, in order of appearance. */
export function filterColumns(expression: FilterExpression): ColumnRef[] {
  switch (expression.type) {
    case 'and':
    case 'or':
      return [...filterColumns(expression.left), ...filterColumns(expression.right)];
    case 'not':
      return filterColumns(expression.operand);
    case 'compare':
      return expression.value.type === 'column' ? [expression.column, expression.value] : [expression.column];
    case 'in':
      return [expression.column, ...expression.values.filter((v): v is ColumnRef => v.type === 'column')];
    case 'blank':
      return [expression.column];
    case 'has':
      return [];
  }
}

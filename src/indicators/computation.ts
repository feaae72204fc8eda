/**
 * One indicator computed over the run's cache, in phases: resolve the definition's columns and
 * filters, select the rows counted, the total, the breakdowns, the rows behind the figures, and a
 * warning for values that could not be read. A bad definition throws a DefinitionFailure. Pure.
 */
import { digits, localized, say, type Localized, type MessageKey } from '../i18n/messages';
import { messageOf, said } from '../i18n/problems';
import { INDICATORS } from '../workbook/contract';
import { dictionary } from '../workbook/keys';
import { SOURCE_SHEETS, type SourceCache } from './cache';
import { periodText, type IndicatorDefinition, type IndicatorProblem } from './definitions';
import { formatNoValue, formatNumber, formatPercent, roundTo, type Language } from './display';
import type { CountedRow, IndicatorResult } from './engine';
import { compileFilter, FilterDefinitionError, resolveColumn, type RowTest } from './filter/compile';
import { FilterSyntaxError, parseFilter } from './filter/parser';
import { groups } from './groups';
import type { Source, SourceColumn, SourceName } from './source';

/** What the rows of a source are ("advocacy actions"). */
const rowsNoun = (source: SourceName): Localized => localized(`ind.rows.${source}` satisfies MessageKey);

/** How many more rows behind the figures may be listed in this run, and how many were not. */
export interface ExplainBudget {
  left: number;
  skipped: number;
}

/** A definition problem that makes an indicator fail. */
export class DefinitionFailure extends Error {
  constructor(
    readonly problem: IndicatorProblem,
    /** The one-line reason of the summary (the message without its suggestion). */
    readonly reason: Localized = messageOf(problem),
  ) {
    super(problem.message);
  }
}

interface Figures {
  numerator: number;
  denominator: number | null;
  value: number | null;
  display: string;
}

/** The definition resolved against its source. */
interface Columns {
  percent: boolean;
  numeratorTest: RowTest | undefined;
  denominatorTest: RowTest | undefined;
  sumColumn: SourceColumn | undefined;
  denominatorSumColumn: SourceColumn | undefined;
  groupColumns: SourceColumn[];
}

/** The rows counted (indexes into the source). */
interface CountedRows {
  /** Whether the definition has a period. */
  period: boolean;
  numeratorRows: number[];
  denominatorRows: number[];
}

interface Breakdowns {
  results: IndicatorResult[];
  /** Group labels; labels[0] is the total's ''. */
  labels: string[];
  /** The label index of each source row (only with a breakdown). */
  groupOf?: Uint32Array;
}

/** A column an indicator reads, and the Indicators column that makes it read it. */
interface ReadColumn {
  column: SourceColumn;
  role: string;
}

export class IndicatorComputation {
  private readonly unreadable = new Set<number>();
  /** Rows left out because a column the indicator reads has a cell Validate data calls an error. */
  private readonly leftOut = new Set<number>();
  private readonly reads: ReadColumn[] = [];
  private readonly source: Source;
  private readonly problems: IndicatorProblem[] = [];

  constructor(
    private readonly definition: IndicatorDefinition,
    private readonly cache: SourceCache,
    private readonly language: Language,
  ) {
    const source = cache.source(definition.source);
    if (!source) {
      throw this.failure(
        'Source',
        'missing-source-sheet',
        localized('ind.noSourceSheet', { sheet: definition.source }),
        localized('ind.noSourceSheet.fix', { sheet: definition.source }),
      );
    }
    this.source = source;
    const { spec, key } = SOURCE_SHEETS[definition.source];
    const table = cache.table(spec);
    if (table && table.column(key) < 0) {
      // Without it the rows cannot be told apart (nor blank rows from records): counting them
      // would give a figure that means nothing.
      throw this.failure(
        'Source',
        'missing-key-column',
        localized('ind.noKeyColumn', {
          sheet: source.sheetName,
          column: key,
          rows: rowsNoun(definition.source),
        }),
        localized('ind.noKeyColumn.fix', { sheet: source.sheetName, column: key }),
      );
    }
    if (source.rows.length === 0) {
      this.problems.push(
        this.problem(
          'warning',
          'Source',
          'no-data-rows',
          localized('ind.noRows', { sheet: source.sheetName, id: definition.id }),
          localized('ind.noRows.fix', { sheet: source.sheetName }),
        ),
      );
    }
  }

  /** A problem on this indicator's row of the Indicators sheet. */
  private problem(
    severity: IndicatorProblem['severity'],
    column: string,
    code: string,
    message: Localized,
    fix: Localized,
  ): IndicatorProblem {
    const { id: indicator, row } = this.definition;
    return { severity, indicator, sheet: INDICATORS.name, row, column, code, ...said(message, fix) };
  }

  private failure(
    column: string,
    code: string,
    message: Localized,
    fix: Localized,
    reason?: Localized,
  ): DefinitionFailure {
    return new DefinitionFailure(this.problem('error', column, code, message, fix), reason);
  }

  private warn(column: string, code: string, message: Localized, fix: Localized): void {
    this.problems.push(this.problem('warning', column, code, message, fix));
  }

  private filter(header: 'Filter' | 'Denominator filter', text: string): RowTest | undefined {
    if (!text) return undefined;
    const { periodStart, periodEnd } = this.definition;
    try {
      const expression = parseFilter(text);
      return compileFilter(expression, {
        source: this.source,
        timeZone: this.cache.timeZone,
        advocacyIds: () => this.cache.advocacyIds(periodStart, periodEnd),
        read: (column) => this.reads.push({ column, role: header }),
      });
    } catch (error) {
      if (error instanceof FilterSyntaxError) {
        throw this.failure(
          header,
          error.code,
          localized('ind.doesNotParse', { column: header, error: error.i18n }),
          localized('ind.doesNotParse.fix'),
        );
      }
      if (error instanceof FilterDefinitionError) {
        const unknown = error.code === 'unknown-column';
        throw this.failure(
          header,
          error.code,
          error.i18n,
          unknown
            ? localized('ind.writeHeader.fix', { sheet: this.source.sheetName })
            : localized('ind.compareKind.fix'),
          localized('ind.inColumn', { reason: error.reasonI18n, column: header }),
        );
      }
      throw error;
    }
  }

  private numberColumn(header: 'Sum of' | 'Denominator sum of', name: string): SourceColumn {
    let column: SourceColumn;
    try {
      column = resolveColumn(this.source, { name: name.replace(/^\[(.*)\]$/, '$1') });
    } catch (error) {
      if (!(error instanceof FilterDefinitionError)) throw error;
      throw this.failure(
        header,
        error.code,
        error.i18n,
        localized('ind.sumHeader.fix', { sheet: this.source.sheetName }),
        localized('ind.inColumn', { reason: error.reasonI18n, column: header }),
      );
    }
    if (column.kind && column.kind !== 'whole' && column.kind !== 'number') {
      throw this.failure(
        header,
        'sum-of-not-numeric',
        localized('ind.notNumberColumn', { column: header, header: column.header }),
        localized('ind.notNumberColumn.fix'),
      );
    }
    return column;
  }

  private sum(column: SourceColumn, rows: readonly number[]): number {
    let total = 0;
    for (const i of rows) {
      const value = column.number(i);
      if (value === undefined) this.unreadable.add(i);
      else if (value !== null) total += value;
    }
    return total;
  }

  /** Every figure of the indicator (total and breakdowns), the rows behind them and its problems. */
  compute(budget: ExplainBudget): {
    results: IndicatorResult[];
    rows: CountedRow[];
    problems: IndicatorProblem[];
    unreadable: number[];
    leftOut: number[];
  } {
    const columns = this.columns();
    const counted = this.countedRows(columns);
    const total = this.totalResult(columns, counted);
    const breakdowns = this.breakdownResults(columns, counted);
    const rows = this.explain(columns, counted, breakdowns, budget);
    this.warnLeftOut();
    this.warnUnreadable();
    const rowNumbers = (set: Set<number>) => [...set].map((i) => this.source.rows[i].rowNumber);
    return {
      results: [total, ...breakdowns.results],
      rows,
      problems: this.problems,
      unreadable: rowNumbers(this.unreadable),
      leftOut: rowNumbers(this.leftOut),
    };
  }

  /** Phase 1: the definition's filters and columns, resolved against the source (or a failure). */
  private columns(): Columns {
    const d = this.definition;
    const percent = d.kind === 'percent';
    const numeratorTest = this.filter('Filter', d.filter);
    const denominatorTest = percent ? this.filter('Denominator filter', d.denominatorFilter) : undefined;
    const sumColumn = d.kind !== 'count' && d.sumOf ? this.numberColumn('Sum of', d.sumOf) : undefined;
    const denominatorSumColumn =
      percent && d.denominatorSumOf ? this.numberColumn('Denominator sum of', d.denominatorSumOf) : sumColumn;
    const groupColumns = d.disaggregateBy.map((name) => {
      try {
        return resolveColumn(this.source, { name });
      } catch (error) {
        if (!(error instanceof FilterDefinitionError)) throw error;
        throw this.failure(
          'Disaggregate by',
          error.code,
          error.i18n,
          localized('ind.groupHeaders.fix', { sheet: this.source.sheetName }),
          localized('ind.inColumn', { reason: error.reasonI18n, column: 'Disaggregate by' }),
        );
      }
    });
    if (sumColumn) this.reads.push({ column: sumColumn, role: 'Sum of' });
    if (denominatorSumColumn && denominatorSumColumn !== sumColumn)
      this.reads.push({ column: denominatorSumColumn, role: 'Denominator sum of' });
    for (const column of groupColumns) this.reads.push({ column, role: 'Disaggregate by' });
    // The key column tells the rows apart (a repeated or blank CBO ID is an error): read by every indicator.
    const key = this.source.keyColumn();
    if (key) this.reads.push({ column: key, role: 'Source' });
    return { percent, numeratorTest, denominatorTest, sumColumn, denominatorSumColumn, groupColumns };
  }

  /**
   * The rows whose cells in the columns the indicator reads are all free of the errors Validate
   * data finds (the same rules: src/validation); the others are left out and noted.
   */
  private withoutErrors(rows: number[], period: boolean): number[] {
    const checks = this.reads.filter(({ column }) => column.isError);
    const dates = period ? this.source.dateColumn() : undefined;
    if (dates?.isError) checks.push({ column: dates, role: 'Period start' });
    if (checks.length === 0) return rows;
    return rows.filter((i) => {
      const bad = checks.filter(({ column }) => column.isError?.(i));
      if (bad.length === 0) return true;
      this.leftOut.add(i);
      for (const { column, role } of bad)
        if (!this.leftOutColumns.has(column.spec?.header ?? column.header))
          this.leftOutColumns.set(column.spec?.header ?? column.header, role);
      return false;
    });
  }

  /** The headers of the columns whose errors left rows out, with the Indicators column that reads each. */
  private readonly leftOutColumns = new Map<string, string>();

  /** Phase 2: the rows in the period, then the denominator and numerator rows among them. */
  private countedRows(columns: Columns): CountedRows {
    const d = this.definition;
    const { percent, numeratorTest, denominatorTest, sumColumn, denominatorSumColumn } = columns;
    // Rows in the period (shared by the indicators of the same source and period).
    const period = d.periodStart !== undefined || d.periodEnd !== undefined;
    const dated = this.cache.rowsInPeriod(this.source, d.periodStart, d.periodEnd);
    if (!dated) {
      throw this.failure(
        'Period start',
        'missing-date-column',
        localized('ind.noDateColumn', { sheet: this.source.sheetName, column: this.source.dateHeader }),
        localized('ind.noDateColumn.fix'),
      );
    }
    const { undated } = dated;
    const inPeriod = this.withoutErrors(dated.rows, period);
    if (undated > 0) {
      this.warn(
        'Period start',
        'undated-rows',
        localized('ind.undated', {
          count: undated,
          sheet: this.source.sheetName,
          column: this.source.dateHeader,
        }),
        localized('ind.undated.fix', { sheet: this.source.sheetName, column: this.source.dateHeader }),
      );
    }

    const matching = (rows: number[], test: RowTest | undefined) =>
      test ? rows.filter((i) => test(i, this.unreadable)) : rows;
    let denominatorRows = percent ? matching(inPeriod, denominatorTest) : [];
    if (sumColumn && denominatorSumColumn && denominatorSumColumn !== sumColumn) {
      // A percent of sums compares the two sums on the same rows: a row with either unreadable is left out.
      denominatorRows = denominatorRows.filter((i) => {
        const readable = sumColumn.number(i) !== undefined && denominatorSumColumn.number(i) !== undefined;
        if (!readable) this.unreadable.add(i);
        return readable;
      });
    }
    const numeratorRows = matching(percent ? denominatorRows : inPeriod, numeratorTest);
    return { period, numeratorRows, denominatorRows };
  }

  /** The figures of a set of rows: a count or sum, or a percent of the denominator rows. */
  private figures(
    columns: Columns,
    period: boolean,
    numeratorSet: number[],
    denominatorSet: number[],
  ): Figures {
    const d = this.definition;
    const { percent, sumColumn, denominatorSumColumn } = columns;
    const numerator = sumColumn ? this.sum(sumColumn, numeratorSet) : numeratorSet.length;
    if (!percent) {
      return {
        numerator,
        denominator: null,
        value: roundTo(numerator, d.decimals),
        display: formatNumber(numerator, d.decimals, this.language),
      };
    }
    const denominator = denominatorSumColumn
      ? this.sum(denominatorSumColumn, denominatorSet)
      : denominatorSet.length;
    if (denominator === 0) {
      const what = denominatorSumColumn
        ? localized('ind.zeroSum', { column: denominatorSumColumn.header })
        : localized('ind.noDenominator', {
            rows: rowsNoun(d.source),
            filter: d.denominatorFilter ? localized('ind.noDenominator.filter') : '',
            period: period ? localized('ind.noDenominator.period') : '',
          });
      return {
        numerator,
        denominator,
        value: null,
        display: formatNoValue(say(this.language, what), numerator, this.language),
      };
    }
    const value = roundTo((numerator / denominator) * 100, d.decimals);
    return {
      numerator,
      denominator,
      value,
      display: formatPercent(value, numerator, denominator, d.decimals, this.language),
    };
  }

  /** Phase 3: the total, with its baseline, target and progress. */
  private totalResult(columns: Columns, counted: CountedRows): IndicatorResult {
    const d = this.definition;
    const total = this.figures(columns, counted.period, counted.numeratorRows, counted.denominatorRows);
    let progress: number | null = null;
    if (d.target !== undefined && total.value !== null) {
      const baseline = d.baseline ?? 0;
      if (d.target !== baseline)
        progress = roundTo(((total.value - baseline) / (d.target - baseline)) * 100, 2);
    }
    return {
      id: d.id,
      indicator: d.label,
      breakdown: null,
      ...total,
      baseline: d.baseline ?? null,
      target: d.target ?? null,
      progress,
      period: periodText(d.periodStart, d.periodEnd),
    };
  }

  /**
   * Phase 4, disaggregation: groups present among the rows counted (the denominator rows for
   * percents), and the group label of each row (by index into labels) for the explanation rows.
   */
  private breakdownResults(columns: Columns, counted: CountedRows): Breakdowns {
    const d = this.definition;
    const { percent, groupColumns } = columns;
    const { numeratorRows, denominatorRows } = counted;
    const results: IndicatorResult[] = [];
    const labels: string[] = [''];
    if (groupColumns.length === 0) return { results, labels };
    const groupOf = new Uint32Array(this.source.size);
    const found = groups(this.cache, groupColumns, percent ? denominatorRows : numeratorRows);
    let inNumerator: Uint8Array | undefined;
    if (percent) {
      inNumerator = new Uint8Array(this.source.size);
      for (const i of numeratorRows) inNumerator[i] = 1;
    }
    const periodLabel = periodText(d.periodStart, d.periodEnd);
    for (const group of found) {
      const label = group.values.map((v, c) => `${groupColumns[c].header} = ${v}`).join(', ');
      labels.push(label);
      for (const i of group.rows) groupOf[i] = labels.length - 1;
      const marks = inNumerator;
      const groupNumerator = marks ? group.rows.filter((i) => marks[i] === 1) : group.rows;
      const breakdown = dictionary<string>();
      groupColumns.forEach((column, c) => (breakdown[column.header] = group.values[c]));
      results.push({
        id: d.id,
        indicator: d.label,
        breakdown,
        ...this.figures(columns, counted.period, groupNumerator, group.rows),
        baseline: null,
        target: null,
        progress: null,
        period: periodLabel,
      });
    }
    return { results, labels, groupOf };
  }

  /** Phase 5: the rows behind the figures, within the run's budget of listed rows. */
  private explain(
    columns: Columns,
    counted: CountedRows,
    breakdowns: Breakdowns,
    budget: ExplainBudget,
  ): CountedRow[] {
    const d = this.definition;
    const { labels, groupOf } = breakdowns;
    const keyColumn = this.source.keyColumn();
    const listed: CountedRow[] = [];
    const list = (rows: number[], part: CountedRow['part'], column: SourceColumn | undefined) => {
      const shown = Math.max(0, Math.min(rows.length, budget.left));
      budget.left -= shown;
      budget.skipped += rows.length - shown;
      for (let n = 0; n < shown; n++) {
        const i = rows[n];
        const value = column ? column.number(i) : null;
        listed.push({
          id: d.id,
          breakdown: groupOf ? labels[groupOf[i]] : '',
          part,
          sheet: this.source.sheetName,
          row: this.source.rows[i].rowNumber,
          key: keyColumn ? keyColumn.text(i) : '',
          value: typeof value === 'number' ? value : null,
        });
      }
    };
    list(counted.numeratorRows, 'Numerator', columns.sumColumn);
    if (columns.percent) list(counted.denominatorRows, 'Denominator', columns.denominatorSumColumn);
    return listed;
  }

  /** The sheet rows of a set of source rows, in order: "2, 8, 11" (the first ten, then …). */
  private rowList(set: Set<number>): { count: number; shown: string } {
    const rows = [...set].sort((a, b) => a - b).map((i) => this.source.rows[i].rowNumber);
    return { count: rows.length, shown: rows.slice(0, 10).join(', ') + (rows.length > 10 ? ', …' : '') };
  }

  /** Phase 6: one warning naming the rows left out for errors in the columns the indicator reads. */
  private warnLeftOut(): void {
    if (this.leftOut.size === 0) return;
    const { count, shown } = this.rowList(this.leftOut);
    const columns = [...this.leftOutColumns.keys()].join(', ');
    this.warn(
      [...this.leftOutColumns.values()][0] ?? 'Source',
      'rows-with-errors-left-out',
      localized('ind.leftOut', { count, sheet: this.source.sheetName, columns, rows: digits(shown) }),
      localized('ind.leftOut.fix', { sheet: this.source.sheetName }),
    );
  }

  /** Phase 7: one warning naming the rows whose values could not be read. */
  private warnUnreadable(): void {
    if (this.unreadable.size === 0) return;
    const { count, shown } = this.rowList(this.unreadable);
    this.warn(
      this.definition.filter ? 'Filter' : 'Sum of',
      'unreadable-values',
      localized('ind.unreadable', { count, sheet: this.source.sheetName, rows: digits(shown) }),
      localized('ind.unreadable.fix'),
    );
  }
}

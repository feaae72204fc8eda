/**
 * The indicator engine: from the sheets' values to results, the rows behind each figure and the
 * problems found. Pure: the Apps Script glue and the documents feature hand in `getValues()` arrays.
 *
 * Decisions (README › Indicators):
 * - percent: the denominator rows are the source rows in the period that match Denominator filter
 *   (blank: all rows); the numerator rows are the denominator rows that ALSO match Filter. With
 *   Sum of, the value is the ratio of the sums (Σ Sum of over numerator rows / Σ Denominator sum of,
 *   or Sum of again, over denominator rows), never an average of ratios.
 * - sums add up readable numbers; blank cells add nothing; unreadable cells are skipped and noted.
 * - Progress to target = (value − baseline) / (target − baseline) × 100, baseline 0 when blank;
 *   totals only.
 * - a definition with an Error is "failed": no entry in results, a row in the sheet saying why.
 */
import { dictionary, own } from '../workbook/keys';
import {
  ADVOCACY,
  ATTENDANCE,
  CBOS,
  CHOICE_SYNONYMS,
  GEOGRAPHY,
  INDICATORS,
  LISTS,
  MEETINGS,
  PARTNERS,
  SETTINGS,
  type ColumnSpec,
  type SheetSpec,
} from '../workbook/contract';
import { DEFAULT_TIME_ZONE, isoDay, zonedParts, type Day } from '../workbook/dates';
import { foldKey, Vocabulary } from '../workbook/matching';
import { readSettings } from '../workbook/settings';
import { Table } from '../workbook/table';
import { cleanText, type Cell } from '../workbook/values';
import {
  periodText,
  readDefinitions,
  sourceName,
  type IndicatorDefinition,
  type IndicatorProblem,
} from './definitions';
import { formatFailed, formatNoValue, formatNumber, formatPercent, roundTo, type Language } from './display';
import { compileFilter, FilterDefinitionError, resolveColumn, type RowTest } from './filter/compile';
import { FilterSyntaxError, parseFilter } from './filter/parser';
import { Source, textKey, type SourceColumn, type SourceName } from './source';

export type { IndicatorDefinition, IndicatorProblem } from './definitions';

/** Sheet values as `getValues()` returns them, by sheet name. */
export type SheetValues = Partial<Record<string, Cell[][]>>;

export interface IndicatorInputs {
  sheets: SheetValues;
  /** The spreadsheet's time zone (date cells are read in it); default Settings › Time zone. */
  timeZone?: string;
  /** Default: Settings › Language. */
  language?: Language;
  /** The time of the run (for Computed at). */
  now?: Date;
  /** At most this many rows behind the figures are listed (default 50,000; Sheets has a cell limit). */
  maxExplainedRows?: number;
}

export interface IndicatorResult {
  id: string;
  indicator: string;
  /** null for the total, else column → value. */
  breakdown: Record<string, string> | null;
  numerator: number;
  denominator: number | null;
  value: number | null;
  display: string;
  baseline: number | null;
  target: number | null;
  /** Percent of the way from baseline to target. */
  progress: number | null;
  period: string;
}

/** One source row behind a figure (the `Indicator rows` sheet). */
export interface CountedRow {
  id: string;
  breakdown: string;
  part: 'Numerator' | 'Denominator';
  sheet: string;
  row: number;
  key: string;
  value: number | null;
}

export interface IndicatorRun {
  results: IndicatorResult[];
  /** Failed indicators: shown in the sheet with their reason. */
  failed: { id: string; indicator: string; row: number; reason: string; display: string }[];
  problems: IndicatorProblem[];
  rows: CountedRow[];
  /** Rows behind the figures left out of `rows` because of maxExplainedRows. */
  rowsNotListed: number;
  /** Results and failures in the order of the Indicators sheet (what the results sheet shows). */
  byDefinition: { id: string; results: IndicatorResult[]; failed?: IndicatorRun['failed'][number] }[];
  computedAt: string;
  language: Language;
  timeZone: string;
  summary: IndicatorSummary;
}

export interface IndicatorSummary {
  indicators: number;
  computed: number;
  failed: { id: string; reason: string }[];
  results: number;
  /** Source rows (sheet + row) with a value that a filter or sum could not read. */
  rowsWithUnreadableValues: number;
  message: string;
}

export const MAX_EXPLAINED_ROWS = 50000;

const SOURCE_SHEETS: Record<SourceName, { spec: SheetSpec; date: string; key: string }> = {
  CBOs: { spec: CBOS, date: 'Mapped on', key: 'CBO ID' },
  Advocacy: { spec: ADVOCACY, date: 'Date', key: 'CBO ID' },
  Partners: { spec: PARTNERS, date: 'MoU start', key: 'Partner' },
  Attendance: { spec: ATTENDANCE, date: 'Date', key: 'Name' },
};

/** Columns whose values are Geography places (English or Khmer names). */
const PLACE_COLUMNS = ['Province', 'District', 'Commune'];

const ROWS_NOUN: Record<SourceName, string> = {
  CBOs: 'CBOs',
  Advocacy: 'advocacy actions',
  Partners: 'partners',
  Attendance: 'participants',
};

/** "2026-11-23 14:05" in a time zone. */
export function timestamp(now: Date, timeZone: string): string {
  const p = zonedParts(now, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

class Workbook {
  private readonly tables = new Map<string, Table | null>();
  private readonly sources = new Map<SourceName, Source | null>();
  private readonly advocacyByPeriod = new Map<string, Set<string>>();
  private readonly vocabularies = new Map<string, Vocabulary | null>();
  private readonly groupings = new Map<SourceColumn, Grouping>();
  private readonly periods = new Map<string, RowsInPeriod>();
  private readonly aliasMaps = new Map<ColumnSpec, ReadonlyMap<string, string> | null>();

  constructor(
    private readonly sheets: SheetValues,
    readonly timeZone: string,
  ) {}

  table(spec: SheetSpec): Table | undefined {
    if (!this.tables.has(spec.name)) {
      const values = this.sheets[spec.name];
      this.tables.set(
        spec.name,
        values && values.length > 0 ? Table.fromValues(spec.name, spec, values) : null,
      );
    }
    return this.tables.get(spec.name) ?? undefined;
  }

  source(name: SourceName): Source | undefined {
    if (!this.sources.has(name)) {
      const { spec, date, key } = SOURCE_SHEETS[name];
      const table = this.table(spec);
      const meetings = name === 'Attendance' ? this.table(MEETINGS) : undefined;
      this.sources.set(
        name,
        table
          ? new Source({
              name,
              table,
              dateColumn: date,
              keyColumn: key,
              timeZone: this.timeZone,
              meetings,
              aliases: (column) => this.aliases(column),
            })
          : null,
      );
    }
    return this.sources.get(name) ?? undefined;
  }

  /**
   * Keys read as another key, as the validation reads them: synonyms of fixed choices (ឃុំ is
   * Commune) and the Khmer names of Geography's places (តាកែវ is Takéo; ambiguous names left out).
   */
  aliases(spec: ColumnSpec): ReadonlyMap<string, string> | undefined {
    if (!this.aliasMaps.has(spec)) {
      const aliases = new Map<string, string>();
      for (const choice of spec.choices ?? []) {
        for (const [synonym, canonical] of Object.entries(own(CHOICE_SYNONYMS, choice) ?? {})) {
          aliases.set(textKey(synonym), textKey(canonical));
        }
      }
      const geography = PLACE_COLUMNS.includes(spec.header) ? this.table(GEOGRAPHY) : undefined;
      if (geography?.has(spec.header)) {
        const ambiguous = new Set<string>();
        for (const row of geography.rows) {
          const english = textKey(geography.get(row, spec.header));
          const khmer = textKey(geography.get(row, `${spec.header} (Khmer)`));
          if (!english || !khmer || english === khmer) continue;
          if ((aliases.get(khmer) ?? english) !== english) ambiguous.add(khmer);
          aliases.set(khmer, english);
        }
        for (const key of ambiguous) aliases.delete(key);
      }
      this.aliasMaps.set(spec, aliases.size > 0 ? aliases : null);
    }
    return this.aliasMaps.get(spec) ?? undefined;
  }

  /** Text keys of CBO IDs with at least one Advocacy row dated inside the period (any date when open). */
  advocacyIds(start: Day | undefined, end: Day | undefined): Set<string> {
    const cacheKey = `${start ?? ''}|${end ?? ''}`;
    let ids = this.advocacyByPeriod.get(cacheKey);
    if (!ids) {
      ids = new Set();
      const advocacy = this.source('Advocacy');
      const cbo = advocacy?.column('CBO ID');
      const date = advocacy?.dateColumn();
      if (advocacy && cbo) {
        const period = start !== undefined || end !== undefined;
        for (let i = 0; i < advocacy.size; i++) {
          if (period) {
            const day = date?.day(i);
            if (day === null || day === undefined) continue;
            if ((start !== undefined && day < start) || (end !== undefined && day > end)) continue;
          }
          const key = cbo.key(i);
          if (key) ids.add(key);
        }
      }
      this.advocacyByPeriod.set(cacheKey, ids);
    }
    return ids;
  }

  /** The rows of a source dated inside a period (every row when the period is open). */
  rowsInPeriod(source: Source, start: Day | undefined, end: Day | undefined): RowsInPeriod | undefined {
    const cacheKey = `${source.name}|${start ?? ''}|${end ?? ''}`;
    let found = this.periods.get(cacheKey);
    if (found) return found;
    const period = start !== undefined || end !== undefined;
    const dates = period ? source.dateColumn() : undefined;
    if (period && !dates) return undefined;
    const rows: number[] = [];
    let undated = 0;
    for (let i = 0; i < source.size; i++) {
      if (dates) {
        const day = dates.day(i);
        if (day === null || day === undefined) {
          undated++;
          continue;
        }
        if ((start !== undefined && day < start) || (end !== undefined && day > end)) continue;
      }
      rows.push(i);
    }
    found = { rows, undated };
    this.periods.set(cacheKey, found);
    return found;
  }

  /** The group of each row for a disaggregation column, and the spelling shown for each group. */
  grouping(column: SourceColumn): Grouping {
    let grouping = this.groupings.get(column);
    if (grouping) return grouping;
    const size = column.size;
    const ids = new Uint32Array(size);
    const keys: string[] = [];
    const idOf = new Map<string, number>();
    // Texts of each group with their counts, in the order they first come.
    const texts: Map<string, number>[] = [];
    for (let i = 0; i < size; i++) {
      const key = groupKey(column, i);
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(key, id);
        keys.push(key);
        texts.push(new Map());
      }
      ids[i] = id;
      const text = column.text(i);
      const byText = texts[id];
      byText.set(text, (byText.get(text) ?? 0) + 1);
    }
    // The spelling shown: the vocabulary's, else the most frequent in the whole column.
    const vocabulary = this.vocabulary(column);
    const spellings = keys.map((key, id) => {
      let best = '';
      let count = -1;
      for (const [text, n] of texts[id]) {
        if (n > count) {
          best = text;
          count = n;
        }
      }
      return groupSpelling(column, key, best, vocabulary);
    });
    grouping = { ids, keys, spellings };
    this.groupings.set(column, grouping);
    return grouping;
  }

  /** Canonical spellings for a disaggregation column: fixed choices, a Lists column or Geography. */
  vocabulary(column: SourceColumn): Vocabulary | undefined {
    const spec = column.spec;
    if (!spec) return undefined;
    const cacheKey = spec.header;
    if (!this.vocabularies.has(cacheKey)) {
      let values: string[] | undefined;
      if (spec.choices) values = [...spec.choices];
      else if (spec.list) values = this.columnValues(LISTS, spec.list);
      else if (PLACE_COLUMNS.includes(spec.header)) {
        values = this.columnValues(GEOGRAPHY, spec.header);
      }
      this.vocabularies.set(cacheKey, values && values.length ? new Vocabulary(values) : null);
    }
    return this.vocabularies.get(cacheKey) ?? undefined;
  }

  private columnValues(spec: SheetSpec, header: string): string[] | undefined {
    const table = this.table(spec);
    if (!table || !table.has(header)) return undefined;
    return table.rows.map((row) => cleanText(table.get(row, header))).filter((v) => v !== '');
  }
}

/** A definition problem that makes an indicator fail. */
class DefinitionFailure extends Error {
  constructor(
    readonly problem: IndicatorProblem,
    /** The one-line reason of the summary (the message without its suggestion). */
    readonly reason: string = problem.message,
  ) {
    super(problem.message);
  }
}

interface Group {
  key: string;
  /** The value shown for each column. */
  values: string[];
  rows: number[];
}

interface Figures {
  numerator: number;
  denominator: number | null;
  value: number | null;
  display: string;
}

class IndicatorComputation {
  private readonly unreadable = new Set<number>();
  private readonly source: Source;
  private readonly problems: IndicatorProblem[] = [];

  constructor(
    private readonly definition: IndicatorDefinition,
    private readonly workbook: Workbook,
    private readonly language: Language,
  ) {
    const source = workbook.source(definition.source);
    if (!source) {
      throw this.failure(
        'Source',
        'missing-source-sheet',
        `the workbook has no ${definition.source} sheet`,
        `Add the ${definition.source} sheet or choose another Source.`,
      );
    }
    this.source = source;
    const { spec, key } = SOURCE_SHEETS[definition.source];
    const table = workbook.table(spec);
    if (table && table.column(key) < 0) {
      // Without it the rows cannot be told apart (nor blank rows from records): counting them
      // would give a figure that means nothing.
      throw this.failure(
        'Source',
        'missing-key-column',
        `the ${source.sheetName} sheet has no ${key} column, so its ${ROWS_NOUN[definition.source]} cannot be counted`,
        `Add the ${key} column to the header row of ${source.sheetName} (run Set up sheets).`,
      );
    }
    if (source.rows.length === 0) {
      this.problems.push(
        this.problem(
          'warning',
          'Source',
          'no-data-rows',
          `the ${source.sheetName} sheet has no data rows: ${definition.id} counts nothing`,
          `Fill in ${source.sheetName} (one row per record under the header), then compute again.`,
        ),
      );
    }
  }

  /** A problem on this indicator's row of the Indicators sheet. */
  private problem(
    severity: IndicatorProblem['severity'],
    column: string,
    code: string,
    message: string,
    fix: string,
  ): IndicatorProblem {
    const { id: indicator, row } = this.definition;
    return { severity, indicator, sheet: INDICATORS.name, row, column, code, message, fix };
  }

  private failure(
    column: string,
    code: string,
    message: string,
    fix: string,
    reason?: string,
  ): DefinitionFailure {
    return new DefinitionFailure(this.problem('error', column, code, message, fix), reason);
  }

  private warn(column: string, code: string, message: string, fix: string): void {
    this.problems.push(this.problem('warning', column, code, message, fix));
  }

  private filter(header: 'Filter' | 'Denominator filter', text: string): RowTest | undefined {
    if (!text) return undefined;
    const { periodStart, periodEnd } = this.definition;
    try {
      const expression = parseFilter(text);
      return compileFilter(expression, {
        source: this.source,
        timeZone: this.workbook.timeZone,
        advocacyIds: () => this.workbook.advocacyIds(periodStart, periodEnd),
      });
    } catch (error) {
      if (error instanceof FilterSyntaxError) {
        throw this.failure(
          header,
          error.code,
          `${header} does not parse: ${error.message}`,
          'Write conditions like [Target] = "Yes" and [Members] >= 10; quote text with spaces.',
        );
      }
      if (error instanceof FilterDefinitionError) {
        const unknown = error.code === 'unknown-column';
        throw this.failure(
          header,
          error.code,
          error.message,
          unknown
            ? `Write a header of the ${this.source.sheetName} sheet in square brackets.`
            : 'Compare each column with a value of its kind.',
          `${error.reason} in ${header}`,
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
        error.message,
        `Write a header of the ${this.source.sheetName} sheet.`,
        `${error.reason} in ${header}`,
      );
    }
    if (column.kind && column.kind !== 'whole' && column.kind !== 'number') {
      throw this.failure(
        header,
        'sum-of-not-numeric',
        `${header} [${column.header}] is not a number column`,
        'Choose a column of numbers, e.g. Members.',
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

  compute(budget: { left: number; skipped: number }): {
    results: IndicatorResult[];
    rows: CountedRow[];
    problems: IndicatorProblem[];
    unreadable: number[];
  } {
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
          error.message,
          `Write headers of the ${this.source.sheetName} sheet, separated by commas.`,
          `${error.reason} in Disaggregate by`,
        );
      }
    });

    // Rows in the period (shared by the indicators of the same source and period).
    const period = d.periodStart !== undefined || d.periodEnd !== undefined;
    const dated = this.workbook.rowsInPeriod(this.source, d.periodStart, d.periodEnd);
    if (!dated) {
      throw this.failure(
        'Period start',
        'missing-date-column',
        `the ${this.source.sheetName} sheet has no ${this.source.dateHeader} column to apply the period`,
        'Add the column or clear the period.',
      );
    }
    const { rows: inPeriod, undated } = dated;
    if (undated > 0) {
      this.warn(
        'Period start',
        'undated-rows',
        `${undated} ${this.source.sheetName} row${undated === 1 ? '' : 's'} with no valid ${this.source.dateHeader} left out of the period`,
        `Fill in ${this.source.dateHeader} as a date in ${this.source.sheetName}.`,
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

    const figures = (numeratorSet: number[], denominatorSet: number[]): Figures => {
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
          ? `the ${denominatorSumColumn.header} of the denominator rows add up to 0`
          : `no ${ROWS_NOUN[d.source]}${d.denominatorFilter ? ' match the Denominator filter' : ''}${period ? ' in the period' : ''}`;
        return {
          numerator,
          denominator,
          value: null,
          display: formatNoValue(what, numerator, this.language),
        };
      }
      const value = roundTo((numerator / denominator) * 100, d.decimals);
      return {
        numerator,
        denominator,
        value,
        display: formatPercent(value, numerator, denominator, d.decimals, this.language),
      };
    };

    const periodLabel = periodText(d.periodStart, d.periodEnd);
    const total = figures(numeratorRows, denominatorRows);
    let progress: number | null = null;
    if (d.target !== undefined && total.value !== null) {
      const baseline = d.baseline ?? 0;
      if (d.target !== baseline)
        progress = roundTo(((total.value - baseline) / (d.target - baseline)) * 100, 2);
    }
    const results: IndicatorResult[] = [
      {
        id: d.id,
        indicator: d.label,
        breakdown: null,
        ...total,
        baseline: d.baseline ?? null,
        target: d.target ?? null,
        progress,
        period: periodLabel,
      },
    ];

    // Disaggregation: groups present among the rows counted (the denominator rows for percents).
    // Group label of each row (by index into labels), for the explanation rows.
    const labels: string[] = [''];
    const groupOf = groupColumns.length > 0 ? new Uint32Array(this.source.size) : undefined;
    if (groupColumns.length > 0) {
      const groups = this.groups(groupColumns, percent ? denominatorRows : numeratorRows);
      let inNumerator: Uint8Array | undefined;
      if (percent) {
        inNumerator = new Uint8Array(this.source.size);
        for (const i of numeratorRows) inNumerator[i] = 1;
      }
      for (const group of groups) {
        const label = group.values.map((v, c) => `${groupColumns[c].header} = ${v}`).join(', ');
        labels.push(label);
        for (const i of group.rows) groupOf![i] = labels.length - 1;
        const marks = inNumerator;
        const groupNumerator = marks ? group.rows.filter((i) => marks[i] === 1) : group.rows;
        const breakdown = dictionary<string>();
        groupColumns.forEach((column, c) => (breakdown[column.header] = group.values[c]));
        results.push({
          id: d.id,
          indicator: d.label,
          breakdown,
          ...figures(groupNumerator, group.rows),
          baseline: null,
          target: null,
          progress: null,
          period: periodLabel,
        });
      }
    }

    // The rows behind the figures.
    const keyColumn = this.source.keyColumn();
    const counted: CountedRow[] = [];
    const explain = (rows: number[], part: CountedRow['part'], column: SourceColumn | undefined) => {
      const listed = Math.max(0, Math.min(rows.length, budget.left));
      budget.left -= listed;
      budget.skipped += rows.length - listed;
      for (let n = 0; n < listed; n++) {
        const i = rows[n];
        const value = column ? column.number(i) : null;
        counted.push({
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
    explain(numeratorRows, 'Numerator', sumColumn);
    if (percent) explain(denominatorRows, 'Denominator', denominatorSumColumn);

    if (this.unreadable.size > 0) {
      const rows = [...this.unreadable].sort((a, b) => a - b).map((i) => this.source.rows[i].rowNumber);
      const shown = rows.slice(0, 10).join(', ') + (rows.length > 10 ? ', …' : '');
      this.warn(
        d.filter ? 'Filter' : 'Sum of',
        'unreadable-values',
        `${rows.length} ${this.source.sheetName} row${rows.length === 1 ? '' : 's'} with values that could not be read were not counted (rows ${shown})`,
        'Run Check data to see which cells need fixing.',
      );
    }
    return {
      results,
      rows: counted,
      problems: this.problems,
      unreadable: [...this.unreadable].map((i) => this.source.rows[i].rowNumber),
    };
  }

  /** One group per combination of values present, sorted by list order, numbers or text; blanks last. */
  private groups(columns: SourceColumn[], rows: number[]): Group[] {
    const groupings = columns.map((column) => this.workbook.grouping(column));
    // Groups in the order their first row comes (the sort below is stable).
    const created: Group[] = [];
    if (groupings.length === 1) {
      const { ids, keys, spellings } = groupings[0];
      const byId: (Group | undefined)[] = new Array(keys.length);
      for (const i of rows) {
        const id = ids[i];
        let group = byId[id];
        if (!group) {
          group = { key: keys[id], values: [spellings[id]], rows: [] };
          byId[id] = group;
          created.push(group);
        }
        group.rows.push(i);
      }
    } else {
      const byKey = new Map<string, Group>();
      for (const i of rows) {
        let key = String(groupings[0].ids[i]);
        for (let c = 1; c < groupings.length; c++) key += `,${groupings[c].ids[i]}`;
        let group = byKey.get(key);
        if (!group) {
          group = {
            key: groupings.map((g) => g.keys[g.ids[i]]).join('\u0001'),
            values: groupings.map((g) => g.spellings[g.ids[i]]),
            rows: [],
          };
          byKey.set(key, group);
          created.push(group);
        }
        group.rows.push(i);
      }
    }
    const orders = columns.map((column) => this.vocabularyOrder(column));
    return created.sort((a, b) => {
      for (let c = 0; c < columns.length; c++) {
        const order = compareGroupValues(a.values[c], b.values[c], orders[c]);
        if (order !== 0) return order;
      }
      return 0;
    });
  }

  private vocabularyOrder(column: SourceColumn): Map<string, number> | undefined {
    const choices = column.spec?.choices;
    if (!choices) return undefined;
    return new Map(choices.map((choice, index) => [foldKey(choice), index]));
  }
}

const BLANK_GROUP = '(blank)';

interface Grouping {
  /** Group id of each row of the source. */
  ids: Uint32Array;
  /** Group key of each id: Yes/No, an ISO day or a text key. */
  keys: string[];
  /** The value shown for each id. */
  spellings: string[];
}

interface RowsInPeriod {
  rows: number[];
  /** Rows left out for having no readable date. */
  undated: number;
}

function groupKey(column: SourceColumn, i: number): string {
  if (column.kind === 'yesno') {
    const value = column.yesNo(i);
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
  }
  if (column.kind === 'date') {
    const day = column.day(i);
    if (typeof day === 'number') return isoDay(day);
  }
  return column.key(i);
}

function groupSpelling(
  column: SourceColumn,
  key: string,
  text: string,
  vocabulary: Vocabulary | undefined,
): string {
  if (key === '') return BLANK_GROUP;
  if (column.kind === 'yesno' && (key === 'yes' || key === 'no')) return key === 'yes' ? 'Yes' : 'No';
  if (column.kind === 'date' && /^\d{4}-/.test(key)) return key;
  // A group's texts may all be aliases (Khmer names): its key is then the canonical one.
  return vocabulary?.match(text)?.canonical ?? vocabulary?.match(key)?.canonical ?? text;
}
let collator: Intl.Collator | undefined;

function compareGroupValues(a: string, b: string, order: Map<string, number> | undefined): number {
  if (a === b) return 0;
  if (a === BLANK_GROUP) return 1;
  if (b === BLANK_GROUP) return -1;
  if (order) {
    const ia = order.get(foldKey(a)) ?? Infinity;
    const ib = order.get(foldKey(b)) ?? Infinity;
    if (ia !== ib) return ia < ib ? -1 : 1;
  }
  const na = Number(a.replace(/,/g, ''));
  const nb = Number(b.replace(/,/g, ''));
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/**
 * The sheets the indicators of an Indicators sheet need (besides Indicators and Settings), so that
 * the glue reads only those: the sources named, Advocacy for `has`, Meetings for Attendance, Lists
 * and Geography for the spellings of breakdowns.
 */
export function sheetsNeeded(indicatorValues: Cell[][] | undefined): string[] {
  const needed = new Set<string>();
  if (!indicatorValues || indicatorValues.length === 0) return [];
  const table = Table.fromValues(INDICATORS.name, INDICATORS, indicatorValues);
  for (const row of table.rows) {
    const source = sourceName(table.get(row, 'Source'));
    if (source) needed.add(source);
    if (source === 'Attendance') needed.add(MEETINGS.name);
    const filters = `${cleanText(table.get(row, 'Filter'))} ${cleanText(table.get(row, 'Denominator filter'))}`;
    if (/\bhas\b/i.test(filters)) needed.add(ADVOCACY.name);
    // Places compare by their Khmer names too.
    if (/\[\s*(province|district|commune)\s*\]/i.test(filters)) needed.add(GEOGRAPHY.name);
    if (cleanText(table.get(row, 'Disaggregate by'))) {
      needed.add(LISTS.name);
      needed.add(GEOGRAPHY.name);
    }
  }
  return [...needed];
}

/** Computes every indicator of the Indicators sheet. Never throws for bad definitions or data. */
export function computeAll(inputs: IndicatorInputs): IndicatorRun {
  const settingsValues = inputs.sheets[SETTINGS.name];
  const settings = readSettings(
    settingsValues ? Table.fromValues(SETTINGS.name, SETTINGS, settingsValues) : undefined,
  );
  const timeZone = inputs.timeZone || settings.timeZone || DEFAULT_TIME_ZONE;
  const language = inputs.language ?? settings.language;
  const workbook = new Workbook(inputs.sheets, timeZone);
  const computedAt = timestamp(inputs.now ?? new Date(), timeZone);
  const results: IndicatorResult[] = [];
  const rows: CountedRow[] = [];
  const problems: IndicatorProblem[] = [];
  const failed: IndicatorRun['failed'] = [];
  const unreadable = new Set<string>();
  const byDefinition: IndicatorRun['byDefinition'] = [];
  const budget = { left: inputs.maxExplainedRows ?? MAX_EXPLAINED_ROWS, skipped: 0 };

  const indicators = workbook.table(INDICATORS);
  if (!indicators) {
    problems.push({
      severity: 'error',
      indicator: '',
      sheet: INDICATORS.name,
      row: null,
      column: null,
      code: 'missing-indicators-sheet',
      message: 'the workbook has no Indicators sheet',
      fix: 'Add an Indicators sheet with one row per indicator (ID, Indicator, Kind, Source, ...).',
    });
  }
  const read = indicators
    ? readDefinitions(indicators, timeZone)
    : { definitions: [], failed: new Map(), problems: [] };
  problems.push(...read.problems);
  for (const missing of indicators?.headerMap.missing ?? []) {
    if (missing.required) {
      problems.push({
        severity: 'error',
        indicator: '',
        sheet: INDICATORS.name,
        row: 1,
        column: missing.header,
        code: 'missing-column',
        message: `the Indicators sheet has no ${missing.header} column`,
        fix: `Add a ${missing.header} column to the header row.`,
      });
    }
  }

  for (const definition of read.definitions) {
    const known = read.failed.get(definition);
    let failure: DefinitionFailure | undefined = known && new DefinitionFailure(known);
    if (!failure) {
      try {
        const computed = new IndicatorComputation(definition, workbook, language).compute(budget);
        results.push(...computed.results);
        byDefinition.push({ id: definition.id, results: computed.results });
        rows.push(...computed.rows);
        problems.push(...computed.problems);
        for (const row of computed.unreadable) unreadable.add(`${definition.source}:${row}`);
      } catch (error) {
        if (!(error instanceof DefinitionFailure)) throw error;
        failure = error;
        problems.push(failure.problem);
      }
    }
    if (failure) {
      const reason = failure.reason;
      const entry = {
        id: definition.id,
        indicator: definition.label,
        row: definition.row,
        reason,
        display: formatFailed(reason, language),
      };
      failed.push(entry);
      byDefinition.push({ id: definition.id, results: [], failed: entry });
    }
  }

  const computed = read.definitions.length - failed.length;
  const parts = [`${computed} indicator${computed === 1 ? '' : 's'} computed`];
  if (failed.length)
    parts.push(`${failed.length} failed: ${failed.map((f) => `${f.id} (${f.reason})`).join(', ')}`);
  if (!indicators) parts.push('the workbook has no Indicators sheet');
  if (unreadable.size) {
    parts.push(
      `${unreadable.size} source row${unreadable.size === 1 ? '' : 's'} had values that could not be read and were not counted`,
    );
  }
  return {
    results,
    failed,
    problems,
    rows,
    rowsNotListed: budget.skipped,
    byDefinition,
    computedAt,
    language,
    timeZone,
    summary: {
      indicators: read.definitions.length,
      computed,
      failed: failed.map(({ id, reason }) => ({ id, reason })),
      results: results.length,
      rowsWithUnreadableValues: unreadable.size,
      message: parts.join(', '),
    },
  };
}

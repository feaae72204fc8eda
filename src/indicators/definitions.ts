/**
 * Reading the Indicators sheet into definitions, with a problem (sheet, row, column, code,
 * message, fix) for each definition that cannot be computed.
 */
import { own } from '../workbook/keys';
import { INDICATORS, SHEET } from '../workbook/contract';
import type { Problem } from '../workbook/problem';
import { isoDay, parseDay, type Day } from '../workbook/dates';
import { foldKey } from '../workbook/matching';
import type { Table } from '../workbook/table';
import { cleanText, parseNumber, parseWholeNumber, type Cell } from '../workbook/values';
import type { SourceName } from './source';

export type IndicatorKind = 'count' | 'sum' | 'percent';

export interface IndicatorDefinition {
  id: string;
  label: string;
  /** Sheet row of the definition in Indicators. */
  row: number;
  kind: IndicatorKind;
  source: SourceName;
  filter: string;
  denominatorFilter: string;
  sumOf: string;
  denominatorSumOf: string;
  disaggregateBy: string[];
  periodStart?: Day;
  periodEnd?: Day;
  baseline?: number;
  target?: number;
  decimals: number;
}

/** A problem of one indicator: the one Problem shape, plus the indicator's ID. */
export interface IndicatorProblem extends Problem {
  /** The indicator's ID ('' when the row has none). */
  indicator: string;
}

const KINDS: Record<string, IndicatorKind> = {
  count: 'count',
  number: 'count',
  sum: 'sum',
  total: 'sum',
  percent: 'percent',
  percentage: 'percent',
  '%': 'percent',
};

const SOURCES: Record<string, SourceName> = {
  cbos: SHEET.cbos,
  cbo: SHEET.cbos,
  advocacy: SHEET.advocacy,
  partners: SHEET.partners,
  partner: SHEET.partners,
  attendance: SHEET.attendance,
  participants: SHEET.attendance,
};

/** The source a Source cell names (tolerant of case and spaces), or undefined. */
export function sourceName(value: Cell): SourceName | undefined {
  return own(SOURCES, foldKey(value));
}

export function periodText(start?: Day, end?: Day): string {
  if (start === undefined && end === undefined) return '';
  return `${start === undefined ? '' : isoDay(start)} – ${end === undefined ? '' : isoDay(end)}`.trim();
}

/** Reads every non-blank Indicators row. Definitions with an Error problem are returned as failed. */
export function readDefinitions(
  table: Table,
  timeZone: string,
): {
  definitions: IndicatorDefinition[];
  failed: Map<IndicatorDefinition, IndicatorProblem>;
  problems: IndicatorProblem[];
} {
  const definitions: IndicatorDefinition[] = [];
  const problems: IndicatorProblem[] = [];
  const failed = new Map<IndicatorDefinition, IndicatorProblem>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    const text = (header: string) => cleanText(table.get(row, header));
    // Filters keep their leading spaces so that error positions match the cell.
    const filterText = (header: string) => {
      const cell = table.get(row, header);
      return typeof cell === 'string' && cleanText(cell) !== '' ? cell.trimEnd() : cleanText(cell);
    };
    const id = text('ID') || `row ${row.rowNumber}`;
    const rowProblems: IndicatorProblem[] = [];
    const problem = (
      severity: IndicatorProblem['severity'],
      column: string,
      code: string,
      message: string,
      fix: string,
    ) =>
      rowProblems.push({
        severity,
        indicator: id,
        sheet: INDICATORS.name,
        row: row.rowNumber,
        column,
        code,
        message,
        fix,
      });

    if (!text('ID'))
      problem('error', 'ID', 'missing-id', 'the indicator has no ID', 'Give it a unique ID such as IND-1.1.');
    else if (seen.has(foldKey(id))) {
      problem(
        'error',
        'ID',
        'duplicate-id',
        `the ID ${id} is used by an earlier row`,
        'Give each indicator its own ID.',
      );
    }
    seen.add(foldKey(id));

    const kindText = text('Kind');
    const kind = own(KINDS, foldKey(kindText));
    if (!kind) {
      problem(
        'error',
        'Kind',
        kindText ? 'unknown-kind' : 'missing-kind',
        kindText ? `unknown kind "${kindText}"` : 'the Kind is blank',
        'Write count, sum or percent.',
      );
    }
    const sourceText = text('Source');
    const source = own(SOURCES, foldKey(sourceText));
    if (!source) {
      problem(
        'error',
        'Source',
        sourceText ? 'unknown-source' : 'missing-source',
        sourceText ? `unknown source "${sourceText}"` : 'the Source is blank',
        'Write CBOs, Advocacy, Partners or Attendance.',
      );
    }

    const date = (header: string): Day | undefined => {
      const parsed = parseDay(table.get(row, header), timeZone);
      if (parsed.status === 'ok') return parsed.value;
      if (parsed.status === 'invalid') {
        problem(
          'error',
          header,
          'invalid-date',
          `${header} "${text(header)}" is ${parsed.reason}`,
          'Write the date as 2020-07-15 or 15/07/2020.',
        );
      }
      return undefined;
    };
    const periodStart = date('Period start');
    const periodEnd = date('Period end');
    if (periodStart !== undefined && periodEnd !== undefined && periodEnd < periodStart) {
      problem(
        'error',
        'Period end',
        'period-reversed',
        `the period ends (${isoDay(periodEnd)}) before it starts (${isoDay(periodStart)})`,
        'Swap Period start and Period end.',
      );
    }
    const number = (header: string): number | undefined => {
      const parsed = parseNumber(table.get(row, header) as Cell);
      if (parsed.status === 'ok') return parsed.value;
      if (parsed.status === 'invalid') {
        problem(
          'error',
          header,
          'invalid-number',
          `${header} "${text(header)}" is not a number`,
          `Write ${header} as a number, e.g. 80.`,
        );
      }
      return undefined;
    };
    const baseline = number('Baseline');
    const target = number('Target');
    let decimals = kind === 'percent' ? 2 : 0;
    const decimalsCell = parseWholeNumber(table.get(row, 'Decimals'));
    if (decimalsCell.status === 'ok' && decimalsCell.value >= 0 && decimalsCell.value <= 10) {
      decimals = decimalsCell.value;
    } else if (decimalsCell.status !== 'blank') {
      problem(
        'error',
        'Decimals',
        'invalid-decimals',
        `Decimals "${text('Decimals')}" is not a whole number from 0 to 10`,
        'Write 0, 1 or 2, or leave it blank.',
      );
    }

    const sumOf = text('Sum of');
    const denominatorSumOf = text('Denominator sum of');
    if (kind === 'sum' && !sumOf) {
      problem(
        'error',
        'Sum of',
        'missing-sum-of',
        'a sum indicator needs the column to add up in Sum of',
        'Write the column in Sum of, e.g. Members.',
      );
    }
    if (kind === 'percent' && denominatorSumOf && !sumOf) {
      problem(
        'error',
        'Sum of',
        'missing-sum-of',
        'Denominator sum of is given but Sum of is blank',
        'Write the numerator column in Sum of, e.g. Women members.',
      );
    }
    if (kind === 'count' && sumOf) {
      problem(
        'warning',
        'Sum of',
        'sum-of-ignored',
        'Sum of is ignored for a count',
        'Use Kind sum to add up a column.',
      );
    }
    const disaggregateBy = text('Disaggregate by')
      .split(/[,،;]/)
      .map((part) =>
        part
          .trim()
          .replace(/^\[(.*)\]$/, '$1')
          .trim(),
      )
      .filter((part) => part !== '');

    const definition: IndicatorDefinition = {
      id,
      label: text('Indicator') || id,
      row: row.rowNumber,
      kind: kind ?? 'count',
      source: source ?? SHEET.cbos,
      filter: filterText('Filter'),
      denominatorFilter: filterText('Denominator filter'),
      sumOf,
      denominatorSumOf,
      disaggregateBy,
      periodStart,
      periodEnd,
      baseline,
      target,
      decimals,
    };
    definitions.push(definition);
    problems.push(...rowProblems);
    const error = rowProblems.find((p) => p.severity === 'error');
    if (error) failed.set(definition, error);
  }
  return { definitions, failed, problems };
}

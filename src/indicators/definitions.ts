/**
 * Reading the Indicators sheet into definitions, with a problem (sheet, row, column, code,
 * message, fix) for each definition that cannot be computed.
 */
import { digits, localized, type Localized } from '../i18n/messages';
import { reasonMessage, said } from '../i18n/problems';
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
      message: Localized,
      fix: Localized,
    ) =>
      rowProblems.push({
        severity,
        indicator: id,
        sheet: INDICATORS.name,
        row: row.rowNumber,
        column,
        code,
        ...said(message, fix),
      });

    if (!text('ID')) problem('error', 'ID', 'missing-id', localized('ind.noId'), localized('ind.noId.fix'));
    else if (seen.has(foldKey(id))) {
      problem(
        'error',
        'ID',
        'duplicate-id',
        localized('ind.duplicateId', { id }),
        localized('ind.duplicateId.fix'),
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
        kindText ? localized('ind.unknownKind', { kind: kindText }) : localized('ind.noKind'),
        localized('ind.kind.fix'),
      );
    }
    const sourceText = text('Source');
    const source = own(SOURCES, foldKey(sourceText));
    if (!source) {
      problem(
        'error',
        'Source',
        sourceText ? 'unknown-source' : 'missing-source',
        sourceText ? localized('ind.unknownSource', { source: sourceText }) : localized('ind.noSource'),
        localized('ind.source.fix'),
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
          localized('ind.badDate', {
            column: header,
            value: text(header),
            reason: reasonMessage(parsed.reason),
          }),
          localized('ind.badDate.fix'),
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
        localized('ind.periodReversed', {
          end: digits(isoDay(periodEnd)),
          start: digits(isoDay(periodStart)),
        }),
        localized('ind.periodReversed.fix'),
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
          localized('ind.notANumber', { column: header, value: text(header) }),
          localized('ind.notANumber.fix', { column: header }),
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
        localized('ind.badDecimals', { value: text('Decimals') }),
        localized('ind.badDecimals.fix'),
      );
    }

    const sumOf = text('Sum of');
    const denominatorSumOf = text('Denominator sum of');
    if (kind === 'sum' && !sumOf) {
      problem(
        'error',
        'Sum of',
        'missing-sum-of',
        localized('ind.sumNeedsColumn'),
        localized('ind.sumNeedsColumn.fix'),
      );
    }
    if (kind === 'percent' && denominatorSumOf && !sumOf) {
      problem(
        'error',
        'Sum of',
        'missing-sum-of',
        localized('ind.denominatorWithoutSum'),
        localized('ind.denominatorWithoutSum.fix'),
      );
    }
    if (kind === 'count' && sumOf) {
      problem(
        'warning',
        'Sum of',
        'sum-of-ignored',
        localized('ind.sumIgnored'),
        localized('ind.sumIgnored.fix'),
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
    // A Baseline or Target that is not a number is an error shown as missing: the figure still counts.
    const error = rowProblems.find((p) => p.severity === 'error' && p.code !== 'invalid-number');
    if (error) failed.set(definition, error);
  }
  return { definitions, failed, problems };
}

import type { Cell } from '../../workbook/values';
import { syntheticWorkbook } from '../synthetic';
import type { BenchOperation } from './types';

const HEADER = [
  'ID',
  'Indicator',
  'Kind',
  'Source',
  'Filter',
  'Denominator filter',
  'Sum of',
  'Denominator sum of',
  'Disaggregate by',
  'Period start',
  'Period end',
  'Target',
];

/** 30 indicators over CBOs, Advocacy and Partners: every kind, periods, has Advocacy, breakdowns. */
export function benchIndicators(): Cell[][] {
  const rows: Cell[][] = [HEADER];
  const add = (
    kind: string,
    source: string,
    filter = '',
    denominator = '',
    sumOf = '',
    denominatorSum = '',
    by = '',
    start = '',
    end = '',
  ) =>
    rows.push([
      `IND-${rows.length}`,
      `${kind} of ${source} ${rows.length}`,
      kind,
      source,
      filter,
      denominator,
      sumOf,
      denominatorSum,
      by,
      start,
      end,
      50,
    ]);
  const years = ['2019', '2020', '2021'];
  add('count', 'CBOs');
  add('count', 'CBOs', '', '', '', '', 'Province');
  add('count', 'CBOs', '', '', '', '', 'Province, Sector');
  add('count', 'CBOs', '[Target] = "Yes" and [Advocacy plan] = "Yes"');
  add('percent', 'CBOs', '[Target] = "Yes" and has Advocacy', '[Target] = "Yes"');
  add('percent', 'CBOs', 'has Advocacy', '[Target] = "Yes"', '', '', 'Province');
  add('percent', 'CBOs', '', '', 'Women members', 'Members', 'Sector');
  add('sum', 'CBOs', '', '', 'Members', '', 'Registration');
  add('sum', 'CBOs', '[Members] >= 20', '', 'Youth members');
  add('count', 'CBOs', '[Sector] in ("Youth", "Agriculture", "Health") or [Members] < 10');
  add('count', 'CBOs', 'not [Notes] is blank');
  add('count', 'Advocacy');
  add('count', 'Advocacy', '', '', '', '', 'Level');
  add('count', 'Advocacy', '[Level] in ("District", "Commune")', '', '', '', 'Issue');
  add('count', 'Partners', 'not [MoU start] is blank');
  for (const year of years) {
    add('count', 'Advocacy', '', '', '', '', 'Level', `${year}-01-01`, `${year}-12-31`);
    add(
      'percent',
      'CBOs',
      '[Target] = "Yes" and has Advocacy',
      '[Target] = "Yes"',
      '',
      '',
      'Province',
      `${year}-01-01`,
      `${year}-12-31`,
    );
    add('count', 'CBOs', 'has Advocacy', '', '', '', '', `${year}-01-01`, `${year}-12-31`);
  }
  while (rows.length <= 30)
    add('count', 'CBOs', `[Members] > ${rows.length} and [Target] = Yes`, '', '', '', 'Sector');
  return rows;
}

const workbook = (rows: number) => ({
  ...syntheticWorkbook({ cbos: rows, advocacyPerCbo: 5 }),
  Indicators: benchIndicators(),
});

/**
 * Compute indicators as the menu runs it: N CBO rows, 5 Advocacy rows per CBO, 30 indicators
 * (several disaggregated), the sources' cells with validation errors left out of the counts.
 */
export const indicators: BenchOperation = {
  name: 'indicators',
  entryPoint: 'computeIndicators',
  workbook,
  args: () => [{ quiet: true }],
};

/** The engine alone: the sources not validated first (cells with errors counted as read). */
export const indicatorsEngine: BenchOperation = {
  name: 'indicators-engine',
  entryPoint: 'computeIndicators',
  workbook,
  args: () => [{ quiet: true, skipDataCheck: true }],
};

/** Rules of a Geography row: each Province › District › Commune is listed once. Pure. */
import { digits, localized as m } from '../../i18n/messages';
import { GEOGRAPHY } from '../../workbook/contract';
import { foldKey } from '../../workbook/matching';
import type { Table, TableRow } from '../../workbook/table';
import type { Checker } from '../checker';

/** No two Geography rows repeat the same Province, District and Commune. */
export function checkGeographyRow(checker: Checker, table: Table, row: TableRow): void {
  const part = (header: string) =>
    foldKey(table.get(row, header)) || foldKey(table.get(row, `${header} (Khmer)`));
  const key = [part('Province'), part('District'), part('Commune')].join('\u0000');
  const first = checker.geographyRows.get(key);
  if (first === undefined) {
    checker.geographyRows.set(key, row.rowNumber);
    return;
  }
  const names = ['Province', 'District', 'Commune']
    .map((header) => checker.shown(table.get(row, header)))
    .filter(Boolean);
  const column = checker.shown(table.get(row, 'Commune')) ? 'Commune' : 'District';
  checker.add(
    'error',
    GEOGRAPHY.name,
    row.rowNumber,
    column,
    checker.shown(table.get(row, column)),
    'duplicate-geography',
    m('v.duplicateGeography', { names: names.join(' › '), first: digits(first) }),
    m('v.duplicateGeography.fix'),
  );
}

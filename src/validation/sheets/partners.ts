/** Rules of a Partners row that need several cells: the MoU dates and its exit strategy. Pure. */
import { digits, localized as m } from '../../i18n/messages';
import { isoDay } from '../../workbook/dates';
import type { Table, TableRow } from '../../workbook/table';
import { cleanText } from '../../workbook/values';
import type { Checker, ValueOf } from '../checker';

export function checkPartnerRow(checker: Checker, table: Table, row: TableRow, valueOf: ValueOf): void {
  const sheet = table.spec.name;
  const start = valueOf('MoU start');
  const end = valueOf('MoU end');
  if (typeof start === 'number' && typeof end === 'number' && end < start) {
    checker.add(
      'error',
      sheet,
      row.rowNumber,
      'MoU end',
      checker.said(table.get(row, 'MoU end')),
      'mou-end-before-start',
      m('v.mouEnd', { end: digits(isoDay(end)), start: digits(isoDay(start)) }),
      m('v.mouEnd.fix'),
    );
  }
  const startText = checker.shown(table.get(row, 'MoU start'));
  if (startText && table.headerMap.index.has('MoU start') && !cleanText(table.get(row, 'Exit strategy'))) {
    checker.add(
      'error',
      sheet,
      row.rowNumber,
      'Exit strategy',
      '',
      'exit-strategy-required',
      m('v.exitStrategy', { start: checker.said(table.get(row, 'MoU start')) }),
      m('v.exitStrategy.fix'),
    );
  }
}

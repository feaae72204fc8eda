/**
 * Rules of a Projects row that need several cells: its report period against itself and the
 * project's Start and End (src/validation/fields.ts, the rule the progress report applies). Pure.
 */
import type { Day } from '../../workbook/dates';
import type { Table, TableRow } from '../../workbook/table';
import type { Checker, ValueOf } from '../checker';
import { reportPeriodRule } from '../fields';

export function checkProjectRow(checker: Checker, table: Table, row: TableRow, valueOf: ValueOf): void {
  const day = (header: string): Day | undefined => {
    const value = valueOf(header);
    return typeof value === 'number' ? value : undefined;
  };
  const { findings } = reportPeriodRule({
    start: day('Report period start'),
    end: day('Report period end'),
    projectStart: day('Start'),
    projectEnd: day('End'),
  });
  for (const finding of findings) {
    checker.add(
      finding.severity,
      table.spec.name,
      row.rowNumber,
      finding.column,
      checker.said(table.get(row, finding.column)),
      finding.code,
      finding.message,
      finding.fix,
    );
  }
}

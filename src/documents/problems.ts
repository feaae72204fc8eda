/** Problems found while building a document, located like the rest of the tool (sheet, row, column). */

export interface DocumentProblem {
  severity: 'Error' | 'Warning';
  sheet: string;
  /** Sheet row number (header = 1); 0 when the problem is not about one row. */
  row: number;
  column: string;
  value: string;
  problem: string;
}

/** "Meetings row 4, Date: not a date (value: 31/02/2017)". */
export function describeProblem(p: DocumentProblem): string {
  const where = [p.sheet, p.row > 0 ? `row ${p.row}` : '', p.column].filter(Boolean);
  const place = where.length > 1 ? `${where[0]} ${where.slice(1).join(', ')}` : where.join('');
  const value = p.value ? ` (value: ${p.value})` : '';
  return `${p.severity}: ${place}: ${p.problem}${value}`;
}

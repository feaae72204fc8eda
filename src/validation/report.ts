/** What validation writes: the Validation sheet's rows and the cells to mark. Pure. */
import type { Language } from '../i18n/language';
import { digits, t } from '../i18n/messages';
import { problemFix, problemMessage, problemValue, severityText } from '../i18n/problems';
import { a1 } from '../workbook/a1';
import { VALIDATION } from '../workbook/contract';
import type { Table } from '../workbook/table';
import { literalCell, type Cell } from '../workbook/values';
import type { CellMark } from './highlights';
import type { Problem } from '../workbook/problem';

export const VALIDATION_HEADER = VALIDATION.columns.map((column) => column.header);
export const VALIDATION_WIDTHS = [80, 110, 50, 140, 160, 420, 420, 110];
export const SEVERITY_FILLS = { error: '#f4c7c3', warning: '#fce8b2' } as const;

/** Text written so that Sheets keeps it as typed (no number, date or formula). */
const asText = (text: string): Cell => literalCell(text);

function quoteFormula(text: string): string {
  return text.replace(/"/g, '""');
}

/** The 1-based column of a problem's cell in its sheet, or 0 when it has none. */
export function problemColumn(problem: Problem, table: Table | undefined): number {
  if (!table || problem.column === null) return 0;
  const index = table.headerMap.index.get(problem.column);
  return index === undefined ? 0 : index + 1;
}

/**
 * =HYPERLINK("#gid=123&range=D12","CBOs!D12"): jumps to the cell. In Khmer the label names the sheet
 * and row ("CBOs ជួរដេក ១២"): an A1 address is English notation.
 */
export function cellLink(
  sheet: string,
  gid: number,
  row: number,
  column: number,
  language: Language = 'en',
): string {
  const cell = a1(row, Math.max(column, 1));
  const label =
    language === 'km' ? t(language, 'v.linkLabel', { sheet, row: digits(row) }) : `${sheet}!${cell}`;
  return `=HYPERLINK("#gid=${gid}&range=${cell}","${quoteFormula(label)}")`;
}

/** One Validation row per problem (problems already sorted). */
export function validationRows(
  problems: readonly Problem[],
  tables: Readonly<Record<string, Table | undefined>>,
  sheetIds: Readonly<Record<string, number>>,
  language: Language = 'en',
): Cell[][] {
  return problems.map((problem) => {
    const gid = sheetIds[problem.sheet];
    const column = problemColumn(problem, tables[problem.sheet]);
    const link =
      gid !== undefined && problem.row !== null
        ? cellLink(problem.sheet, gid, problem.row, column, language)
        : '';
    return [
      severityText(problem.severity, language),
      asText(problem.sheet),
      problem.row ?? '',
      asText(problem.column ?? ''),
      asText(problemValue(problem, language)),
      asText(problemMessage(problem, language)),
      asText(problemFix(problem, language)),
      link,
    ];
  });
}

/** Fills of the Validation rows: errors red, warnings amber. */
export function validationFills(problems: readonly Problem[]): string[][] {
  return problems.map((problem) => VALIDATION_HEADER.map(() => SEVERITY_FILLS[problem.severity]));
}

/** Cells to mark, by sheet: problems on a data cell of a sheet that exists. */
export function cellMarks(
  problems: readonly Problem[],
  tables: Readonly<Record<string, Table | undefined>>,
  language: Language = 'en',
): Map<string, CellMark[]> {
  const marks = new Map<string, CellMark[]>();
  for (const problem of problems) {
    const column = problemColumn(problem, tables[problem.sheet]);
    if (problem.row === null || problem.row < 2 || column === 0) continue;
    const list = marks.get(problem.sheet) ?? [];
    list.push({
      row: problem.row,
      column,
      severity: problem.severity,
      text: `${problemMessage(problem, language)} ${problemFix(problem, language)}`,
    });
    marks.set(problem.sheet, list);
  }
  return marks;
}

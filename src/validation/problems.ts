/**
 * What validation reports: one Problem per wrong value, in the shape of Frictionless Data's
 * error reports (row, field, code, message), with a plain-language fix.
 */
import type { Language } from '../i18n/language';
import { translator } from '../i18n/messages';
import { INPUT_SHEETS, SHEET } from '../workbook/contract';
import type { Problem } from '../workbook/problem';

/** The codes validation reports (Problem.code). */
export type ProblemCode =
  | 'missing-sheet'
  | 'missing-column'
  | 'duplicate-column'
  | 'required'
  | 'duplicate-id'
  | 'not-a-number'
  | 'not-a-whole-number'
  | 'out-of-range'
  | 'not-a-date'
  | 'not-a-time'
  | 'future-date'
  | 'not-yes-no'
  | 'unknown-list-value'
  | 'non-canonical-spelling'
  | 'unknown-province'
  | 'unknown-district'
  | 'district-not-in-province'
  | 'unknown-commune'
  | 'commune-not-in-district'
  | 'unknown-partner'
  | 'unknown-cbo'
  | 'unknown-meeting'
  | 'unknown-project'
  | 'women-above-members'
  | 'youth-above-members'
  | 'mou-end-before-start'
  | 'end-before-start'
  | 'period-reversed'
  | 'report-period-outside-project'
  | 'exit-strategy-required'
  | 'invalid-email'
  | 'invalid-phone'
  | 'phone-as-number'
  | 'not-khmer-script'
  | 'duplicate-geography'
  | 'duplicate-list-value'
  | 'invalid-setting';

export interface ValidationResult {
  /** Rows checked per sheet (blank rows are not counted). */
  checked: Record<string, number>;
  problems: Problem[];
}

const SHEET_ORDER = new Map(INPUT_SHEETS.map((spec, i) => [spec.name, i]));
const COLUMN_ORDER = new Map(
  INPUT_SHEETS.map((spec) => [spec.name, new Map(spec.columns.map((c, i) => [c.header, i]))]),
);

/** Sorted by sheet (contract order), row, errors first, then column (contract order). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const sheetIndex = (p: Problem) => SHEET_ORDER.get(p.sheet) ?? SHEET_ORDER.size;
  const columnIndex = (p: Problem) =>
    p.column === null ? -1 : (COLUMN_ORDER.get(p.sheet)?.get(p.column) ?? 999);
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort(
      (a, b) =>
        sheetIndex(a.problem) - sheetIndex(b.problem) ||
        a.problem.sheet.localeCompare(b.problem.sheet) ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        (a.problem.severity === b.problem.severity ? 0 : a.problem.severity === 'error' ? -1 : 1) ||
        columnIndex(a.problem) - columnIndex(b.problem) ||
        a.i - b.i,
    )
    .map(({ problem }) => problem);
}

/** "621 rows checked in CBOs, 340 in Advocacy, 12 in Partners: 14 errors in 9 rows, 3 warnings". */
export function summarize(result: ValidationResult, language: Language = 'en'): string {
  const say = translator(language);
  const main: string[] = [SHEET.cbos, SHEET.advocacy, SHEET.partners].filter(
    (sheet) => sheet in result.checked,
  );
  const parts = main.map((sheet, i) =>
    say(i === 0 ? 'validate.checkedIn' : 'validate.alsoIn', { rows: result.checked[sheet], sheet }),
  );
  const reference: string[] = [SHEET.geography, SHEET.lists, SHEET.settings];
  const others = Object.keys(result.checked).filter(
    (sheet) => !main.includes(sheet) && !reference.includes(sheet),
  );
  const otherRows = others.reduce((sum, sheet) => sum + result.checked[sheet], 0);
  if (others.length > 0 && otherRows > 0) {
    parts.push(
      say(parts.length === 0 ? 'validate.checkedInOthers' : 'validate.alsoInOthers', {
        rows: otherRows,
        sheets: others.length,
      }),
    );
  }
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  const errorRows = new Set(errors.map((p) => `${p.sheet}\u0000${p.row}`)).size;
  const found =
    errors.length === 0
      ? say('validate.noErrors', { warnings })
      : say('validate.errors', { errors: errors.length, rows: errorRows, warnings });
  return say('validate.summary', {
    checked: parts.length ? parts.join(say('text.and')) : say('validate.nothingChecked'),
    found,
  });
}

/** The cells validation calls errors: sheet › column header › sheet row numbers. */
export type ErrorCells = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<number>>>;

/**
 * The cells of a validation result that are errors (a problem about one row and one column, other
 * than a required cell left blank): what
 * the indicators leave out of their counts and sums, so that a figure never counts a value that
 * Validate data rejects.
 */
export function errorCells(problems: readonly Problem[]): ErrorCells {
  const cells = new Map<string, Map<string, Set<number>>>();
  for (const problem of problems) {
    if (problem.severity !== 'error' || problem.row === null || problem.column === null) continue;
    // A required cell left blank holds no value to leave out: figures read it as blank (a filter's
    // `is blank` finds it, a sum adds nothing).
    if (problem.code === 'required') continue;
    let sheet = cells.get(problem.sheet);
    if (!sheet) cells.set(problem.sheet, (sheet = new Map()));
    let rows = sheet.get(problem.column);
    if (!rows) sheet.set(problem.column, (rows = new Set()));
    rows.add(problem.row);
  }
  return cells;
}

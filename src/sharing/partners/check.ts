/**
 * Checks a partner copy (pure) with the validation engine, against the master's Geography, Lists
 * and Partners. Errors hold back the changes they touch (see mergePartnerCopy's errorCells);
 * every problem is reported with the partner's name and the copy's row.
 */
import type { Language } from '../../i18n/language';
import { t } from '../../i18n/messages';
import { problemFix, problemMessage, severityText } from '../../i18n/problems';
import { CBOS, headersOf, PARTNER_PROBLEMS } from '../../workbook/contract';
import type { Day } from '../../workbook/dates';
import type { Table } from '../../workbook/table';
import type { Cell } from '../../workbook/values';
import { validateWorkbook } from '../../validation/rules';
import type { Problem } from '../../workbook/problem';
import { cellKey } from './merge';

export const PARTNER_PROBLEMS_SHEET = PARTNER_PROBLEMS.name;
export const PARTNER_PROBLEMS_HEADER = headersOf(PARTNER_PROBLEMS);

export interface PartnerProblem extends Problem {
  partner: string;
  /** The change this problem touches waits in the copy until it is fixed. */
  heldBack: boolean;
}

export interface CopyReference {
  geography?: Table;
  lists?: Table;
  partners?: Table;
}

/** The validation problems of a copy's CBOs rows (rows are the copy's sheet rows). */
export function checkPartnerCopy(
  copy: Table,
  reference: CopyReference,
  timeZone: string,
  today: Day,
): Problem[] {
  const result = validateWorkbook({
    tables: {
      [CBOS.name]: copy,
      Geography: reference.geography,
      Lists: reference.lists,
      Partners: reference.partners,
    },
    timeZone,
    today,
  });
  return result.problems.filter((p) => p.sheet === CBOS.name && p.row !== null);
}

/** The copy's error cells, for mergePartnerCopy. */
export function errorCells(problems: readonly Problem[]): Set<string> {
  const out = new Set<string>();
  for (const p of problems)
    if (p.severity === 'error' && p.row !== null && p.column) out.add(cellKey(p.row, p.column));
  return out;
}

/** Problems marked held back when a change of their row (new row) or cell waited. */
export function partnerProblems(
  partner: string,
  problems: readonly Problem[],
  heldBack: readonly { rowNumber: number; column: string }[],
): PartnerProblem[] {
  // A row is collected whole or not at all (merge.ts): every error of a row that waits holds it back.
  const rows = new Set(heldBack.map((h) => h.rowNumber));
  return problems.map((p) => ({
    ...p,
    partner,
    heldBack: p.severity === 'error' && p.row !== null && rows.has(p.row),
  }));
}

/** A row of the Partner problems sheet, in the workbook's language. */
export function partnerProblemRow(problem: PartnerProblem, language: Language = 'en'): Cell[] {
  return [
    problem.partner,
    problem.sheet,
    problem.row,
    problem.column ?? '',
    problem.value ?? '',
    severityText(problem.severity, language),
    problemMessage(problem, language),
    problemFix(problem, language),
    problem.heldBack ? t(language, 'partners.heldBack') : '',
  ];
}

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
import { Table } from '../../workbook/table';
import type { Cell } from '../../workbook/values';
import { validateWorkbook } from '../../validation/rules';
import type { Problem } from '../../workbook/problem';
import { normalizeHeader } from '../../workbook/headers';
import {
  cellKey,
  headerColumns,
  idKey,
  KEY_COLUMNS,
  repeatedIds,
  rowKeys,
  valueKey,
  type Snapshot,
} from './merge';

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

const errorKey = (p: Problem) => `${p.row}|${normalizeHeader(p.column ?? '')}|${p.code}`;

/** What holds back a copy's changes (see heldByErrors). */
export interface HeldByErrors {
  /** Copy rows whose changes wait: an error of the partner's making is on them. */
  rows: Set<number>;
  /** Errors of the copy that were there before the partner's changes (errorKey). */
  preexisting: Set<string>;
}

/**
 * Which rows of a copy wait because of its errors. A row is collected whole or not at all: an
 * error the partner's changes brought (Members 40 below the unchanged Women members 50) holds back
 * every change of its row. An error that was there before them (a CBO name already empty in CBOs)
 * is the master's as much as the partner's: it holds back nothing but a change of its own cell
 * (mergePartnerCopy's errorCells), so a partner's valid change is never kept out by it. "Before"
 * is the copy with every cell the partner changed (differs from what was agreed) given CBOs' value
 * back; a new row (not in CBOs) has no before, so each of its errors holds it back.
 */
export function heldByErrors(
  problems: readonly Problem[],
  copy: Table,
  master: Table,
  base: Snapshot,
  reference: CopyReference,
  timeZone: string,
  today: Day,
): HeldByErrors {
  const held: HeldByErrors = { rows: new Set(), preexisting: new Set() };
  const errors = problems.filter((p) => p.severity === 'error' && p.row !== null);
  if (errors.length === 0) return held;
  const repeated = repeatedIds(master);
  const masterById = new Map<string, (typeof master.rows)[number]>();
  for (const row of master.rows) {
    const key = idKey(master.get(row, 'CBO ID'));
    if (key && !repeated.has(key) && !masterById.has(key)) masterById.set(key, row);
  }
  const masterColumns = new Map(headerColumns(master).map((c) => [c.key, c.index]));
  const columns = headerColumns(copy).filter((c) => masterColumns.has(c.key) && !KEY_COLUMNS.has(c.key));
  const keys = rowKeys(copy.rows.map((row) => copy.get(row, 'CBO ID')));
  const before = [copy.headerRow.slice(), ...copy.rows.map((row) => row.cells.slice())];
  const matched = new Set<number>();
  copy.rows.forEach((row, r) => {
    const masterRow = masterById.get(keys[r]);
    const agreed = base.get(keys[r]);
    if (!masterRow || !agreed) return;
    matched.add(row.rowNumber);
    for (const c of columns) {
      if (agreed[c.key] !== undefined && valueKey(row.cells[c.index], timeZone) !== agreed[c.key])
        before[r + 1][c.index] = masterRow.cells[masterColumns.get(c.key)!];
    }
  });
  if (errors.some((p) => matched.has(p.row!))) {
    const table = Table.fromValues(copy.sheetName, CBOS, before);
    for (const p of checkPartnerCopy(table, reference, timeZone, today))
      if (p.severity === 'error' && matched.has(p.row!)) held.preexisting.add(errorKey(p));
  }
  for (const p of errors) if (!held.preexisting.has(errorKey(p))) held.rows.add(p.row!);
  return held;
}

/**
 * Problems marked held back when a change of their row (new row) or cell waited: an error of the
 * partner's making on a row that waits, or one on the very cell that waits.
 */
export function partnerProblems(
  partner: string,
  problems: readonly Problem[],
  heldBack: readonly { rowNumber: number; column: string }[],
  preexisting: ReadonlySet<string> = new Set(),
): PartnerProblem[] {
  const rows = new Set(heldBack.map((h) => h.rowNumber));
  const cells = new Set(heldBack.map((h) => cellKey(h.rowNumber, h.column)));
  return problems.map((p) => ({
    ...p,
    partner,
    heldBack:
      p.severity === 'error' &&
      p.row !== null &&
      rows.has(p.row) &&
      (!preexisting.has(errorKey(p)) || cells.has(cellKey(p.row, p.column ?? ''))),
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

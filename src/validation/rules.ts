/**
 * The validation engine: every rule of the workbook contract, checked on tables already read.
 * Pure: no service calls. Tolerant where the contract is (case, spaces, Latin accents, Khmer
 * digits and names, text dates, Yes/No spellings); a valid but non-canonical spelling is at
 * most a warning. One problem per cause: a wrong Province is not also reported as a wrong
 * District and Commune.
 *
 * Where the rules live: the column constraints (kind, required, min/max, not in the future, lists,
 * Khmer script) are in the contract (src/workbook/contract.ts) and checked cell by cell by
 * ./cells.ts; rules that need several cells of a row or other sheets are one function per sheet
 * family in ./sheets/, listed in SHEET_RULES below.
 */
import { digits, localized as m } from '../i18n/messages';
import {
  ADVOCACY,
  CBOS,
  GEOGRAPHY,
  INPUT_SHEETS,
  LIST_NAMES,
  LISTS,
  MEETINGS,
  PARTNERS,
  PROJECTS,
  SETTINGS,
  type ColumnSpec,
} from '../workbook/contract';
import { columnLetter } from '../workbook/a1';
import { normalizeHeader } from '../workbook/headers';
import { foldKey, Vocabulary } from '../workbook/matching';
import type { Severity } from '../workbook/problem';
import type { Table, TableRow } from '../workbook/table';
import { cleanText } from '../workbook/values';
import { checkCell, checkTextCell, MEMO_KINDS, type CellOutcome } from './cells';
import { Checker, type ValidationInput, type Value, type ValueOf } from './checker';
import { sortProblems, type ValidationResult } from './problems';
import { checkCboRow } from './sheets/cbos';
import { checkGeographyRow } from './sheets/geography';
import { checkMeetingRow } from './sheets/meetings';
import { checkPartnerRow } from './sheets/partners';
import { checkProjectRow } from './sheets/projects';
import { checkReferences, referenceColumns } from './sheets/references';
import { checkSettingRow } from './sheets/settings';

export type { ValidationInput } from './checker';

/** Sheets every workbook needs: their absence is one error. */
export const NEEDED_SHEETS = [CBOS.name, ADVOCACY.name, PARTNERS.name, GEOGRAPHY.name, LISTS.name];

export interface SheetRules {
  /** Columns checked by the sheet's own rules: the cell rules only check that they are filled in. */
  own?: readonly string[];
  /** Rules that need several cells of a row, or other sheets. */
  row?: (checker: Checker, table: Table, row: TableRow, valueOf: ValueOf) => void;
}

/**
 * The rules of each sheet family beyond its column constraints. Add a rule: a function in
 * ./sheets/<family>.ts and its line here (see docs/extending.md). References between sheets
 * (./sheets/references.ts) apply to every sheet.
 */
export const SHEET_RULES: Readonly<Record<string, SheetRules>> = {
  [CBOS.name]: { own: ['CBO ID', 'Province', 'District', 'Commune'], row: checkCboRow },
  [PARTNERS.name]: { own: ['Partner'], row: checkPartnerRow },
  [GEOGRAPHY.name]: { row: checkGeographyRow },
  [MEETINGS.name]: { row: checkMeetingRow },
  [PROJECTS.name]: { row: checkProjectRow },
  [SETTINGS.name]: { row: checkSettingRow },
};

class Validator extends Checker {
  run(): ValidationResult {
    const { tables } = this.input;
    const checked: Record<string, number> = {};
    for (const name of NEEDED_SHEETS)
      if (!tables[name]) this.missingSheet(name, m('v.missingSheet', { sheet: name }));
    this.readLists(tables[LISTS.name]);
    for (const spec of [CBOS, PARTNERS, MEETINGS, PROJECTS]) this.readKeys(spec, tables[spec.name]);
    for (const spec of INPUT_SHEETS) {
      const table = tables[spec.name];
      if (!table) continue;
      checked[spec.name] = table.rows.length;
      if (spec.name === LISTS.name) continue;
      this.checkHeaders(table);
      this.checkRows(table);
    }
    if (tables[GEOGRAPHY.name] && this.geography.size === 0) {
      this.add('error', GEOGRAPHY.name, 2, 'Province', '', 'required', m('v.noPlaces'), m('v.noPlaces.fix'));
    }
    return { checked, problems: sortProblems(this.problems) };
  }

  private readLists(table: Table | undefined): void {
    if (!table) return;
    for (const name of LIST_NAMES) {
      const index = table.headerMap.index.get(name);
      if (index === undefined) continue;
      const seen = new Map<string, number>();
      const values: string[] = [];
      for (const row of table.rows) {
        const text = cleanText(row.cells[index]);
        if (!text) continue;
        const key = foldKey(text);
        const first = seen.get(key);
        if (first !== undefined) {
          this.add(
            'warning',
            LISTS.name,
            row.rowNumber,
            name,
            text,
            'duplicate-list-value',
            m('v.duplicateListValue', { value: text, list: name, first: digits(first) }),
            m('v.duplicateListValue.fix'),
          );
          continue;
        }
        seen.set(key, row.rowNumber);
        values.push(text);
      }
      this.lists.set(name, new Vocabulary(values));
    }
  }

  private checkHeaders(table: Table): void {
    const { spec, headerMap } = table;
    const required = headerMap.missing.filter((column) => column.required);
    // Headers typed below row 1 (under a title or a merged cell): one problem where they are.
    let below: ColumnSpec[] = [];
    for (const row of required.length > 0 ? table.leadingRows : []) {
      const texts = new Set(row.cells.map(normalizeHeader));
      below = required.filter((column) => texts.has(normalizeHeader(column.header)));
      if (below.length === 0) continue;
      this.add(
        'error',
        spec.name,
        row.rowNumber,
        below[0].header,
        '',
        'missing-column',
        m('v.headersBelow', {
          count: below.length,
          headers: below.map((c) => c.header).join(', '),
          row: digits(row.rowNumber),
          sheet: spec.name,
        }),
        m('v.headersBelow.fix'),
      );
      break;
    }
    for (const column of required) {
      if (below.includes(column)) continue;
      this.add(
        'error',
        spec.name,
        1,
        column.header,
        '',
        'missing-column',
        m('v.noColumn', { sheet: spec.name, column: column.header }),
        m('v.noColumn.fix', { column: column.header }),
      );
    }
    for (const duplicate of headerMap.duplicates) {
      const first = headerMap.index.get(duplicate.header) as number;
      this.add(
        'warning',
        spec.name,
        1,
        duplicate.header,
        cleanText(table.headerRow[duplicate.index]),
        'duplicate-column',
        m('v.duplicateColumn', {
          column: duplicate.header,
          first: columnLetter(first),
          second: columnLetter(duplicate.index),
        }),
        m('v.duplicateColumn.fix'),
      );
    }
  }

  private checkRows(table: Table): void {
    const { spec } = table;
    const rules = SHEET_RULES[spec.name] ?? {};
    const own = new Set([...(rules.own ?? []), ...referenceColumns(spec.name)]);
    const columns = spec.columns.filter(
      (column) => !column.written && table.headerMap.index.has(column.header),
    );
    const seenKeys = new Map<string, number>();
    const keyColumn = spec.key && table.headerMap.index.has(spec.key) ? spec.key : undefined;
    // Optional free text has nothing to check: skip it.
    const checked = columns
      .map((column) => ({ column, own: own.has(column.header) }))
      .filter(({ column, own }) => column.required || column.kind !== 'text' || own || !!column.khmer);
    const position = new Map(checked.map(({ column }, i) => [column.header, i]));
    const indexes = checked.map(({ column }) => table.headerMap.index.get(column.header) as number);
    const memos = checked.map(({ column, own }) =>
      MEMO_KINDS.has(column.kind) && !own ? new Map<string, CellOutcome>() : undefined,
    );
    const values: Value[] = new Array(checked.length);
    const valueOf = (header: string) => {
      const i = position.get(header);
      return i === undefined ? undefined : values[i];
    };
    for (const row of table.rows) {
      for (let i = 0; i < checked.length; i++) {
        const cell = row.cells[indexes[i]];
        const memo = memos[i];
        values[i] =
          memo && typeof cell === 'string'
            ? checkTextCell(this, table, row, checked[i].column, checked[i].own, cell, memo)
            : checkCell(this, table, row, checked[i].column, checked[i].own, cell);
      }
      if (keyColumn) this.checkUnique(table, row, keyColumn, seenKeys);
      checkReferences(this, table, row, valueOf);
      rules.row?.(this, table, row, valueOf);
    }
  }

  private checkUnique(table: Table, row: TableRow, column: string, seen: Map<string, number>): void {
    const text = cleanText(table.get(row, column));
    if (!text) return;
    const key = foldKey(text);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.rowNumber);
      return;
    }
    const severity: Severity = table.spec.name === SETTINGS.name ? 'warning' : 'error';
    this.add(
      severity,
      table.spec.name,
      row.rowNumber,
      column,
      text,
      'duplicate-id',
      m('v.duplicateId', { column, value: text, first: digits(first) }),
      severity === 'error'
        ? m('v.duplicateId.fix', { column, first: digits(first) })
        : m('v.duplicateId.keepFirst', { value: text, first: digits(first) }),
    );
  }
}

/** Validates every sheet of the workbook against the contract. */
export function validateWorkbook(input: ValidationInput): ValidationResult {
  return new Validator(input).run();
}

/** Columns that name a row of another sheet (a CBO's Partner, an Advocacy row's CBO ID, ...). Pure. */
import { localized as m, type Localized, type MessageKey } from '../../i18n/messages';
import { CBOS, MEETINGS, PARTNERS, PROJECTS, type SheetSpec, SHEET } from '../../workbook/contract';
import { editDistance, foldKey } from '../../workbook/matching';
import type { Severity } from '../../workbook/problem';
import type { Table, TableRow } from '../../workbook/table';
import type { Checker, ValueOf } from '../checker';
import type { ProblemCode } from '../problems';

interface Reference {
  sheet: string;
  column: string;
  target: SheetSpec;
  code: ProblemCode;
  what: string;
}

/** Columns that name a row of another sheet. */
export const REFERENCES: Reference[] = [
  { sheet: SHEET.cbos, column: 'Partner', target: PARTNERS, code: 'unknown-partner', what: 'partner' },
  { sheet: SHEET.advocacy, column: 'CBO ID', target: CBOS, code: 'unknown-cbo', what: 'CBO' },
  {
    sheet: SHEET.attendance,
    column: 'Meeting ID',
    target: MEETINGS,
    code: 'unknown-meeting',
    what: 'meeting',
  },
  { sheet: SHEET.agenda, column: 'Meeting ID', target: MEETINGS, code: 'unknown-meeting', what: 'meeting' },
  {
    sheet: SHEET.groupWork,
    column: 'Meeting ID',
    target: MEETINGS,
    code: 'unknown-meeting',
    what: 'meeting',
  },
  {
    sheet: SHEET.reportItems,
    column: 'Project ID',
    target: PROJECTS,
    code: 'unknown-project',
    what: 'project',
  },
];

/** The columns of a sheet that are references (checked here, not by the cell rules). */
export function referenceColumns(sheet: string): string[] {
  return REFERENCES.filter((reference) => reference.sheet === sheet).map((reference) => reference.column);
}

/** Every reference of a row checked against its target sheet's keys. */
export function checkReferences(checker: Checker, table: Table, row: TableRow, valueOf: ValueOf): void {
  for (const reference of REFERENCES) {
    const value = reference.sheet === table.spec.name ? valueOf(reference.column) : undefined;
    if (value !== undefined) checkReference(checker, table, row, reference, String(value));
  }
}

function checkReference(
  checker: Checker,
  table: Table,
  row: TableRow,
  reference: Reference,
  text: string,
): void {
  const target = checker.input.tables[reference.target.name];
  if (!target) {
    checker.missingSheet(
      reference.target.name,
      m('v.missingSheet.referred', {
        sheet: reference.target.name,
        from: reference.sheet,
        column: reference.column,
      }),
    );
    return;
  }
  const key = reference.target.key as string;
  const vocabulary = checker.keys.get(reference.target.name);
  if (!vocabulary) return; // the key column is missing: reported once as missing-column
  const add = (severity: Severity, code: ProblemCode, message: Localized, fix: Localized) =>
    checker.add(severity, table.spec.name, row.rowNumber, reference.column, text, code, message, fix);
  const match = vocabulary.match(text);
  if (match) {
    if (!match.exact) {
      add(
        'warning',
        'non-canonical-spelling',
        m('v.spelled', {
          column: reference.column,
          value: text,
          canonical: match.canonical,
          where: reference.target.name,
        }),
        m('v.write', { canonical: match.canonical }),
      );
    }
    return;
  }
  // IDs that differ in two characters are different IDs: suggest only a one-character slip.
  const near = vocabulary.suggest(text);
  const suggestion =
    near && (reference.what !== 'partner' ? editDistance(foldKey(near), foldKey(text), 1) <= 1 : true)
      ? near
      : undefined;
  add(
    'error',
    reference.code,
    m('v.unknownReference', { column: reference.column, value: text, key, target: reference.target.name }),
    m('v.unknownReference.fix', {
      suggest: suggestion ? m('v.suggestThen', { suggestion }) : '',
      key,
      target: reference.target.name,
      what: m(`v.what.${reference.what}` as MessageKey),
    }),
  );
}

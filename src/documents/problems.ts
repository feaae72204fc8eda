/**
 * Problems found while building a document: the one Problem shape (src/workbook/problem.ts),
 * located like the rest of the tool (sheet, row, column).
 */
import type { Language } from '../i18n/language';
import { digits, localized, t } from '../i18n/messages';
import { problemMessage, problemValue, said, severityText } from '../i18n/problems';
import type { Problem } from '../workbook/problem';
import type { Table } from '../workbook/table';

/** "Error: Meetings row 4, Date: not a date (value: 31/02/2017)", in a language ("កំហុស៖ Meetings ជួរដេក ៤, …"). */
export function describeProblem(p: Problem, language: Language = 'en'): string {
  const row = p.row !== null ? t(language, 'problem.row', { row: digits(p.row) }) : '';
  const where = [p.sheet, row, p.column ?? ''].filter(Boolean);
  const place = where.length > 1 ? `${where[0]} ${where.slice(1).join(', ')}` : where.join('');
  return t(language, 'problem.line', {
    severity: severityText(p.severity, language),
    place,
    message: problemMessage(p, language),
    value: p.value ? t(language, 'problem.value', { value: problemValue(p, language) }) : '',
  });
}

/** The workbook lacks a sheet a document needs. */
export function sheetMissing(sheet: string): Problem {
  return {
    severity: 'error',
    sheet,
    row: null,
    column: null,
    code: 'missing-sheet',
    value: '',
    ...said(localized('doc.noSheet', { sheet }), localized('doc.noSheet.fix', { sheet })),
  };
}

/** No row with this ID: `No meeting with Meeting ID "M-9"` (Meetings, column Meeting ID). */
export function noRowWithId(
  table: Table,
  idHeader: string,
  thing: 'meeting' | 'project',
  id: string,
): Problem {
  return {
    severity: 'error',
    sheet: table.sheetName,
    row: null,
    column: table.headerText(idHeader),
    code: 'unknown-id',
    value: id,
    ...said(
      localized('doc.noRow', { thing: localized(`doc.thing.${thing}`), column: idHeader, id }),
      localized('doc.noRow.fix', { column: idHeader, sheet: table.sheetName }),
    ),
  };
}

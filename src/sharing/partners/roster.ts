/**
 * The Partners sheet as the partner operations use it (Apps Script glue): each partner's row,
 * e-mails, language and recorded copy, and the column that records the copy's ID.
 */
import { parseLanguage } from '../../i18n/language';
import { PARTNERS } from '../../workbook/contract';
import { Table } from '../../workbook/table';
import { cleanText } from '../../workbook/values';
import { ensureGrid, readValues } from '../../sheets/io';
import { isEmail } from '../reports/plan';
import { PARTNER_SHEET_COLUMN } from './merge';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function fail(message: string): never {
  throw new Error(message);
}

/** Partners with their sheet row, name and e-mails. */
export function partnerRows(spreadsheet: Spreadsheet) {
  const values =
    readValues(spreadsheet, PARTNERS.name) ?? fail('There is no "Partners" sheet: run "Set up sheets".');
  const table = Table.fromValues(PARTNERS.name, PARTNERS, values);
  const partners = table.rows
    .map((row) => {
      const typed = cleanText(table.get(row, 'Email'))
        .split(/[,;\s]+/)
        .filter(Boolean);
      return { row, typed };
    })
    .map(({ row, typed }) => ({
      row,
      name: cleanText(table.get(row, 'Partner')),
      /** The valid addresses of Partners › Email: the copy is shared with them. */
      emails: typed.filter(isEmail),
      /** What Partners › Email holds that is not an e-mail address (reported, never shared with). */
      badEmails: typed.filter((e) => !isEmail(e)),
      sheetId: cleanText(table.get(row, PARTNER_SHEET_COLUMN)),
      /** Partners › Language (optional): the language of this partner's copy. */
      language: parseLanguage(cleanText(table.get(row, 'Language'))),
    }))
    .filter((p) => p.name);
  return { values, table, partners };
}

/** One partner of the Partners sheet. */
export type PartnerRow = ReturnType<typeof partnerRows>['partners'][number];

/**
 * The Partners column holding each partner's sheet ID (1-based), added at the end when missing.
 * Done before any copy is made: row 1 is protected for the coordinators, and a copy whose ID could
 * not be recorded would be made again next time.
 */
export function partnerSheetColumn(spreadsheet: Spreadsheet, table: Table): number {
  const found = table.column(PARTNER_SHEET_COLUMN) + 1;
  if (found > 0) return found;
  const sheet = spreadsheet.getSheetByName(PARTNERS.name)!;
  const column = Math.max(sheet.getLastColumn(), table.headerRow.length) + 1;
  try {
    ensureGrid(sheet, 1, column);
    sheet.getRange(1, column).setValue(PARTNER_SHEET_COLUMN).setFontWeight('bold');
  } catch (error) {
    fail(
      `Partners has no "${PARTNER_SHEET_COLUMN}" column and it could not be added to its header row ` +
        `(${(error as Error).message}). Ask a coordinator (Settings › Coordinators) to run Create partner sheets once.`,
    );
  }
  return column;
}

/**
 * Writes each new copy's ID into its Partners row the moment the copy exists (one write a copy: an
 * execution cut short loses none, so no later run makes it again). The first makes the column's
 * cells of rows 2 to `lastRow` plain text, once: each ID goes in as it is, no apostrophe needed.
 */
export function partnerSheetRecorder(
  spreadsheet: Spreadsheet,
  idColumn: number,
  lastRow: number,
): (row: number, id: string) => void {
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  return (row, id) => {
    if (!sheet) {
      sheet = spreadsheet.getSheetByName(PARTNERS.name)!;
      sheet.getRange(2, idColumn, Math.max(lastRow, row) - 1, 1).setNumberFormat('@');
    }
    sheet.getRange(row, idColumn).setValue(id);
  };
}

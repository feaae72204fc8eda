/**
 * A partner's new copy as one `Sheets.Spreadsheets.create` (pure): its CBOs rows with a bold,
 * frozen header (and, for a Khmer copy, a note under each contract header), Lists and Geography so
 * that its dropdowns work. Values are copied as they are (text stays text, dates stay dates).
 */
import { literalCellData, type CellData } from '../../sheets/requests';
import type { Cell } from '../../workbook/values';
import { NEW_SHEET_ROWS } from '../setup/plan';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

export interface CopySheet {
  title: string;
  values: readonly (readonly Cell[])[];
  /** Bold header row, frozen. */
  header?: boolean;
  /** Notes of the header row, by column ('' for none). */
  headerNotes?: readonly string[];
}

export function copyResource(title: string, timeZone: string, sheets: readonly CopySheet[]): Spreadsheet {
  return {
    properties: { title, timeZone },
    sheets: sheets.map((sheet) => {
      const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
      const rowData = sheet.values.map((row, r) => ({
        values: row.map((value, c): CellData => {
          const cell = literalCellData(value, timeZone);
          if (r === 0 && sheet.header) {
            cell.userEnteredFormat = { ...cell.userEnteredFormat, textFormat: { bold: true } };
            const note = sheet.headerNotes?.[c];
            if (note) cell.note = note;
          }
          return cell;
        }),
      }));
      return {
        properties: {
          title: sheet.title,
          gridProperties: {
            rowCount: Math.max(NEW_SHEET_ROWS, sheet.values.length),
            columnCount: Math.max(26, width),
            ...(sheet.header ? { frozenRowCount: 1 } : {}),
          },
        },
        data: [{ startRow: 0, startColumn: 0, rowData }],
      };
    }),
  };
}

/**
 * A partner's new copy as one `Sheets.Spreadsheets.create` (pure): its CBOs rows with a bold,
 * frozen header (and, for a Khmer copy, a note under each contract header), Lists and Geography
 * (the columns its dropdowns list, split.ts carriedColumns) so that its dropdowns work, the dropdowns themselves (CellData.dataValidation) and the protected
 * ranges (Sheet.protectedRanges), each sheet with an ID chosen here so that the protected ranges
 * can name it. Values are copied as they are (text stays text, dates stay dates). Grids fit the
 * data: CBOs keeps COPY_SPARE_ROWS empty rows (with their dropdowns) for CBOs a partner adds.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
 */
import { literalCellData, type CellData, type Request } from '../../sheets/requests';
import type { Cell } from '../../workbook/values';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type ProtectedRange = GoogleAppsScript.Sheets.Schema.ProtectedRange;
type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

/** Empty rows below a copy's CBOs, with the dropdowns, for the CBOs a partner adds. */
export const COPY_SPARE_ROWS = 200;
/** The copy's sheets get the IDs 1000, 1001, ... (any non-negative integer unique in the copy). */
export const COPY_FIRST_SHEET_ID = 1000;

export interface CopySheet {
  title: string;
  values: readonly (readonly Cell[])[];
  /** Bold header row, frozen. */
  header?: boolean;
  /** Notes of the header row, by column ('' for none). */
  headerNotes?: readonly string[];
  /** Empty rows to keep below the values (0 by default: the grid fits them). */
  spareRows?: number;
}

/** A copy sheet's ID and grid, as the create will make it. */
export interface CopyGrid {
  title: string;
  sheetId: number;
  rowCount: number;
  columnCount: number;
}

function widthOf(values: readonly (readonly Cell[])[]): number {
  return values.reduce((max, row) => Math.max(max, row.length), 0);
}

/** The IDs and grids of the copy's sheets. */
export function copyGrids(sheets: readonly CopySheet[]): CopyGrid[] {
  return sheets.map((sheet, i) => ({
    title: sheet.title,
    sheetId: COPY_FIRST_SHEET_ID + i,
    rowCount: Math.max(1, sheet.values.length + (sheet.spareRows ?? 0)),
    columnCount: Math.max(1, widthOf(sheet.values)),
  }));
}

/**
 * The spreadsheet resource. `requests` are the copy's setDataValidation and addProtectedRange
 * requests planned against copyGrids(): each dropdown goes into the cells of its range, each
 * protected range into its sheet.
 */
export function copyResource(
  title: string,
  timeZone: string,
  sheets: readonly CopySheet[],
  requests: readonly Request[] = [],
): Spreadsheet {
  const grids = copyGrids(sheets);
  return {
    properties: { title, timeZone },
    sheets: sheets.map((sheet, i) => {
      const grid = grids[i];
      const rules = new Map<number, { from: number; to: number; rule: DataValidationRule }[]>();
      const protectedRanges: ProtectedRange[] = [];
      for (const request of requests) {
        const validation = request.setDataValidation;
        if (validation?.range?.sheetId === grid.sheetId && validation.rule) {
          const r = validation.range;
          for (let c = r.startColumnIndex ?? 0; c < (r.endColumnIndex ?? grid.columnCount); c++) {
            const list = rules.get(c) ?? [];
            list.push({
              from: r.startRowIndex ?? 0,
              to: r.endRowIndex ?? grid.rowCount,
              rule: validation.rule,
            });
            rules.set(c, list);
          }
        }
        const protection = request.addProtectedRange?.protectedRange;
        if (protection?.range?.sheetId === grid.sheetId) protectedRanges.push(protection);
      }
      const ruleAt = (r: number, c: number) => rules.get(c)?.find((x) => x.from <= r && r < x.to)?.rule;
      const rowCount = rules.size ? grid.rowCount : sheet.values.length;
      const rowData = Array.from({ length: rowCount }, (_, r) => {
        const row = sheet.values[r] ?? [];
        const width = rules.size ? Math.max(row.length, ...[...rules.keys()].map((c) => c + 1)) : row.length;
        return {
          values: Array.from({ length: width }, (_, c): CellData => {
            const cell = literalCellData(row[c] ?? '', timeZone);
            if (r === 0 && sheet.header) {
              cell.userEnteredFormat = { ...cell.userEnteredFormat, textFormat: { bold: true } };
              const note = sheet.headerNotes?.[c];
              if (note) cell.note = note;
            }
            const rule = ruleAt(r, c);
            if (rule) cell.dataValidation = rule;
            return cell;
          }),
        };
      });
      return {
        properties: {
          sheetId: grid.sheetId,
          title: sheet.title,
          gridProperties: {
            rowCount: grid.rowCount,
            columnCount: grid.columnCount,
            ...(sheet.header ? { frozenRowCount: 1 } : {}),
          },
        },
        data: [{ startRow: 0, startColumn: 0, rowData }],
        ...(protectedRanges.length ? { protectedRanges } : {}),
      };
    }),
  };
}

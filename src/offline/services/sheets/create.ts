/**
 * `Sheets.Spreadsheets.create`: a new spreadsheet with its sheets and their data.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
 */
import type { FakeSheet } from '../spreadsheet/sheet';
import { getSpreadsheet } from './get';
import type { Box, SheetsModel } from './model';
import { checkShape } from './schema';
import { presentFields, setSheetProperties, writeCells } from './write';

import S = GoogleAppsScript.Sheets.Schema;

export function createSpreadsheet(model: SheetsModel, resource: unknown): S.Spreadsheet {
  checkShape(resource ?? {}, 'Spreadsheet', 'spreadsheet');
  model.moved = { read: 0, written: 0 };
  const body = (resource ?? {}) as S.Spreadsheet;
  for (const sheet of body.sheets ?? []) {
    if (sheet.protectedRanges)
      throw new Error('not emulated: Sheets create with protectedRanges (add them with batchUpdate)');
  }
  const created = model.app().create(body.properties?.title ?? 'Untitled spreadsheet');
  if (body.properties?.locale) throw new Error('not emulated: Sheets create with a locale');
  if (body.properties?.timeZone && body.properties.timeZone !== created.getSpreadsheetTimeZone())
    throw new Error(`not emulated: Sheets create in another time zone (${body.properties.timeZone})`);
  (body.sheets ?? []).forEach((sheetBody, i) => {
    const properties = sheetBody.properties ?? {};
    let sheet: FakeSheet;
    if (i === 0) {
      sheet = created.getSheets()[0];
      if (properties.title) sheet.setName(properties.title);
    } else sheet = created.insertSheet(properties.title ?? `Sheet${i + 1}`);
    setSheetProperties(sheet, { ...properties, title: undefined }, { '*': true });
    for (const data of sheetBody.data ?? []) {
      const box: Box = {
        sheet,
        row: data.startRow ?? 0,
        column: data.startColumn ?? 0,
        rows: 0,
        columns: 0,
      };
      // A new spreadsheet's cells hold only what the data gives them.
      writeCells(model, box, data.rowData ?? [], presentFields(data.rowData ?? []), false);
      (data.columnMetadata ?? []).forEach((meta, j) => {
        if (meta.pixelSize !== undefined)
          sheet.setColumnWidth((data.startColumn ?? 0) + j + 1, meta.pixelSize);
      });
      if (data.rowMetadata?.length) throw new Error('not emulated: Sheets create with rowMetadata');
    }
  });
  const written = model.moved.written;
  const made = getSpreadsheet(model, created.getId(), {
    fields:
      'spreadsheetId,spreadsheetUrl,properties(title,timeZone),sheets(properties(sheetId,title,index,gridProperties))',
  }) as S.Spreadsheet;
  model.moved = { read: 0, written };
  return made;
}

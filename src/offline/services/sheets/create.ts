/**
 * `Sheets.Spreadsheets.create`: a new spreadsheet with its sheets, their data (values, formats,
 * notes, dropdowns: CellData "When writing, the new data validation rule will overwrite any prior
 * rule"), chosen sheet IDs and protected ranges.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
 *
 * Protected ranges: the request body is a Spreadsheet resource, whose Sheet has `protectedRanges`
 * (not marked read-only, while ProtectedRange marks its own `protectedRangeId` and
 * `requestingUserCanEdit` read-only), so they are made with the spreadsheet.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * Where Google is silent this takes the stricter reading: a sheet's protected range must be on that
 * sheet, and the read-only fields and named ranges are refused. The response carries them, as
 * the created Spreadsheet does, so a caller can check they were made.
 */
import { chooseSheetId, type FakeSheet } from '../spreadsheet/sheet';
import { addProtection, checkProtectedRange } from './batch-update';
import { getSpreadsheet } from './get';
import { checkChosenSheetId, type Box, type SheetsModel } from './model';
import { checkShape } from './schema';
import { presentFields, setSheetProperties, writeCells } from './write';

import S = GoogleAppsScript.Sheets.Schema;

export function createSpreadsheet(model: SheetsModel, resource: unknown): S.Spreadsheet {
  checkShape(resource ?? {}, 'Spreadsheet', 'spreadsheet');
  model.moved = { read: 0, written: 0 };
  const body = (resource ?? {}) as S.Spreadsheet;
  const chosen: number[] = [];
  (body.sheets ?? []).forEach((sheet, i) => {
    const path = `spreadsheet.sheets[${i}]`;
    const sheetId = sheet.properties?.sheetId;
    if (sheetId !== undefined) {
      checkChosenSheetId(chosen, sheetId, path);
      chosen.push(sheetId);
    }
    (sheet.protectedRanges ?? []).forEach((p, j) => {
      const at = `${path}.protectedRanges[${j}]`;
      if (p.protectedRangeId !== undefined || p.requestingUserCanEdit !== undefined)
        throw new Error(`not emulated: Sheets create with the read-only fields of ${at}`);
      if (!p.range) throw new Error(`not emulated: Sheets create with ${at} without a range`);
      if (p.range.sheetId !== undefined && p.range.sheetId !== sheetId)
        throw new Error(`not emulated: Sheets create with ${at} on another sheet`);
      checkProtectedRange(p, at);
    });
  });
  const created = model.app().create(body.properties?.title ?? 'Untitled spreadsheet');
  if (body.properties?.locale) throw new Error('not emulated: Sheets create with a locale');
  if (body.properties?.timeZone && body.properties.timeZone !== created.getSpreadsheetTimeZone())
    throw new Error(`not emulated: Sheets create in another time zone (${body.properties.timeZone})`);
  // Every sheet first: a dropdown of one sheet may name another sheet's cells.
  const made = (body.sheets ?? []).map((sheetBody, i) => {
    const properties = sheetBody.properties ?? {};
    let sheet: FakeSheet;
    if (i === 0) {
      sheet = created.getSheets()[0];
      if (properties.title) sheet.setName(properties.title);
    } else sheet = created.insertSheet(properties.title ?? `Sheet${i + 1}`);
    if (properties.sheetId !== undefined) chooseSheetId(sheet, properties.sheetId);
    // A new sheet is made with the grid asked for (1,000 × 26 when none is).
    const grid = properties.gridProperties;
    sheet._setNewGrid(grid?.rowCount ?? sheet.getMaxRows(), grid?.columnCount ?? sheet.getMaxColumns());
    setSheetProperties(
      sheet,
      {
        ...properties,
        title: undefined,
        sheetId: undefined,
        gridProperties: { ...grid, rowCount: undefined, columnCount: undefined },
      },
      { '*': true },
    );
    return sheet;
  });
  (body.sheets ?? []).forEach((sheetBody, i) => {
    const sheet = made[i];
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
    for (const p of sheetBody.protectedRanges ?? []) {
      addProtection(model, created, { ...p, range: { ...p.range, sheetId: sheet.getSheetId() } }, `${i}`);
    }
  });
  const written = model.moved.written;
  const reply = getSpreadsheet(model, created.getId(), {
    fields:
      'spreadsheetId,spreadsheetUrl,properties(title,timeZone),sheets(properties(sheetId,title,index,gridProperties),protectedRanges)',
  }) as S.Spreadsheet;
  model.moved = { read: 0, written };
  return reply;
}

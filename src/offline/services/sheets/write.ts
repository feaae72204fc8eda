/**
 * Writing into the fakes what the API's requests carry: cells (values, formats, notes,
 * validation), sheet properties and protected ranges. Shared by batchUpdate and create.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
 */
import type { FakeProtection } from '../spreadsheet/protection';
import type { FakeSheet } from '../spreadsheet/sheet';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import { dateOfSerial, numberFormatOf } from './cells';
import { hexOf } from '../../../sheets/color';
import { protectionId, type Box, type SheetsModel } from './model';
import { ApiError, selects, type FieldTree } from './schema';

import S = GoogleAppsScript.Sheets.Schema;

export function writeCells(
  model: SheetsModel,
  box: Box,
  rows: S.RowData[],
  tree: FieldTree,
  useRange: boolean,
): void {
  const all = !!tree['*'];
  const want = (path: string) => all || selects(tree, path);
  const rectangular =
    useRange || rows.every((r) => (r.values?.length ?? 0) === (rows[0]?.values?.length ?? 0));
  if (!useRange) {
    box.rows = rows.length;
    box.columns = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
    const sheet = box.sheet;
    if (box.row + box.rows > sheet.getMaxRows() || box.column + box.columns > sheet.getMaxColumns())
      throw new ApiError(
        `Invalid requests: Range (${sheet.getName()}!R${box.row + 1}C${box.column + 1}:R${box.row + box.rows}C${box.column + box.columns}) exceeds grid limits. Max rows: ${sheet.getMaxRows()}, max columns: ${sheet.getMaxColumns()}`,
      );
  }
  if (box.rows === 0 || box.columns === 0) return;
  const pieces: { box: Box; rows: S.RowData[] }[] = rectangular
    ? [{ box, rows }]
    : rows
        .map((r, i) => ({
          box: { ...box, row: box.row + i, rows: 1, columns: r.values?.length ?? 0 },
          rows: [r],
        }))
        .filter((p) => p.box.columns > 0);
  for (const piece of pieces) {
    model.moved.written += piece.box.rows * piece.box.columns;
    const range = model.range(piece.box);
    const cell = (i: number, j: number): S.CellData => piece.rows[i]?.values?.[j] ?? {};
    const grid = <T>(f: (c: S.CellData) => T): T[][] =>
      Array.from({ length: piece.box.rows }, (_, i) =>
        Array.from({ length: piece.box.columns }, (_, j) => f(cell(i, j))),
      );
    if (want('userEnteredFormat.numberFormat'))
      range.setNumberFormats(grid((c) => c.userEnteredFormat?.numberFormat?.pattern ?? 'General'));
    if (want('userEnteredValue')) {
      const formats = range.getNumberFormats();
      const tz = piece.box.sheet._parent._timeZone;
      const values = grid((c) => c.userEnteredValue);
      range.setValues(
        values.map((row, i) =>
          row.map((v, j) => {
            if (!v) return '';
            if (v.formulaValue !== undefined) return v.formulaValue;
            // A number in a date or time format is a date (as Sheets shows and getValues returns it).
            const type = numberFormatOf(formats[i][j])?.type;
            if (v.numberValue !== undefined && (type === 'DATE' || type === 'DATE_TIME' || type === 'TIME'))
              return dateOfSerial(v.numberValue, tz);
            if (v.numberValue !== undefined) return v.numberValue;
            if (v.boolValue !== undefined) return v.boolValue;
            // A string value is stored as it is: never read as a number, date or formula.
            const text = v.stringValue ?? '';
            return formats[i][j] === '@' || text === '' ? text : `'${text}`;
          }),
        ),
      );
    }
    if (want('userEnteredFormat.backgroundColor'))
      range.setBackgrounds(grid((c) => hexOf(c.userEnteredFormat?.backgroundColor)));
    if (want('userEnteredFormat.textFormat.bold') || want('userEnteredFormat.textFormat'))
      range.setFontWeights(grid((c) => (c.userEnteredFormat?.textFormat?.bold ? 'bold' : 'normal')));
    if (want('note')) range.setNotes(grid((c) => c.note ?? ''));
    if (want('dataValidation')) {
      const spreadsheet = piece.box.sheet._parent;
      range.setDataValidations(
        grid((c) => (c.dataValidation ? validationOf(model, spreadsheet, c.dataValidation) : null)),
      );
    }
  }
}

export function validationOf(
  model: SheetsModel,
  spreadsheet: FakeSpreadsheet,
  rule: S.DataValidationRule,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const app = model.app();
  let builder = app.newDataValidation();
  const condition = rule.condition;
  const values = (condition?.values ?? []).map((v) => v.userEnteredValue ?? '');
  if (condition?.type === 'ONE_OF_LIST')
    builder = builder.requireValueInList(values, rule.showCustomUi ?? false);
  else if (condition?.type === 'ONE_OF_RANGE') {
    const a1 = (values[0] ?? '').replace(/^=/, '').replace(/\$/g, '');
    builder = builder.requireValueInRange(spreadsheet.getRange(a1) as never, rule.showCustomUi ?? false);
  } else throw new Error(`not emulated: Sheets BooleanCondition ${String(condition?.type)}`);
  return builder
    .setAllowInvalid(!(rule.strict ?? false))
    .setHelpText(rule.inputMessage ?? '')
    .build() as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

export function setSheetProperties(sheet: FakeSheet, p: S.SheetProperties, tree: FieldTree): void {
  const all = !!tree['*'];
  const want = (path: string) => all || selects(tree, path);
  if (p.title !== undefined && want('title')) sheet.setName(p.title);
  if (want('hidden') && p.hidden !== undefined) {
    if (p.hidden) sheet.hideSheet();
    else sheet.showSheet();
  }
  const grid = p.gridProperties;
  if (grid) {
    if (want('gridProperties.rowCount') && grid.rowCount !== undefined) {
      if (grid.rowCount < sheet.getMaxRows())
        throw new Error('not emulated: Sheets fewer rows than the grid has');
      if (grid.rowCount > sheet.getMaxRows())
        sheet.insertRowsAfter(sheet.getMaxRows(), grid.rowCount - sheet.getMaxRows());
    }
    if (want('gridProperties.columnCount') && grid.columnCount !== undefined) {
      if (grid.columnCount < sheet.getMaxColumns())
        throw new Error('not emulated: Sheets fewer columns than the grid has');
      if (grid.columnCount > sheet.getMaxColumns())
        sheet.insertColumnsAfter(sheet.getMaxColumns(), grid.columnCount - sheet.getMaxColumns());
    }
    if (want('gridProperties.frozenRowCount') && grid.frozenRowCount !== undefined)
      sheet.setFrozenRows(grid.frozenRowCount);
    if (want('gridProperties.frozenColumnCount') && grid.frozenColumnCount !== undefined)
      sheet.setFrozenColumns(grid.frozenColumnCount);
  }
  if (want('index') && p.index !== undefined && p.index !== sheet.getIndex() - 1)
    throw new Error('not emulated: Sheets moving a sheet (index)');
}

export function protectionById(
  spreadsheet: FakeSpreadsheet,
  id: number | undefined,
  path: string,
): FakeProtection {
  for (const type of ['RANGE', 'SHEET']) {
    for (const p of spreadsheet.getProtections(
      type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
    ) as FakeProtection[]) {
      if (protectionId(p) === id) return p;
    }
  }
  throw new ApiError(`Invalid requests[${path}]: No protected range with id: ${id}`);
}

export function setProtectionProperties(
  protection: FakeProtection,
  p: S.ProtectedRange,
  tree: FieldTree,
): void {
  const all = !!tree['*'];
  const want = (path: string) => all || selects(tree, path);
  if (want('description') && p.description !== undefined) protection.setDescription(p.description);
  if (want('warningOnly') && p.warningOnly !== undefined) protection.setWarningOnly(p.warningOnly);
  if (want('editors') && p.editors) {
    if (p.editors.domainUsersCanEdit !== undefined) protection.setDomainEdit(p.editors.domainUsersCanEdit);
    if (p.editors.users) {
      const wanted = new Set(p.editors.users.map((u) => u.toLowerCase()));
      const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
      const remove = current.filter((e) => !wanted.has(e));
      const add = [...wanted].filter((e) => !current.includes(e));
      if (remove.length) protection.removeEditors(remove);
      if (add.length) protection.addEditors(add);
    }
  }
}

/** The cell fields some cell of the rows sets (a mask for writing them into new cells). */
export function presentFields(rows: readonly S.RowData[]): FieldTree {
  const tree: FieldTree = {};
  const format: FieldTree = {};
  for (const row of rows) {
    for (const cell of row.values ?? []) {
      if (cell.userEnteredValue) tree.userEnteredValue = true;
      if (cell.note !== undefined) tree.note = true;
      if (cell.dataValidation) tree.dataValidation = true;
      const f = cell.userEnteredFormat;
      if (f?.numberFormat) format.numberFormat = true;
      if (f?.backgroundColor) format.backgroundColor = true;
      if (f?.textFormat) format.textFormat = true;
    }
  }
  if (Object.keys(format).length) tree.userEnteredFormat = format;
  return tree;
}

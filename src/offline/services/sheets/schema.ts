/**
 * The shapes of the Sheets API v4 requests the emulation accepts, field by field, as the API
 * reference defines them (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request).
 * A field the API does not have is the API's own error ("Invalid JSON payload received. Unknown
 * name ..."); a field the API has but this emulation does not model throws `not emulated: ...`.
 */

/** A field's type: a scalar, a message of this table, or a list of one ('[Message]'). */
type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'any' | string;

/** Message name → field → type. Fields marked with a leading '!' exist in the API but are not emulated. */
export const MESSAGES: Record<string, Record<string, FieldType>> = {
  BatchUpdateSpreadsheetRequest: {
    requests: '[Request]',
    includeSpreadsheetInResponse: 'boolean',
    responseRanges: '![string]',
    responseIncludeGridData: 'boolean',
  },
  Request: {
    updateCells: 'UpdateCellsRequest',
    repeatCell: 'RepeatCellRequest',
    appendDimension: 'AppendDimensionRequest',
    updateDimensionProperties: 'UpdateDimensionPropertiesRequest',
    updateSheetProperties: 'UpdateSheetPropertiesRequest',
    addSheet: 'AddSheetRequest',
    setDataValidation: 'SetDataValidationRequest',
    addProtectedRange: 'AddProtectedRangeRequest',
    updateProtectedRange: 'UpdateProtectedRangeRequest',
    deleteProtectedRange: 'DeleteProtectedRangeRequest',
    // Requests of the API this emulation does not model (each throws `not emulated`).
    updateSpreadsheetProperties: '!any',
    updateBorders: '!any',
    mergeCells: '!any',
    unmergeCells: '!any',
    deleteSheet: '!any',
    duplicateSheet: '!any',
    insertDimension: '!any',
    deleteDimension: '!any',
    moveDimension: '!any',
    autoResizeDimensions: '!any',
    findReplace: '!any',
    pasteData: '!any',
    copyPaste: '!any',
    cutPaste: '!any',
    appendCells: '!any',
    sortRange: '!any',
    setBasicFilter: '!any',
    clearBasicFilter: '!any',
    addNamedRange: '!any',
    deleteNamedRange: '!any',
    updateNamedRange: '!any',
    addConditionalFormatRule: '!any',
    updateConditionalFormatRule: '!any',
    deleteConditionalFormatRule: '!any',
    addChart: '!any',
    updateChartSpec: '!any',
    deleteEmbeddedObject: '!any',
    addBanding: '!any',
    autoFill: '!any',
    textToColumns: '!any',
    insertRange: '!any',
    deleteRange: '!any',
    addFilterView: '!any',
    deleteFilterView: '!any',
    updateFilterView: '!any',
    duplicateFilterView: '!any',
    addDimensionGroup: '!any',
    deleteDimensionGroup: '!any',
    updateDimensionGroup: '!any',
    trimWhitespace: '!any',
    deleteDuplicates: '!any',
    randomizeRange: '!any',
    addSlicer: '!any',
    updateSlicerSpec: '!any',
    updateEmbeddedObjectPosition: '!any',
    updateEmbeddedObjectBorder: '!any',
    updateBanding: '!any',
    deleteBanding: '!any',
    createDeveloperMetadata: '!any',
    updateDeveloperMetadata: '!any',
    deleteDeveloperMetadata: '!any',
    addDataSource: '!any',
    updateDataSource: '!any',
    deleteDataSource: '!any',
    refreshDataSource: '!any',
    cancelDataSourceRefresh: '!any',
    addTable: '!any',
    updateTable: '!any',
    deleteTable: '!any',
  },
  GridCoordinate: { sheetId: 'number', rowIndex: 'number', columnIndex: 'number' },
  GridRange: {
    sheetId: 'number',
    startRowIndex: 'number',
    endRowIndex: 'number',
    startColumnIndex: 'number',
    endColumnIndex: 'number',
  },
  DimensionRange: { sheetId: 'number', dimension: 'enum', startIndex: 'number', endIndex: 'number' },
  UpdateCellsRequest: { rows: '[RowData]', fields: 'string', start: 'GridCoordinate', range: 'GridRange' },
  RepeatCellRequest: { range: 'GridRange', cell: 'CellData', fields: 'string' },
  RowData: { values: '[CellData]' },
  CellData: {
    userEnteredValue: 'ExtendedValue',
    note: 'string',
    userEnteredFormat: 'CellFormat',
    dataValidation: 'DataValidationRule',
    effectiveValue: '!any',
    formattedValue: '!any',
    effectiveFormat: '!any',
    hyperlink: '!any',
    textFormatRuns: '!any',
    pivotTable: '!any',
    dataSourceTable: '!any',
    dataSourceFormula: '!any',
    chipRuns: '!any',
  },
  ExtendedValue: {
    numberValue: 'number',
    stringValue: 'string',
    boolValue: 'boolean',
    formulaValue: 'string',
    errorValue: '!any',
  },
  CellFormat: {
    numberFormat: 'NumberFormat',
    backgroundColor: 'Color',
    textFormat: 'TextFormat',
    backgroundColorStyle: '!any',
    borders: '!any',
    padding: '!any',
    horizontalAlignment: '!any',
    verticalAlignment: '!any',
    wrapStrategy: '!any',
    textDirection: '!any',
    hyperlinkDisplayType: '!any',
    textRotation: '!any',
  },
  NumberFormat: { type: 'enum', pattern: 'string' },
  Color: { red: 'number', green: 'number', blue: 'number', alpha: 'number' },
  TextFormat: {
    bold: 'boolean',
    foregroundColor: '!any',
    foregroundColorStyle: '!any',
    fontFamily: '!any',
    fontSize: '!any',
    italic: '!any',
    strikethrough: '!any',
    underline: '!any',
    link: '!any',
  },
  DataValidationRule: {
    condition: 'BooleanCondition',
    inputMessage: 'string',
    strict: 'boolean',
    showCustomUi: 'boolean',
  },
  BooleanCondition: { type: 'enum', values: '[ConditionValue]' },
  ConditionValue: { userEnteredValue: 'string', relativeDate: '!any' },
  AppendDimensionRequest: { sheetId: 'number', dimension: 'enum', length: 'number' },
  UpdateDimensionPropertiesRequest: {
    range: 'DimensionRange',
    properties: 'DimensionProperties',
    fields: 'string',
    dataSourceSheetRange: '!any',
  },
  DimensionProperties: {
    pixelSize: 'number',
    hiddenByUser: '!any',
    hiddenByFilter: '!any',
    developerMetadata: '!any',
    dataSourceColumnReference: '!any',
  },
  UpdateSheetPropertiesRequest: { properties: 'SheetProperties', fields: 'string' },
  SheetProperties: {
    sheetId: 'number',
    title: 'string',
    index: 'number',
    hidden: 'boolean',
    gridProperties: 'GridProperties',
    sheetType: '!any',
    tabColor: '!any',
    tabColorStyle: '!any',
    rightToLeft: '!any',
    dataSourceSheetProperties: '!any',
  },
  GridProperties: {
    rowCount: 'number',
    columnCount: 'number',
    frozenRowCount: 'number',
    frozenColumnCount: 'number',
    hideGridlines: '!any',
    rowGroupControlAfter: '!any',
    columnGroupControlAfter: '!any',
  },
  AddSheetRequest: { properties: 'SheetProperties' },
  SetDataValidationRequest: { range: 'GridRange', rule: 'DataValidationRule', filteredRowsIncluded: '!any' },
  AddProtectedRangeRequest: { protectedRange: 'ProtectedRange' },
  UpdateProtectedRangeRequest: { protectedRange: 'ProtectedRange', fields: 'string' },
  DeleteProtectedRangeRequest: { protectedRangeId: 'number' },
  ProtectedRange: {
    protectedRangeId: 'number',
    range: 'GridRange',
    description: 'string',
    warningOnly: 'boolean',
    editors: 'Editors',
    requestingUserCanEdit: 'boolean',
    namedRangeId: '!any',
    unprotectedRanges: '!any',
    tableId: '!any',
  },
  Editors: { users: '[string]', groups: '![string]', domainUsersCanEdit: 'boolean' },
  Spreadsheet: {
    properties: 'SpreadsheetProperties',
    sheets: '[Sheet]',
    spreadsheetId: '!any',
    namedRanges: '!any',
    developerMetadata: '!any',
    dataSources: '!any',
    dataSourceSchedules: '!any',
    spreadsheetUrl: '!any',
  },
  SpreadsheetProperties: {
    title: 'string',
    locale: 'string',
    timeZone: 'string',
    autoRecalc: '!any',
    defaultFormat: '!any',
    iterativeCalculationSettings: '!any',
    spreadsheetTheme: '!any',
    importFunctionsExternalUrlAccess: '!any',
  },
  Sheet: {
    properties: 'SheetProperties',
    data: '[GridData]',
    protectedRanges: '[ProtectedRange]',
    merges: '!any',
    conditionalFormats: '!any',
    filterViews: '!any',
    basicFilter: '!any',
    charts: '!any',
    bandedRanges: '!any',
    developerMetadata: '!any',
    rowGroups: '!any',
    columnGroups: '!any',
    slicers: '!any',
    tables: '!any',
  },
  GridData: {
    startRow: 'number',
    startColumn: 'number',
    rowData: '[RowData]',
    rowMetadata: '[DimensionProperties]',
    columnMetadata: '[DimensionProperties]',
  },
};

export class ApiError extends Error {}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a payload against a message; throws the API's error for an unknown field or a wrong type. */
export function checkShape(value: unknown, message: string, path: string): void {
  const fields = MESSAGES[message];
  if (!fields) throw new Error(`schema: no message ${message}`);
  if (!isPlainObject(value))
    throw new ApiError(
      `Invalid JSON payload received. Invalid value at '${path}' (type.googleapis.com/${message}).`,
    );
  for (const [name, field] of Object.entries(value)) {
    const type = fields[name];
    if (type === undefined)
      throw new ApiError(
        `Invalid JSON payload received. Unknown name "${name}" at '${path}': Cannot find field.`,
      );
    if (field === undefined || field === null) continue;
    if (type.startsWith('!')) throw new Error(`not emulated: Sheets ${message}.${name}`);
    checkField(field, type, `${path}.${name}`);
  }
}

function checkField(value: unknown, type: FieldType, path: string): void {
  if (type.startsWith('[')) {
    if (!Array.isArray(value))
      throw new ApiError(`Invalid JSON payload received. Invalid value at '${path}', expected a list.`);
    const inner = type.slice(1, -1);
    value.forEach((item, i) => checkField(item, inner, `${path}[${i}]`));
    return;
  }
  if (type === 'any') return;
  if (type === 'string' || type === 'enum') {
    if (typeof value !== 'string')
      throw new ApiError(
        `Invalid JSON payload received. Invalid value at '${path}' (TYPE_STRING), ${JSON.stringify(value)}`,
      );
    return;
  }
  if (type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new ApiError(
        `Invalid JSON payload received. Invalid value at '${path}' (TYPE_NUMBER), ${JSON.stringify(value)}`,
      );
    return;
  }
  if (type === 'boolean') {
    if (typeof value !== 'boolean')
      throw new ApiError(
        `Invalid JSON payload received. Invalid value at '${path}' (TYPE_BOOL), ${JSON.stringify(value)}`,
      );
    return;
  }
  checkShape(value, type, path);
}

/** A `fields` mask ('a,b.c,d(e,f)') as a tree; `*` selects everything below. */
export interface FieldTree {
  [name: string]: FieldTree | true;
}

/** Parses a field mask and checks every name against the message it selects from. */
export function parseFields(mask: string, message: string, path = 'fields'): FieldTree {
  let at = 0;
  const text = mask.replace(/\s+/g, '');
  function list(msg: string | undefined): FieldTree {
    const tree: FieldTree = {};
    for (;;) {
      const start = at;
      while (at < text.length && /[A-Za-z0-9_*.]/.test(text[at])) at++;
      const name = text.slice(start, at);
      if (!name) throw new ApiError(`Invalid field selection in ${path}: "${mask}"`);
      const parts = name.split('.');
      let node = tree;
      let current = msg;
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        const next = fieldMessage(current, part, mask);
        if (last && text[at] === '(') {
          at++;
          const sub = list(next);
          if (text[at] !== ')') throw new ApiError(`Invalid field selection in ${path}: "${mask}"`);
          at++;
          const existing = node[part];
          node[part] = existing && existing !== true ? { ...existing, ...sub } : sub;
        } else if (last) {
          node[part] = true;
        } else {
          const existing = node[part];
          if (existing === true) return;
          node[part] = existing ?? {};
          node = node[part] as FieldTree;
        }
        current = next;
      });
      if (text[at] === ',') {
        at++;
        continue;
      }
      return tree;
    }
  }
  const tree = list(message);
  if (at !== text.length) throw new ApiError(`Invalid field selection in ${path}: "${mask}"`);
  return tree;
}

/** The message a field selects into (undefined for scalars); unknown names are the API's error. */
function fieldMessage(message: string | undefined, name: string, mask: string): string | undefined {
  if (name === '*' || message === undefined) return undefined;
  const type = MESSAGES[message]?.[name];
  if (type === undefined) throw new ApiError(`Invalid field selection ${name} (in "${mask}")`);
  const bare = type.replace(/^!/, '').replace(/^\[|\]$/g, '');
  return MESSAGES[bare] ? bare : undefined;
}

/** Keeps only the selected fields of a resource (every field when the tree is undefined). */
export function pick(value: unknown, tree: FieldTree | true | undefined): unknown {
  if (tree === undefined || tree === true || tree['*']) return value;
  if (Array.isArray(value)) return value.map((item) => pick(item, tree));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(tree)) {
    if (value[name] !== undefined) out[name] = pick(value[name], sub);
  }
  return out;
}

/** Whether a dotted path ('userEnteredFormat.backgroundColor') is selected by a mask tree. */
export function selects(tree: FieldTree, path: string): boolean {
  let node: FieldTree | true = tree;
  for (const part of path.split('.')) {
    if (node === true || node['*']) return true;
    const next: FieldTree | true | undefined = node[part];
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

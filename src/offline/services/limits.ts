/**
 * The limits Google documents for Apps Script and Sheets, in one place, each with its page. The
 * emulated services check them and throw Google's messages; where Google does not document a
 * behaviour, the stricter reading is taken and the comment says so.
 */

/**
 * A new sheet's grid: 1,000 rows × 26 columns.
 * https://support.google.com/docs/answer/37603 (files you can store: a new spreadsheet's sheet)
 * and https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()
 */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** 10 million cells per spreadsheet. https://support.google.com/drive/answer/37603 */
export const MAX_CELLS = 10_000_000;
export const TOO_MANY_CELLS = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;

/** 50,000 characters a cell. https://support.google.com/drive/answer/37603 */
export const MAX_CELL_CHARACTERS = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

/**
 * Range coordinates. Sheet.getRange throws when the range leaves the sheet's grid, and for a
 * start before row/column 1 or a size under 1.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
 */
export const OUTSIDE_GRID = 'The coordinates of the range are outside the dimensions of the sheet.';
export const ROW_TOO_SMALL = 'The starting row of the range is too small.';
export const COLUMN_TOO_SMALL = 'The starting column of the range is too small.';
export const ZERO_ROWS = 'The number of rows in the range must be at least 1.';
export const ZERO_COLUMNS = 'The number of columns in the range must be at least 1.';

/** setValues, setBackgrounds, setNotes, setNumberFormats...: the data must have the range's shape. */
export function rowsMismatch(data: number, range: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
}
export function columnsMismatch(data: number, range: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;
}

/**
 * A write into a cell or sheet protected against the running user (warning-only protections do
 * not stop scripts), or a change to a protection the user may not edit.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * PropertiesService: 9 KB a value, 500 KB a store.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * Google counts the key with the value (tanaikech measured 8,066 bytes with a 1-byte key); the
 * stricter reading counts key + value in UTF-8 bytes against 9 × 1024.
 */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;
export const PROPERTY_TOO_LARGE = 'Argument too large: value';
export const PROPERTY_STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/**
 * CacheService: keys of at most 250 characters, values of at most 100 KB, at most 1,000 entries
 * in putAll, expiration at most 21,600 s.
 * https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
 */
export const MAX_CACHE_KEY = 250;
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_PUT_ALL = 1000;
export const MAX_CACHE_EXPIRATION_S = 21_600;

/**
 * Installable triggers: 20 per user per script.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/**
 * Add-ons: time-driven triggers at most once an hour; one trigger of each type per user per
 * document. https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * Google does not say whether a sooner `after(ms)` throws or runs later: the emulation runs it no
 * sooner than an hour after its creation (what the page promises), and a second trigger of a type
 * throws.
 */
export const ADDON_MIN_CLOCK_MS = 60 * 60 * 1000;
export function addonTriggerTaken(type: string): string {
  return `This add-on has created too many ${type} triggers in this document for this Google user account.`;
}

/**
 * Execution time: 6 minutes a run, 30 s for the simple triggers onOpen/onEdit.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
export const MAX_RUN_SECONDS = 360;
export const MAX_SIMPLE_TRIGGER_SECONDS = 30;
export const EXCEEDED_TIME = 'Exceeded maximum execution time';

/**
 * Drive (the advanced service, v3): an item the script may not see under its scope, or one it
 * may see but not change. https://developers.google.com/drive/api/guides/handle-errors (notFound,
 * insufficientFilePermissions). Apps Script puts "API call to drive.files.get failed with error: "
 * before the message.
 */
export function driveFileNotFound(id: string): string {
  return `File not found: ${id}.`;
}
export function driveNoPermission(id: string): string {
  return `The user does not have sufficient permissions for file ${id}.`;
}

/**
 * DriveApp.getFileById/getFolderById of an item the script may not see (as published Apps Script
 * logs show it, e.g. https://github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112);
 * a change to an item the user may only view (stricter reading, undocumented: refused, with the
 * message Apps Script gives for the root folder, as gas-fakes' test/testdrive.js checked live).
 */
export const DRIVEAPP_NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
export const DRIVEAPP_DENIED = 'Access denied: DriveApp';

/**
 * DocumentApp.openById of a document the user cannot read, or that does not exist: one message
 * for both, as in published execution logs ("Document <id> is missing (perhaps it was deleted, or
 * you don't have read access?)"); Google does not document it. A user who may only view a document
 * is refused its first change, with "Access denied: DocumentApp" (undocumented; the stricter
 * reading: the change that cannot be kept throws, nothing is dropped silently at the end of the
 * run), and so is saveAndClose.
 */
export function documentMissing(id: string): string {
  return `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`;
}
export const DOCUMENT_DENIED = 'Access denied: DocumentApp';

/**
 * SpreadsheetApp.openById of a spreadsheet not shared with the running user (as Apps Script
 * reports it in execution logs; Google does not document the message). The advanced Sheets
 * service answers such a call with the API's 403: "The caller does not have permission"
 * (https://cloud.google.com/apis/design/errors, PERMISSION_DENIED).
 */
export const NO_ACCESS_TO_DOCUMENT = 'You do not have permission to access the requested document.';
export const CALLER_NO_PERMISSION = 'The caller does not have permission';

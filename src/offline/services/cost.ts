/**
 * The cost model: estimated Apps Script seconds of every emulated call, per call and per cell
 * moved by bulk reads and writes. One table; each price names its source. Deterministic: a run's
 * figure depends only on the calls it makes and the cells they move, never on this machine.
 *
 * Adding a price is one line in PRICES: `'Class.method': price(seconds, perCellMicros, SOURCE)`.
 * Lookup order: the exact 'Class.method', then the longest matching 'Class.prefix*' pattern, then
 * 'Class.*', then '*'. Advanced services are keyed by their path, e.g. 'Sheets.Spreadsheets.batchUpdate'.
 */

export interface Price {
  /** Seconds per call. */
  call: number;
  /** Microseconds per cell read or written by the call. */
  perCellMicros: number;
  /**
   * Microseconds per cell a range request covers (one rule or one cell's content applied to every
   * cell of a `GridRange`: `setDataValidation`, `repeatCell`); the cell price when not given.
   */
  perRangeCellMicros?: number;
  source: string;
}

/** The sources the prices come from. */
export const SOURCES = {
  /**
   * Google's "Optimizing Spreadsheet Operations" (Apps Script blog, 2010) and the best-practices
   * guide: service calls are an order of magnitude slower than script code; reads flush the write
   * cache, so a read reaches the spreadsheet (~100 ms measured per uncached read in the bench
   * figures of issue #10, "roughly 100 ms for a call that must reach the spreadsheet").
   * http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html
   * https://developers.google.com/apps-script/guides/support/best-practices
   */
  read: 'Apps Script blog "Optimizing Spreadsheet Operations"; best-practices guide; ~100 ms a read that reaches the spreadsheet',
  /**
   * Writes are queued by the write cache ("roughly 7 ms for a queued write"); one setValues of
   * 4,000 cells measured under 50 ms (≈ 12 µs a cell) in the StackOverflow experiment "What is
   * faster: ScriptDb or SpreadsheetApp?" (Mogsdad); conservative: 20 µs a cell written.
   */
  write:
    'write cache: ~7 ms a queued write; 4,000 cells in one setValues < 50 ms (StackOverflow, Mogsdad) → 20 µs a cell, conservative',
  /** Reading cells: tanaikech's benchmarks of getValues (conservative: 10 µs a cell). https://tanaikech.github.io/topics/benchmark */
  cells:
    "tanaikech's getValues/setValues benchmarks (https://tanaikech.github.io/topics/benchmark), conservative",
  /** File-level calls (create, open, copy, share) and REST calls: about a second each. */
  file: 'file-level and REST calls: about 1 s each (issue #10 published figures), conservative',
  /**
   * A batchUpdate request over a range (`setDataValidation`: "Sets a data validation rule to every
   * cell in the range"; `repeatCell`: one cell's content repeated over a `GridRange`) sends one
   * rule or cell, not one per cell. The one measurement found (howdy39, "GoogleスプレッドシートAPIの
   * 高速化", Qiita 2017, http://qiita.com/howdy39/items/2fb95bb7b52cb0bb00ab, requests in
   * github.com/howdy39/verify-spreadsheets-api): 10,000 cells sent in one `updateCells` took about
   * 3 s; the same 10,000 cells as one cell, an `autoFill` and a `copyPaste` over ranges took 0.5 to
   * 1 s, the call included. Conservative reading: the slow end (1 s) all for the cells, so a cell a
   * range request covers costs a third of a cell sent (10 / 3 µs, rounded up to 3.4 µs).
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#setdatavalidationrequest
   */
  range:
    'REST ~1 s, 10 µs a cell sent, 3.4 µs a cell a range request covers (⅓: howdy39, Qiita 2017), conservative',
  /** Calls answered by the script's own objects (coordinates of a Range, enum values): no measurement; priced at 1 ms. */
  local: 'answered without reaching a Google server; no published figure: 1 ms, conservative',
  /** Document element calls: the minutes bench measured ~15 ms a call (1,461 calls ≈ 22 s, issue #10). */
  document: 'DocumentApp element calls: ~15 ms each (issue #10: 1,461 calls ≈ 22 s)',
  /**
   * Charts: the builders are the script's own objects (no published figure: 1 ms a call); turning
   * a chart into an image (Chart.getAs/getBlob) is rendered by Google's server, priced as a
   * file-level call (1 s), conservative. https://developers.google.com/apps-script/reference/charts
   */
  chart:
    'Charts builders: answered without a server (1 ms); Chart.getAs renders on the server: priced as a file-level call (1 s), conservative',
  /** Properties, cache and lock services: no published figure; 50 ms a call, conservative. */
  store: 'PropertiesService/CacheService/LockService: no published figure; 50 ms a call, conservative',
  /** Anything without a price of its own: the price of a read that reaches the spreadsheet. */
  unknown: 'no published figure: priced as a call that reaches the server (100 ms), conservative',
} as const;

function price(call: number, perCellMicros: number, source: string): Price {
  return { call, perCellMicros, source };
}

const READ = price(0.1, 10, SOURCES.read);
const WRITE = price(0.007, 20, SOURCES.write);
const LOCAL = price(0.001, 0, SOURCES.local);
const FILE = price(1, 0, SOURCES.file);
const REST = price(1, 10, SOURCES.file);
/** A batchUpdate: 1 s, 10 µs a cell sent, 3.4 µs a cell a range request covers (SOURCES.range). */
const BATCH_UPDATE: Price = { call: 1, perCellMicros: 10, perRangeCellMicros: 3.4, source: SOURCES.range };
const DOC = price(0.015, 0, SOURCES.document);
const STORE = price(0.05, 0, SOURCES.store);

/** The table. */
export const PRICES: Record<string, Price> = {
  '*': price(0.1, 10, SOURCES.unknown),
  // SpreadsheetApp
  'SpreadsheetApp.*': price(0.05, 0, SOURCES.read),
  'SpreadsheetApp.create': FILE,
  'SpreadsheetApp.openById': FILE,
  'SpreadsheetApp.openByUrl': FILE,
  'SpreadsheetApp.newDataValidation': LOCAL,
  'SpreadsheetApp.flush': READ,
  'Spreadsheet.*': price(0.05, 0, SOURCES.read),
  'Spreadsheet.getId': LOCAL,
  'Spreadsheet.getUrl': LOCAL,
  'Spreadsheet.addEditor': FILE,
  'Spreadsheet.addEditors': FILE,
  'Spreadsheet.insertSheet': READ,
  'Spreadsheet.deleteSheet': READ,
  'Spreadsheet.toast': WRITE,
  'Sheet.*': READ,
  'Sheet.getName': LOCAL,
  'Sheet.getSheetId': LOCAL,
  'Sheet.getParent': LOCAL,
  'Sheet.getRange': LOCAL,
  'Sheet.set*': WRITE,
  'Sheet.insert*': WRITE,
  'Sheet.delete*': WRITE,
  'Sheet.hide*': WRITE,
  'Sheet.appendRow': WRITE,
  'Range.*': READ,
  'Range.set*': WRITE,
  'Range.clear*': WRITE,
  'Range.merge': WRITE,
  'Range.getRow': LOCAL,
  'Range.getColumn': LOCAL,
  'Range.getNumRows': LOCAL,
  'Range.getNumColumns': LOCAL,
  'Range.getLastRow': LOCAL,
  'Range.getLastColumn': LOCAL,
  'Range.getA1Notation': LOCAL,
  'Range.getSheet': LOCAL,
  'Range.offset': LOCAL,
  'DataValidationBuilder.*': LOCAL,
  'DataValidation.*': LOCAL,
  'Protection.*': READ,
  'Protection.set*': WRITE,
  'Protection.add*': WRITE,
  'Protection.remove*': WRITE,
  'User.*': LOCAL,
  'Ui.*': READ,
  'Menu.*': LOCAL,
  'Menu.addToUi': READ,
  'PromptResponse.*': LOCAL,
  // Other services
  'PropertiesService.*': LOCAL,
  'Properties.*': STORE,
  'CacheService.*': LOCAL,
  'Cache.*': STORE,
  'LockService.*': LOCAL,
  'Lock.*': STORE,
  'Session.*': LOCAL,
  'Utilities.*': LOCAL,
  'Blob.*': LOCAL,
  'Logger.*': LOCAL,
  'ScriptApp.*': READ,
  'ScriptApp.newTrigger': LOCAL,
  'TriggerBuilder.*': LOCAL,
  'ClockTriggerBuilder.*': LOCAL,
  'SpreadsheetTriggerBuilder.*': LOCAL,
  'ClockTriggerBuilder.create': FILE,
  'SpreadsheetTriggerBuilder.create': FILE,
  'Trigger.*': LOCAL,
  'MailApp.*': FILE,
  'HtmlService.*': LOCAL,
  'HtmlOutput.*': LOCAL,
  'HtmlTemplate.*': LOCAL,
  // Documents and Drive
  'DocumentApp.*': FILE,
  'Document.*': DOC,
  'Document.saveAndClose': FILE,
  'Document.getAs': FILE,
  'Body.*': DOC,
  'HeaderSection.*': DOC,
  'FooterSection.*': DOC,
  'Paragraph.*': DOC,
  'ListItem.*': DOC,
  'Table.*': DOC,
  'TableRow.*': DOC,
  'TableCell.*': DOC,
  'Text.*': DOC,
  'RangeElement.*': DOC,
  'PageBreak.*': DOC,
  'HorizontalRule.*': DOC,
  'Element.*': DOC,
  'InlineImage.*': DOC,
  // Charts service
  'Charts.*': price(0.001, 0, SOURCES.chart),
  'DataTableBuilder.*': price(0.001, 0, SOURCES.chart),
  'DataTable.*': price(0.001, 0, SOURCES.chart),
  'BarChartBuilder.*': price(0.001, 0, SOURCES.chart),
  'Chart.*': price(1, 0, SOURCES.chart),
  'DriveApp.*': FILE,
  'Folder.*': FILE,
  'File.*': FILE,
  'File.getId': LOCAL,
  'File.getName': LOCAL,
  'File.getUrl': LOCAL,
  'FileIterator.*': price(0.1, 0, SOURCES.read),
  'FolderIterator.*': price(0.1, 0, SOURCES.read),
  // Advanced services (REST): one line per method.
  'Drive.Files.*': REST,
  'Drive.Permissions.*': REST,
  'Sheets.Spreadsheets.*': REST,
  'Sheets.Spreadsheets.get': REST,
  'Sheets.Spreadsheets.batchUpdate': BATCH_UPDATE,
  'Sheets.Spreadsheets.Values.*': REST,
  'Docs.Documents.*': REST,
  'Docs.Documents.get': REST,
  'Docs.Documents.batchUpdate': REST,
};

const PATTERNS = Object.keys(PRICES)
  .filter((key) => key.endsWith('*') && key !== '*')
  .sort((a, b) => b.length - a.length);

const cache = new Map<string, Price>();

/** The price of one method, e.g. 'Range.getValues'. */
export function priceOf(name: string): Price {
  let found = cache.get(name);
  if (found) return found;
  found = PRICES[name];
  if (!found) {
    const pattern = PATTERNS.find(
      (p) => name.startsWith(p.slice(0, -1)) && !name.slice(p.length - 1).includes('.'),
    );
    found = pattern ? PRICES[pattern] : PRICES['*'];
  }
  cache.set(name, found);
  return found;
}

/**
 * Estimated Apps Script seconds of one call that moved `cells` cells, `rangeCells` of them covered
 * by range requests (priced per `perRangeCellMicros` where the method has one).
 */
export function costOf(name: string, cells: number, rangeCells = 0): number {
  const p = priceOf(name);
  const ranged = Math.min(Math.max(0, rangeCells), cells);
  const perRange = p.perRangeCellMicros ?? p.perCellMicros;
  return p.call + (p.perCellMicros * (cells - ranged) + perRange * ranged) / 1e6;
}

/**
 * Seconds a call waits beyond its price: `Utilities.sleep(ms)` pauses the execution for `ms`
 * (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)), and
 * that time counts towards the 6-minute limit like any other.
 */
export function waitedSeconds(name: string, args: readonly unknown[]): number {
  return name === 'Utilities.sleep' && typeof args[0] === 'number' ? args[0] / 1000 : 0;
}

/** The table as Markdown rows (docs/runtime.md). */
export function priceTable(): string {
  const lines = ['| Method | Seconds per call | µs per cell | Source |', '|---|---|---|---|'];
  for (const [name, p] of Object.entries(PRICES)) {
    // A range request's own cell price is in the source's text (a column of its own would widen the table).
    lines.push(`| \`${name}\` | ${p.call} | ${p.perCellMicros} | ${p.source} |`);
  }
  return lines.join('\n');
}

/**
 * Conformance of execution time (the cost model), triggers, identity in events, properties and
 * cache limits (src/offline/services/limits.ts and cost.ts cite the pages and measurements).
 */
import { costOf, priceOf } from '../../../src/offline/services/cost';
import { openScript } from '../../support/runtime';

const OWNER = 'owner@example.org';
const STAFF = 'staff@example.org';

const SCRIPT = `
function slow(n) { var s = SpreadsheetApp.getActive().getSheetByName('Sheet1'); for (var i = 0; i < n; i++) s.getRange(1, 1).getValue(); return n; }
function onOpen() { slow(400); }
function bulk() { var r = SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(1, 1, 100, 10); r.setValues(r.getValues()); }
function install() { ScriptApp.newTrigger('logEdit').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
function later(ms) { ScriptApp.newTrigger('tick').timeBased().after(ms).create(); }
function mine() { return ScriptApp.getProjectTriggers().length; }
function many() { for (var i = 0; i < 21; i++) ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function tick() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('C1').setValue(Session.getEffectiveUser().getEmail()); }
function logEdit(e) { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('B1').setValue(Session.getEffectiveUser().getEmail() + '|' + e.user.getEmail()); }
function bigProperty(n) { PropertiesService.getDocumentProperties().setProperty('k', new Array(n + 1).join('x')); }
function fillStore() { var p = PropertiesService.getScriptProperties(); for (var i = 0; i < 60; i++) p.setProperty('k' + i, new Array(9000).join('x')); }
function bigCache(n) { CacheService.getScriptCache().put('k', new Array(n + 1).join('x')); }
function sleepy(ms, times) { for (var i = 0; i < times; i++) Utilities.sleep(ms); return times; }
function zones() { return [Session.getScriptTimeZone(), SpreadsheetApp.getActive().getSpreadsheetTimeZone()]; }
`;

test('every run knows its estimated Apps Script seconds, the same each time', async () => {
  const a = await openScript(SCRIPT);
  a.run('slow', 10);
  const b = await openScript(SCRIPT);
  b.run('slow', 10);
  expect(a.lastRun!.appsScriptSeconds).toBeGreaterThan(1);
  expect(a.lastRun!.appsScriptSeconds).toBe(b.lastRun!.appsScriptSeconds);
});

test('bulk reads and writes are priced per cell as well as per call', async () => {
  const runtime = await openScript(SCRIPT);
  runtime.run('bulk');
  expect(runtime.lastRun).toMatchObject({ cellsRead: 1000, cellsWritten: 1000 });
  expect(costOf('Range.getValues', 1000)).toBeGreaterThan(costOf('Range.getValues', 0));
  expect(priceOf('Sheets.Spreadsheets.batchUpdate').call).toBeGreaterThan(0);
});

test("a range request's cells are priced apart only where a method has a range price (cost.ts cites it)", () => {
  // batchUpdate: 10 µs a cell sent, 3.4 µs a cell a range request covers.
  expect(costOf('Sheets.Spreadsheets.batchUpdate', 1000, 0)).toBeCloseTo(1.01, 9);
  expect(costOf('Sheets.Spreadsheets.batchUpdate', 1000, 1000)).toBeCloseTo(1.0034, 9);
  expect(costOf('Sheets.Spreadsheets.batchUpdate', 1000, 400)).toBeCloseTo(
    1 + (600 * 10 + 400 * 3.4) / 1e6,
    9,
  );
  // Never more range cells than cells, never fewer than none.
  expect(costOf('Sheets.Spreadsheets.batchUpdate', 10, 50)).toBeCloseTo(
    costOf('Sheets.Spreadsheets.batchUpdate', 10, 10),
    9,
  );
  expect(costOf('Sheets.Spreadsheets.batchUpdate', 10, -5)).toBeCloseTo(
    costOf('Sheets.Spreadsheets.batchUpdate', 10),
    9,
  );
  // Methods without a range price (SpreadsheetApp, a get, create) keep their cell price.
  expect(costOf('Range.setDataValidation', 1000, 1000)).toBe(costOf('Range.setDataValidation', 1000));
  expect(costOf('Sheets.Spreadsheets.create', 1000, 1000)).toBe(costOf('Sheets.Spreadsheets.create', 1000));
});

test('Utilities.sleep is Apps Script time (at most 300,000 ms a call): sleeping past 6 minutes stops the run', async () => {
  const runtime = await openScript(SCRIPT);
  expect(runtime.run('sleepy', 300_000, 1)).toBe(1);
  expect(runtime.lastRun?.appsScriptSeconds).toBeGreaterThanOrEqual(300);
  expect(() => runtime.run('sleepy', 300_001, 1)).toThrow('Invalid argument: milliseconds');
  expect(() => runtime.run('sleepy', 200_000, 3)).toThrow('Exceeded maximum execution time');
});

test('a run past 6 minutes stops with "Exceeded maximum execution time"; onOpen gets 30 s', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('slow', 3000)).not.toThrow();
  expect(() => runtime.run('slow', 4000)).toThrow('Exceeded maximum execution time');
  expect(() => runtime.run('onOpen')).toThrow('Exceeded maximum execution time');
});

test('installable triggers run as, and are seen only by, their installer; e.user is withheld for others', async () => {
  const runtime = await openScript(SCRIPT, { ownerEmail: OWNER });
  runtime.actAs(STAFF);
  runtime.run('install');
  expect(runtime.run('mine')).toBe(1);
  runtime.actAs(OWNER);
  expect(runtime.run('mine')).toBe(0);
  runtime.edit('Sheet1', 'A5', 'typed', { as: OWNER });
  expect(runtime.spreadsheet.getSheetByName('Sheet1')!.getRange('B1').getValue()).toBe(`${STAFF}|${OWNER}`);
  runtime.edit('Sheet1', 'A5', 'typed again', { as: STAFF });
  expect(runtime.spreadsheet.getSheetByName('Sheet1')!.getRange('B1').getValue()).toBe(`${STAFF}|`);
});

test('20 triggers per user per script', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('many')).toThrow(
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  );
  expect(runtime.run('mine')).toBe(20);
});

test('add-on: a time-driven trigger runs no sooner than an hour; one trigger of a type per user per document', async () => {
  let now = Date.UTC(2026, 0, 1);
  const runtime = await openScript(SCRIPT, { addon: true });
  (runtime.triggers as unknown as { now: () => number }).now = () => now;
  runtime.run('later', 60_000);
  expect(runtime.triggers.triggers[0].schedule!.atMs).toBe(now + 3_600_000);
  expect(() => runtime.run('later', 60_000)).toThrow(/too many time-based triggers in this document/);
  now += 60_000;
  expect(runtime.fireClockTriggers(now)).toHaveLength(0);
  expect(runtime.fireClockTriggers(now + 3_600_000)).toHaveLength(1);
});

test('properties: 9 KB a value, 500 KB a store; cache: 100 KB a value', async () => {
  const runtime = await openScript(SCRIPT);
  expect(() => runtime.run('bigProperty', 9000)).not.toThrow();
  expect(() => runtime.run('bigProperty', 9300)).toThrow('Argument too large: value');
  expect(() => runtime.run('fillStore')).toThrow(/exceeded the property storage quota/);
  expect(() => runtime.run('bigCache', 100 * 1024)).not.toThrow();
  expect(() => runtime.run('bigCache', 100 * 1024 + 1)).toThrow('Argument too large: value');
});

test('the script’s time zone (appsscript.json) and the spreadsheet’s are kept apart', async () => {
  const runtime = await openScript(SCRIPT, { timeZone: 'Europe/Paris' });
  expect(runtime.run('zones')).toEqual(['Asia/Phnom_Penh', 'Europe/Paris']);
});

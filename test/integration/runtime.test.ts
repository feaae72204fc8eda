import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { openWorkbook, roundTrip, sheetValues } from '../support/runtime';

describe('offline runtime: loading the bundle', () => {
  it('loads build/Code.js in a context with Apps Script globals only', async () => {
    const runtime = await openWorkbook({ CBOs: [['CBO ID']] });
    expect(runtime.evaluate('typeof require')).toBe('undefined');
    expect(runtime.evaluate('typeof process')).toBe('undefined');
    expect(runtime.evaluate('typeof setTimeout')).toBe('undefined');
    expect(runtime.evaluate('typeof Buffer')).toBe('undefined');
    expect(runtime.evaluate('typeof SpreadsheetApp')).toBe('object');
    expect(runtime.evaluate('typeof Utilities.formatDate')).toBe('function');
  });

  it('gives each runtime a fresh context (no state leaks between loads)', async () => {
    const first = await openWorkbook({ CBOs: [['CBO ID']] });
    first.evaluate('globalThis.leak = 1');
    const second = await openWorkbook({ CBOs: [['CBO ID']] });
    expect(first.evaluate('typeof leak')).toBe('number');
    expect(second.evaluate('typeof leak')).toBe('undefined');
  });

  it('onOpen builds the "CBO Tracker" menu with Help / About: top-level when bound, under Extensions as an add-on', async () => {
    for (const addon of [false, true]) {
      const runtime = await openWorkbook({ CBOs: [['CBO ID']] }, { addon });
      runtime.run('onOpen');
      expect(runtime.ui.menus).toHaveLength(1);
      const menu = runtime.ui.menus[0];
      expect(menu.caption).toBe('CBO Tracker');
      expect(menu.addon).toBe(addon);
      expect(menu.items.map((item) => item.caption)).toContain('Help / About');
      expect(runtime.calls.byMethod()).toMatchObject({ 'Menu.addToUi': 1, 'SpreadsheetApp.getUi': 1 });
    }
  });

  it('every menu item calls a top-level function of build/Code.js', async () => {
    const runtime = await openWorkbook({ CBOs: [['CBO ID']] });
    runtime.run('onOpen');
    const names = runtime.functionNames();
    const code = fs.readFileSync(path.join(REPO_ROOT, 'build', 'Code.js'), 'utf8');
    const walk = (items: { functionName?: string; items?: unknown[] }[]): string[] =>
      items.flatMap((item) => [
        ...(item.functionName ? [item.functionName] : []),
        ...(item.items ? walk(item.items as { functionName?: string }[]) : []),
      ]);
    const wanted = walk(runtime.ui.menus[0].items);
    expect(wanted.length).toBeGreaterThan(0);
    for (const name of wanted) {
      expect(names).toContain(name);
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('showAbout alerts and returns its text', async () => {
    const runtime = await openWorkbook({ CBOs: [['CBO ID']] });
    const text = runtime.run('showAbout');
    expect(typeof text).toBe('string');
    expect(runtime.ui.alerts).toHaveLength(1);
    expect(runtime.ui.alerts[0].title).toBe('About CBO Tracker');
    expect(runtime.ui.alerts[0].text).toBe(text);
  });
});

describe('offline runtime: values', () => {
  it('reads numbers, text, booleans, blanks and dates as Sheets gives them', async () => {
    const runtime = await openWorkbook({
      CBOs: [
        ['CBO ID', 'Members', 'Target', 'Mapped on', 'Notes'],
        ['CBO-001', 12, true, new Date('2020-07-14T17:00:00Z'), ''],
      ],
    });
    const check = runtime.evaluate(`(() => {
      const v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('CBOs').getDataRange().getValues();
      const d = v[1][3];
      return { isDate: d instanceof Date, iso: d.toISOString(), members: typeof v[1][1], target: v[1][2], blank: v[1][4] };
    })()`);
    expect(check).toEqual({
      isDate: true,
      iso: '2020-07-14T17:00:00.000Z',
      members: 'number',
      target: true,
      blank: '',
    });
  });

  it('round-trips values and dates through .xlsx at midnight in the spreadsheet time zone', async () => {
    const runtime = await openWorkbook({ Sheet1: [['A']] });
    runtime.evaluate(`SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange(2, 1, 1, 4)
      .setValues([[new Date('2021-03-04T17:00:00Z'), 'ក្រុម', 3.5, false]])`);
    const again = await roundTrip(runtime);
    const values = sheetValues(again, 'Sheet1');
    expect(values[1][0]).toEqual(new Date('2021-03-04T17:00:00Z'));
    expect(values[1].slice(1)).toEqual(['ក្រុម', 3.5, false]);
  });
});

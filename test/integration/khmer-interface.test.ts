/**
 * The interface in Khmer: Settings › Language = km, or a Khmer locale when Settings says nothing;
 * the menu built in AuthMode.NONE reads nothing but the locale.
 */
import { MESSAGES } from '../../src/i18n/messages';
import { openWorkbook, type SheetRows } from '../support/runtime';

const KHMER = /[\u1780-\u17FF]/;
const LATIN_DIGIT = /[0-9]/;

const settings = (language: string): SheetRows => ({
  Settings: [['Setting', 'Value'], ...(language ? [['Language', language]] : [])],
  CBOs: [['CBO ID', 'CBO name']],
});

const withLocale = (locale: string) => ({ locale });

function captions(runtime: { ui: { menus: { items: { caption: string }[] }[] } }): string[] {
  return runtime.ui.menus[0].items.map((item) => item.caption).filter(Boolean);
}

describe('the interface follows Settings › Language, else the locale', () => {
  it('Settings › Language = km: the menu is in Khmer', async () => {
    const runtime = await openWorkbook(settings('km'));
    runtime.run('onOpen');
    expect(captions(runtime)).toContain(MESSAGES['menu.validate'].km);
    expect(captions(runtime).every((caption) => KHMER.test(caption))).toBe(true);
  });

  it('Settings › Language = en wins over a Khmer locale', async () => {
    const runtime = await openWorkbook(settings('en'), withLocale('km'));
    runtime.run('onOpen');
    expect(captions(runtime)).toContain('Validate data');
  });

  it('no Language in Settings: a Khmer locale gives a Khmer menu, an English one the English menu', async () => {
    const khmer = await openWorkbook(settings(''), withLocale('km'));
    khmer.run('onOpen');
    expect(captions(khmer)).toContain(MESSAGES['menu.report'].km);
    const english = await openWorkbook(settings(''), withLocale('en_GB'));
    english.run('onOpen');
    expect(captions(english)).toEqual([
      'Open CBO Tracker',
      'Validate data',
      'Compute indicators',
      'Generate minutes',
      'Generate progress report',
      'Share report with partners',
      'Set up sheets',
      'Start change log',
      'Create partner sheets',
      'Collect partner updates',
      'Help / About',
    ]);
  });

  it('AuthMode.NONE: the menu follows the locale and touches no spreadsheet or properties', async () => {
    const runtime = await openWorkbook(settings('en'), withLocale('km'));
    const none = runtime.evaluate('ScriptApp.AuthMode.NONE');
    runtime.calls.reset();
    runtime.run('onOpen', { authMode: none });
    expect(captions(runtime)).toContain(MESSAGES['menu.validate'].km);
    const called = Object.keys(runtime.calls.byMethod());
    expect(
      called.filter((name) => !/^(SpreadsheetApp\.getUi|Menu\.|Ui\.|Session\.|ScriptApp\.)/.test(name)),
    ).toEqual([]);
  });

  it('alerts of Validate data and About are in Khmer, with Khmer digits', async () => {
    const runtime = await openWorkbook({
      ...settings('km'),
      CBOs: [
        ['CBO ID', 'CBO name', 'Members'],
        ['C-1', 'Women of Kandal', 'many'],
      ],
    });
    runtime.run('validateData');
    const [alert] = runtime.ui.alerts;
    expect(alert.title).toBe('ពិនិត្យទិន្នន័យ');
    expect(alert.text).toMatch(KHMER);
    expect(alert.text).not.toMatch(LATIN_DIGIT);
    // The Validation sheet says each problem in Khmer, still naming the sheet, row and column.
    const validation = runtime.sheetValues('Validation')!;
    const members = validation.find((row) => row[3] === 'Members')!;
    expect(members.slice(0, 5)).toEqual(['កំហុស', 'CBOs', 2, 'Members', 'many']);
    expect(members[5]).toBe('Members "many" មិនមែនជាលេខទេ។');
    expect(String(members[6])).toMatch(/^សូមវាយលេខ.*១២/);
    runtime.run('showAbout');
    const about = runtime.ui.alerts[1];
    expect(about.title).toBe('អំពី CBO Tracker');
    expect(about.text).not.toMatch(LATIN_DIGIT);
  });

  it('the same alerts in English are unchanged', async () => {
    const runtime = await openWorkbook({
      ...settings('en'),
      CBOs: [
        ['CBO ID', 'CBO name', 'Members'],
        ['C-1', 'Women of Kandal', 'many'],
      ],
    });
    runtime.run('validateData');
    expect(runtime.ui.alerts[0].title).toBe('Validate data');
    expect(runtime.ui.alerts[0].text).toMatch(
      /^1 row checked in CBOs: \d+ errors? in \d+ rows?, \d+ warnings?\./,
    );
  });
});

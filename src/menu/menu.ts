/**
 * The "CBO Tracker" menu, in both forms the script runs in:
 * - as an editor add-on, under Extensions with createAddonMenu (Sheets names it after the add-on);
 * - as a script bound to the spreadsheet, a top-level menu createMenu('CBO Tracker'): there,
 *   createAddonMenu would name the menu after the script project ("Untitled project").
 * https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
 * https://developers.google.com/workspace/add-ons/concepts/menus
 * ScriptApp.getInstallationSource() is NONE when the script is not running as an add-on; in
 * AuthMode.NONE (an add-on not yet used in this document) nothing else is touched.
 * https://developers.google.com/apps-script/reference/script/installation-source
 * onOpen touches nothing but the UI (and, when allowed, Settings › Language), so it works in
 * AuthMode.NONE. Captions come from the message catalogue.
 */
import { MESSAGES, t, type MessageKey } from '../i18n/messages';
import type { Language } from '../i18n/language';
import { menuLanguage } from './language';

export interface MenuItem {
  /** The caption's message in the catalogue. */
  key: MessageKey;
  /** The English caption (what the README and tests name). */
  caption: string;
  /** Name of the top-level function the item calls (an export of src/index.ts). */
  functionName: string;
}

const item = (key: MessageKey, functionName: string): MenuItem => ({
  key,
  caption: MESSAGES[key].en,
  functionName,
});

/** Menu sections, separated in the menu. Each feature adds its items here. */
export const MENU: readonly (readonly MenuItem[])[] = [
  // The sidebar runs every job step by step with a progress bar; long jobs run there.
  [item('menu.sidebar', 'openSidebar')],
  [item('menu.validate', 'validateData')],
  [item('menu.indicators', 'computeIndicators')],
  [
    item('menu.minutes', 'generateMinutes'),
    item('menu.report', 'generateProgressReport'),
    item('menu.share', 'shareReportWithPartners'),
  ],
  [
    item('menu.setup', 'setUpSheets'),
    item('menu.changeLog', 'startChangeLog'),
    item('menu.partnerSheets', 'createPartnerSheets'),
    item('menu.collect', 'collectPartnerUpdates'),
  ],
  [item('menu.about', 'showAbout')],
];

export const MENU_NAME = 'CBO Tracker';

/** Whether the script runs as an editor add-on (rather than bound to the spreadsheet). */
export function runsAsAddon(event?: { authMode?: GoogleAppsScript.Script.AuthMode }): boolean {
  // A bound script's onOpen runs in AuthMode.LIMITED at least: NONE is an add-on's.
  if (event && event.authMode === ScriptApp.AuthMode.NONE) return true;
  try {
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    // Not known: the add-on menu is the one form that works in both (under Extensions).
    return true;
  }
}

/** A menu item's caption in a language. */
export function captionOf(menuItem: MenuItem, language: Language): string {
  return t(language, menuItem.key);
}

export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const language = menuLanguage(event);
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddon(event) ? ui.createAddonMenu() : ui.createMenu(MENU_NAME);
  MENU.forEach((section, i) => {
    if (i > 0) menu.addSeparator();
    for (const entry of section) menu.addItem(captionOf(entry, language), entry.functionName);
  });
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

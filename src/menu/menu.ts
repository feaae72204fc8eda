/**
 * The "CBO Tracker" menu. Built with createAddonMenu so that it works both in a bound script
 * and as an editor add-on; onOpen touches nothing but the UI (and, when allowed, Settings ›
 * Language), so it works in AuthMode.NONE. Captions come from the message catalogue.
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

/** A menu item's caption in a language. */
export function captionOf(menuItem: MenuItem, language: Language): string {
  return t(language, menuItem.key);
}

export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const language = menuLanguage(event);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU.forEach((section, i) => {
    if (i > 0) menu.addSeparator();
    for (const entry of section) menu.addItem(captionOf(entry, language), entry.functionName);
  });
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Which language the interface speaks: Settings › Language, else the user's locale
 * (Session.getActiveUserLocale()). Apps Script glue.
 *
 * In AuthMode.NONE (an add-on's onOpen in a file where it was not used yet) the script may not
 * read the spreadsheet or its properties, so the menu then follows the locale alone: the Session
 * reference lists no authorization scope for getActiveUserLocale() (getActiveUser() needs
 * userinfo.email), and the auth-mode reference gives onOpen in NONE exactly that: "no access to
 * any services that require authorization"
 * (https://developers.google.com/apps-script/reference/base/session#getactiveuserlocale,
 * https://developers.google.com/apps-script/reference/script/auth-mode).
 */
import { languageOfLocale, type Language } from '../i18n/language';
import { readValues } from '../sheets/io';
import { SETTINGS } from '../workbook/contract';
import { settingsFromValues, type Settings } from '../workbook/settings';

/** The user's language from their locale; English when even that cannot be read. */
export function localeLanguage(): Language {
  try {
    return languageOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The interface language for settings already read. */
export function languageFor(settings: Pick<Settings, 'language' | 'languageSet'>): Language {
  return settings.languageSet ? settings.language : localeLanguage();
}

/** The interface language of a spreadsheet (one read of Settings). */
export function interfaceLanguage(spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet | null): Language {
  try {
    const active = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
    if (active) return languageFor(settingsFromValues(readValues(active, SETTINGS.name)));
  } catch {
    // No spreadsheet to read (a trigger without one, or no access): the locale decides.
  }
  return localeLanguage();
}

/** The menu's language: in AuthMode.NONE the locale only (no spreadsheet access there). */
export function menuLanguage(event?: { authMode?: unknown }): Language {
  let none = false;
  try {
    none = event?.authMode !== undefined && event.authMode === ScriptApp.AuthMode.NONE;
  } catch {
    none = true;
  }
  return none ? localeLanguage() : interfaceLanguage();
}

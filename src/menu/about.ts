import { digitsOf } from '../i18n/digits';
import { t } from '../i18n/messages';
import type { Language } from '../i18n/language';
import { interfaceLanguage } from './language';
import { captionOf, MENU } from './menu';

declare const __CBO_TRACKER_VERSION__: string;

export function aboutText(language: Language = 'en'): string {
  const items = MENU.flat()
    .map((item) => `• ${captionOf(item, language)}`)
    .join('\n');
  return [
    `CBO Tracker ${digitsOf(__CBO_TRACKER_VERSION__, language)}`,
    t(language, 'about.text'),
    '',
    items,
    '',
    t(language, 'about.more'),
  ].join('\n');
}

/** Menu: Help / About. */
export function showAbout(): string {
  const language = interfaceLanguage();
  const text = aboutText(language);
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(language, 'about.title'), text, ui.ButtonSet.OK);
  return text;
}

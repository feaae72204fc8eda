import { MENU } from './menu';

declare const __CBO_TRACKER_VERSION__: string;

export function aboutText(): string {
  const items = MENU.flat()
    .map((item) => `• ${item.caption}`)
    .join('\n');
  return [
    `CBO Tracker ${__CBO_TRACKER_VERSION__}`,
    'Maps community-based organisations (CBOs), checks the data, computes indicators and writes',
    'minutes and progress reports from the sheets of this workbook.',
    '',
    items,
    '',
    'Sheets, headers and rules: see the README of the project.',
  ].join('\n');
}

/** Menu: Help / About. */
export function showAbout(): string {
  const text = aboutText();
  const ui = SpreadsheetApp.getUi();
  ui.alert('About CBO Tracker', text, ui.ButtonSet.OK);
  return text;
}

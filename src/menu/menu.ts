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
 */

export interface MenuItem {
  caption: string;
  /** Name of the top-level function the item calls (an export of src/index.ts). */
  functionName: string;
}

/** Menu sections, separated in the menu. Each feature adds its items here. */
export const MENU: readonly (readonly MenuItem[])[] = [
  [{ caption: 'Validate data', functionName: 'validateData' }],
  [{ caption: 'Compute indicators', functionName: 'computeIndicators' }],
  [
    { caption: 'Generate minutes', functionName: 'generateMinutes' },
    { caption: 'Generate progress report', functionName: 'generateProgressReport' },
    { caption: 'Share report with partners', functionName: 'shareReportWithPartners' },
  ],
  [
    { caption: 'Set up sheets', functionName: 'setUpSheets' },
    { caption: 'Start change log', functionName: 'startChangeLog' },
    { caption: 'Create partner sheets', functionName: 'createPartnerSheets' },
    { caption: 'Collect partner updates', functionName: 'collectPartnerUpdates' },
  ],
  [{ caption: 'Help / About', functionName: 'showAbout' }],
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

export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddon(event) ? ui.createAddonMenu() : ui.createMenu(MENU_NAME);
  MENU.forEach((section, i) => {
    if (i > 0) menu.addSeparator();
    for (const item of section) menu.addItem(item.caption, item.functionName);
  });
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * The "CBO Tracker" menu. Built with createAddonMenu so that it works both in a bound script
 * and as an editor add-on; onOpen touches nothing but the UI, so it works in AuthMode.NONE.
 */

export interface MenuItem {
  caption: string;
  /** Name of the top-level function the item calls (an export of src/index.ts). */
  functionName: string;
}

/** Menu sections, separated in the menu. Each feature adds its items here. */
export const MENU: readonly (readonly MenuItem[])[] = [
  // The sidebar runs every job step by step with a progress bar, and long jobs only there.
  [{ caption: 'Open CBO Tracker', functionName: 'openSidebar' }],
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

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU.forEach((section, i) => {
    if (i > 0) menu.addSeparator();
    for (const item of section) menu.addItem(item.caption, item.functionName);
  });
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

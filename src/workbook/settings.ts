/** The `Settings` sheet: one row per setting, columns Setting and Value. */
import { SETTINGS, type SettingName, SETTING } from './contract';
import { parseLanguage, type Language } from '../i18n/language';
import { DEFAULT_TIME_ZONE } from './dates';
import { foldKey } from './matching';
import { Table } from './table';
import { cleanText, parseYesNo, type Cell } from './values';

export interface Settings {
  organisation: string;
  minutesTemplate: string;
  reportTemplate: string;
  outputFolder: string;
  shareReportsWithPartners: boolean;
  /** Settings › Language (en when blank or not a language). */
  language: Language;
  /** Whether Settings › Language names a language (else the interface follows the user's locale). */
  languageSet: boolean;
  timeZone: string;
  /** Sheet row of each setting present, by setting name (for writing values back). */
  rows: Map<string, number>;
  /** Raw values by folded setting name, including settings the contract does not name. */
  raw: Map<string, Cell>;
}

export function readSettings(table: Table | undefined): Settings {
  const raw = new Map<string, Cell>();
  const rows = new Map<string, number>();
  if (table) {
    for (const row of table.rows) {
      const name = cleanText(table.get(row, 'Setting'));
      if (!name) continue;
      raw.set(foldKey(name), table.get(row, 'Value'));
      rows.set(foldKey(name), row.rowNumber);
    }
  }
  // Names from the contract's SETTING table: a setting the contract does not list is a compile error.
  const text = (name: SettingName) => cleanText(raw.get(foldKey(name)));
  const share = parseYesNo(raw.get(foldKey(SETTING.shareReportsWithPartners)));
  const language = parseLanguage(text(SETTING.language));
  return {
    organisation: text(SETTING.organisation),
    minutesTemplate: text(SETTING.minutesTemplate),
    reportTemplate: text(SETTING.reportTemplate),
    outputFolder: text(SETTING.outputFolder),
    shareReportsWithPartners: share.status === 'ok' ? share.value : false,
    language: language ?? 'en',
    languageSet: language !== undefined,
    timeZone: text(SETTING.timeZone) || DEFAULT_TIME_ZONE,
    rows,
    raw,
  };
}

export function settingsFromValues(values: Cell[][] | undefined): Settings {
  return readSettings(values ? Table.fromValues(SETTINGS.name, SETTINGS, values) : undefined);
}

/** Rules of a Settings row: Language, Time zone and Yes/No settings hold values the tool can use. Pure. */
import { localized as m, type Localized } from '../../i18n/messages';
import { parseLanguage } from '../../i18n/language';
import { SETTINGS, SETTING } from '../../workbook/contract';
import { isTimeZone } from '../../workbook/dates';
import { foldKey } from '../../workbook/matching';
import type { Table, TableRow } from '../../workbook/table';
import { parseYesNo } from '../../workbook/values';
import type { Checker } from '../checker';
import type { ProblemCode } from '../problems';

export function checkSettingRow(checker: Checker, table: Table, row: TableRow): void {
  const name = foldKey(table.get(row, 'Setting'));
  const cell = table.get(row, 'Value');
  const text = checker.shown(cell);
  if (!text) return;
  const add = (code: ProblemCode, message: Localized, fix: Localized) =>
    checker.add('error', SETTINGS.name, row.rowNumber, 'Value', text, code, message, fix);
  if (name === foldKey(SETTING.language) && !parseLanguage(text)) {
    add('invalid-setting', m('v.language', { value: text }), m('v.language.fix'));
  } else if (name === foldKey(SETTING.timeZone) && !isTimeZone(text)) {
    add('invalid-setting', m('v.timeZone', { value: text }), m('v.timeZone.fix'));
  } else if (name === foldKey(SETTING.shareReportsWithPartners) && parseYesNo(cell).status !== 'ok') {
    add('not-yes-no', m('v.shareYesNo', { value: text }), m('v.shareYesNo.fix'));
  }
}

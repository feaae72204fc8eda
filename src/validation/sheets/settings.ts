/** Rules of a Settings row: Language, Time zone and Yes/No settings hold values the tool can use. Pure. */
import { parseLanguage } from '../../i18n/language';
import { SETTINGS } from '../../workbook/contract';
import { isTimeZone } from '../../workbook/dates';
import { foldKey } from '../../workbook/matching';
import type { Table, TableRow } from '../../workbook/table';
import { parseYesNo } from '../../workbook/values';
import { quote, type Checker } from '../checker';
import type { ProblemCode } from '../problems';

export function checkSettingRow(checker: Checker, table: Table, row: TableRow): void {
  const name = foldKey(table.get(row, 'Setting'));
  const cell = table.get(row, 'Value');
  const text = checker.shown(cell);
  if (!text) return;
  const add = (code: ProblemCode, message: string, fix: string) =>
    checker.add('error', SETTINGS.name, row.rowNumber, 'Value', text, code, message, fix);
  if (name === foldKey('Language') && !parseLanguage(text)) {
    add(
      'invalid-setting',
      `Language ${quote(text)} is not a language CBO Tracker knows.`,
      'Type en (English) or km (Khmer).',
    );
  } else if (name === foldKey('Time zone') && !isTimeZone(text)) {
    add(
      'invalid-setting',
      `Time zone ${quote(text)} is not a time zone name.`,
      'Type a time zone such as Asia/Phnom_Penh.',
    );
  } else if (name === foldKey('Share reports with partners') && parseYesNo(cell).status !== 'ok') {
    add('not-yes-no', `Share reports with partners ${quote(text)} is not Yes or No.`, 'Type Yes or No.');
  }
}

/** The report's heading lines (outcome, strategic plan, period, project and funding lines), read from Projects. Pure. */
import { digitsOf, latinDigits, longDateOf } from '../../i18n/digits';
import type { Language } from '../../i18n/language';
import { localized, t } from '../../i18n/messages';
import { reasonMessage, said } from '../../i18n/problems';
import { dayParts, isoDay, type Day } from '../../workbook/dates';
import type { Table, TableRow } from '../../workbook/table';
import { parseNumber, type Cell } from '../../workbook/values';
import type { Problem } from '../../workbook/problem';
import { reportPeriodRule } from '../../validation/fields';
import { cell, findingProblem, text } from '../sources';
import { formatAmount, joinNames, splitNames } from '../text';
import { percentText } from './iptt';

/** "649,300 EUR donated by BfdW and DCA" */
export function fundingLine(
  amount: number | undefined,
  currency: string,
  donors: readonly string[],
  language: Language = 'en',
): string {
  const figure = amount === undefined ? '' : digitsOf(formatAmount(amount), language);
  const money = [figure, currency].filter(Boolean).join(' ');
  if (donors.length === 0) return money;
  const names = joinNames(donors, language);
  return money
    ? t(language, 'report.donatedBy', { money, donors: names })
    : t(language, 'report.donatedByOnly', { donors: names });
}

/**
 * The report period the report covers, by the rule Validate data applies (src/validation/fields.ts):
 * inside the project's Start and End, so that the text and the table cite the same days' figures;
 * the same warnings as validation when it is not.
 */
export function readReportPeriod(
  projects: Table,
  row: TableRow,
  day: (header: string) => Day | undefined,
  problems: Problem[],
  project: { start?: Day; end?: Day } = {},
): { start?: Day; end?: Day } {
  const { period, findings } = reportPeriodRule({
    start: day('Report period start'),
    end: day('Report period end'),
    projectStart: project.start,
    projectEnd: project.end,
  });
  for (const finding of findings) {
    // The date as validation shows it (2025-01-01), not the cell's instant.
    const read = day(finding.column);
    const value = read === undefined ? text(projects, row, finding.column) : isoDay(read);
    problems.push(findingProblem(projects, row.rowNumber, finding.column, value, finding));
  }
  return period;
}

/** 1 → 1, "2" → 2; undefined for blanks, fractions and text. */
export function wholeNumber(value: Cell): number | undefined {
  const parsed = parseNumber(value);
  return parsed.status === 'ok' && Number.isInteger(parsed.value) && parsed.value >= 1
    ? parsed.value
    : undefined;
}

/** English number words for outcome headings ("Outcome One"); higher numbers are written in digits. */
const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** "Outcome One:" as the reference report heads it ("លទ្ធផលរំពឹងទុកទី១៖" in Khmer); "Outcome:" without a number. */
export function outcomeLabel(number: number | undefined, language: Language = 'en'): string {
  if (number === undefined) return t(language, 'report.outcome');
  const words =
    language === 'en' ? (NUMBER_WORDS[number - 1] ?? String(number)) : digitsOf(String(number), language);
  return t(language, 'report.outcomeNumbered', { number: words });
}

/** "Objective of the API Strategic Plan 2019-23:"; "Objective of the Strategic Plan:" without a name. */
export function strategicObjectiveLabel(plan: string, language: Language = 'en'): string {
  return plan
    ? t(language, 'report.strategicObjectiveOf', { plan: digitsOf(plan, language) })
    : t(language, 'report.strategicObjective');
}

/** "1 January 2020 – 31 December 2020", "From 1 January 2020", "Until 31 December 2020", or ''. */
export function periodLine(period: { start?: Day; end?: Day }, language: Language = 'en'): string {
  const long = (d: Day) => longDateOf(dayParts(d), language);
  const { start, end } = period;
  if (start !== undefined && end !== undefined)
    return t(language, 'report.periodRange', { start: long(start), end: long(end) });
  if (start !== undefined) return t(language, 'report.periodFrom', { start: long(start) });
  if (end !== undefined) return t(language, 'report.periodUntil', { end: long(end) });
  return '';
}

/** "Project#1: Citizens' Voices …, 2019-2022"; a title that already ends with its years keeps them once. */
export function projectLine(
  projectNumber: number,
  title: string,
  period: string,
  language: Language = 'en',
): string {
  // "២០២៣-២០២៥" is the same years as "2023-2025", and a dash may be an en dash.
  const same = (text: string) => latinDigits(text).replace(/\s*[-–—]\s*/g, '-');
  const hasPeriod = period !== '' && same(title.replace(/[\s.]+$/, '')).endsWith(same(period));
  const shown = [title, hasPeriod ? '' : digitsOf(period, language)].filter(Boolean).join(', ');
  return t(language, 'report.project', { number: projectNumber, title: shown });
}

export function readFunding(projects: Table, row: TableRow, problems: Problem[], language: Language): string {
  const parsed = parseNumber(cell(projects, row, 'Funding'));
  if (parsed.status === 'invalid') {
    problems.push({
      severity: 'warning',
      sheet: projects.sheetName,
      row: row.rowNumber,
      column: projects.headerText('Funding'),
      value: text(projects, row, 'Funding'),
      code: 'not-a-number',
      ...said(localized('doc.fundingAsTyped', { reason: reasonMessage(parsed.reason) })),
    });
  }
  const currency = text(projects, row, 'Currency');
  const donors = splitNames(cell(projects, row, 'Donors'));
  if (parsed.status === 'invalid') {
    const money = [text(projects, row, 'Funding'), currency].filter(Boolean).join(' ');
    if (donors.length === 0) return money;
    const names = joinNames(donors, language);
    return money
      ? t(language, 'report.donatedBy', { money, donors: names })
      : t(language, 'report.donatedByOnly', { donors: names });
  }
  return fundingLine(parsed.status === 'ok' ? parsed.value : undefined, currency, donors, language);
}

/**
 * Progress to target as "Compute indicators" writes it: a number of percent (65 → "65%",
 * 81.25 → "81.25%", shown with the format 0.##"%"); text is kept as written.
 */
export const progressText = (value: Cell): string => percentText(value);

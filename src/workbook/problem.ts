/**
 * The one shape of a problem, whoever finds it: validation, indicators, documents, partner sync and
 * long jobs all report this (after Frictionless Data's error reports: row, field, code, message),
 * with a plain-language fix. Codes are stable (tests and the sidebar filter on them); no code reads
 * message text.
 */
import type { Localized } from '../i18n/messages';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** The sheet the problem is on, as the workbook spells it. */
  sheet: string;
  /** Sheet row number (header = 1); null when the problem is not about one row. */
  row: number | null;
  /** The column's header; null when the problem is not about one column. */
  column: string | null;
  /** A stable, kebab-case code, e.g. 'unknown-province', 'filter-syntax', 'template-unknown-field'. */
  code: string;
  /** What is wrong, naming the value. */
  message: string;
  /** How to fix it ('' when there is nothing more to say than the message). */
  fix: string;
  /** The value as typed, as text, when there is one. */
  value?: string;
  /**
   * message and fix as catalogue messages, when the finder gave them: the Validation sheet, cell
   * notes and alerts say them in the reader's language (message and fix above are the English);
   * value when the tool wrote it (a date or number cell shown as text: digits of the reader).
   */
  i18n?: { message: Localized; fix?: Localized; value?: Localized };
}

/** "Error" or "Warning", as the sheets and messages show a severity. */
export function severityLabel(severity: Severity): 'Error' | 'Warning' {
  return severity === 'error' ? 'Error' : 'Warning';
}

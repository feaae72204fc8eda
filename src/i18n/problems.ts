/**
 * A problem said in the reader's language: its catalogue message and fix when the finder gave them
 * (Problem.i18n), else its English message and fix. Pure.
 */
import type { Problem } from '../workbook/problem';
import type { Language } from './language';
import { localized, say, t, type Localized, type MessageKey } from './messages';

export function problemMessage(problem: Pick<Problem, 'message' | 'i18n'>, language: Language): string {
  return language !== 'en' && problem.i18n ? say(language, problem.i18n.message) : problem.message;
}

export function problemFix(problem: Pick<Problem, 'fix' | 'i18n'>, language: Language): string {
  const fix = problem.i18n?.fix;
  return language !== 'en' && fix ? say(language, fix) : problem.fix;
}

/** The value a problem names, in the reader's digits when the tool wrote it (a date or number cell). */
export function problemValue(problem: Pick<Problem, 'value' | 'i18n'>, language: Language): string {
  const value = problem.i18n?.value;
  return language !== 'en' && value ? say(language, value) : (problem.value ?? '');
}

/** "Error" / "កំហុស". */
export function severityText(severity: Problem['severity'], language: Language): string {
  return t(language, severity === 'error' ? 'severity.error' : 'severity.warning');
}

/**
 * A problem's English message and fix from catalogue messages, with the messages themselves
 * (Problem.i18n) so that the reader's language can say them later:
 * `{ severity, sheet, row, column, code, ...said(localized('doc.noSheet', { sheet })) }`.
 */
export function said(message: Localized, fix?: Localized): Pick<Problem, 'message' | 'fix' | 'i18n'> {
  return {
    message: say('en', message),
    fix: fix ? say('en', fix) : '',
    i18n: fix ? { message, fix } : { message },
  };
}

/** A problem's message as a catalogue message: its own when the finder gave one, else its English text. */
export function messageOf(problem: Pick<Problem, 'message' | 'i18n'>): Localized {
  return problem.i18n?.message ?? localized('text.as', { text: problem.message });
}

/** Why a value could not be read (workbook/dates, workbook/values), as a catalogue message. */
const REASONS: Record<string, MessageKey> = {
  'not a date': 'reason.notADate',
  'not a valid date': 'reason.notAValidDate',
  'no such date': 'reason.noSuchDate',
  'not a date in the form 2020-07-15 or 15/07/2020': 'reason.dateForm',
  'not a number': 'reason.notANumber',
  'not a whole number': 'reason.notAWholeNumber',
  'not Yes or No': 'reason.notYesNo',
};

export function reasonMessage(reason: string): Localized {
  const key = REASONS[reason];
  return key ? localized(key) : localized('text.as', { text: reason });
}

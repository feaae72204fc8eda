/**
 * A problem said in the reader's language: its catalogue message and fix when the finder gave them
 * (Problem.i18n), else its English message and fix. Pure.
 */
import type { Problem } from '../workbook/problem';
import type { Language } from './language';
import { say, t } from './messages';

export function problemMessage(problem: Pick<Problem, 'message' | 'i18n'>, language: Language): string {
  return language !== 'en' && problem.i18n ? say(language, problem.i18n.message) : problem.message;
}

export function problemFix(problem: Pick<Problem, 'fix' | 'i18n'>, language: Language): string {
  const fix = problem.i18n?.fix;
  return language !== 'en' && fix ? say(language, fix) : problem.fix;
}

/** "Error" / "កំហុស". */
export function severityText(severity: Problem['severity'], language: Language): string {
  return t(language, severity === 'error' ? 'severity.error' : 'severity.warning');
}

/** The project files that hold the default templates (written by the build; see default-files.ts). */
import type { Language } from '../../i18n/language';

export const DEFAULT_TEMPLATE_KINDS = ['minutes', 'report'] as const;
export type DefaultTemplateKind = (typeof DEFAULT_TEMPLATE_KINDS)[number];

/** "DefaultMinutesEn": an Apps Script HTML file name (HtmlService.createHtmlOutputFromFile). */
export function defaultTemplateFile(kind: DefaultTemplateKind, language: Language): string {
  const title = (word: string) => word[0].toUpperCase() + word.slice(1);
  return `Default${title(kind)}${title(language)}`;
}

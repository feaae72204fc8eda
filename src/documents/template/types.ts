import type { Localized } from '../../i18n/messages';

/**
 * Template engine API. Templates are Google Docs with `{{Field}}`, `{{a.b}}`, `{{.}}`,
 * `{{#List}}…{{/List}}` (loop or "not blank" section) and `{{^Field}}…{{/Field}}` ("blank" section).
 */
export type TemplateValue =
  string | number | boolean | null | undefined | Date | TemplateData | TemplateData[] | string[];

export interface TemplateData {
  [key: string]: TemplateValue;
}

/** Stable codes of template problems (after docxtemplater's error codes). */
export type TemplateProblemCode =
  'template-unknown-field' | 'template-unclosed-section' | 'template-unopened-close' | 'template-bad-value';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** The tag as written, e.g. `{{meeting.Title}}` or `{{#Rows}}`. */
  tag: string;
  /** Where it is: 'body paragraph 12', 'table 1 row 3', 'header', 'footer paragraph 2'. */
  place: string;
  /** In English; i18n is the same as a catalogue message. */
  message: string;
  i18n?: Localized;
}

export interface FillResult {
  problems: TemplateProblem[];
  /** Number of placeholders replaced by a value. */
  replaced: number;
}

export interface FillOptions {
  /** Time zone for Date values (default Asia/Phnom_Penh). */
  timeZone?: string;
}

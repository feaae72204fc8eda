/**
 * The message catalogue: everything CBO Tracker says to people, in English and Khmer, one module
 * per capability under catalogue/. Terms follow the organisation's Khmer usage (acronyms such as
 * CBO, NGO, MoU stay in Latin letters; sheet and column names stay as the workbook spells them).
 * Pure: nothing here touches a service.
 */
import { DOCUMENT_MESSAGES } from './catalogue/documents';
import { MENU_MESSAGES } from './catalogue/menu';
import type { Language } from './language';
import { fill, type Message, type Params } from './message';

export const MESSAGES = { ...MENU_MESSAGES, ...DOCUMENT_MESSAGES } satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

/** The message in a language, its placeholders filled (numbers in the language's digits). */
export function t(language: Language, key: MessageKey, params: Params = {}): string {
  return fill(MESSAGES[key][language], params, language);
}

/** t() bound to one language: `const say = translator('km'); say('menu.validate')`. */
export function translator(language: Language): (key: MessageKey, params?: Params) => string {
  return (key, params) => t(language, key, params);
}

export type { Language } from './language';
export type { Message, Params } from './message';

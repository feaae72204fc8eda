/**
 * The message catalogue: everything CBO Tracker says to people, in English and Khmer, one module
 * per capability under catalogue/. Terms follow the organisation's Khmer usage (acronyms such as
 * CBO, NGO, MoU stay in Latin letters; sheet and column names stay as the workbook spells them).
 * Pure: nothing here touches a service. The sidebar's words (catalogue/sidebar.ts) and the CLI's
 * (catalogue/cli.ts) are not in MESSAGES: the Apps Script bundle does not carry them (the build
 * writes the sidebar's into SidebarWords.html; only the Node CLI imports the CLI's).
 */
import { DOCUMENT_PROBLEM_MESSAGES } from './catalogue/document-problems';
import { DOCUMENT_MESSAGES } from './catalogue/documents';
import { INDICATOR_MESSAGES } from './catalogue/indicators';
import { JOB_MESSAGES } from './catalogue/jobs';
import { MENU_MESSAGES } from './catalogue/menu';
import { SHARING_MESSAGES } from './catalogue/sharing';
import { VALIDATION_MESSAGES } from './catalogue/validation';
import { digitsOf } from './digits';
import type { Language } from './language';
import { fill, type Message } from './message';

export const MESSAGES = {
  ...MENU_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...DOCUMENT_PROBLEM_MESSAGES,
  ...INDICATOR_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...SHARING_MESSAGES,
  ...JOB_MESSAGES,
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * A message not yet put in a language: what a pure module reports (a problem's message and fix),
 * to be said in the reader's language later. Plain data (it is stored in properties as JSON).
 */
export interface Localized {
  key: MessageKey;
  params?: Params;
}

/** Text whose digits follow the language (a row number, an ISO date): `{ digits: '12' }`. */
export interface Digits {
  digits: string;
}

/**
 * Parameters: text as given, a number in the language's digits with thousands separators, Digits
 * (digits of the language, no separators), or a Localized message said in the same language.
 */
export type Params = Record<string, string | number | Digits | Localized>;

export function localized(key: MessageKey, params?: Params): Localized {
  return params ? { key, params } : { key };
}

/** A row number or other figure written without separators, in the reader's digits. */
export function digits(value: number | string): Digits {
  return { digits: String(value) };
}

/** The message in a language, its placeholders filled (numbers in the language's digits). */
export function t(given: Language, key: MessageKey, params: Params = {}): string {
  return textOf(MESSAGES[key], given, params);
}

/** A message of any catalogue (e.g. the CLI's, which the Apps Script bundle does not carry) in a language. */
export function textOf(message: Message, given: Language, params: Params = {}): string {
  // Anything but 'km' is English (a stray argument, e.g. an array index from .map(), included).
  const language: Language = given === 'km' ? 'km' : 'en';
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object' && 'digits' in value) plain[name] = digitsOf(value.digits, language);
    else if (typeof value === 'object') plain[name] = say(language, value);
    else plain[name] = value;
  }
  return fill(message[language], plain, language);
}

/**
 * An error whose message is a catalogue message: thrown in English (logs, stack traces), said in
 * the reader's language by whoever reports it (`error.said`).
 */
export class LocalizedError extends Error {
  constructor(readonly said: Localized) {
    super(say('en', said));
  }
}

/** Why something failed, as a catalogue message: a LocalizedError's own, else its English text. */
export function reasonOf(error: unknown): Localized {
  if (error instanceof LocalizedError) return error.said;
  return localized('text.as', { text: error instanceof Error ? error.message : String(error) });
}

/** A Localized message in a language. */
export function say(language: Language, message: Localized): string {
  return t(language, message.key, message.params);
}

/** t() bound to one language: `const say = translator('km'); say('menu.validate')`. */
export function translator(language: Language): (key: MessageKey, params?: Params) => string {
  return (key, params) => t(language, key, params);
}

export type { Language } from './language';
export type { Message } from './message';

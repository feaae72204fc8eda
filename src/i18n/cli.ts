/**
 * The offline CLI's messages (catalogue/cli.ts), kept out of the Apps Script bundle: only the Node
 * CLI imports this module. Pure.
 */
import { CLI_MESSAGES } from './catalogue/cli';
import type { Language } from './language';
import { textOf, type Params } from './messages';

export type CliKey = keyof typeof CLI_MESSAGES;

export function cliText(language: Language, key: CliKey, params?: Params): string {
  return textOf(CLI_MESSAGES[key], language, params);
}

/** cliText bound to one language. */
export function cliTranslator(language: Language): (key: CliKey, params?: Params) => string {
  return (key, params) => cliText(language, key, params);
}

export { CLI_MESSAGES };

/** What a CLI command declares. Add a command: one file here and one line in ./index.ts. */
import type { Language } from '../../i18n/language';
import type { OfflineRuntime, RuntimeOptions } from '../runtime';

export interface CommandOption {
  /** Long name without dashes, e.g. 'row'. */
  name: string;
  description: string;
  /** Takes a value (`--row 5`); otherwise a flag. */
  value?: string;
  /** May be given more than once: the values are kept in order, one per line. */
  repeats?: boolean;
}

export interface ParsedArgs {
  command: string;
  workbook: string | undefined;
  outDir: string;
  json: boolean;
  /** --as EMAIL: run as that editor (the owner stays who it was). */
  as?: string;
  /** --addon: run as an editor add-on. */
  addon: boolean;
  /** `run FUNCTION FILE`: the function. */
  functionName?: string;
  /** Command options by name: string for valued options, true for flags. */
  options: Record<string, string | true>;
}

export interface Command {
  name: string;
  summary: string;
  options?: CommandOption[];
  /** The top-level function of build/Code.js it runs: the same one the menu item runs. */
  entryPoint?: string;
  /** Runs in `npm start` (the demo) on the example workbooks, in registry order. */
  demo?: boolean;
  /** Whether the updated workbook is written to DIR/<file name> (default true). */
  saves?: boolean;
  /** The options object passed to the entry point (default: nothing). */
  buildOptions?(args: ParsedArgs): unknown;
  /** Extra runtime options (prompts, selection, ...). */
  runtimeOptions?(args: ParsedArgs): Partial<RuntimeOptions>;
  /**
   * Human summary of the entry point's result (printed to stderr), in the workbook's language;
   * the runtime, when given, lets it name cells as the workbook's headers place them.
   */
  describe?(result: unknown, language: Language, runtime?: OfflineRuntime): string;
  /** Whether the result means the run found problems (exit code 1). */
  foundProblems?(result: unknown): boolean;
  /** Commands that do not run one entry point (help, demo, emulated) implement run. */
  run?(args: ParsedArgs, io: CommandIO): Promise<number>;
}

export interface CommandIO {
  /** Human output (stderr). */
  say(line: string): void;
  /** The one JSON object of --json (stdout). */
  json(value: unknown): void;
  /** A warning about the input (stderr, and `fileWarnings` in the JSON object). */
  warn?(line: string): void;
}

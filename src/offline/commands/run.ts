/**
 * `cbo-tracker run FUNCTION FILE [--code BUNDLE.js] [--as EMAIL] [--addon] [--out DIR] [--json]`:
 * runs any top-level function of the bundle (default build/Code.js; --code loads another Apps
 * Script file the same way) on a copy of the workbook, as Apps Script would, and saves it like the
 * other commands. Exit 0 when the function returns, 1 when it throws (the message as Apps Script
 * shows it), 2 bad usage. --json prints {"returned", "error", "appsScriptSeconds"}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cliText } from '../../i18n/cli';
import { WorkbookError } from '../runtime';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, languageOf, openForCommand, outputPath, wrote } from './execute';
import type { Command } from './types';

/** An error as the Apps Script editor's log shows it: "Exception: ..." for a service, "TypeError: ..." for the script's own. */
export function appsScriptMessage(error: unknown): string {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error)) {
    const e = error as { name?: unknown; message: unknown };
    const name = typeof e.name === 'string' && e.name ? e.name : 'Error';
    return `${name}: ${String(e.message)}`;
  }
  return String(error);
}

export const run: Command = {
  name: 'run',
  summary:
    'Run any top-level function of the bundle on a copy of the workbook, as Apps Script would: cbo-tracker run FUNCTION FILE [--code BUNDLE.js].',
  options: [
    { name: 'code', value: 'BUNDLE.js', description: 'load this Apps Script file instead of build/Code.js' },
    {
      name: 'answer',
      value: 'TEXT',
      repeats: true,
      description:
        'type TEXT into the next Ui.prompt and click OK (repeat for later prompts; without it a prompt is cancelled)',
    },
    { name: 'no', description: 'click No/Cancel in Yes/No and OK/Cancel alerts (without it: Yes/OK)' },
  ],
  async run(args, io) {
    const functionName = args.functionName;
    if (!functionName || !args.workbook)
      throw new UsageError(
        'usage: cbo-tracker run FUNCTION FILE [--code BUNDLE.js] [--answer TEXT]... [--no] [--as EMAIL] [--addon] [--out DIR] [--json]',
      );
    const code = typeof args.options.code === 'string' ? path.resolve(args.options.code) : undefined;
    if (code && !fs.existsSync(code)) throw new UsageError(`--code ${args.options.code}: no such file`);
    const target = outputPath(args.workbook, args.outDir);
    const answers = typeof args.options.answer === 'string' ? args.options.answer.split('\n') : undefined;
    const runtime = await openForCommand(args.workbook, args, io, {
      ...(code ? { codePath: code } : {}),
      ...(answers ? { prompts: answers } : {}),
      ...(args.options.no ? { confirm: false } : {}),
    });
    if (!runtime.functionNames().includes(functionName))
      throw new UsageError(`Script function not found: ${functionName}`);
    let returned: unknown = null;
    let error: string | null = null;
    try {
      returned = runtime.run(functionName) ?? null;
    } catch (thrown) {
      if (thrown instanceof WorkbookError) throw thrown;
      error = appsScriptMessage(thrown);
    }
    // Apps Script keeps what a run changed before it threw: the copy is saved either way.
    const files = await runtime.save(target);
    const appsScriptSeconds = runtime.lastRun?.appsScriptSeconds ?? 0;
    // The execution log (console, Logger) of this run, as the editor shows it.
    const log = runtime.ui.logs
      .filter((event) => ['Debug', 'Info', 'Warning', 'Error'].includes(event.title))
      .map((event) => `${event.title.padEnd(7)} ${event.text}`);
    if (args.json) io.json({ returned, error, appsScriptSeconds, ...(log.length ? { log } : {}) });
    else {
      if (error) io.say(error);
      else if (returned !== null) io.say(JSON.stringify(returned, null, 2));
      const language = languageOf(runtime);
      io.say(cliText(language, 'cli.appsScriptTime', { seconds: appsScriptSeconds }));
      for (const file of files) io.say(wrote(file, language));
    }
    return error ? EXIT_PROBLEMS : EXIT_OK;
  },
};

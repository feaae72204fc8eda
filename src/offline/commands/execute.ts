/** Runs a command's entry point on a workbook: open, run, save, report. */
import fs from 'node:fs';
import path from 'node:path';
import { InputGuard, InputWriteError, checkOutputFolder } from '../guard';
import { OfflineRuntime, WorkbookError, type RuntimeOptions } from '../runtime';
import { INPUT_SHEETS, SETTINGS } from '../../workbook/contract';
import { readWorkbookFile, WorkbookFileError, type WorkbookFile } from '../workbook-file';
import type { UiEvent } from '../services/host';
import { cliText } from '../../i18n/cli';
import { shownPath } from '../file-names';
import { languageOfLocale, type Language } from '../../i18n/language';
import { settingsFromValues } from '../../workbook/settings';
import type { Command, CommandIO, ParsedArgs } from './types';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** An error the CLI reports as one line with exit code 2. */
export class UsageError extends Error {}

/** Execution-log levels (console, Logger): printed as the Apps Script editor's log shows them. */
const LEVELS = new Set(['Debug', 'Info', 'Warning', 'Error']);

/**
 * Prints what the spreadsheet showed (alerts, prompts, toasts, log lines) as it happens, in the
 * interface's language (`language` is asked at each event: Settings › Language, else the user's
 * locale, as the bundle's menu decides): "[alert] Title: text", "[ប្រអប់សារ] ចំណងជើង៖ អត្ថបទ".
 */
export function printUi(io: CommandIO, language: () => Language = () => 'en') {
  return (event: UiEvent) => {
    if (event.kind === 'log' && LEVELS.has(event.title)) {
      io.say(`${event.title.padEnd(7)} ${event.text}`);
      return;
    }
    const said = language();
    const label = cliText(said, `cli.ui.${event.kind}`);
    const title =
      event.title && event.kind !== 'log' ? cliText(said, 'cli.ui.titled', { title: event.title }) : '';
    const shown = event.mail ? cliText(said, 'cli.ui.mail', event.mail) : event.text;
    const text = shown.includes('\n') ? `\n  ${shown.split('\n').join('\n  ')}` : shown;
    io.say(`[${label}] ${title}${text}`);
  };
}

/** The interface language of an open workbook: Settings › Language, else the locale (menu/language.ts). */
export function interfaceLanguageOf(runtime: OfflineRuntime, locale: string | undefined): Language {
  const settings = settingsFromValues(runtime.sheetValues(SETTINGS.name));
  return settings.languageSet ? settings.language : languageOfLocale(locale ?? 'en');
}

/** The language printUi speaks for each runtime opened by openForCommand (set again by the demo's --language). */
const UI_LANGUAGE = new WeakMap<OfflineRuntime, { language: Language }>();

/** Makes the CLI print a runtime's alerts and toasts in a language from now on. */
export function setUiLanguage(runtime: OfflineRuntime, language: Language): void {
  const said = UI_LANGUAGE.get(runtime);
  if (said) said.language = language;
}

/** The files beside a workbook that a run reads and writes with it. */
export const SIDECARS = ['properties', 'protections', 'triggers'].map((kind) => `.${kind}.json`);

/** A guard over a workbook, its sidecars and other files the run reads (e.g. partner copies). */
export function inputGuard(workbook: string, others: string[] = []): InputGuard {
  const guard = new InputGuard();
  for (const file of [workbook, ...others]) {
    guard.protect(file);
    for (const suffix of SIDECARS) guard.protect(`${file}${suffix}`);
  }
  return guard;
}

/**
 * The output path of a workbook (DIR/<file name>), refusing an --out that is a file and any output
 * (the workbook or its sidecars) that is the input or one of `others` by real path or file
 * identity: a symbolic link to the input's folder or a hard link of the input is refused too.
 */
export function outputPath(workbook: string, outDir: string, others: string[] = []): string {
  const out = path.resolve(outDir, path.basename(workbook));
  try {
    checkOutputFolder(outDir);
    const guard = inputGuard(workbook, others);
    guard.checkAll([out, ...SIDECARS.map((suffix) => `${out}${suffix}`)]);
    // Documents and the Drive stand-in's records are written over files of the same name there.
    for (const folder of ['docs', '.drive']) guard.checkAll(existingFiles(path.join(outDir, folder)));
  } catch (error) {
    if (error instanceof InputWriteError) throw new UsageError(error.message);
    throw error;
  }
  return out;
}

/** The files under a folder (links included, not followed into), at most `limit` of them. */
function existingFiles(dir: string, limit = 5000): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (out.length >= limit) return;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** The language of what the CLI prints about a workbook: its Settings › Language (read after the run). */
export function languageOf(runtime: OfflineRuntime): Language {
  return settingsFromValues(runtime.sheetValues(SETTINGS.name)).language;
}

/** "wrote out/x.xlsx" in a language. */
export function wrote(file: string, language: Language): string {
  return cliText(language, 'cli.wrote', { file: shownPath(file) });
}

/** Runs one command's entry point in an open runtime. */
export function runEntryPoint(runtime: OfflineRuntime, command: Command, args: ParsedArgs): unknown {
  if (!command.entryPoint) throw new UsageError(`${command.name} does not run an entry point`);
  const options = command.buildOptions?.(args);
  return options === undefined ? runtime.run(command.entryPoint) : runtime.run(command.entryPoint, options);
}

/**
 * Opens the workbook of a command: read around what exceljs cannot read, refused with one line
 * when it is not a workbook or has formulas without saved results, each part the output will not
 * keep named in a warning (io.warn).
 */
export async function openForCommand(
  workbook: string,
  args: ParsedArgs,
  io: CommandIO,
  extra: Partial<RuntimeOptions> = {},
): Promise<OfflineRuntime> {
  let file: WorkbookFile;
  try {
    file = await readWorkbookFile(workbook, { readSheets: INPUT_SHEETS.map((sheet) => sheet.name) });
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new WorkbookError(error.message);
    throw error;
  }
  for (const warning of file.warnings) (io.warn ?? io.say)(warning);
  const said = { language: 'en' as Language };
  const runtime = await OfflineRuntime.open({
    workbookPath: workbook,
    workbook: file.workbook,
    outDir: path.resolve(args.outDir),
    ...(args.json ? {} : { onUi: printUi(io, () => said.language) }),
    ...(args.as ? { userEmail: args.as } : {}),
    ...(args.addon ? { addon: true } : {}),
    ...extra,
  });
  // Read once, before any execution (the --json output counts no call of the CLI's own).
  if (!args.json) said.language = interfaceLanguageOf(runtime, extra.locale);
  UI_LANGUAGE.set(runtime, said);
  return runtime;
}

/** The estimated Apps Script seconds of every execution a command made (a job's steps too). */
export function appsScriptSecondsOf(runtime: OfflineRuntime): number {
  return Math.round(runtime.calls.seconds * 1000) / 1000;
}

export async function executeCommand(command: Command, args: ParsedArgs, io: CommandIO): Promise<number> {
  if (!args.workbook)
    throw new UsageError(`usage: cbo-tracker ${command.name} <workbook.xlsx> [--out DIR] [--json]`);
  const saves = command.saves !== false;
  const target = saves ? outputPath(args.workbook, args.outDir) : undefined;
  const runtime = await openForCommand(args.workbook, args, io, command.runtimeOptions?.(args) ?? {});
  let result: unknown;
  try {
    result = runEntryPoint(runtime, command, args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof WorkbookError) throw error;
    throw new WorkbookError(`${command.name} failed on ${args.workbook}: ${(error as Error).message}`);
  }
  const files = target ? await runtime.save(target) : [];
  const foundProblems = command.foundProblems?.(result) ?? false;
  if (args.json) {
    io.json({
      command: command.name,
      workbook: args.workbook,
      output: target ?? null,
      files,
      result,
      foundProblems,
      serviceCalls: runtime.calls.total(),
      appsScriptSeconds: appsScriptSecondsOf(runtime),
      ui: runtime.ui.events,
    });
  } else {
    const language = languageOf(runtime);
    const text = command.describe?.(result, language, runtime);
    if (text && !runtime.ui.events.some((event) => event.text === text)) io.say(text);
    for (const file of files) io.say(wrote(file, language));
  }
  return foundProblems ? EXIT_PROBLEMS : EXIT_OK;
}

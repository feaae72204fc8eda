/** Runs a command's entry point on a workbook: open, run, save, report. */
import path from 'node:path';
import { OfflineRuntime, WorkbookError, type RuntimeOptions } from '../runtime';
import type { UiEvent } from '../services/host';
import type { Command, CommandIO, ParsedArgs } from './types';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** An error the CLI reports as one line with exit code 2. */
export class UsageError extends Error {}

export function printUi(io: CommandIO) {
  return (event: UiEvent) => {
    const label = event.kind === 'log' ? 'log' : event.kind;
    const title = event.title && event.kind !== 'log' ? `${event.title}: ` : '';
    const text = event.text.includes('\n') ? `\n  ${event.text.split('\n').join('\n  ')}` : event.text;
    io.say(`[${label}] ${title}${text}`);
  };
}

/** The output path of a workbook, refusing the input itself. */
export function outputPath(workbook: string, outDir: string): string {
  const out = path.resolve(outDir, path.basename(workbook));
  if (out === path.resolve(workbook)) {
    throw new UsageError(`the output ${out} would overwrite the input workbook; choose another --out folder`);
  }
  return out;
}

export interface RunOutcome {
  result: unknown;
  foundProblems: boolean;
  files: string[];
  ui: UiEvent[];
  serviceCalls: number;
}

/** Runs one command's entry point in an open runtime. */
export function runEntryPoint(runtime: OfflineRuntime, command: Command, args: ParsedArgs): unknown {
  if (!command.entryPoint) throw new UsageError(`${command.name} does not run an entry point`);
  const options = command.buildOptions?.(args);
  return options === undefined ? runtime.run(command.entryPoint) : runtime.run(command.entryPoint, options);
}

export async function openForCommand(
  workbook: string,
  args: ParsedArgs,
  io: CommandIO,
  extra: Partial<RuntimeOptions> = {},
): Promise<OfflineRuntime> {
  return OfflineRuntime.open({
    workbookPath: workbook,
    outDir: path.resolve(args.outDir),
    ...(args.json ? {} : { onUi: printUi(io) }),
    ...extra,
  });
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
      ui: runtime.ui.events,
    });
  } else {
    const text = command.describe?.(result);
    if (text && !runtime.ui.events.some((event) => event.text === text)) io.say(text);
    for (const file of files) io.say(`wrote ${path.relative(process.cwd(), file) || file}`);
  }
  return foundProblems ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * cbo-tracker <command> <workbook.xlsx> [--out DIR] [--json] [command options]
 * Runs the same entry points as the menu, offline. Exit codes: 0 success, 1 the run found
 * problems, 2 bad usage or unreadable input.
 */
import { WorkbookError } from './runtime';
import { COMMANDS, findCommand } from './commands';
import { EXIT_USAGE, UsageError, executeCommand } from './commands/execute';
import type { CommandIO, ParsedArgs } from './commands/types';

declare const __CBO_TRACKER_VERSION__: string;

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  const lines = [
    `cbo-tracker ${typeof __CBO_TRACKER_VERSION__ === 'string' ? __CBO_TRACKER_VERSION__ : ''}`.trim(),
    '',
    'Usage: cbo-tracker <command> <workbook.xlsx> [--out DIR] [--json] [--as EMAIL] [--addon] [options]',
    '       cbo-tracker run FUNCTION <workbook.xlsx> [--code BUNDLE.js] [--out DIR] [--json] [--as EMAIL] [--addon]',
    '',
    'Commands:',
    `  ${'help'.padEnd(width)}  List the commands.`,
  ];
  for (const command of COMMANDS) {
    lines.push(`  ${command.name.padEnd(width)}  ${command.summary}`);
    for (const option of command.options ?? []) {
      const flag = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
      lines.push(`  ${''.padEnd(width)}    ${flag}: ${option.description}`);
    }
  }
  lines.push(
    '',
    'Common options:',
    '  --out DIR  where the updated workbook goes (DIR/<same file name>; default out/). The input is never written.',
    '  --json     print one JSON object on stdout; human output goes to stderr.',
    '  --as EMAIL run as that editor of the spreadsheet (the owner stays who it was; see docs/runtime.md).',
    "  --addon    run as an editor add-on (add-on trigger rules; the user's identity withheld).",
  );
  return lines.join('\n');
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  let outDir = 'out';
  let json = false;
  let as: string | undefined;
  let addon = false;
  const command = findCommand(argv.find((arg) => !arg.startsWith('--')) ?? '');
  const valued = new Set((command?.options ?? []).filter((o) => o.value).map((o) => o.name));
  const flags = new Set((command?.options ?? []).filter((o) => !o.value).map((o) => o.name));
  const repeats = new Set((command?.options ?? []).filter((o) => o.repeats).map((o) => o.name));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`--${name} needs a value`);
      return next;
    };
    if (name === 'json') json = true;
    else if (name === 'out') outDir = value();
    else if (name === 'as') {
      as = value().trim();
      if (!/^[^\s@]+@[^\s@]+$/.test(as)) throw new UsageError(`--as needs an e-mail address, not "${as}"`);
    } else if (name === 'addon') addon = true;
    else if (name === 'help') positional.unshift('help');
    else if (valued.has(name)) {
      const given = value();
      const before = options[name];
      options[name] = repeats.has(name) && typeof before === 'string' ? `${before}\n${given}` : given;
    } else if (flags.has(name)) options[name] = true;
    else throw new UsageError(`unknown option --${name} (see \`cbo-tracker help\`)`);
  }
  if (positional[0] === 'run') {
    if (positional.length > 3) throw new UsageError(`unexpected argument: ${positional[3]}`);
    return {
      command: 'run',
      functionName: positional[1],
      workbook: positional[2],
      outDir,
      json,
      as,
      addon,
      options,
    };
  }
  if (positional.length > 2) throw new UsageError(`unexpected argument: ${positional[2]}`);
  return { command: positional[0] ?? 'help', workbook: positional[1], outDir, json, as, addon, options };
}

export async function main(argv: string[], given: CommandIO): Promise<number> {
  let args: ParsedArgs;
  let printed = false;
  const warnings: string[] = [];
  const io: CommandIO = {
    say: (line) => given.say(line),
    // Warnings about the input (parts left out, ...) go to stderr and into the JSON object as fileWarnings.
    warn: (line) => {
      warnings.push(line);
      given.say(`cbo-tracker: warning: ${line}`);
    },
    json: (value) => {
      printed = true;
      const plain = !!value && typeof value === 'object' && !Array.isArray(value);
      const shown = plain && warnings.length ? { ...(value as object), fileWarnings: warnings } : value;
      // A problem's `i18n` (its catalogue key and parameters, for saying it in another language) is
      // the bundle's own: the JSON carries its code, message and fix.
      given.json(JSON.parse(JSON.stringify(shown, (key, v: unknown) => (key === 'i18n' ? undefined : v))));
    },
  };
  try {
    args = parseArgs(argv);
    if (args.command === 'help') {
      if (args.json)
        io.json({ commands: COMMANDS.map(({ name, summary, options }) => ({ name, summary, options })) });
      else process.stdout.write(`${helpText()}\n`);
      return 0;
    }
    const command = findCommand(args.command);
    if (!command) throw new UsageError(`unknown command "${args.command}" (see \`cbo-tracker help\`)`);
    return command.run ? await command.run(args, io) : await executeCommand(command, args, io);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof WorkbookError;
    const message = error instanceof Error ? error.message : String(error);
    const line = known ? message : `unexpected error: ${message}`;
    io.say(`cbo-tracker: ${line}`);
    if (process.env.CBO_TRACKER_DEBUG) io.say(String((error as Error)?.stack));
    // --json promises one JSON object on stdout, a refusal included.
    if (wantsJson(argv) && !printed) io.json({ error: line });
    return EXIT_USAGE;
  }
}

/** Whether --json was asked for (also when the rest of the command line could not be read). */
function wantsJson(argv: string[]): boolean {
  return argv.some((arg) => arg === '--json' || arg.startsWith('--json='));
}

if (require.main === module) {
  const io: CommandIO = {
    say: (line) => process.stderr.write(`${line}\n`),
    json: (value) => process.stdout.write(`${JSON.stringify(value)}\n`),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`cbo-tracker: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

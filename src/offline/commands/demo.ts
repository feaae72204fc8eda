/** `npm start`: runs every demo command on the example workbooks into out/. */
import fs from 'node:fs';
import path from 'node:path';
import { SHEET } from '../../workbook/contract';
import { REPO_ROOT } from '../runtime';
import { CLI_MESSAGES, cliText, type CliKey } from '../../i18n/cli';
import { parseLanguage } from '../../i18n/language';
import { clearEarlierDemo, snapshotFolder, writeManifest } from '../demo-output';
import { languageOf, openForCommand, outputPath, runEntryPoint, setUiLanguage } from './execute';
import type { Command } from './types';

/** The story workbook runs every demo command; the one with planted mistakes shows validation. */
export const EXAMPLE_WORKBOOKS = ['cbo-tracker-example.xlsx', 'needs-fixing.xlsx'];
const COMMANDS_ON = (file: string, all: readonly Command[]) =>
  path.basename(file) === 'needs-fixing.xlsx' ? all.filter((command) => command.name === 'validate') : all;

/**
 * `--language km`: the demo runs as if Settings › Language said km (set in the opened copy, through
 * the emulated SpreadsheetApp; the example files stay as they are).
 */
const SET_LANGUAGE = (language: string) => `(() => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(${JSON.stringify(SHEET.settings)}) || spreadsheet.insertSheet(${JSON.stringify(SHEET.settings)});
  const values = sheet.getDataRange().getValues();
  let row = values.findIndex((r) => String(r[0]).trim().toLowerCase() === 'language') + 1;
  if (row === 0) {
    if (String(values[0][0]).trim() === '') sheet.getRange(1, 1, 1, 2).setValues([['Setting', 'Value']]);
    row = Math.max(sheet.getLastRow(), 1) + 1;
    sheet.getRange(row, 1).setValue('Language');
  }
  sheet.getRange(row, 2).setValue(${JSON.stringify(language)});
})()`;

export const demo: Command = {
  name: 'demo',
  summary: 'Run every demo command on the example workbooks (examples/) into out/ (what `npm start` does).',
  options: [
    {
      name: 'language',
      value: 'en|km',
      description: 'run as if Settings › Language were this (km: Khmer messages and documents)',
    },
  ],
  async run(args, io) {
    const language = args.options.language;
    if (language !== undefined && language !== 'en' && language !== 'km') {
      io.say('--language takes en or km');
      return 2;
    }
    // Imported here: the registry imports this file.
    const { COMMANDS } = await import('./index');
    const examples = EXAMPLE_WORKBOOKS.map((name) => path.join(REPO_ROOT, 'examples', name));
    const present = examples.filter((file) => fs.existsSync(file));
    if (present.length === 0) {
      io.say(
        `No example workbook yet: expected ${path.relative(process.cwd(), examples[0])} (run \`npm run examples\`).`,
      );
      if (args.json) io.json({ runs: [], missing: examples });
      return 2;
    }
    const commands = COMMANDS.filter((command) => command.demo && command.entryPoint);
    // A second `npm start` replaces the first one's results (only files nobody changed since).
    const outDir = path.resolve(args.outDir ?? 'out');
    const outName = path.relative(process.cwd(), outDir) || '.';
    const changed = clearEarlierDemo(outDir);
    if (changed.length) {
      io.say(
        cliText(parseLanguage(language) ?? 'en', 'cli.demoChanged', {
          out: outName,
          files: changed.map((file) => path.join(outName, file)).join(', '),
        }),
      );
      if (args.json) io.json({ runs: [], changed });
      return 2;
    }
    const before = snapshotFolder(outDir);
    const runs: unknown[] = [];
    let exit = 0;
    for (const file of present) {
      io.say(`\n== ${path.relative(process.cwd(), file)}`);
      // One runtime runs every command, so it takes every command's runtime options (partner copies
      // go to DIR/partners/).
      const options = Object.assign({}, ...commands.map((command) => command.runtimeOptions?.(args) ?? {}));
      const runtime = await openForCommand(file, args, io, options);
      if (typeof language === 'string') runtime.evaluate(SET_LANGUAGE(language));
      const said = languageOf(runtime);
      if (typeof language === 'string') setUiLanguage(runtime, said);
      for (const command of COMMANDS_ON(file, commands)) {
        const about = `cli.about.${command.name}`;
        const what = about in CLI_MESSAGES ? cliText(said, about as CliKey) : command.summary;
        io.say(`-- ${cliText(said, 'cli.ui.titled', { title: command.name })}${what}`);
        try {
          const result = runEntryPoint(runtime, command, args);
          const text = command.describe?.(result, said, runtime);
          if (text && !runtime.ui.events.some((event) => event.text === text)) io.say(text);
          const problems = command.foundProblems?.(result) ?? false;
          runs.push({ workbook: file, command: command.name, result, foundProblems: problems });
        } catch (error) {
          io.say(cliText(said, 'cli.failed', { command: command.name, error: (error as Error).message }));
          runs.push({ workbook: file, command: command.name, error: (error as Error).message });
          exit = 1;
        }
      }
      const files = await runtime.save(outputPath(file, args.outDir));
      io.say(
        `${cliText(said, 'cli.results')}\n${files.map((f) => `  ${path.relative(process.cwd(), f)}`).join('\n')}`,
      );
      for (const missing of examples.filter((e) => !present.includes(e))) {
        io.say(cliText(said, 'cli.missingExample', { file: path.relative(process.cwd(), missing) }));
      }
    }
    writeManifest(outDir, before);
    const out = outName;
    const said = parseLanguage(language) ?? 'en';
    io.say(
      [
        '',
        cliText(said, 'cli.done', { out }),
        `  npx cbo-tracker partners-collect ${out}/cbo-tracker-example.xlsx --out ${out}/collected`,
      ].join('\n'),
    );
    if (args.json) io.json({ runs });
    return exit;
  },
};

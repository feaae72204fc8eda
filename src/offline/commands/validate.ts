/**
 * `cbo-tracker validate FILE [--out DIR] [--json] [--today YYYY-MM-DD]`: runs validateData (the
 * menu item) on a copy of the workbook, writes the copy with its Validation sheet and marks to
 * DIR, and exits 1 when any error is found. --json prints {"checked", "problems", ...}.
 */
import { INPUT_SHEETS } from '../../workbook/contract';
import { mapHeaders } from '../../workbook/headers';
import type { OfflineRuntime } from '../runtime';
import { a1 } from '../../workbook/a1';
import type { Problem } from '../../workbook/problem';
import { cliTranslator } from '../../i18n/cli';
import type { Language } from '../../i18n/language';
import { digits } from '../../i18n/messages';
import { problemFix, problemMessage, severityText } from '../../i18n/problems';
import type { ValidateDataSummary } from '../../validation/validate-data';
import {
  appsScriptSecondsOf,
  EXIT_OK,
  EXIT_PROBLEMS,
  UsageError,
  languageOf,
  openForCommand,
  outputPath,
  runEntryPoint,
  wrote,
} from './execute';
import type { Command } from './types';

/** Problems shown in the human output. */
const SHOWN = 20;

function isSummary(result: unknown): result is ValidateDataSummary {
  return !!result && typeof result === 'object' && Array.isArray((result as ValidateDataSummary).problems);
}

/** "CBOs!D12" when the column is found, else "CBOs row 12" (in a language). */
type CellOf = (problem: Problem, language: Language) => string;

/** "CBOs row 12 (Province)", "CBOs ជួរដេក ១២ (Province)". */
export const rowOf: CellOf = (p, language) => {
  const say = cliTranslator(language);
  if (p.row === null) return p.sheet;
  const row = digits(p.row);
  return p.column
    ? say('cli.rowColumn', { sheet: p.sheet, row, column: p.column })
    : say('cli.rowOf', { sheet: p.sheet, row });
};

export function describeValidation(
  result: unknown,
  language: Language = 'en',
  cellOf: CellOf = rowOf,
): string {
  if (!isSummary(result)) return '';
  const say = cliTranslator(language);
  const lines = [result.summary];
  for (const problem of result.problems.slice(0, SHOWN)) {
    lines.push(
      say('cli.problem', {
        severity: severityText(problem.severity, language),
        where: cellOf(problem, language),
        message: problemMessage(problem, language),
        fix: problemFix(problem, language),
      }),
    );
  }
  if (result.problems.length > SHOWN) {
    lines.push(say('cli.moreValidation', { count: result.problems.length - SHOWN }));
  }
  return lines.join('\n');
}

/** Cell addresses from the header rows of the validated workbook. */
function cellsIn(runtime: OfflineRuntime): CellOf {
  const columns = new Map<string, Map<string, number>>();
  for (const spec of INPUT_SHEETS) {
    const header = runtime.sheetValues(spec.name)?.[0];
    if (header) columns.set(spec.name, mapHeaders(header, spec.columns).index);
  }
  return (problem, language) => {
    const index = problem.column === null ? undefined : columns.get(problem.sheet)?.get(problem.column);
    // A1 addresses are English notation: a Khmer reader gets the sheet, row and column named.
    if (problem.row === null || index === undefined || language === 'km') return rowOf(problem, language);
    return `${problem.sheet}!${a1(problem.row, index + 1)}`;
  };
}

export const validate: Command = {
  name: 'validate',
  summary: 'Check every sheet against the workbook contract (runs validateData, like "Validate data").',
  options: [{ name: 'today', value: 'YYYY-MM-DD', description: 'Check dates as if today were this day.' }],
  entryPoint: 'validateData',
  demo: true,
  buildOptions: (args) =>
    typeof args.options.today === 'string' ? { today: args.options.today } : undefined,
  describe: (result, language, runtime) =>
    describeValidation(result, language, runtime ? cellsIn(runtime) : rowOf),
  foundProblems: (result) => isSummary(result) && result.errors > 0,
  async run(args, io) {
    if (!args.workbook)
      throw new UsageError('usage: cbo-tracker validate <workbook.xlsx> [--out DIR] [--json]');
    if (typeof args.options.today === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(args.options.today)) {
      throw new UsageError(`--today ${args.options.today}: write the day as YYYY-MM-DD`);
    }
    const target = outputPath(args.workbook, args.outDir);
    const runtime = await openForCommand(args.workbook, args, io, { onUi: undefined });
    const result = runEntryPoint(runtime, validate, args);
    if (!isSummary(result)) throw new Error('validateData returned no summary');
    const files = await runtime.save(target);
    if (args.json) {
      io.json({
        checked: result.checked,
        problems: result.problems,
        summary: result.summary,
        errors: result.errors,
        warnings: result.warnings,
        workbook: args.workbook,
        output: target,
        files,
        serviceCalls: runtime.calls.total(),
        appsScriptSeconds: appsScriptSecondsOf(runtime),
      });
    } else {
      const language = languageOf(runtime);
      io.say(describeValidation(result, language, cellsIn(runtime)));
      for (const file of files) io.say(wrote(file, language));
    }
    return result.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};

/**
 * `cbo-tracker validate FILE [--out DIR] [--json] [--today YYYY-MM-DD]`: runs validateData (the
 * menu item) on a copy of the workbook, writes the copy with its Validation sheet and marks to
 * DIR, and exits 1 when any error is found. --json prints {"checked", "problems", ...}.
 */
import path from 'node:path';
import { INPUT_SHEETS } from '../../workbook/contract';
import { mapHeaders } from '../../workbook/headers';
import type { OfflineRuntime } from '../runtime';
import { a1 } from '../../workbook/a1';
import { severityLabel, type Problem } from '../../workbook/problem';
import type { ValidateDataSummary } from '../../validation/validate-data';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, openForCommand, outputPath, runEntryPoint } from './execute';
import type { Command } from './types';

/** Problems shown in the human output. */
const SHOWN = 20;

function isSummary(result: unknown): result is ValidateDataSummary {
  return !!result && typeof result === 'object' && Array.isArray((result as ValidateDataSummary).problems);
}

/** "CBOs!D12" when the column is found, else "CBOs row 12". */
type CellOf = (problem: Problem) => string;

const rowOf: CellOf = (p) =>
  p.row === null ? p.sheet : `${p.sheet} row ${p.row}${p.column ? ` (${p.column})` : ''}`;

export function describeValidation(result: unknown, cellOf: CellOf = rowOf): string {
  if (!isSummary(result)) return '';
  const lines = [result.summary];
  for (const problem of result.problems.slice(0, SHOWN)) {
    const severity = severityLabel(problem.severity);
    lines.push(`  ${severity} ${cellOf(problem)}: ${problem.message} — ${problem.fix}`);
  }
  if (result.problems.length > SHOWN) {
    lines.push(`  ... and ${result.problems.length - SHOWN} more: see the Validation sheet.`);
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
  return (problem) => {
    const index = problem.column === null ? undefined : columns.get(problem.sheet)?.get(problem.column);
    if (problem.row === null || index === undefined) return rowOf(problem);
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
  describe: (result) => describeValidation(result),
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
      });
    } else {
      io.say(describeValidation(result, cellsIn(runtime)));
      for (const file of files) io.say(`wrote ${path.relative(process.cwd(), file) || file}`);
    }
    return result.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};

/**
 * `cbo-tracker indicators FILE [--out DIR] [--json]`: runs computeIndicators (the menu's "Compute
 * indicators") and writes the updated workbook to DIR. `--json` prints
 * `{"results": [...], "problems": [...], "summary": {...}, "output": ..., "files": [...]}`.
 * Exit code 1 when an indicator failed.
 */
import { cliTranslator } from '../../i18n/cli';
import type { Language } from '../../i18n/language';
import { digits } from '../../i18n/messages';
import { problemMessage } from '../../i18n/problems';
import type { Problem } from '../../workbook/problem';
import { WorkbookError } from '../runtime';
import {
  appsScriptSecondsOf,
  EXIT_OK,
  EXIT_PROBLEMS,
  languageOf,
  openForCommand,
  outputPath,
  runEntryPoint,
  UsageError,
  wrote,
} from './execute';
import type { Command } from './types';

interface IndicatorsOutcome {
  results: {
    id: string;
    indicator: string;
    breakdown: Record<string, string> | null;
    display: string;
  }[];
  problems: (Pick<Problem, 'severity' | 'row' | 'message' | 'i18n'> & {
    indicator: string;
    column: string;
  })[];
  summary: { message: string; failed: { id: string; reason: string }[] };
}

function isOutcome(result: unknown): result is IndicatorsOutcome {
  return (
    typeof result === 'object' && result !== null && Array.isArray((result as IndicatorsOutcome).results)
  );
}

/** The headline lines: each indicator's total. */
export function describeIndicators(result: unknown, language: Language = 'en'): string {
  if (!isOutcome(result)) return '';
  const say = cliTranslator(language);
  const totals = result.results.filter((r) => r.breakdown === null);
  const idWidth = Math.max(0, ...totals.map((r) => r.id.length));
  const labelWidth = Math.min(70, Math.max(0, ...totals.map((r) => r.indicator.length)));
  const label = (text: string) => (text.length > labelWidth ? `${text.slice(0, labelWidth - 1)}…` : text);
  const lines = totals.map(
    (r) => `${r.id.padEnd(idWidth)}  ${label(r.indicator).padEnd(labelWidth)}  ${r.display}`,
  );
  for (const failed of result.summary.failed)
    lines.push(`${failed.id.padEnd(idWidth)}  ${say('cli.indicatorFailed', { reason: failed.reason })}`);
  // Errors that did not stop their indicator (a Target that is not a number), then warnings.
  const failed = new Set(result.summary.failed.map((f) => f.id));
  const errors = result.problems.filter(
    (p) => p.severity === 'error' && p.indicator && !failed.has(p.indicator),
  );
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  for (const warning of [...errors, ...warnings]) {
    lines.push(
      say(warning.severity === 'error' ? 'cli.indicatorError' : 'cli.indicatorWarning', {
        indicator: warning.indicator,
        row: digits(warning.row ?? ''),
        column: warning.column,
        message: problemMessage(warning, language),
      }),
    );
  }
  lines.push(result.summary.message);
  return lines.join('\n');
}

export const indicators: Command = {
  name: 'indicators',
  summary: 'Compute the indicators of the Indicators sheet into Indicator results and Indicator rows.',
  entryPoint: 'computeIndicators',
  demo: true,
  buildOptions: () => ({ quiet: true }),
  describe: describeIndicators,
  foundProblems: (result) =>
    isOutcome(result) &&
    (result.summary.failed.length > 0 || result.problems.some((p) => p.severity === 'error')),
  async run(args, io) {
    if (!args.workbook)
      throw new UsageError('usage: cbo-tracker indicators <workbook.xlsx> [--out DIR] [--json]');
    const target = outputPath(args.workbook, args.outDir);
    const runtime = await openForCommand(args.workbook, args, io);
    let result: unknown;
    try {
      result = runEntryPoint(runtime, indicators, args);
    } catch (error) {
      if (error instanceof UsageError || error instanceof WorkbookError) throw error;
      throw new WorkbookError(`indicators failed on ${args.workbook}: ${(error as Error).message}`);
    }
    const files = await runtime.save(target);
    const failed = indicators.foundProblems?.(result) ?? false;
    if (args.json) {
      io.json({
        ...(isOutcome(result) ? result : { result }),
        output: target,
        files,
        appsScriptSeconds: appsScriptSecondsOf(runtime),
      });
    } else {
      const language = languageOf(runtime);
      io.say(describeIndicators(result, language));
      for (const file of files) io.say(wrote(file, language));
    }
    return failed ? EXIT_PROBLEMS : EXIT_OK;
  },
};

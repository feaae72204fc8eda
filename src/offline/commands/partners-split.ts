/**
 * `cbo-tracker partners-split FILE [--from DIR] [--out DIR] [--json]`: runs createPartnerSheets
 * (the menu's "Create partner sheets"). Writes the master to DIR/<file name> and one copy per
 * partner to DIR/partners/<Partner> – CBOs.xlsx, with DIR/partners/.index.json (ID → file). Copies
 * of an earlier split (found with --from, default: beside FILE) are refreshed, not duplicated; a
 * copy with uncollected changes is left alone (exit 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PartnerCopySummary } from '../../sharing/partners/split';
import { InputGuard, InputWriteError, realPathOf } from '../guard';
import { readSpreadsheetIndex } from '../runtime';
import { cliTranslator } from '../../i18n/cli';
import type { Language } from '../../i18n/language';
import { problemFix, problemMessage, severityText } from '../../i18n/problems';
import { rowOf } from './validate';
import { UsageError } from './execute';
import type { Command, ParsedArgs } from './types';

/** Folder of the partner copies under an output folder. */
export const PARTNERS_DIR = 'partners';

/**
 * The partner copies (ID → .xlsx) of `--from DIR` (DIR/partners/ or DIR itself, whichever has an
 * index), default the folder of FILE. Undefined when there is none.
 */
export function partnerCopies(args: ParsedArgs): { dir: string; files: Record<string, string> } | undefined {
  const given = typeof args.options.from === 'string' ? args.options.from : undefined;
  const base = path.resolve(given ?? path.dirname(args.workbook ?? '.'));
  if (given && !fs.existsSync(base)) throw new UsageError(`--from ${given}: no such folder`);
  for (const dir of [path.join(base, PARTNERS_DIR), base]) {
    const files = readSpreadsheetIndex(dir);
    if (files) return { dir, files };
  }
  if (given)
    throw new UsageError(
      `--from ${given}: no partner copies there (expected ${path.join(given, PARTNERS_DIR, '.index.json')} from partners-split)`,
    );
  return undefined;
}

/**
 * The refreshed copies go to OUT/partners/; the copies they are made from are an input and are
 * never written. Refused before anything runs (not after announcing "copy refreshed"): --out
 * reaching the copies' own folder (by path or link), or an output that is a hard link of a copy.
 */
function refuseRefreshInPlace(
  args: ParsedArgs,
  copies: { dir: string; files: Record<string, string> },
): void {
  const target = path.resolve(args.outDir, PARTNERS_DIR);
  if (realPathOf(target) === realPathOf(copies.dir))
    throw new UsageError(
      `--out ${args.outDir}: the refreshed partner copies would be written to ${target}, the folder ` +
        `they are read from, and the copies read are never written; give another --out folder`,
    );
  const guard = new InputGuard();
  for (const file of Object.values(copies.files)) guard.protect(file);
  try {
    guard.checkAll(Object.values(copies.files).map((file) => path.join(target, path.basename(file))));
  } catch (error) {
    if (error instanceof InputWriteError) throw new UsageError(error.message);
    throw error;
  }
}

function partnersOf(result: unknown): PartnerCopySummary[] {
  const partners = (result as { partners?: unknown } | undefined)?.partners;
  return Array.isArray(partners) ? (partners as PartnerCopySummary[]) : [];
}

export function describeSplit(result: unknown, language: Language = 'en'): string {
  const say = cliTranslator(language);
  const partners = partnersOf(result);
  if (partners.length === 0) return say('cli.split.none');
  return partners
    .flatMap((p) => {
      const problems = (p.problems ?? []).map((problem) =>
        say('cli.split.problem', {
          severity: severityText(problem.severity, language),
          where: rowOf(problem, language),
          message: problemMessage(problem, language),
          fix: problemFix(problem, language),
        }),
      );
      if (p.refused) return [say('cli.split.refused', { partner: p.partner, why: p.refused }), ...problems];
      const note = p.note ? say('cli.note', { note: p.note }) : '';
      const line = p.reused ? 'cli.split.refreshed' : 'cli.split.new';
      return [say(line, { partner: p.partner, count: p.cbos, id: p.id, note }), ...problems];
    })
    .join('\n');
}

export const partnersSplit: Command = {
  name: 'partners-split',
  summary:
    'Make one copy per partner with its CBOs under DIR/partners/ (runs createPartnerSheets, like "Create partner sheets").',
  entryPoint: 'createPartnerSheets',
  demo: true,
  options: [
    {
      name: 'from',
      value: 'DIR',
      description:
        'folder with the partner copies of an earlier split (DIR/partners/); default: the folder of FILE. They are refreshed, not duplicated.',
    },
  ],
  runtimeOptions: (args) => {
    const copies = partnerCopies(args);
    if (copies) refuseRefreshInPlace(args, copies);
    return { spreadsheetFiles: copies?.files ?? {}, spreadsheetsDir: PARTNERS_DIR, saveOpened: true };
  },
  describe: describeSplit,
  foundProblems: (result) => partnersOf(result).some((p) => !!p.refused || !!p.problems?.length),
};

/**
 * `cbo-tracker partners-collect FILE --from DIR [--out DIR] [--json]`: runs collectPartnerUpdates
 * (the menu's "Collect partner updates") with the partner copies of DIR/partners/ (or DIR), and
 * writes the merged master to DIR/<file name> of --out. The copies are only read. Exit 1 when a
 * conflict, a flag, a refused row or copy, or a change held back by an error is left to check.
 */
import type { CollectSummary } from '../../sharing/partners/collect';
import { cliTranslator } from '../../i18n/cli';
import type { Language } from '../../i18n/language';
import { problemMessage, severityText } from '../../i18n/problems';
import { rowOf } from './validate';
import { UsageError } from './execute';
import { partnerCopies } from './partners-split';
import type { Command } from './types';

/** Problems shown in the human output. */
const SHOWN = 20;

function isSummary(result: unknown): result is CollectSummary {
  return !!result && typeof result === 'object' && Array.isArray((result as CollectSummary).partners);
}

export function describeCollect(result: unknown, language: Language = 'en'): string {
  if (!isSummary(result)) return '';
  const say = cliTranslator(language);
  const lines = result.partners.map((p) =>
    p.refused
      ? `${p.partner}: ${p.refused}`
      : say('cli.collect.partner', {
          partner: p.partner,
          updated: p.updated,
          appended: p.appended,
          issues: p.issues,
          problems: p.problems,
        }) +
        (p.heldBack ? say('cli.collect.heldBack', { count: p.heldBack }) : '') +
        (p.unchanged ? say('cli.collect.unchanged') : ''),
  );
  for (const p of result.problems.slice(0, SHOWN)) {
    const where = say('cli.collect.where', { partner: p.partner, place: rowOf(p, language) });
    lines.push(
      say('cli.collect.problem', {
        severity: severityText(p.severity, language),
        where,
        message: problemMessage(p, language),
        held: p.heldBack ? say('cli.collect.notCollected') : '',
      }),
    );
  }
  if (result.problems.length > SHOWN)
    lines.push(say('cli.collect.more', { count: result.problems.length - SHOWN }));
  lines.push(
    say('cli.collect.total', {
      updated: result.updated,
      appended: result.appended,
      conflicts: result.conflicts,
    }),
  );
  return lines.join('\n');
}

export const partnersCollect: Command = {
  name: 'partners-collect',
  summary:
    'Merge the partner copies of --from DIR into CBOs (runs collectPartnerUpdates, like "Collect partner updates").',
  entryPoint: 'collectPartnerUpdates',
  options: [
    {
      name: 'from',
      value: 'DIR',
      description:
        'folder of the partner copies (DIR/partners/ as partners-split wrote it); default: the folder of FILE',
    },
  ],
  runtimeOptions: (args) => {
    const copies = partnerCopies(args);
    if (!copies)
      throw new UsageError(
        `no partner copies beside ${args.workbook}: give --from DIR (the --out folder of partners-split)`,
      );
    return { spreadsheetFiles: copies.files };
  },
  describe: describeCollect,
  foundProblems: (result) =>
    isSummary(result) &&
    (result.conflicts > 0 || result.heldBack > 0 || result.partners.some((p) => !!p.refused)),
};

/**
 * `cbo-tracker partners-collect FILE --from DIR [--out DIR] [--json]`: runs collectPartnerUpdates
 * (the menu's "Collect partner updates") with the partner copies of DIR/partners/ (or DIR), and
 * writes the merged master to DIR/<file name> of --out. The copies are only read. Exit 1 when a
 * conflict, a flag, a refused row or copy, or a change held back by an error is left to check.
 */
import type { CollectSummary } from '../../sharing/partners/collect';
import { severityLabel } from '../../workbook/problem';
import { UsageError } from './execute';
import { partnerCopies } from './partners-split';
import type { Command } from './types';

/** Problems shown in the human output. */
const SHOWN = 20;

function isSummary(result: unknown): result is CollectSummary {
  return !!result && typeof result === 'object' && Array.isArray((result as CollectSummary).partners);
}

export function describeCollect(result: unknown): string {
  if (!isSummary(result)) return '';
  const lines = result.partners.map((p) =>
    p.refused
      ? `${p.partner}: ${p.refused}`
      : `${p.partner}: ${p.updated} cell(s) updated, ${p.appended} new CBO(s), ${p.issues} item(s) in Sync conflicts, ` +
        `${p.problems} problem(s)${p.heldBack ? `, ${p.heldBack} change(s) held back` : ''}`,
  );
  for (const p of result.problems.slice(0, SHOWN)) {
    const where = `${p.partner}'s copy, ${p.sheet} row ${p.row}${p.column ? ` (${p.column})` : ''}`;
    const severity = severityLabel(p.severity);
    lines.push(`  ${severity} ${where}: ${p.message}${p.heldBack ? ' Not collected until fixed.' : ''}`);
  }
  if (result.problems.length > SHOWN)
    lines.push(`  ... and ${result.problems.length - SHOWN} more: see the Partner problems sheet.`);
  lines.push(
    `Total: ${result.updated} cell(s) updated, ${result.appended} new CBO(s), ${result.conflicts} item(s) to check in Sync conflicts.`,
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

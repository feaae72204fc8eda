/**
 * Interim jobs over the existing menu code, until the sharing capability ships its own Job
 * implementations (partners-split and partners-collect); the registry then lists theirs instead.
 * One step over every partner: the sharing code makes or refreshes each partner's copy once, so a
 * repeated run refreshes rather than duplicates.
 */
import { collectPartnerCopies, createPartnerCopies } from '../sharing/partners/sync';
import type { Problem } from '../workbook/problem';
import { singleStepJob } from './single';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const interimPartnersSplitJob = singleStepJob(
  'partners-split',
  'Create partner sheets',
  (spreadsheet) => {
    const partners = createPartnerCopies(spreadsheet);
    const problems: Problem[] = partners
      .filter((p) => p.refused)
      .map((p) => ({
        severity: 'warning',
        sheet: 'Partners',
        row: null,
        column: 'Partner',
        code: 'partner-copy-refused',
        message: `${p.partner}: ${p.refused}`,
        fix: 'Collect partner updates first, then create the partner sheets again.',
        value: p.partner,
      }));
    const made = partners.filter((p) => !p.refused);
    const summary = partners.length
      ? `${plural(made.length, 'partner sheet')} made or refreshed` +
        (problems.length ? `, ${problems.length} left alone (changes not collected yet)` : '')
      : 'No partner in "Partners": no partner sheet made';
    return { summary, problems };
  },
);

export const interimPartnersCollectJob = singleStepJob(
  'partners-collect',
  'Collect partner updates',
  (spreadsheet) => {
    const result = collectPartnerCopies(spreadsheet);
    const summary =
      `${plural(result.updated, 'cell')} updated, ${plural(result.appended, 'new CBO')} added, ` +
      `${plural(result.conflicts, 'item')} to check in "Sync conflicts"`;
    // The rows are the partner copy's, not this spreadsheet's: each problem points to the
    // `Partner problems` sheet, which lists them with a link to the copy.
    const problems: Problem[] = result.problems.map((p) => ({
      severity: p.severity,
      sheet: 'Partner problems',
      row: null,
      column: null,
      code: p.code,
      message:
        `${p.partner}'s copy, ${p.sheet}${p.row !== null ? ` row ${p.row}` : ''}` +
        `${p.column ? ` (${p.column})` : ''}: ${p.message}`,
      fix: p.fix,
      ...(p.value !== undefined ? { value: p.value } : {}),
    }));
    return { summary, problems };
  },
);

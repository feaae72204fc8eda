/**
 * `cbo-tracker setup FILE [--out DIR] [--json]`: runs setUpSheets (the menu's "Set up sheets") on a
 * copy of the workbook: missing sheets and columns, dropdowns, protections (saved in the
 * `.protections.json` sidecar). The input is never written.
 */
import type { SetupSummary } from '../../sharing/setup/apply';
import { cliTranslator } from '../../i18n/cli';
import type { Language } from '../../i18n/language';
import { t } from '../../i18n/messages';
import type { Command } from './types';

function isSummary(result: unknown): result is SetupSummary {
  return !!result && typeof result === 'object' && Array.isArray((result as SetupSummary).createdSheets);
}

export function describeSetup(result: unknown, language: Language = 'en'): string {
  if (!isSummary(result)) return '';
  const say = cliTranslator(language);
  const { created, updated, unchanged, skipped } = result.protections;
  const lines = [
    say('cli.setup.sheets', { sheets: result.createdSheets.join(', ') || say('cli.none') }),
    ...Object.entries(result.addedColumns).map(([sheet, headers]) =>
      say('cli.setup.columns', { sheet, columns: headers.join(', ') }),
    ),
    say('cli.setup.seeded', { lists: result.seeded.join(', ') || say('cli.nothing') }),
    say('cli.setup.dropdowns', { count: result.dropdowns }) +
      (result.keptUserDropdowns.length
        ? say('cli.setup.keptDropdowns', { columns: result.keptUserDropdowns.join(', ') })
        : ''),
    say('cli.setup.protections', { created, updated, unchanged }),
    // What the menu's toast says too: protections a staff member may not change stay as they are.
    ...(skipped ? [t(language, 'setup.skipped', { count: skipped })] : []),
    ...result.problems,
  ];
  return lines.join('\n');
}

export const setup: Command = {
  name: 'setup',
  summary: 'Create missing sheets and columns, dropdowns and header protections (runs setUpSheets).',
  entryPoint: 'setUpSheets',
  demo: true,
  describe: describeSetup,
  foundProblems: (result) => isSummary(result) && result.problems.length > 0,
};

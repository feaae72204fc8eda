/**
 * `cbo-tracker setup FILE [--out DIR] [--json]`: runs setUpSheets (the menu's "Set up sheets") on a
 * copy of the workbook: missing sheets and columns, dropdowns, protections (saved in the
 * `.protections.json` sidecar). The input is never written.
 */
import type { SetupSummary } from '../../sharing/setup/apply';
import type { Command } from './types';

function isSummary(result: unknown): result is SetupSummary {
  return !!result && typeof result === 'object' && Array.isArray((result as SetupSummary).createdSheets);
}

export function describeSetup(result: unknown): string {
  if (!isSummary(result)) return '';
  const lines = [
    `Created sheets: ${result.createdSheets.join(', ') || 'none'}`,
    ...Object.entries(result.addedColumns).map(
      ([sheet, headers]) => `Added to ${sheet}: ${headers.join(', ')}`,
    ),
    `Seeded: ${result.seeded.join(', ') || 'nothing'}`,
    `Dropdowns: ${result.dropdowns}` +
      (result.keptUserDropdowns.length
        ? ` (kept the user's own on ${result.keptUserDropdowns.join(', ')})`
        : ''),
    `Protections: ${result.protections.created} created, ${result.protections.updated} updated, ` +
      `${result.protections.unchanged} unchanged`,
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

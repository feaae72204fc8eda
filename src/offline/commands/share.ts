/** `cbo-tracker share FILE [--project ID]`: view access + e-mail (recorded, not sent) for partners. */
import { severityLabel, type Problem } from '../../workbook/problem';
import type { Command } from './types';

export const share: Command = {
  name: 'share',
  summary: 'Share progress reports with partners (Receives reports = Yes); e-mails are printed, not sent.',
  entryPoint: 'shareReportWithPartners',
  options: [
    { name: 'project', value: 'ID', description: 'Project ID (default: all projects with a report)' },
  ],
  buildOptions: (args) => ({
    projectId: typeof args.options.project === 'string' ? args.options.project : 'all',
  }),
  describe: (result) => {
    const r = result as
      | {
          sharing?: { projectId: string; viewers: number; emailsSent: number }[];
          problems?: Problem[];
        }
      | undefined;
    const lines = (r?.sharing ?? []).map(
      (s) => `${s.projectId}: ${s.viewers} viewer(s), ${s.emailsSent} e-mail(s)`,
    );
    // Why nothing was shared (no report yet, no partner receives reports): never an exit 1 in silence.
    for (const p of r?.problems ?? []) {
      const where = [p.sheet, p.row ? `row ${p.row}` : '', p.column ? `(${p.column})` : '']
        .filter(Boolean)
        .join(' ');
      lines.push(`${severityLabel(p.severity)}${where ? ` ${where}` : ''}: ${p.message}`);
    }
    if (lines.length === 0) lines.push('Nothing to share: no project has a progress report.');
    return lines.join('\n');
  },
  foundProblems: (result) => ((result as { problems?: unknown[] })?.problems ?? []).length > 0,
};

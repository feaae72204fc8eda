/** `cbo-tracker share FILE [--project ID]`: view access + e-mail (recorded, not sent) for partners. */
import type { Problem } from '../../workbook/problem';
import { cliTranslator } from '../../i18n/cli';
import { problemMessage, severityText } from '../../i18n/problems';
import { rowOf } from './validate';
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
  describe: (result, language) => {
    const say = cliTranslator(language);
    const r = result as
      | {
          sharing?: { projectId: string; viewers: number; emailsSent: number }[];
          problems?: Problem[];
        }
      | undefined;
    const lines = (r?.sharing ?? []).map((s) =>
      say('cli.share.line', { project: s.projectId, viewers: s.viewers, emails: s.emailsSent }),
    );
    // Why nothing was shared (no report yet, no partner receives reports): never an exit 1 in silence.
    for (const p of r?.problems ?? []) {
      const where = p.sheet ? ` ${rowOf(p, language)}` : '';
      const message = problemMessage(p, language);
      lines.push(say('cli.share.problem', { severity: severityText(p.severity, language), where, message }));
    }
    if (lines.length === 0) lines.push(say('cli.share.nothing'));
    return lines.join('\n');
  },
  foundProblems: (result) => ((result as { problems?: unknown[] })?.problems ?? []).length > 0,
};

/** `cbo-tracker share FILE [--project ID]`: view access + e-mail (recorded, not sent) for partners. */
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
      { sharing?: { projectId: string; viewers: number; emailsSent: number }[] } | undefined;
    return (r?.sharing ?? [])
      .map((s) => `${s.projectId}: ${s.viewers} viewer(s), ${s.emailsSent} e-mail(s)`)
      .join('\n');
  },
  foundProblems: (result) => ((result as { problems?: unknown[] })?.problems ?? []).length > 0,
};

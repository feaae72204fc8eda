/** `cbo-tracker report FILE [--project ID] [--pdf] [--share]`: progress reports under DIR/docs/. */
import { documentCommand } from './minutes';

export const report = documentCommand({
  name: 'report',
  summary:
    'Generate progress reports (all projects, or --project ID) under DIR/docs/; {{IND-x}} cites Indicator results (computed now when that sheet is empty).',
  entryPoint: 'generateProgressReport',
  idOption: 'project',
  optionKey: 'projectId',
});

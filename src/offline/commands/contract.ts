/** `cbo-tracker contract [--write]`: the workbook contract as Markdown (docs/workbook.md). */
import fs from 'node:fs';
import path from 'node:path';
import { workbookDocument } from '../../workbook/contract-doc';
import { REPO_ROOT } from '../runtime';
import type { Command } from './types';

/** Where `contract --write` puts the document. */
export const WORKBOOK_DOC = path.join(REPO_ROOT, 'docs', 'workbook.md');

export const contract: Command = {
  name: 'contract',
  options: [{ name: 'write', description: 'write docs/workbook.md instead of printing it' }],
  summary:
    'Print the workbook contract: every sheet, column and setting the tool reads or writes (--write updates docs/workbook.md).',
  async run(args) {
    if (args.options.write) {
      fs.mkdirSync(path.dirname(WORKBOOK_DOC), { recursive: true });
      fs.writeFileSync(WORKBOOK_DOC, workbookDocument());
      process.stderr.write(`wrote ${path.relative(process.cwd(), WORKBOOK_DOC) || WORKBOOK_DOC}\n`);
    } else process.stdout.write(workbookDocument());
    return 0;
  },
};

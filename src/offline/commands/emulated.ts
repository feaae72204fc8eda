import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../runtime';
import { emulatedDocument, emulatedTable } from '../services/emulated-table';
import { allEmulatedClasses } from '../services/registry';
import { emulatedMethods } from '../services/emulation';
import type { Command } from './types';

/** Where `emulated --write` puts the table. */
export const EMULATED_DOC = path.join(REPO_ROOT, 'docs', 'emulated.md');

export const emulated: Command = {
  name: 'emulated',
  options: [{ name: 'write', description: 'write docs/emulated.md instead of printing the table' }],
  summary:
    'List the Apps Script classes and methods the offline runtime emulates (Markdown table; --write updates docs/emulated.md).',
  async run(args, io) {
    if (args.json) {
      io.json({
        classes: Object.fromEntries(
          allEmulatedClasses().map((fake) => [fake.gasClass, emulatedMethods(fake)]),
        ),
      });
    } else if (args.options.write) {
      fs.mkdirSync(path.dirname(EMULATED_DOC), { recursive: true });
      fs.writeFileSync(EMULATED_DOC, emulatedDocument());
      process.stderr.write(`wrote ${path.relative(process.cwd(), EMULATED_DOC) || EMULATED_DOC}\n`);
    } else process.stdout.write(`${emulatedTable()}\n`);
    return 0;
  },
};

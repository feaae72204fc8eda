import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../runtime';
import { emulatedDocument, emulatedTable, withPrices } from '../services/emulated-table';
import { allEmulatedClasses } from '../services/registry';
import { emulatedMethods } from '../services/emulation';
import type { Command } from './types';

/** Where `emulated --write` puts the table. */
export const EMULATED_DOC = path.join(REPO_ROOT, 'docs', 'emulated.md');
/** The runtime's reference, whose price table `emulated --write` regenerates. */
export const RUNTIME_DOC = path.join(REPO_ROOT, 'docs', 'runtime.md');

export const emulated: Command = {
  name: 'emulated',
  options: [
    {
      name: 'write',
      description: 'write docs/emulated.md and the price table of docs/runtime.md instead of printing',
    },
  ],
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
      const runtimeDoc = fs.existsSync(RUNTIME_DOC)
        ? fs.readFileSync(RUNTIME_DOC, 'utf8')
        : '# The offline runtime\n';
      fs.writeFileSync(RUNTIME_DOC, withPrices(runtimeDoc));
      for (const file of [EMULATED_DOC, RUNTIME_DOC])
        process.stderr.write(`wrote ${path.relative(process.cwd(), file) || file}\n`);
    } else process.stdout.write(`${emulatedTable()}\n`);
    return 0;
  },
};

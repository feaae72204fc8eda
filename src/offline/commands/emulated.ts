import { emulatedTable } from '../services/emulated-table';
import { allEmulatedClasses } from '../services/registry';
import { emulatedMethods } from '../services/emulation';
import type { Command } from './types';

export const emulated: Command = {
  name: 'emulated',
  summary: 'List the Apps Script classes and methods the offline runtime emulates (Markdown table).',
  async run(args, io) {
    if (args.json) {
      io.json({
        classes: Object.fromEntries(
          allEmulatedClasses().map((fake) => [fake.gasClass, emulatedMethods(fake)]),
        ),
      });
    } else process.stdout.write(`${emulatedTable()}\n`);
    return 0;
  },
};

import type { Command } from './types';

export const about: Command = {
  name: 'about',
  summary: 'Show the Help / About text (runs showAbout, like the menu item).',
  entryPoint: 'showAbout',
  saves: false,
  describe: (result) => String(result ?? ''),
};

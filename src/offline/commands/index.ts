/** The CLI commands, in the order `help` and the demo list them. Add one line per command. */
import { about } from './about';
import { demo } from './demo';
import { emulated } from './emulated';
import type { Command } from './types';

export const COMMANDS: Command[] = [about, demo, emulated];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

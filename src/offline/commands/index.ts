/** The CLI commands, in the order `help` and the demo list them. Add one line per command. */
import { about } from './about';
import { contract } from './contract';
import { demo } from './demo';
import { emulated } from './emulated';
import { indicators } from './indicators';
import { minutes } from './minutes';
import { partnersCollect } from './partners-collect';
import { partnersSplit } from './partners-split';
import { report } from './report';
import { run } from './run';
import { setup } from './setup';
import { share } from './share';
import type { Command } from './types';
import { ui } from './ui';
import { validate } from './validate';

export const COMMANDS: Command[] = [
  about,
  demo,
  emulated,
  contract,
  validate,
  indicators,
  minutes,
  report,
  share,
  setup,
  partnersSplit,
  partnersCollect,
  ui,
  run,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

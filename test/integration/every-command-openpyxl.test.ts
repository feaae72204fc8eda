/**
 * On a workbook another tool wrote (Debian's python3-openpyxl: columns in another order, a column
 * of the user's own, formatting): after the owner's Set up sheets, every command as a staff editor
 * who is not a coordinator (bound script, then as an add-on), and `run` of every menu function as
 * an add-on. Nothing the user had is lost, formatting and the unknown column included.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { runCli } from '../support/cli';
import { ensureBuild, tempDir } from '../support/runtime';
import {
  chain,
  COMMANDS,
  expectFormattingKept,
  expectNothingLost,
  MENU_FUNCTIONS,
  STAFF,
} from './every-command-support';

beforeAll(() => ensureBuild());
jest.setTimeout(600_000);

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const SCRIPT = path.join(REPO_ROOT, 'test', 'support', 'openpyxl-rearrange.py');
/** Debian's python3 (python3-openpyxl, installed by .ci/run), not a user's own python. */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function rearranged(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const made = spawnSync(PYTHON, [SCRIPT, EXAMPLE, path.join(dir, 'other.xlsx')], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openpyxl could not write the workbook: ${made.stderr}`);
  return 'other.xlsx';
}

test.each([
  ['a staff editor', ['--as', STAFF]],
  ['a staff editor, as an add-on', ['--as', STAFF, '--addon']],
])('openpyxl workbook: every command as %s after the owner set up; nothing lost', async (_who, extra) => {
  const dir = tempDir('every-command-openpyxl-');
  const input = rearranged(dir);
  expect(runCli(dir, 'setup', input, '--out', 'owner').code).toBe(0);
  const last = chain(
    dir,
    path.join('owner', input),
    COMMANDS.map((c) => [c]),
    extra,
  );
  await expectNothingLost(dir, input, last);
  await expectFormattingKept(path.join(dir, last));
});

test('openpyxl workbook: `run` of every menu function as a staff editor add-on after the owner set up', async () => {
  const dir = tempDir('every-menu-openpyxl-');
  const input = rearranged(dir);
  expect(runCli(dir, 'setup', input, '--out', 'owner').code).toBe(0);
  const last = chain(
    dir,
    path.join('owner', input),
    MENU_FUNCTIONS.map((f) => ['run', f]),
    ['--as', STAFF, '--addon'],
  );
  await expectNothingLost(dir, input, last);
  await expectFormattingKept(path.join(dir, last));
});

/**
 * On the example workbook: after the owner's Set up sheets, every command as a staff editor who is
 * not a coordinator (bound script, then as an add-on), and `run` of every menu function.
 */
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { runCli } from '../support/cli';
import { ensureBuild, tempDir } from '../support/runtime';
import { chain, COMMANDS, copyInto, expectNothingLost, MENU_FUNCTIONS, STAFF } from './every-command-support';

beforeAll(() => ensureBuild());
jest.setTimeout(600_000);

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

test.each([
  ['a staff editor', ['--as', STAFF]],
  ['a staff editor, as an add-on', ['--as', STAFF, '--addon']],
])('example workbook: every command as %s after the owner set up; nothing lost', async (_who, extra) => {
  const dir = tempDir('every-command-example-');
  const input = copyInto(dir, EXAMPLE);
  expect(runCli(dir, 'setup', input, '--out', 'owner').code).toBe(0);
  const last = chain(
    dir,
    path.join('owner', input),
    COMMANDS.map((c) => [c]),
    extra,
  );
  await expectNothingLost(dir, input, last);
});

test('example workbook: `run` of every menu function as a staff editor after the owner set up', async () => {
  const dir = tempDir('every-menu-example-');
  const input = copyInto(dir, EXAMPLE);
  expect(runCli(dir, 'setup', input, '--out', 'owner').code).toBe(0);
  const last = chain(
    dir,
    path.join('owner', input),
    MENU_FUNCTIONS.map((f) => ['run', f]),
    ['--as', STAFF],
  );
  await expectNothingLost(dir, input, last);
});

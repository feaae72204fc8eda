/**
 * A staff editor who is not a coordinator runs the menu items after the owner set the sheets up
 * (strict emulation: protections enforced for the user running, through build/Code.js).
 */
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild, openWorkbookFile, sheetValues } from '../support/runtime';

beforeAll(() => ensureBuild());

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

test('after the owner set up: validate, indicators, set up, start change log, partner sheets and collect work as a staff editor', async () => {
  const runtime = await openWorkbookFile(EXAMPLE, { ownerEmail: 'owner@example.org' });
  runtime.run('setUpSheets');
  runtime.actAs('staff@example.org');
  for (const fn of ['validateData', 'computeIndicators'])
    expect(() => runtime.run(fn, { quiet: true })).not.toThrow();
  expect(sheetValues(runtime, 'Indicator rows').length).toBeGreaterThan(1000);
  const setup = runtime.run('setUpSheets') as { protections: { skipped: number } };
  // The owner's header protections are left alone by someone who may not edit them.
  expect(setup.protections.skipped).toBeGreaterThan(0);
  expect(runtime.run('startChangeLog')).toMatchObject({ installed: true, installer: 'staff@example.org' });
  // Set up added Partners › Partner sheet (a contract column), so a staff editor can make the copies.
  expect(() => runtime.run('createPartnerSheets', { quiet: true })).not.toThrow();
  expect(runtime.createdSpreadsheets.length).toBeGreaterThan(0);
  expect(() => runtime.run('collectPartnerUpdates')).not.toThrow();
  // The owner clicks Start change log too: no second trigger.
  runtime.actAs('owner@example.org');
  expect(runtime.run('startChangeLog')).toMatchObject({ installed: false, installer: 'staff@example.org' });
});

test('the change log of a staff installer keeps logging after the owner runs Set up again (its installer stays able to write)', async () => {
  const runtime = await openWorkbookFile(EXAMPLE, { ownerEmail: 'owner@example.org' });
  runtime.run('setUpSheets');
  runtime.actAs('staff@example.org');
  expect(runtime.run('startChangeLog')).toMatchObject({ installed: true, installer: 'staff@example.org' });
  runtime.actAs('owner@example.org');
  runtime.run('setUpSheets');
  const before = runtime.sheetValues('Change log')?.length ?? 0;
  // The owner edits a CBO name: the trigger runs as its installer, the staff member.
  const { results } = runtime.edit('CBOs', 'B2', 'Renamed by the owner', { user: 'owner@example.org' });
  expect(results.map((r) => r.error)).toEqual([undefined]);
  const log = runtime.sheetValues('Change log') ?? [];
  expect(log.length).toBe(Math.max(before, 1) + 1);
  expect(log.at(-1)).toContain('Renamed by the owner');
});

/**
 * A second staff member regenerates the documents (#9), end to end through the built CLI and
 * build/Code.js: the owner sets up and generates, then a staff editor runs the same command
 * `--as` them on the saved workbook. Drive is per user (drive.file): the second user's script does
 * not see the owner's folder or documents, but DocumentApp opens what is shared with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { runCli } from '../support/cli';
import { ensureBuild, openWorkbookFile, sheetValues, tempDir } from '../support/runtime';

beforeAll(() => ensureBuild());

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const STAFF = 'staff@example.org';

interface DriveIndex {
  files: Record<string, { name: string; mimeType: string; owner?: string; updated: string }>;
  folders: Record<string, { name: string; owner?: string; editors?: string[] }>;
}
const indexOf = (dir: string): DriveIndex =>
  JSON.parse(fs.readFileSync(path.join(dir, 'docs', '.drive', 'index.json'), 'utf8')) as DriveIndex;
const docs = (index: DriveIndex) =>
  Object.values(index.files).filter((f) => f.mimeType === 'application/vnd.google-apps.document');

/** The cell of `header` in the row whose `key` column is `id`, as saved. */
async function cell(file: string, sheet: string, key: string, id: string, header: string): Promise<string> {
  const runtime = await openWorkbookFile(file);
  const values = sheetValues(runtime, sheet);
  const head = values[0].map(String);
  const row = values.find((r) => String(r[head.indexOf(key)]) === id) as unknown[];
  return String(row[head.indexOf(header)] ?? '');
}

/** As the owner does in Drive: shares the folder of the tool's documents with a colleague as an editor. */
function shareFolder(from: string, to: string, email: string): void {
  fs.cpSync(from, to, { recursive: true });
  const file = path.join(to, 'docs', '.drive', 'index.json');
  const index = JSON.parse(fs.readFileSync(file, 'utf8')) as DriveIndex;
  for (const folder of Object.values(index.folders))
    if (folder.name === 'CBO Tracker documents') folder.editors = [email];
  fs.writeFileSync(file, JSON.stringify(index));
}

const KINDS = [
  {
    command: 'minutes',
    option: '--meeting',
    id: 'M-2017-09',
    sheet: 'Meetings',
    key: 'Meeting ID',
    setting: 'Minutes template',
  },
  {
    command: 'report',
    option: '--project',
    id: 'P-2019-01',
    sheet: 'Projects',
    key: 'Project ID',
    setting: 'Report template',
  },
];

describe.each(KINDS)('$command again as a second staff member', (kind) => {
  test('not shared with them: a clear problem, no duplicate, the row link and Settings kept; shared: the same document updated', async () => {
    const dir = tempDir('second-user-');
    fs.copyFileSync(EXAMPLE, path.join(dir, 'in.xlsx'));
    expect(runCli(dir, 'setup', 'in.xlsx', '--out', 'o1').code).toBe(0);
    const first = runCli(dir, kind.command, 'o1/in.xlsx', kind.option, kind.id, '--out', 'o2', '--json');
    expect(first.code).toBe(0);
    const made = JSON.parse(first.stdout).documents[0];
    expect(made.updated).toBe(false);
    const link = await cell(path.join(dir, 'o2', 'in.xlsx'), kind.sheet, kind.key, kind.id, 'Document');
    const template = await cell(
      path.join(dir, 'o2', 'in.xlsx'),
      'Settings',
      'Setting',
      kind.setting,
      'Value',
    );
    expect(link).toBe(made.url);
    expect(template).toMatch(/^[0-9a-f]{24}$/);
    const owned = docs(indexOf(path.join(dir, 'o2')));

    // The owner has not shared their documents: the staff member is told what to do, nothing is made.
    const denied = runCli(
      dir,
      kind.command,
      'o2/in.xlsx',
      kind.option,
      kind.id,
      '--out',
      'o3',
      '--as',
      STAFF,
      '--json',
    );
    expect(denied.code).toBe(1);
    const problem = (JSON.parse(denied.stdout).problems as string[]).join('\n');
    expect(problem).toMatch(new RegExp(`${kind.sheet} row \\d+, Document: you cannot open the document`));
    expect(problem).toMatch(/share it with you as an editor/);
    expect(await cell(path.join(dir, 'o3', 'in.xlsx'), kind.sheet, kind.key, kind.id, 'Document')).toBe(link);
    expect(await cell(path.join(dir, 'o3', 'in.xlsx'), 'Settings', 'Setting', kind.setting, 'Value')).toBe(
      template,
    );
    expect(docs(indexOf(path.join(dir, 'o3')))).toEqual(owned);

    // Shared (the folder, as an editor): the staff member's run updates the very document in the row.
    shareFolder(path.join(dir, 'o2'), path.join(dir, 'o2s'), STAFF);
    const again = runCli(
      dir,
      kind.command,
      'o2s/in.xlsx',
      kind.option,
      kind.id,
      '--out',
      'o4',
      '--as',
      STAFF,
      '--json',
    );
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).documents[0]).toMatchObject({ updated: true, url: link });
    expect(await cell(path.join(dir, 'o4', 'in.xlsx'), kind.sheet, kind.key, kind.id, 'Document')).toBe(link);
    expect(await cell(path.join(dir, 'o4', 'in.xlsx'), 'Settings', 'Setting', kind.setting, 'Value')).toBe(
      template,
    );
    const after = indexOf(path.join(dir, 'o4'));
    expect(
      docs(after)
        .map((d) => d.name)
        .sort(),
    ).toEqual(owned.map((d) => d.name).sort());
    const id = /\/d\/([^/]+)/.exec(link)?.[1] as string;
    expect(after.files[id].owner).toBe('you@example.org');
    expect(after.files[id].updated > indexOf(path.join(dir, 'o2')).files[id].updated).toBe(true);
    // No empty folder of their own either: nothing of theirs was needed.
    expect(Object.values(after.folders).filter((f) => f.owner === STAFF)).toEqual([]);
    if (kind.command !== 'report') return;
    // Sharing the owner's report with partners: Drive (drive.file) does not know it for this user;
    // not shared with them, the problem says whom to ask; shared, DocumentApp shares it.
    const refused = runCli(dir, 'share', 'o3/in.xlsx', '--project', kind.id, '--out', 'o5', '--as', STAFF);
    expect(refused.code).toBe(1);
    expect(refused.stderr + refused.stdout).toMatch(/is not shared with you: ask the person who made it/);
    const shared = runCli(dir, 'share', 'o4/in.xlsx', '--project', kind.id, '--out', 'o6', '--as', STAFF);
    expect([shared.code, shared.stdout + shared.stderr]).toEqual([
      0,
      expect.stringMatching(/[1-9]\d* viewers?\b/),
    ]);
    const viewers = (indexOf(path.join(dir, 'o6')).files[id] as { viewers?: string[] }).viewers ?? [];
    expect(viewers.length).toBeGreaterThan(0);
  });
});

/** The ESLint rule that keeps Apps Script services out of the pure folders (eslint.config.mjs). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CODE = [
  'export function f(): string {',
  '  return SpreadsheetApp.getActive().getName() + Session.getActiveUser();',
  '}',
  '',
].join('\n');

function restricted(file: string): string[] {
  const eslint = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const run = spawnSync(process.execPath, [eslint, '--stdin', '--stdin-filename', file, '-f', 'json'], {
    cwd: ROOT,
    input: CODE,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('pure folders', () => {
  test.each([
    'src/workbook/x.ts',
    'src/validation/sheets/x.ts',
    'src/indicators/x.ts',
    'src/documents/minutes/x.ts',
  ])('%s may not call Apps Script services', (file) => {
    const messages = restricted(file);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/SpreadsheetApp is an Apps Script service/);
  });

  test.each(['src/validation/validate-data.ts', 'src/sharing/setup/apply.ts', 'src/menu/x.ts'])(
    'the glue %s may',
    (file) => {
      expect(restricted(file)).toEqual([]);
    },
  );
});

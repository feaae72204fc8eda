import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/offline/runtime';
import {
  PropertiesSidecar,
  ProtectionsSidecar,
  readSidecar,
  SidecarError,
} from '../../../src/offline/sidecars';
import { ensureBuild } from '../../support/runtime';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-sidecars-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

test('a missing sidecar is undefined; missing property stores default to empty', () => {
  expect(readSidecar(path.join(dir, 'none.json'), PropertiesSidecar)).toBeUndefined();
  const file = write('p.json', JSON.stringify({ document: { cursor: '3' } }));
  expect(readSidecar(file, PropertiesSidecar)).toEqual({ script: {}, document: { cursor: '3' }, user: {} });
});

test('both shapes of the protections sidecar are accepted', () => {
  const protection = {
    type: 'RANGE',
    sheetName: 'CBOs',
    range: 'A1:V1',
    description: 'CBO Tracker: header row of CBOs',
    warningOnly: false,
    editors: ['owner@example.org'],
    unprotectedRanges: [],
  };
  expect(readSidecar(write('a.json', JSON.stringify([protection])), ProtectionsSidecar)).toEqual([
    protection,
  ]);
  const shared = { editors: ['partner@example.org'], protections: [protection] };
  expect(readSidecar(write('b.json', JSON.stringify(shared)), ProtectionsSidecar)).toEqual(shared);
});

test('a damaged sidecar is one clear error naming the file and the field', () => {
  const broken = write('c.json', '{"document": {"cursor": 3}}');
  expect(() => readSidecar(broken, PropertiesSidecar)).toThrow(SidecarError);
  expect(() => readSidecar(broken, PropertiesSidecar)).toThrow(
    /c\.json: unexpected content at document\.cursor/,
  );
  expect(() => readSidecar(write('d.json', '{not json'), PropertiesSidecar)).toThrow(
    /d\.json: not valid JSON/,
  );
});

test('the CLI reports a damaged sidecar of its input in one line, exit 2', () => {
  ensureBuild();
  const workbook = path.join(dir, 'copy.xlsx');
  fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'needs-fixing.xlsx'), workbook);
  write('copy.xlsx.properties.json', '[1, 2]');
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'build/node/cli.cjs'), 'validate', workbook, '--out', path.join(dir, 'out')],
    { encoding: 'utf8' },
  );
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/copy\.xlsx\.properties\.json: unexpected content/);
});

/** Builds a test entry (test/support/*-entry.ts) into an Apps Script-like IIFE the runtime can load. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../../src/offline/runtime';

const built = new Map<string, string>();

export function testBundle(entry: string): string {
  const known = built.get(entry);
  if (known) return known;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-test-bundle-')), 'Code.js');
  esbuild.buildSync({
    entryPoints: [path.join(REPO_ROOT, 'test/support', entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    outfile: out,
    tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
    define: { __CBO_TRACKER_VERSION__: '"test"' },
    logLevel: 'warning',
  });
  // The project's HTML files go beside it, as clasp pushes them with Code.js (the sidebar, the
  // default templates' Word files: build-template.ts reads those).
  const build = path.join(REPO_ROOT, 'build');
  for (const name of fs.existsSync(build) ? fs.readdirSync(build) : [])
    if (name.endsWith('.html')) fs.copyFileSync(path.join(build, name), path.join(path.dirname(out), name));
  built.set(entry, out);
  return out;
}

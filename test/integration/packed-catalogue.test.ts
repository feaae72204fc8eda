/**
 * build/Code.js carries the catalogue packed (src/tooling/build.mjs, packedCataloguePlugin): the
 * same esbuild options, built from src/i18n/messages.ts, give back every message of the sources,
 * and the pushed bundle holds no Khmer message as written.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { MESSAGES } from '../../src/i18n/messages';
import type { Message } from '../../src/i18n/message';
import { CODE_PATH, ensureBuild } from '../support/runtime';

const BUILD = path.join(REPO_ROOT, 'src/tooling/build.mjs');

/** MESSAGES as the Apps Script build's options bundle them, as JSON (every Khmer text read). */
function bundledMessages(): { keys: string[]; json: string; bytes: number } {
  const script = `
    const esbuild = await import('esbuild');
    const vm = await import('node:vm');
    const { appsScriptBuildOptions } = await import(${JSON.stringify(BUILD)});
    const options = appsScriptBuildOptions();
    const result = await esbuild.build({ ...options, entryPoints: [${JSON.stringify(path.join(REPO_ROOT, 'src/i18n/messages.ts'))}], globalName: 'M' });
    const text = result.outputFiles[0].text;
    const { MESSAGES } = vm.runInNewContext(text + '\\nM;');
    process.stdout.write(JSON.stringify({ keys: Object.keys(MESSAGES), json: JSON.stringify(MESSAGES), bytes: Buffer.byteLength(text), plugins: options.plugins.map((p) => p.name) }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  const parsed = JSON.parse(out);
  expect(parsed.plugins).toContain('packed-catalogue');
  return parsed;
}

test('the bundled catalogue is the source catalogue, key for key and text for text', () => {
  const bundled = bundledMessages();
  expect(bundled.keys).toEqual(Object.keys(MESSAGES));
  expect(JSON.parse(bundled.json)).toEqual(JSON.parse(JSON.stringify(MESSAGES)));
  // Packed: well under the texts' own UTF-8 bytes.
  expect(bundled.bytes).toBeLessThan(Buffer.byteLength(JSON.stringify(MESSAGES)) * 0.75);
});

test('build/Code.js holds the catalogue packed, not as written', () => {
  ensureBuild();
  const code = fs.readFileSync(CODE_PATH, 'utf8');
  // Short words (a choice's gloss, "male") may be written elsewhere in the bundle too.
  const long = Object.entries(MESSAGES as Record<string, Message>).filter(([, message]) =>
    /[\u1780-\u17ff]{12}/.test(message.km),
  );
  expect(long.length).toBeGreaterThan(300);
  expect(long.filter(([, message]) => code.includes(message.km)).map(([key]) => key)).toEqual([]);
  expect(long.filter(([, message]) => code.includes(message.en)).length).toBeGreaterThan(300);
});

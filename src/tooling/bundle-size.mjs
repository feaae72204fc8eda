// Where the bytes of build/Code.js go: the same esbuild build as src/tooling/build.mjs, with a
// metafile, summed by folder and by file (bytes each source file leaves in the minified output).
// `npm run bundle-size [-- --files N] [-- --json]`. Writes nothing.
import * as esbuild from 'esbuild';
import { appsScriptBuildOptions, MAX_BUNDLE_BYTES } from './build.mjs';

const args = process.argv.slice(2);
const filesAt = args.indexOf('--files');
const fileCount = filesAt >= 0 ? Number(args[filesAt + 1]) : 25;

const result = await esbuild.build({ ...appsScriptBuildOptions(), metafile: true });
const [output] = Object.values(result.metafile.outputs);
const text = result.outputFiles[0].text;
const files = Object.entries(output.inputs)
  .map(([file, input]) => ({ file, bytes: input.bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes);

/** src/i18n/catalogue/menu.ts -> src/i18n/catalogue; src/index.ts -> src. */
const folderOf = (file) => file.split('/').slice(0, -1).join('/') || '.';
const folders = new Map();
for (const { file, bytes } of files) folders.set(folderOf(file), (folders.get(folderOf(file)) ?? 0) + bytes);
const byFolder = [...folders].map(([folder, bytes]) => ({ folder, bytes })).sort((a, b) => b.bytes - a.bytes);

const total = Buffer.byteLength(text);
// Khmer letters take 3 bytes each in UTF-8 (the catalogue's are packed as ASCII: src/i18n/packing.ts).
const khmer = Buffer.byteLength((text.match(/[\u1780-\u17FF\u19E0-\u19FF]/g) ?? []).join(''));

if (args.includes('--json')) {
  console.log(JSON.stringify({ total, budget: MAX_BUNDLE_BYTES, khmer, folders: byFolder, files }, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
  const percent = (bytes) => `${((100 * bytes) / total).toFixed(1).padStart(5)}%`;
  console.log(`build/Code.js (before its entry-point stubs): ${kb(total)} of ${kb(MAX_BUNDLE_BYTES)}`);
  console.log(`Khmer letters written as such in it: ${kb(khmer)} (the catalogue's are packed)\n\nBy folder:`);
  for (const { folder, bytes } of byFolder) console.log(`${kb(bytes)} ${percent(bytes)}  ${folder}`);
  console.log(`\nThe ${fileCount} largest files:`);
  for (const { file, bytes } of files.slice(0, fileCount))
    console.log(`${kb(bytes)} ${percent(bytes)}  ${file}`);
}

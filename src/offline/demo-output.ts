/**
 * `npm start` can be run again: the demo keeps a list of the files it wrote (with their SHA-256)
 * in OUT/.cbo-tracker-demo.json, and the next demo into the same folder first removes those of
 * them that nobody changed since. A file changed since (a partner copy edited to try collect, a
 * document opened and saved) is never removed: the demo stops and names it. Files the demo did not
 * write are left alone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const DEMO_MANIFEST = '.cbo-tracker-demo.json';

interface Manifest {
  files: Record<string, string>;
}

const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every file under `dir` (relative paths), without following links. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.filter((file) => file !== DEMO_MANIFEST);
}

/** The files under `dir` and their hashes, to compare after the run. */
export function snapshotFolder(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((file) => [file, hashOf(path.join(dir, file))]));
}

function readManifest(dir: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dir, DEMO_MANIFEST), 'utf8')) as Manifest;
    return parsed && typeof parsed.files === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes the earlier demo's unchanged files from `dir`. Returns the files changed since that run
 * (nothing is removed then), or [] when the folder is ready.
 */
export function clearEarlierDemo(dir: string): string[] {
  const manifest = readManifest(dir);
  if (!manifest) return [];
  const entries = Object.entries(manifest.files).filter(([file]) => fs.existsSync(path.join(dir, file)));
  const changed = entries
    .filter(([file, hash]) => hashOf(path.join(dir, file)) !== hash)
    .map(([file]) => file);
  if (changed.length) return changed;
  for (const [file] of entries) fs.rmSync(path.join(dir, file));
  // Folders the demo's files leave empty go too (never a folder still holding something).
  const folders = [...new Set(entries.map(([file]) => path.dirname(file)))]
    .filter((folder) => folder !== '.')
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    for (let at = folder; at !== '.'; at = path.dirname(at)) {
      const full = path.join(dir, at);
      if (fs.existsSync(full) && fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    }
  }
  fs.rmSync(path.join(dir, DEMO_MANIFEST));
  return [];
}

/** Records the files this run wrote or changed (compared with `before`). */
export function writeManifest(dir: string, before: Map<string, string>): void {
  const files: Record<string, string> = {};
  for (const [file, hash] of snapshotFolder(dir)) if (before.get(file) !== hash) files[file] = hash;
  fs.writeFileSync(path.join(dir, DEMO_MANIFEST), `${JSON.stringify({ files }, null, 2)}\n`);
}

/**
 * The offline CLI never writes into its input. Path strings are not enough to know that: an
 * `--out` folder may reach the input's folder through a symbolic link, and an output file may be a
 * hard link of the input (another name for the same bytes). So the guard compares what the file
 * system says: the real path (links resolved) and the file identity (device and inode) of each
 * input against each file a run would write.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A file the run reads and must leave byte-identical. */
interface ProtectedFile {
  /** As the user named it (shown in messages). */
  shown: string;
  real: string;
  /** device:inode, when the file exists. */
  identity: string | undefined;
}

/** Why a write was refused (the CLI prints the message and exits 2). */
export class InputWriteError extends Error {}

function identityOf(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The real path of a file that may not exist yet: the nearest existing folder is resolved (its
 * symbolic links followed) and the rest appended. A dangling symbolic link resolves to its target.
 */
export function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    // Not there (yet). A symbolic link whose target is missing still names that target.
    try {
      const link = fs.readlinkSync(absolute);
      return realPathOf(path.resolve(path.dirname(absolute), link));
    } catch {
      const parent = path.dirname(absolute);
      if (parent === absolute) return absolute;
      return path.join(realPathOf(parent), path.basename(absolute));
    }
  }
}

export class InputGuard {
  private readonly files: ProtectedFile[] = [];

  /** Protects a file the run reads (nothing happens when it does not exist). */
  protect(file: string, shown = file): this {
    if (!fs.existsSync(file)) return this;
    const real = realPathOf(file);
    if (this.files.some((f) => f.real === real)) return this;
    this.files.push({ shown, real, identity: identityOf(file) });
    return this;
  }

  /** The protected file `target` would write over, if any. */
  clash(target: string): string | undefined {
    const real = realPathOf(target);
    const identity = identityOf(target);
    const hit = this.files.find(
      (f) => f.real === real || (identity !== undefined && f.identity === identity),
    );
    return hit?.shown;
  }

  /** Throws InputWriteError when writing `target` would change an input. */
  check(target: string, what = 'the output'): void {
    const input = this.clash(target);
    if (input === undefined) return;
    const how =
      realPathOf(target) !== realPathOf(input)
        ? `is a hard link of the input ${input} (the same file under another name)`
        : path.resolve(target) === path.resolve(input)
          ? `is the input ${input}`
          : `reaches the input ${input} through a symbolic link`;
    throw new InputWriteError(
      `refusing to write ${what} ${target}: it ${how}, and the input is never written; choose another --out folder`,
    );
  }

  /** Checks every target before anything is written: a run writes all of its files or none. */
  checkAll(targets: string[], what = 'the output'): void {
    for (const target of targets) this.check(target, what);
  }
}

/**
 * A folder the run may write into: refuses a path that exists and is not a folder (`--out` naming
 * a file), or that has a file where a folder would be needed.
 */
export function checkOutputFolder(dir: string, option = '--out'): void {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(current)) {
      if (!fs.statSync(current).isDirectory()) {
        const which = current === path.resolve(dir) ? dir : `${dir} (${current} is a file)`;
        throw new InputWriteError(
          `${option} ${which}: is a file, not a folder; give a folder (it is made when missing)`,
        );
      }
      return;
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

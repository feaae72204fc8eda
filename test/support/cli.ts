/** Runs the built CLI (build/node/cli.cjs) as a user would, in a working folder. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';

export const CLI = path.join(REPO_ROOT, 'build', 'node', 'cli.cjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

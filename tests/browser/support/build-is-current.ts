/**
 * Whether dist/public is newer than every file it is built from, so that starting the worker for the
 * browser tests may skip its own build: `npm test` has just built it. When in doubt (no build, a
 * failed one, any newer file) the answer is no and the worker builds as `npm start` does.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What scripts/build.ts reads, relative to the repository. The worker is in for the types it shares. */
const INPUTS = ['widget', 'admin', 'core', 'data', 'worker', 'scripts/build.ts', 'vite.config.ts', 'package-lock.json'];
/** Written by the build's last step, so it is older than the other outputs only when that step failed. */
const LAST_OUTPUT = 'dist/public/admin/index.html';

async function newestModified(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestModified(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

export async function buildIsCurrent(root: string): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(join(root, LAST_OUTPUT))).mtimeMs;
  } catch {
    return false;
  }
  const newestInput = Math.max(...(await Promise.all(INPUTS.map((input) => newestModified(join(root, input))))));
  return newestInput < built;
}

/**
 * The local D1 that `npm start` (`wrangler dev`) serves, for the scripts that prepare and fill it.
 * Every function takes the `--persist-to DIR` the script was given, or undefined for wrangler's default.
 */
import { join } from 'node:path';
import type { PlatformProxy } from 'wrangler';

export const WRANGLER = 'node_modules/wrangler/bin/wrangler.js';

/** `--persist-to DIR` to pass on to wrangler and the seed script. */
export function persistArgs(persistTo: string | undefined): string[] {
  return persistTo ? ['--persist-to', persistTo] : [];
}

/** The arguments for `node` that apply the D1 migrations to the local database. */
export function applyMigrationsArgs(persistTo: string | undefined): string[] {
  return [WRANGLER, 'd1', 'migrations', 'apply', 'DB', '--local', ...persistArgs(persistTo)];
}

/**
 * The worker's bindings on the local state. No remote bindings: this works without an account or
 * a network. wrangler loads only here, so `npm start` does not wait for it.
 */
export async function localPlatform(persistTo: string | undefined): Promise<PlatformProxy<Env>> {
  const { getPlatformProxy } = await import('wrangler');
  // `wrangler dev --persist-to DIR` keeps its state in DIR/v3; getPlatformProxy wants that v3 path.
  return getPlatformProxy<Env>({ persist: { path: join(persistTo ?? '.wrangler/state', 'v3') }, remoteBindings: false });
}

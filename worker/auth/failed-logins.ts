/**
 * Slows down guessing admin tokens: each failed sign-in (a token or JWT we have never seen)
 * counts in AUTH_FAILURE_LIMITER (wrangler.toml) against the client (its IPv4 address or IPv6
 * /64) and the tenant it tried. Once over the limit, further failures of that client on that
 * tenant answer 429 for the period. A right token is checked before this and always signs in, so
 * a guest on the library's Wi-Fi cannot lock the library's staff out; guessing stays hopeless
 * because tokens carry at least 128 random bits. Attempts on tenants that do not exist share one
 * bucket per client of their own, so they count against no real tenant and cannot be spread over
 * made-up names. The key is hashed; a request without `CF-Connecting-IP` did not come through
 * Cloudflare (tests, local tools) and is not counted.
 *
 * The binding can only count, not look up, so the block itself is remembered in the isolate and
 * in the data centre's cache, where every isolate of that location sees it.
 */
import { ApiError } from '../errors/api-error';
import { clientKey } from '../http/client-key';
import { sha256Hex } from './token-hash';

/** wrangler.toml `AUTH_FAILURE_LIMITER.simple.period`. */
export const AUTH_BLOCK_SECONDS = 60;

const BLOCK_CACHE_ORIGIN = 'https://auth-blocks.loketwijzer.internal/';

/** Blocked client hashes and until when (ms since the epoch), in this isolate. */
const blockedUntil = new Map<string, number>();

export interface FailedLogins {
  /** Throws 429 `too_many_requests` when this client is blocked. */
  refuseIfBlocked: () => Promise<void>;
  /** Counts a failed sign-in; throws 429 once the client is over the limit. */
  recordFailure: () => Promise<void>;
}

function blockedError(): ApiError {
  return new ApiError('too_many_requests', { headers: { 'Retry-After': String(AUTH_BLOCK_SECONDS) } });
}

async function blockCache(): Promise<Cache | null> {
  return typeof caches === 'undefined' ? null : caches.open('auth-blocks');
}

/** The bucket of every tenant that does not exist: not a valid tenant id, so it names no real one. */
export const NO_TENANT = '(none)';

/**
 * The failures of the client of `headers` on `tenant`: a tenant id that exists, or `NO_TENANT`.
 */
export function failedLogins(
  headers: Headers,
  tenant: string,
  env: Pick<Env, 'AUTH_FAILURE_LIMITER'>,
  now: () => number = Date.now,
): FailedLogins {
  const address = headers.get('CF-Connecting-IP');
  const key = address === null ? null : sha256Hex(`auth-failure\n${tenant}\n${clientKey(address)}`);

  return {
    async refuseIfBlocked() {
      if (key === null) return;
      const client = await key;
      const until = blockedUntil.get(client);
      if (until !== undefined && until > now()) throw blockedError();
      if (until !== undefined) blockedUntil.delete(client);
      const cached = await (await blockCache())?.match(BLOCK_CACHE_ORIGIN + client);
      if (cached) throw blockedError();
    },

    async recordFailure() {
      if (key === null) return;
      const client = await key;
      const { success } = await env.AUTH_FAILURE_LIMITER.limit({ key: client });
      if (success) return;
      blockedUntil.set(client, now() + AUTH_BLOCK_SECONDS * 1000);
      const marker = new Response('blocked', { headers: { 'Cache-Control': `max-age=${AUTH_BLOCK_SECONDS}` } });
      await (await blockCache())?.put(BLOCK_CACHE_ORIGIN + client, marker);
      throw blockedError();
    },
  };
}

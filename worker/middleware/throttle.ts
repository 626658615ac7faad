/**
 * Throttles a public write per client, whatever the tenant: the key is the client (its IPv4
 * address or IPv6 /64, see client-key.ts), so one client cannot spread its writes over hundreds
 * of tenants. Writes without an `Origin` header come from scripts, not from the widget (a browser
 * always sends `Origin` with a POST or PATCH), so they also count against a much smaller budget.
 * The key is a hash: the address itself is never stored or sent on. Over a limit: 429
 * `too_many_requests` with `Retry-After`.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { sha256Hex } from '../auth/token-hash';
import { ApiError } from '../errors/api-error';
import { requestClient } from '../http/client-key';

/** The one method a limiter needs; Cloudflare's `RateLimit` binding has it. */
export interface RateLimiter {
  limit: (options: { key: string }) => Promise<{ success: boolean }>;
}

export interface ThrottleOptions {
  /** Which limiter of the environment counts these requests. */
  limiter: (env: Env) => RateLimiter;
  /** The smaller budget for writes (not GET or HEAD) that arrive without an `Origin` header. */
  originless?: (env: Env) => RateLimiter;
  /** The limiters' period in seconds (wrangler.toml `simple.period`): how long to wait. */
  periodSeconds?: number;
}

const READS = new Set(['GET', 'HEAD']);

export function throttle({ limiter, originless, periodSeconds = 60 }: ThrottleOptions): MiddlewareHandler<AppEnv> {
  const tooMany = () => new ApiError('too_many_requests', { headers: { 'Retry-After': String(periodSeconds) } });
  return async function throttle(c, next) {
    const key = await sha256Hex(`write-client\n${requestClient(c.req.raw.headers)}`);
    // A browser leaves out Origin only on same-origin reads (the /ontvangst look-up), never on a write.
    const scripted = originless !== undefined && !READS.has(c.req.method) && c.req.header('Origin') === undefined;
    // The smaller budget first, so a script that is over it does not use up the shared one.
    if (scripted && !(await originless(c.env).limit({ key })).success) throw tooMany();
    if (!(await limiter(c.env).limit({ key })).success) throw tooMany();
    await next();
  };
}

/** The budgets of the public writes (wrangler.toml): referrals, signals and feedback share one. */
export const throttleWrites = throttle({ limiter: (env) => env.WRITE_RATE_LIMITER, originless: (env) => env.ORIGINLESS_WRITE_LIMITER });

/** Looking up and confirming referral codes. */
export const throttleCodes = throttle({ limiter: (env) => env.CODE_RATE_LIMITER, originless: (env) => env.ORIGINLESS_WRITE_LIMITER });

/**
 * Throttles a public route per client and tenant with a Workers rate-limiting binding. The key is
 * a hash of the tenant and the client's address (`CF-Connecting-IP`): the address itself is never
 * stored or sent on. Over the limit: 429 `too_many_requests` with `Retry-After`.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { sha256Hex } from '../auth/token-hash';
import { ApiError } from '../errors/api-error';

/** The one method a limiter needs; Cloudflare's `RateLimit` binding has it. */
export interface RateLimiter {
  limit: (options: { key: string }) => Promise<{ success: boolean }>;
}

export interface ThrottleOptions {
  /** Which limiter of the environment counts these requests. */
  limiter: (env: Env) => RateLimiter;
  /** The limiter's period in seconds (wrangler.toml `simple.period`): how long to wait. */
  periodSeconds?: number;
}

/** Requests without the header (local tools, tests) share one bucket per tenant. */
const UNKNOWN_CLIENT = 'unknown';

export function throttle({ limiter, periodSeconds = 60 }: ThrottleOptions): MiddlewareHandler<AppEnv> {
  return async function throttle(c, next) {
    const client = c.req.header('CF-Connecting-IP') ?? UNKNOWN_CLIENT;
    const key = await sha256Hex(`${c.req.param('tenant') ?? ''}\n${client}`);
    const { success } = await limiter(c.env).limit({ key });
    if (!success) throw new ApiError('too_many_requests', { headers: { 'Retry-After': String(periodSeconds) } });
    await next();
  };
}

/**
 * CORS for what the widget writes: referrals, their confirmation and signals. The worker's own
 * pages (an `Origin` equal to the request's own) and clients without an `Origin` (curl, servers)
 * may always write; another site only when the tenant lists its origin in the published
 * `settings.allowedOrigins`. Anyone else gets 403 `origin_not_allowed`, preflight included, and
 * no `Access-Control-Allow-Origin`. Never credentials, so no cookie can ride along.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { findPublishedForRequest } from '../referrals/published-content';

/** A preflight answer may be reused this long; the actual request is checked again anyway. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

async function tenantAllows(c: Context<AppEnv>, origin: string): Promise<boolean> {
  const tenantId = c.req.param('tenant');
  if (tenantId === undefined) return false;
  const { routing } = await findPublishedForRequest(c, tenantId);
  return routing.settings?.allowedOrigins.includes(origin) ?? false;
}

export function widgetCors(...methods: string[]): MiddlewareHandler<AppEnv> {
  const allowMethods = [...methods, 'OPTIONS'].join(', ');
  return async function widgetCors(c, next) {
    const origin = c.req.header('Origin');
    const crossOrigin = origin !== undefined && origin !== new URL(c.req.url).origin;
    if (crossOrigin && !(await tenantAllows(c, origin))) {
      throw new ApiError('origin_not_allowed', { headers: { Vary: 'Origin' } });
    }

    if (c.req.method === 'OPTIONS') {
      const preflight: Record<string, string> = { Allow: allowMethods, Vary: 'Origin' };
      if (crossOrigin) {
        Object.assign(preflight, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': allowMethods,
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
        });
      }
      return c.body(null, 204, preflight);
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (crossOrigin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
  };
}

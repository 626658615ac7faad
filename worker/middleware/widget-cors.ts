/**
 * CORS for what the widget writes from municipal sites: referrals, their confirmation and
 * signals. Any origin for now (a later issue restricts it to the tenant's own sites), never
 * credentials, so no cookie can ride along.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export function widgetCors(...methods: string[]): MiddlewareHandler {
  return cors({
    origin: '*',
    allowMethods: [...methods, 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: ['Retry-After'],
    credentials: false,
    maxAge: 86400,
  });
}

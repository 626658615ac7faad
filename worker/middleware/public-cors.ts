/**
 * CORS for public reads: the widget runs on municipal sites and fetches from our origin.
 * No credentials, so `*` exposes nothing a plain `curl` could not fetch.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export function publicCors(): MiddlewareHandler {
  return cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    // The widget keeps the last bundle for offline use and revalidates it by its ETag.
    exposeHeaders: ['ETag'],
    maxAge: 86400,
  });
}

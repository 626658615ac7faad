/**
 * Security headers on every response. The policy allows only our own origin: the pages load
 * /widget.js and talk to /api on the same host, and Lit's adopted stylesheets need no
 * 'unsafe-inline'.
 */
import type { MiddlewareHandler } from 'hono';

const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export interface SecurityHeadersOptions {
  contentSecurityPolicy?: string;
}

export function securityHeaders({ contentSecurityPolicy = STRICT_POLICY }: SecurityHeadersOptions = {}): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    c.res.headers.set('Content-Security-Policy', contentSecurityPolicy);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
  };
}

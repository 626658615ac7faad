/**
 * Security headers on every response. The policy allows only our own origin: the pages load
 * /widget.js and talk to /api on the same host, and Lit's adopted stylesheets need no
 * 'unsafe-inline'. The admin app may not be framed at all (clickjacking of publish buttons);
 * the public pages only by themselves. `no-referrer` because /ontvangst carries a referral code
 * in its query string, which must never reach another site.
 */
import type { MiddlewareHandler } from 'hono';

function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const PUBLIC_POLICY = contentSecurityPolicy("'self'");
const ADMIN_POLICY = contentSecurityPolicy("'none'");

/** No page of ours needs a sensor, a camera or a payment: deny them to every frame. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

function isAdminPath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/');
}

export function securityHeaders(): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    const headers = c.res.headers;
    const admin = isAdminPath(c.req.path);
    headers.set('Content-Security-Policy', admin ? ADMIN_POLICY : PUBLIC_POLICY);
    if (admin) headers.set('X-Frame-Options', 'DENY');
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('Permissions-Policy', PERMISSIONS_POLICY);
    // A page keeps its browsing context to itself; on scripts and JSON the header means nothing.
    if (headers.get('Content-Type')?.startsWith('text/html')) headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  };
}

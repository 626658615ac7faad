/**
 * Hono decodes parameters leniently: `%E0%A4%A` would reach a handler as literal text. A URL
 * that is not valid percent-encoded UTF-8 is a client error, so it gets a 400 before routing.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors/api-error';

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

export function rejectMalformedUrl(): MiddlewareHandler {
  return async function rejectMalformedUrl(c, next) {
    const { pathname, search } = new URL(c.req.url);
    if (!decodes(pathname) || !decodes(search)) throw new ApiError('malformed_url');
    await next();
  };
}

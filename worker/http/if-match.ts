/**
 * `If-Match` for the draft (RFC 9110 §13.1.1): a write names the ETag it was based on. The
 * comparison is strong, as the RFC requires for If-Match: a weak tag never matches. `*` ("any
 * version") is refused like a missing header: it would let a save overwrite a colleague's.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors/api-error';

const ANY_VERSION_MESSAGE =
  'Stuur de ETag van het concept waarop uw wijziging is gebaseerd in If-Match, niet *. Met * zou u een wijziging van een ander kunnen overschrijven.';

function tagsOf(ifMatch: string): string[] {
  return ifMatch.split(',').map((tag) => tag.trim());
}

/** The header, or 428 when a write arrives without one or with `*`. */
export function requireIfMatch(ifMatch: string | undefined): string {
  if (ifMatch === undefined || ifMatch.trim() === '') throw new ApiError('precondition_required');
  if (tagsOf(ifMatch).includes('*')) throw new ApiError('precondition_required', { message: ANY_VERSION_MESSAGE });
  return ifMatch;
}

/** RFC 9110: `*` matches any current version. Saves never get here with `*` (requireIfMatch); publish and restore may send it. */
export function ifMatchHits(ifMatch: string, etag: string): boolean {
  return tagsOf(ifMatch).some((tag) => tag === '*' || tag === etag);
}

/**
 * Route middleware for a save: the 428 comes before the body is read or validated, so a client
 * without a base version hears that first, whatever it sends.
 */
export function ifMatchRequired(): MiddlewareHandler {
  return async function ifMatchRequired(c, next) {
    requireIfMatch(c.req.header('If-Match'));
    await next();
  };
}

/**
 * `If-Match` for the draft (RFC 9110 §13.1.1): a write names the ETag it was based on. The
 * comparison is strong, as the RFC requires for If-Match: a weak tag never matches.
 */
import { ApiError } from '../errors/api-error';

/** The header, or 428 when a write arrives without one. */
export function requireIfMatch(ifMatch: string | undefined): string {
  if (ifMatch === undefined || ifMatch.trim() === '') throw new ApiError('precondition_required');
  return ifMatch;
}

export function ifMatchHits(ifMatch: string, etag: string): boolean {
  return ifMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag;
  });
}

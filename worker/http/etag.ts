/** Strong ETags for stored bundles, and the `If-None-Match` comparison of RFC 9110 §13.1.2. */
import { sha256Hex } from '../auth/token-hash';

/** A quoted SHA-256 of the exact text served: equal bytes, equal tag, across isolates and deploys. */
export async function strongEtag(text: string): Promise<string> {
  return `"${await sha256Hex(text)}"`;
}

/**
 * True when `If-None-Match` names `etag`. The comparison is weak, as the RFC requires for
 * GET: a cache may send our tag back as `W/"…"`, and a list or `*` must match too.
 */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** Strong ETags for stored bundles, and the `If-None-Match` comparison of RFC 9110 §13.1.2. */

/** A quoted SHA-256 of the exact text served: equal bytes, equal tag, across isolates and deploys. */
export async function strongEtag(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `"${hex}"`;
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

import { describe, expect, it } from 'vitest';
import {
  cachedVersionBytes,
  cachedVersionText,
  versionCacheKey,
  type VersionCacheKind,
  type VersionText,
} from '../../../worker/storage/version-cache';
import type { PublishedVersion } from '../../../worker/storage/versions';
import { ROUTING_BYTES_FORMAT } from '../../../core/bundle/routing-bundle-bytes';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';

const PUBLISHED: PublishedVersion = { tenantId: 'voorbeeldstad', version: 3, etag: '"v3"', publishedAt: '2026-05-04T09:00:00.000Z' };

/** A `compute` that counts its calls and answers `answer`. */
function counted(answer: VersionText | null) {
  const compute = async () => {
    compute.calls += 1;
    return answer;
  };
  compute.calls = 0;
  return compute;
}

function freshCache(): Promise<Cache> {
  return caches.open(`version-cache-test-${crypto.randomUUID()}`);
}

describe('cachedVersionText', () => {
  it('computes a version once and answers the next read from the cache, with the ETag it was given', async () => {
    const cache = await freshCache();
    const compute = counted({ text: '{"a":1}', etag: '"hash-a"' });

    expect(await cachedVersionText('hsds', PUBLISHED, compute, { cache })).toEqual({ text: '{"a":1}', etag: '"hash-a"' });
    expect(await cachedVersionText('hsds', PUBLISHED, compute, { cache })).toEqual({ text: '{"a":1}', etag: '"hash-a"' });
    expect(compute.calls).toBe(1);
  });

  it('answers a copy kept without an ETag without one', async () => {
    const cache = await freshCache();
    await cachedVersionText('bundle', PUBLISHED, counted({ text: 'bundle' }), { cache });
    expect(await cachedVersionText('bundle', PUBLISHED, counted(null), { cache })).toEqual({ text: 'bundle', etag: undefined });
  });

  it('keeps each kind apart, and each version, and each ETag of a reused version number', async () => {
    const cache = await freshCache();
    await cachedVersionText('bundle', PUBLISHED, counted({ text: 'bundle v3' }), { cache });

    const others: [VersionCacheKind, PublishedVersion][] = [
      ['hsds', PUBLISHED],
      ['bundle', { ...PUBLISHED, version: 4 }],
      ['bundle', { ...PUBLISHED, etag: '"after a reset"' }],
    ];
    for (const [kind, published] of others) {
      const compute = counted({ text: `${kind} ${published.version} ${published.etag}` });
      const answer = await cachedVersionText(kind, published, compute, { cache });
      expect(answer?.text).toBe(`${kind} ${published.version} ${published.etag}`);
      expect(compute.calls).toBe(1);
    }
  });

  it('keeps nothing when the version does not exist, so a later read computes again', async () => {
    const cache = await freshCache();
    expect(await cachedVersionText('bundle', PUBLISHED, counted(null), { cache })).toBeNull();
    const compute = counted({ text: 'there now' });
    expect(await cachedVersionText('bundle', PUBLISHED, compute, { cache })).toEqual({ text: 'there now' });
    expect(compute.calls).toBe(1);
  });

  it('computes every time without a cache', async () => {
    const compute = counted({ text: 'uncached' });
    await cachedVersionText('hsds', PUBLISHED, compute, { cache: null });
    await cachedVersionText('hsds', PUBLISHED, compute, { cache: null });
    expect(compute.calls).toBe(2);
  });
});

describe('cachedVersionBytes', () => {
  it('computes the bytes once and answers the next read with the same bytes from the cache', async () => {
    const cache = await freshCache();
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return Uint8Array.from([1, 2, 3, 250]).buffer;
    };

    const first = await cachedVersionBytes('routing-bytes', PUBLISHED, compute, { cache });
    const second = await cachedVersionBytes('routing-bytes', PUBLISHED, compute, { cache });

    expect(calls).toBe(1);
    expect(second).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(second!)]).toEqual([...new Uint8Array(first!)]);
    expect([...new Uint8Array(second!)]).toEqual([1, 2, 3, 250]);
  });

  it('keys binary routing bundles by their format and analysis version, so a deploy that changes either asks for new bytes', () => {
    const key = versionCacheKey('routing-bytes', PUBLISHED);
    expect(key).toContain(`format=${ROUTING_BYTES_FORMAT}.${ANALYSIS_VERSION}`);
    expect(versionCacheKey('bundle', PUBLISHED)).not.toContain('format=');
  });

  it('keeps nothing when the version does not exist', async () => {
    const cache = await freshCache();
    expect(await cachedVersionBytes('routing-bytes', PUBLISHED, async () => null, { cache })).toBeNull();
    expect(await cache.match(versionCacheKey('routing-bytes', PUBLISHED))).toBeUndefined();
  });
});

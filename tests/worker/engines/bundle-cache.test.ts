import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { loadBundleJson } from '../../../worker/engines/bundle-cache';
import { publish } from '../support/voorbeeldstad';

describe('loadBundleJson', () => {
  it('keeps a copy in the cache, so the next load does not read D1', async () => {
    const published = await publish();
    const cache = await caches.open(`bundle-test-${crypto.randomUUID()}`);

    const first = await loadBundleJson(env.DB, published, { cache });
    expect(first).toContain('"tenantId":"voorbeeldstad"');

    // With D1 unusable, only the cached copy can answer.
    const broken = {} as D1Database;
    expect(await loadBundleJson(broken, published, { cache })).toBe(first);
  });

  it('answers null for a version that does not exist', async () => {
    const published = await publish();
    const cache = await caches.open(`bundle-test-${crypto.randomUUID()}`);
    expect(await loadBundleJson(env.DB, { ...published, version: 99 }, { cache })).toBeNull();
  });
});

import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../core/bundle/bundle';
import { compileBundle } from '../../../core/bundle/compile-bundle';
import { decodeRoutingBundle } from '../../../core/bundle/routing-bundle-bytes';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';
import { tenantContent, tenantEngine } from '../../../worker/engines/tenant-engines';
import { strongEtag } from '../../../worker/http/etag';
import { versionCacheKey } from '../../../worker/storage/version-cache';
import { pointTenantAt } from '../../../worker/storage/tenants';
import { insertVersion, nextVersionNumber, type PublishedVersion } from '../../../worker/storage/versions';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

async function cachedRoutingBundle(published: PublishedVersion): Promise<Bundle | undefined> {
  const hit = await caches.default.match(versionCacheKey('routing-bytes', published));
  return hit ? decodeRoutingBundle(await hit.arrayBuffer())?.bundle() : undefined;
}

/** Stores `bundle` as a new published version, as a worker before the last deploy would have. */
async function publishBundleAsIs(bundle: Bundle): Promise<PublishedVersion> {
  const version = await nextVersionNumber(env.DB, 'voorbeeldstad');
  const bundleJson = JSON.stringify({ ...bundle, version });
  const published = { tenantId: 'voorbeeldstad', version, etag: await strongEtag(bundleJson), publishedAt: bundle.publishedAt };
  await env.DB.batch([
    insertVersion(env.DB, { ...published, contentJson: JSON.stringify(bundle.content), bundleJson, publishedBy: 'tests', note: null }),
    pointTenantAt(env.DB, 'voorbeeldstad', version),
  ]);
  return published;
}

describe('tenantEngine', () => {
  it('loads the binary routing bundle, kept as bytes in the cache: the keywords stay in the index, not in memory', async () => {
    const published = await publish();

    const engine = await tenantEngine(env.DB, published);

    expect(engine.route('ik heb schulden').advice).toMatchObject({ counterId: 'sociaal-loket', topicId: 'schulden' });
    expect(engine.content.topics.length).toBe(voorbeeldstad().topics.length);
    expect(engine.content.topics.every((topic) => topic.keywords.length === 0)).toBe(true);
    const kept = await cachedRoutingBundle(published);
    expect(kept?.version).toBe(published.version);
    expect(kept?.content.topics.every((topic) => topic.keywords.length === 0)).toBe(true);
  });

  it('gives the whole published content, topics without keywords, from the loaded engine', async () => {
    const published = await publish();
    const engine = await tenantEngine(env.DB, published);

    const content = await tenantContent(env.DB, published);

    const expected = voorbeeldstad();
    expect(content).toEqual({ ...expected, topics: expected.topics.map((topic) => ({ ...topic, keywords: [] })) });
    expect(await tenantContent(env.DB, published)).toBe(content);
    expect(engine.content).toBe(content);
    expect(engine.routingContent.settings).toEqual(expected.settings);
  });

  it('routes a version that an older engine compiled, with an index made once for the cache', async () => {
    const compiled = compileBundle(voorbeeldstad(), { version: 0, publishedAt: '2026-05-04T09:00:00.000Z' });
    const published = await publishBundleAsIs({
      ...compiled,
      engineVersion: ANALYSIS_VERSION - 1,
      index: { not: 'an index of this engine' },
    });

    const engine = await tenantEngine(env.DB, published);

    expect(engine.route('mijn paspoort is verlopen').advice?.counterId).toBe('burgerzaken');
    // The cached bytes decode only when their index is of this engine's analysis.
    const kept = await cachedRoutingBundle(published);
    expect(kept?.engineVersion).toBe(ANALYSIS_VERSION);
  });

  it('routes from bytes that another format left in the cache, without keeping those', async () => {
    const published = await publish();
    await caches.default.put(versionCacheKey('routing-bytes', published), new Response(new Uint8Array(64)));

    const engine = await tenantEngine(env.DB, published);

    expect(engine.route('ik heb schulden').advice?.topicId).toBe('schulden');
  });
});

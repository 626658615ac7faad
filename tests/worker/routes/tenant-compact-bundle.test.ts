import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPACT_BUNDLE_FORMAT, decodeCompactBundle } from '../../../core/bundle/compact-bundle-decode';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';
import { app } from '../../../worker/app';
import { compactBundleEtag } from '../../../worker/storage/compact-bundle';
import { upsertTenantAlias } from '../../../worker/storage/tenant-aliases';
import { versionCacheKey } from '../../../worker/storage/version-cache';
import type { PublishedVersion } from '../../../worker/storage/versions';
import { fetchWorker } from '../support/fetch-worker';
import { recordingDb } from '../support/recording-db';
import { publish } from '../support/voorbeeldstad';

const COMPACT = '/api/v1/tenants/voorbeeldstad/bundle/compact';
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=86400';
let published: PublishedVersion;
let etag: string;

beforeAll(async () => {
  published = await publish();
  etag = compactBundleEtag(published);
});

async function gunzip(res: Response): Promise<Uint8Array> {
  const stream = res.body!.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('GET /api/v1/tenants/{tenant}/bundle/compact', () => {
  it('serves the gzipped compact bundle as a gzip file, with its own ETag and the bundle’s cache and CORS headers', async () => {
    const res = await fetchWorker(COMPACT, { headers: { Origin: 'https://www.gemeente.example', 'Accept-Encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/vnd.loketwijzer.bundle+gzip');
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Cache-Control')).toBe(CACHE_CONTROL);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('ETag')).toBe(etag);
    expect(etag).not.toBe(published.etag);
    expect(etag).toMatch(new RegExp(`^"compact-${COMPACT_BUNDLE_FORMAT}\\.${ANALYSIS_VERSION}-[0-9a-f]{64}"$`));

    const decoded = decodeCompactBundle(await gunzip(res));
    expect(decoded?.bundle).toMatchObject({ format: 1, tenantId: 'voorbeeldstad', version: published.version, index: null });
    expect(decoded?.index.postings.documentIds.length).toBe(decoded?.bundle.content.topics.length);
  });

  it('makes the bytes once per version: they are kept in the Cache API and served from there', async () => {
    const first = new Uint8Array(await (await fetchWorker(COMPACT)).arrayBuffer());
    const cached = await caches.default.match(versionCacheKey('compact-bundle', published));
    expect(cached).toBeDefined();
    expect(new Uint8Array(await cached!.arrayBuffer())).toEqual(first);

    // Without the JSON bundle in the cache, only the kept compact bytes can answer without D1.
    await caches.default.delete(versionCacheKey('bundle', published));
    const statements: string[] = [];
    const again = await app.request(COMPACT, undefined, { ...env, DB: recordingDb(env.DB, statements) });
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(first);
    expect(statements.filter((sql) => sql.includes('bundle_json'))).toEqual([]);
  });

  it('answers 304 when If-None-Match names its ETag, and 200 for the JSON bundle’s ETag', async () => {
    const notModified = await fetchWorker(COMPACT, { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('ETag')).toBe(etag);
    expect(notModified.headers.get('Cache-Control')).toBe(CACHE_CONTROL);
    expect(await notModified.text()).toBe('');
    expect((await fetchWorker(COMPACT, { headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304);
    expect((await fetchWorker(COMPACT, { headers: { 'If-None-Match': published.etag } })).status).toBe(200);
  });

  it('serves the shared tenant’s compact bundle for an alias', async () => {
    await upsertTenantAlias(env.DB, 'oosterhoek', 'voorbeeldstad').run();
    const res = await fetchWorker('/api/v1/tenants/oosterhoek/bundle/compact');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(etag);
    expect(decodeCompactBundle(await gunzip(res))?.bundle.tenantId).toBe('voorbeeldstad');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetchWorker(COMPACT, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(etag);
    expect(await res.text()).toBe('');
  });

  it('answers a CORS preflight', async () => {
    const res = await fetchWorker(COMPACT, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.gemeente.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('returns 404 tenant_not_found for an unknown tenant', async () => {
    const res = await fetchWorker('/api/v1/tenants/nergenshuizen/bundle/compact');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'tenant_not_found' } });
  });

  it('returns 400 for a malformed tenant id and 405 for PUT', async () => {
    expect((await fetchWorker('/api/v1/tenants/Geen_Id!/bundle/compact')).status).toBe(400);
    const res = await fetchWorker(COMPACT, { method: 'PUT', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { strongEtag } from '../../../worker/http/etag';
import { fetchWorker } from '../support/fetch-worker';
import { publish } from '../support/voorbeeldstad';

const BUNDLE = '/api/v1/tenants/voorbeeldstad/bundle';
let etag: string;

beforeAll(async () => {
  ({ etag } = await publish());
});

describe('GET /api/v1/tenants/{tenant}/bundle', () => {
  it('serves the published bundle with a strong ETag and cache headers', async () => {
    const res = await fetchWorker(BUNDLE, { headers: { Origin: 'https://www.gemeente.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=86400');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('ETag')).toBe(etag);
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const text = await res.text();
    expect(await strongEtag(text)).toBe(etag);
    expect(JSON.parse(text)).toMatchObject({ format: 1, tenantId: 'voorbeeldstad', version: 1 });
  });

  it('answers 304 when If-None-Match matches the ETag', async () => {
    const res = await fetchWorker(BUNDLE, { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('ETag')).toBe(etag);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=86400');
    expect(await res.text()).toBe('');
  });

  it.each([
    ['the weak form', () => `W/${etag}`],
    ['a list', () => `"older", ${etag}`],
    ['a wildcard', () => '*'],
  ])('answers 304 when If-None-Match names the ETag in %s', async (_, header) => {
    const res = await fetchWorker(BUNDLE, { headers: { 'If-None-Match': header() } });
    expect(res.status).toBe(304);
  });

  it('answers 200 when If-None-Match names another ETag', async () => {
    const res = await fetchWorker(BUNDLE, { headers: { 'If-None-Match': '"not-this-one"' } });
    expect(res.status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetchWorker(BUNDLE, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(etag);
    expect(await res.text()).toBe('');
  });

  it('returns 404 tenant_not_found for an unknown tenant', async () => {
    const res = await fetchWorker('/api/v1/tenants/nergenshuizen/bundle');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'tenant_not_found' } });
  });

  it('returns 405 for PUT on bundle', async () => {
    const res = await fetchWorker(BUNDLE, { method: 'PUT', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });
});

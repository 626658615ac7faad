import { describe, expect, it } from 'vitest';
import { memoryBundleStorage } from '../../widget/bundle/bundle-storage';
import { BundleStore, isBundle } from '../../widget/bundle/bundle-store';
import { compact, gzippedCompact, json, scriptedFetch, voorbeeldstadBundle } from './support/bundle';

const API = 'https://loketwijzer.example/';

describe('BundleStore', () => {
  it('fetches the bundle without cookies or referrer, revalidating the cached copy by its ETag', async () => {
    const { fetch, requests } = scriptedFetch(json(voorbeeldstadBundle()));
    const store = new BundleStore({ api: API, tenant: 'voorbeeldstad', storage: memoryBundleStorage(), fetch });
    const result = await store.fetchLatest();
    expect(result.ok).toBe(true);
    expect(requests[0]?.url).toBe('https://loketwijzer.example/api/v1/tenants/voorbeeldstad/bundle');
    expect(requests[0]?.init).toMatchObject({ credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer' });
  });

  it('reports an unknown tenant', async () => {
    const { fetch } = scriptedFetch(json({ error: { code: 'tenant_not_found', message: 'Onbekend' } }, 404));
    const store = new BundleStore({ api: API, tenant: 'nergensdorp', storage: memoryBundleStorage(), fetch });
    expect(await store.fetchLatest()).toEqual({ ok: false, error: 'tenant_not_found' });
  });

  it('reports an unreachable API, a server error and a body that is not a bundle as unavailable', async () => {
    const { fetch } = scriptedFetch('offline', json({}, 503), json({ hello: 'world' }));
    const store = new BundleStore({ api: API, tenant: 'voorbeeldstad', storage: memoryBundleStorage(), fetch });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await store.fetchLatest()).toEqual({ ok: false, error: 'unavailable' });
    }
  });

  it('keeps the saved copy per API and tenant, exactly as the API sent it', async () => {
    const storage = memoryBundleStorage();
    const bundle = voorbeeldstadBundle();
    const { fetch } = scriptedFetch(json(bundle));
    const store = new BundleStore({ api: API, tenant: 'voorbeeldstad', storage, fetch });
    const result = await store.fetchLatest();
    if (!result.ok) throw new Error('expected a bundle');
    await store.save(result.text);
    expect(await new BundleStore({ api: API, tenant: 'voorbeeldstad', storage }).readSaved()).toEqual(bundle);
    expect(await new BundleStore({ api: 'https://other.example', tenant: 'voorbeeldstad', storage }).readSaved()).toBeNull();
  });

  it('ignores a saved copy that is damaged or not a bundle', async () => {
    const storage = memoryBundleStorage();
    const store = new BundleStore({ api: API, tenant: 'voorbeeldstad', storage });
    await store.save('{not json');
    expect(await store.readSaved()).toBeNull();
    await store.save(JSON.stringify({ format: 1, tenantId: 'voorbeeldstad' }));
    expect(await store.readSaved()).toBeNull();
  });

  it("accepts the shared tenant's bundle for a municipality that is an alias of it", async () => {
    expect(isBundle(voorbeeldstadBundle())).toBe(true);
    const { fetch, requests } = scriptedFetch(json(voorbeeldstadBundle()));
    const store = new BundleStore({ api: API, tenant: 'oosterhoek', storage: memoryBundleStorage(), fetch });
    const result = await store.fetchLatest();
    expect(requests[0]?.url).toBe('https://loketwijzer.example/api/v1/tenants/oosterhoek/bundle');
    expect(result).toMatchObject({ ok: true, bundle: { tenantId: 'voorbeeldstad' } });
  });

  it('carries on without a saved copy when the storage refuses', async () => {
    const refusing = {
      read: () => Promise.reject(new Error('SecurityError')),
      write: () => Promise.reject(new Error('QuotaExceededError')),
      remove: () => Promise.reject(new Error('SecurityError')),
    };
    const store = new BundleStore({ api: API, tenant: 'voorbeeldstad', storage: refusing });
    await expect(store.save('{}')).resolves.toBeUndefined();
    expect(await store.readSaved()).toBeNull();
  });

  it('fetches the compact bundle as the JSON one, without cookies or referrer, and hands over its gzipped bytes as they came', async () => {
    const { fetch, requests } = scriptedFetch(await compact(voorbeeldstadBundle()));
    const store = new BundleStore({ api: API, tenant: 'oosterhoek', storage: memoryBundleStorage(), fetch });
    expect(await store.fetchCompact()).toEqual({ ok: true, bytes: await gzippedCompact(voorbeeldstadBundle()) });
    expect(requests[0]?.url).toBe('https://loketwijzer.example/api/v1/tenants/oosterhoek/bundle/compact');
    expect(requests[0]?.init).toMatchObject({ credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer' });
  });

  it('reports a compact bundle that is not there as tenant_not_found, and an unreachable API or a server error as unavailable', async () => {
    const { fetch } = scriptedFetch(json({ error: { code: 'tenant_not_found', message: '' } }, 404), 'offline', json({}, 503));
    const store = new BundleStore({ api: API, tenant: 'voorbeeldstad', storage: memoryBundleStorage(), fetch });
    expect(await store.fetchCompact()).toEqual({ ok: false, error: 'tenant_not_found' });
    expect(await store.fetchCompact()).toEqual({ ok: false, error: 'unavailable' });
    expect(await store.fetchCompact()).toEqual({ ok: false, error: 'unavailable' });
  });

  it('keeps one saved copy per API and tenant: saving the compact bundle drops the JSON one, and the other way round', async () => {
    const storage = memoryBundleStorage();
    const store = new BundleStore({ api: API, tenant: 'voorbeeldstad', storage });
    const bytes = await gzippedCompact(voorbeeldstadBundle());
    await store.save(JSON.stringify(voorbeeldstadBundle()));
    await store.saveCompact(bytes);
    expect(await store.readSavedCompact()).toEqual(bytes);
    expect(await store.readSaved()).toBeNull();
    expect(await new BundleStore({ api: 'https://other.example', tenant: 'voorbeeldstad', storage }).readSavedCompact()).toBeNull();
    await store.save(JSON.stringify(voorbeeldstadBundle()));
    expect(await store.readSavedCompact()).toBeNull();
    await store.forget();
    expect(await store.readSaved()).toBeNull();
  });
});

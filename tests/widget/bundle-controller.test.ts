import type { ReactiveController, ReactiveControllerHost } from '../../widget/element/reactive-controller';
import { describe, expect, it } from 'vitest';
import { COMPACT_MAGIC } from '../../core/bundle/compact-bundle-decode';
import { ANALYSIS_VERSION } from '../../core/routing/search-index';
import { memoryBundleStorage } from '../../widget/bundle/bundle-storage';
import { BundleStore } from '../../widget/bundle/bundle-store';
import { BundleController } from '../../widget/controllers/bundle-controller';
import { compact, gzippedCompact, json, scriptedFetch, voorbeeldstadBundle } from './support/bundle';

const API = 'https://loketwijzer.example';
const COMPACT_URL = 'https://loketwijzer.example/api/v1/tenants/voorbeeldstad/bundle/compact';
const JSON_URL = 'https://loketwijzer.example/api/v1/tenants/voorbeeldstad/bundle';

function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController(_controller: ReactiveController) {},
    requestUpdate() {
      this.updates++;
    },
  };
}

/** Compact bytes that another deploy's analysis built. */
const otherAnalysis = (bytes: Uint8Array) => bytes.map((byte, at) => (at === COMPACT_MAGIC.length + 1 ? ANALYSIS_VERSION + 1 : byte));

const store = (storage = memoryBundleStorage()) => new BundleStore({ api: API, tenant: 'voorbeeldstad', storage });

describe('BundleController', () => {
  it('answers from the compact bundle alone and keeps it, gzipped, for next time', async () => {
    const storage = memoryBundleStorage();
    const { fetch, requests } = scriptedFetch(await compact(voorbeeldstadBundle()));
    const controller = new BundleController(host(), { storage, fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(requests.map(({ url }) => url)).toEqual([COMPACT_URL]);
    expect(controller.state).toMatchObject({ status: 'ready', offline: false, bundle: { version: 1, index: null } });
    expect(controller.engine?.route('paspoort verlopen').advice?.counterId).toBe('burgerzaken');
    // "deurwaarder" is only a keyword of the debts topic: the compact bundle's index still has it.
    expect(controller.engine?.route('deurwaarder').advice?.topicId).toBe('schulden');
    expect(await store(storage).readSavedCompact()).toEqual(await gzippedCompact(voorbeeldstadBundle()));
    expect(await store(storage).readSaved()).toBeNull();
  });

  it('still answers from the saved compact copy when the API cannot be reached, and says so', async () => {
    const storage = memoryBundleStorage();
    await store(storage).saveCompact(await gzippedCompact(voorbeeldstadBundle()));
    const controller = new BundleController(host(), { storage, fetch: scriptedFetch('offline').fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toMatchObject({ status: 'ready', offline: true });
    expect(controller.engine?.route('paspoort verlopen').advice?.counterId).toBe('burgerzaken');
  });

  it('still answers offline from a JSON copy that an older widget saved, and replaces it with the compact one of the same version', async () => {
    const storage = memoryBundleStorage();
    await store(storage).save(JSON.stringify(voorbeeldstadBundle()));
    const offline = new BundleController(host(), { storage, fetch: scriptedFetch('offline').fetch });
    await offline.load(API, 'voorbeeldstad');
    expect(offline.state).toMatchObject({ status: 'ready', offline: true });
    expect(offline.engine?.route('paspoort verlopen').advice?.counterId).toBe('burgerzaken');

    const online = new BundleController(host(), { storage, fetch: scriptedFetch(await compact(voorbeeldstadBundle())).fetch });
    await online.load(API, 'voorbeeldstad');
    expect(await store(storage).readSavedCompact()).not.toBeNull();
    expect(await store(storage).readSaved()).toBeNull();
  });

  it('replaces the saved copy when a newer version is published', async () => {
    const storage = memoryBundleStorage();
    await store(storage).saveCompact(await gzippedCompact(voorbeeldstadBundle(1)));
    const controller = new BundleController(host(), { storage, fetch: scriptedFetch(await compact(voorbeeldstadBundle(2))).fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state.status === 'ready' && controller.state.bundle.version).toBe(2);
    expect(await store(storage).readSavedCompact()).toEqual(await gzippedCompact(voorbeeldstadBundle(2)));
  });

  it('falls back to the JSON bundle when the compact one is of another analysis version, and keeps that instead', async () => {
    const storage = memoryBundleStorage();
    await store(storage).saveCompact(await gzippedCompact(voorbeeldstadBundle(1)));
    const { fetch, requests } = scriptedFetch(await compact(voorbeeldstadBundle(2), otherAnalysis), json(voorbeeldstadBundle(2)));
    const controller = new BundleController(host(), { storage, fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(requests.map(({ url }) => url)).toEqual([COMPACT_URL, JSON_URL]);
    expect(controller.state).toMatchObject({ status: 'ready', offline: false, bundle: { version: 2 } });
    expect(controller.engine?.route('deurwaarder').advice?.topicId).toBe('schulden');
    expect(await store(storage).readSaved()).toEqual(voorbeeldstadBundle(2));
    expect(await store(storage).readSavedCompact()).toBeNull();
  });

  it('rebuilds the index of a JSON bundle from another analysis version, as before', async () => {
    const stale = { ...voorbeeldstadBundle(), engineVersion: ANALYSIS_VERSION - 1 };
    const { fetch } = scriptedFetch(await compact(voorbeeldstadBundle(), otherAnalysis), json(stale));
    const controller = new BundleController(host(), { storage: memoryBundleStorage(), fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.engine?.route('deurwaarder').advice?.topicId).toBe('schulden');
  });

  it('falls back to the JSON bundle when the worker has no compact one (an older worker)', async () => {
    const notFound = json({ error: { code: 'not_found', message: '' } }, 404);
    const { fetch, requests } = scriptedFetch(notFound, json(voorbeeldstadBundle()));
    const controller = new BundleController(host(), { storage: memoryBundleStorage(), fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(requests.map(({ url }) => url)).toEqual([COMPACT_URL, JSON_URL]);
    expect(controller.engine?.route('paspoort verlopen').advice?.counterId).toBe('burgerzaken');
  });

  it('shows an error for a missing or malformed tenant without asking the API', async () => {
    const { fetch, requests } = scriptedFetch();
    const controller = new BundleController(host(), { storage: memoryBundleStorage(), fetch });
    for (const tenant of ['', 'Voorbeeld Stad', '../admin']) {
      await controller.load(API, tenant);
      expect(controller.state).toEqual({ status: 'error', error: 'invalid_tenant' });
    }
    expect(requests).toEqual([]);
  });

  it('shows an error for an unknown tenant and forgets its saved copy', async () => {
    const storage = memoryBundleStorage();
    await store(storage).saveCompact(await gzippedCompact(voorbeeldstadBundle()));
    const notFound = () => json({ error: { code: 'tenant_not_found', message: '' } }, 404);
    const controller = new BundleController(host(), { storage, fetch: scriptedFetch(notFound(), notFound()).fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toEqual({ status: 'error', error: 'tenant_not_found' });
    expect(await store(storage).readSavedCompact()).toBeNull();
  });

  it('shows an error for an unreachable API without a saved copy, after one request', async () => {
    const { fetch, requests } = scriptedFetch('offline');
    const controller = new BundleController(host(), { storage: memoryBundleStorage(), fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toEqual({ status: 'error', error: 'unavailable' });
    expect(requests).toHaveLength(1);
  });
});

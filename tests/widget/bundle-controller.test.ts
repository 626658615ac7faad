import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { memoryBundleStorage } from '../../widget/bundle/bundle-storage';
import { BundleStore } from '../../widget/bundle/bundle-store';
import { BundleController } from '../../widget/controllers/bundle-controller';
import { json, scriptedFetch, voorbeeldstadBundle } from './support/bundle';

const API = 'https://loketwijzer.example';

function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController(_controller: ReactiveController) {},
    removeController(_controller: ReactiveController) {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('BundleController', () => {
  it('answers from the network copy and keeps it for next time', async () => {
    const storage = memoryBundleStorage();
    const controller = new BundleController(host(), { storage, fetch: scriptedFetch(json(voorbeeldstadBundle())).fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toMatchObject({ status: 'ready', offline: false });
    expect(controller.engine?.route('paspoort verlopen').advice?.counterId).toBe('burgerzaken');
    expect(await new BundleStore({ api: API, tenant: 'voorbeeldstad', storage }).readSaved()).not.toBeNull();
  });

  it('still answers from the saved copy when the API cannot be reached, and says so', async () => {
    const storage = memoryBundleStorage();
    await new BundleStore({ api: API, tenant: 'voorbeeldstad', storage }).save(JSON.stringify(voorbeeldstadBundle()));
    const controller = new BundleController(host(), { storage, fetch: scriptedFetch('offline').fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toMatchObject({ status: 'ready', offline: true });
    expect(controller.engine?.route('paspoort verlopen').advice?.counterId).toBe('burgerzaken');
  });

  it('replaces the saved copy when a newer version is published', async () => {
    const storage = memoryBundleStorage();
    await new BundleStore({ api: API, tenant: 'voorbeeldstad', storage }).save(JSON.stringify(voorbeeldstadBundle(1)));
    const controller = new BundleController(host(), { storage, fetch: scriptedFetch(json(voorbeeldstadBundle(2))).fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state.status === 'ready' && controller.state.bundle.version).toBe(2);
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

  it('shows an error for an unknown tenant, and for an unreachable API without a saved copy', async () => {
    const storage = memoryBundleStorage();
    const { fetch } = scriptedFetch(json({ error: { code: 'tenant_not_found', message: '' } }, 404), 'offline');
    const controller = new BundleController(host(), { storage, fetch });
    await controller.load(API, 'nergensdorp');
    expect(controller.state).toEqual({ status: 'error', error: 'tenant_not_found' });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toEqual({ status: 'error', error: 'unavailable' });
  });
});

/**
 * A page with a saved compact copy: when the API sends the very same bytes (no new version), the
 * widget does not decode them a second time, and when it sends a new version it does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveControllerHost } from '../../widget/element/reactive-controller';
import { memoryBundleStorage } from '../../widget/bundle/bundle-storage';
import { BundleStore } from '../../widget/bundle/bundle-store';
import { BundleController } from '../../widget/controllers/bundle-controller';
import { compact, gzippedCompact, scriptedFetch, voorbeeldstadBundle } from './support/bundle';

const decodes = vi.hoisted(() => ({ count: 0 }));

// The real decoder, counting how often compact bytes are opened.
vi.mock('../../core/bundle/compact-bundle-decode', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/bundle/compact-bundle-decode')>();
  return {
    ...actual,
    openCompactBundle: (bytes: Uint8Array) => {
      decodes.count++;
      return actual.openCompactBundle(bytes);
    },
  };
});

const API = 'https://loketwijzer.example';
const host: ReactiveControllerHost = { addController: () => undefined, requestUpdate: () => undefined };

async function withSavedCopy() {
  const storage = memoryBundleStorage();
  await new BundleStore({ api: API, tenant: 'voorbeeldstad', storage }).saveCompact(await gzippedCompact(voorbeeldstadBundle()));
  return storage;
}

describe('BundleController with a saved compact copy', () => {
  beforeEach(() => {
    decodes.count = 0;
  });

  it('decodes the bytes once when the API sends the same ones again', async () => {
    const storage = await withSavedCopy();
    const controller = new BundleController(host, { storage, fetch: scriptedFetch(await compact(voorbeeldstadBundle())).fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toMatchObject({ status: 'ready', offline: false, bundle: { version: 1 } });
    expect(controller.engine?.route('paspoort verlopen').advice?.counterId).toBe('burgerzaken');
    expect(decodes.count).toBe(1);
  });

  it('decodes a new version that the API sends, and answers from it', async () => {
    const storage = await withSavedCopy();
    const controller = new BundleController(host, { storage, fetch: scriptedFetch(await compact(voorbeeldstadBundle(2))).fetch });
    await controller.load(API, 'voorbeeldstad');
    expect(controller.state).toMatchObject({ status: 'ready', bundle: { version: 2 } });
    expect(decodes.count).toBe(2);
  });
});

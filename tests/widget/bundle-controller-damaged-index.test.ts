/**
 * A compact bundle whose content reads but whose index does not hold together (bytes cut short):
 * the widget shows the bundle, has no engine for it, and does not read the index again each time
 * the engine is asked for (the suggestions ask on every keystroke).
 */
import { describe, expect, it, vi } from 'vitest';
import type { ReactiveControllerHost } from '../../widget/element/reactive-controller';
import { memoryBundleStorage } from '../../widget/bundle/bundle-storage';
import { BundleController } from '../../widget/controllers/bundle-controller';
import { compact, scriptedFetch, voorbeeldstadBundle } from './support/bundle';

const indexReads = vi.hoisted(() => ({ count: 0 }));

// The real decoder, counting how often an opened bundle's index is read.
vi.mock('../../core/bundle/compact-bundle-decode', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/bundle/compact-bundle-decode')>();
  return {
    ...actual,
    openCompactBundle: (bytes: Uint8Array) => {
      const opened = actual.openCompactBundle(bytes);
      return (
        opened && {
          ...opened,
          readIndex: () => {
            indexReads.count++;
            return opened.readIndex();
          },
        }
      );
    },
  };
});

const host: ReactiveControllerHost = { addController: () => undefined, requestUpdate: () => undefined };

describe('BundleController with a compact bundle whose index does not read', () => {
  it('shows the bundle, has no engine, and reads the index only once however often the engine is asked for', async () => {
    const cutShort = await compact(voorbeeldstadBundle(), (bytes) => bytes.subarray(0, bytes.length - 16));
    const controller = new BundleController(host, { storage: memoryBundleStorage(), fetch: scriptedFetch(cutShort).fetch });
    await controller.load('https://loketwijzer.example', 'voorbeeldstad');

    expect(controller.state).toMatchObject({ status: 'ready', bundle: { version: 1 } });
    for (let keystroke = 0; keystroke < 5; keystroke++) expect(controller.engine).toBeNull();
    expect(indexReads.count).toBe(1);
  });
});

/**
 * Where the widget keeps the last good bundle between visits, so it still answers when the API
 * cannot be reached. Behind a tiny async interface: Cache Storage in the page, memory in tests.
 *
 * Cache Storage, not localStorage: it stores the response text without blocking the page, where
 * localStorage writes synchronously and a 1,000-topic bundle (about 1 MB) would hold up the host
 * page for tens of milliseconds. It may refuse (private mode, a full disk): then the widget simply
 * works without an offline copy.
 */
export interface BundleStorage {
  read: (key: string) => Promise<string | null>;
  write: (key: string, text: string) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

const CACHE_NAME = 'loketwijzer-bundles';

export function cacheBundleStorage(caches: CacheStorage): BundleStorage {
  return {
    async read(key) {
      const response = await caches.match(key, { cacheName: CACHE_NAME }).catch(() => undefined);
      return response ? response.text() : null;
    },
    async write(key, text) {
      const cache = await caches.open(CACHE_NAME);
      await cache.put(key, new Response(text, { headers: { 'content-type': 'application/json' } }));
    },
    async remove(key) {
      await (await caches.open(CACHE_NAME)).delete(key);
    },
  };
}

/** Cache Storage exists only in secure contexts (https, localhost); elsewhere nothing is kept. */
export function defaultBundleStorage(): BundleStorage {
  return typeof globalThis.caches === 'object' ? cacheBundleStorage(globalThis.caches) : memoryBundleStorage();
}

export function memoryBundleStorage(): BundleStorage {
  const items = new Map<string, string>();
  return {
    read: async (key) => items.get(key) ?? null,
    write: async (key, text) => void items.set(key, text),
    remove: async (key) => void items.delete(key),
  };
}

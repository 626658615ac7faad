/**
 * Fetches a tenant's bundle and keeps the last good copy: the compact bundle (gzipped bytes, which
 * the engine's chunk decodes) and, when that is refused, the JSON bundle.
 *
 * The request uses `cache: 'no-cache'`: the browser revalidates its cached copy with the ETag
 * (`If-None-Match`, a 304 costs a few bytes) without a CORS preflight, which a hand-set
 * `If-None-Match` header would trigger on a cross-origin page. No cookies, no referrer.
 */
import type { Bundle } from '../../core/bundle/bundle';
import { apiUrl } from '../referral/api-url';
import type { BundleStorage, Bytes } from './bundle-storage';

export type BundleErrorCode = 'tenant_not_found' | 'unavailable';

/** `text`: the response as received, so the saved copy needs no second serialisation. */
export type FetchBundleResult = { ok: true; bundle: Bundle; text: string } | { ok: false; error: BundleErrorCode };

/** `bytes`: the gzipped compact bundle as received: so it is saved, and decoded by the engine's chunk. */
export type FetchCompactResult = { ok: true; bytes: Bytes } | { ok: false; error: BundleErrorCode };

const UNAVAILABLE = { ok: false, error: 'unavailable' } as const;
const NOT_FOUND = { ok: false, error: 'tenant_not_found' } as const;

export interface BundleStoreOptions {
  /** Base URL of the API, e.g. "https://loketwijzer.example"; the path /api/v1/… is added. */
  api: string;
  tenant: string;
  storage: BundleStorage;
  fetch?: typeof globalThis.fetch;
  /** Give up on a slow network after this long and answer from the saved copy. */
  timeoutMs?: number;
}

/**
 * A shape check, not a schema: the widget stays free of zod and trusts its own API for the details.
 * The bundle's tenantId may differ from the `tenant` attribute: a municipality that shares its
 * library's table ("oosterhoek") gets the shared tenant's bundle. Saved copies are kept per URL.
 */
export function isBundle(value: unknown): value is Bundle {
  if (typeof value !== 'object' || value === null) return false;
  const bundle = value as Partial<Bundle>;
  return bundle.format === 1 && typeof bundle.tenantId === 'string' && Array.isArray(bundle.content?.topics);
}

/** Same publication: no need to store it again or rebuild the engine. */
export function sameBundle(a: Bundle, b: Bundle): boolean {
  return a.tenantId === b.tenantId && a.version === b.version && a.publishedAt === b.publishedAt;
}

export class BundleStore {
  /** Also the saved copies' keys: one per API and tenant, and valid Cache Storage keys. */
  readonly url: string;
  readonly compactUrl: string;
  readonly #options: BundleStoreOptions;

  constructor(options: BundleStoreOptions) {
    this.#options = options;
    this.url = apiUrl(options.api, options.tenant, '/bundle');
    this.compactUrl = `${this.url}/compact`;
  }

  async readSaved(): Promise<Bundle | null> {
    try {
      const bytes = await this.#options.storage.read(this.url);
      const value: unknown = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
      return isBundle(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** The saved compact bundle, gzipped; whether it decodes is for the engine's chunk to say. */
  readSavedCompact(): Promise<Bytes | null> {
    return this.#options.storage.read(this.compactUrl).catch(() => null);
  }

  /** Never fails: without a saved copy the widget still works, only not offline. One copy is kept: this one. */
  async save(text: string): Promise<void> {
    await this.#keep(this.url, new TextEncoder().encode(text), this.compactUrl);
  }

  async saveCompact(bytes: Bytes): Promise<void> {
    await this.#keep(this.compactUrl, bytes, this.url);
  }

  async forget(): Promise<void> {
    const { storage } = this.#options;
    await Promise.all([storage.remove(this.url).catch(() => undefined), storage.remove(this.compactUrl).catch(() => undefined)]);
  }

  fetchLatest(): Promise<FetchBundleResult> {
    return this.#get(this.url, async (response): Promise<FetchBundleResult> => {
      const text = await response.text();
      const value: unknown = JSON.parse(text);
      return isBundle(value) ? { ok: true, bundle: value, text } : UNAVAILABLE;
    });
  }

  fetchCompact(): Promise<FetchCompactResult> {
    return this.#get(this.compactUrl, async (response): Promise<FetchCompactResult> => ({
      ok: true,
      bytes: new Uint8Array(await response.arrayBuffer()),
    }));
  }

  async #keep(key: string, bytes: Bytes, other: string): Promise<void> {
    const { storage } = this.#options;
    await storage.write(key, bytes).catch(() => undefined);
    // The other form's copy is older: left, it could answer offline instead of this one.
    await storage.remove(other).catch(() => undefined);
  }

  /**
   * `url` as the widget always asks for its bundle; `read` turns a 200 into the result. Unavailable
   * when the API cannot be reached, is too slow, or sends what `read` cannot read.
   */
  async #get<T>(url: string, read: (response: Response) => Promise<T>): Promise<T | typeof NOT_FOUND | typeof UNAVAILABLE> {
    const fetchImpl = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.#options.timeoutMs ?? 10_000);
    try {
      const response = await fetchImpl(url, {
        cache: 'no-cache',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      if (response.status === 404) return NOT_FOUND;
      if (!response.ok) return UNAVAILABLE;
      return await read(response);
    } catch {
      return UNAVAILABLE;
    } finally {
      clearTimeout(timer);
    }
  }
}

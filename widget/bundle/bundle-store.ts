/**
 * Fetches a tenant's bundle and keeps the last good copy.
 *
 * The request uses `cache: 'no-cache'`: the browser revalidates its cached copy with the ETag
 * (`If-None-Match`, a 304 costs a few bytes) without a CORS preflight, which a hand-set
 * `If-None-Match` header would trigger on a cross-origin page. No cookies, no referrer.
 */
import type { Bundle } from '../../core/bundle/bundle';
import { apiUrl } from '../referral/api-result';
import type { BundleStorage } from './bundle-storage';

export type BundleErrorCode = 'tenant_not_found' | 'unavailable';

/** `text`: the response as received, so the saved copy needs no second serialisation. */
export type FetchBundleResult = { ok: true; bundle: Bundle; text: string } | { ok: false; error: BundleErrorCode };

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
  /** Also the saved copy's key: one per API and tenant, and a valid Cache Storage key. */
  readonly url: string;
  private readonly options: BundleStoreOptions;

  constructor(options: BundleStoreOptions) {
    this.options = options;
    this.url = apiUrl(options.api, options.tenant, '/bundle');
  }

  async readSaved(): Promise<Bundle | null> {
    try {
      const text = await this.options.storage.read(this.url);
      const value: unknown = text ? JSON.parse(text) : null;
      return isBundle(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** Never fails: without a saved copy the widget still works, only not offline. */
  async save(text: string): Promise<void> {
    await this.options.storage.write(this.url, text).catch(() => undefined);
  }

  async forget(): Promise<void> {
    await this.options.storage.remove(this.url).catch(() => undefined);
  }

  async fetchLatest(): Promise<FetchBundleResult> {
    const fetchImpl = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 10_000);
    try {
      const response = await fetchImpl(this.url, {
        cache: 'no-cache',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      if (response.status === 404) return { ok: false, error: 'tenant_not_found' };
      if (!response.ok) return { ok: false, error: 'unavailable' };
      const text = await response.text();
      const value: unknown = JSON.parse(text);
      return isBundle(value) ? { ok: true, bundle: value, text } : { ok: false, error: 'unavailable' };
    } catch {
      return { ok: false, error: 'unavailable' };
    } finally {
      clearTimeout(timer);
    }
  }
}

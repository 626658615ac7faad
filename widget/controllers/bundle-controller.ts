/**
 * Loads the tenant bundle for its host and turns it into a routing engine.
 *
 * The saved copy answers at once; the network copy replaces it when a newer version is published.
 * The engine's code (MiniSearch, the stemmers, the routing rules) is a chunk of its own that loads
 * in parallel with the bundle, so a page where nobody opens the assistant never downloads it.
 * The engine itself (which loads or builds the search index) is made in idle time, or on demand
 * when someone asks before the browser was idle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bundle } from '../../core/bundle/bundle';
import type { Engine } from '../../core/routing/engine';
import { defaultBundleStorage, type BundleStorage } from '../bundle/bundle-storage';
import { BundleStore, sameBundle, type BundleErrorCode } from '../bundle/bundle-store';
import { whenIdle, type Cancel } from './idle';

export type BundleState =
  | { status: 'loading' }
  /** `offline`: the API could not be reached and the saved copy is in use. */
  | { status: 'ready'; bundle: Bundle; offline: boolean }
  | { status: 'error'; error: 'invalid_tenant' | BundleErrorCode };

export interface BundleControllerOptions {
  storage?: BundleStorage;
  fetch?: typeof globalThis.fetch;
}

/** The same rule as the content schema's ids (core/content/schema.ts), without importing zod. */
const TENANT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isTenantId(value: string): boolean {
  return value.length <= 64 && TENANT_ID.test(value);
}

export class BundleController implements ReactiveController {
  state: BundleState = { status: 'loading' };
  private readonly host: ReactiveControllerHost;
  private readonly options: BundleControllerOptions;
  private engineFromBundle: ((bundle: Bundle) => Engine) | null = null;
  private built: { bundle: Bundle; engine: Engine } | null = null;
  private generation = 0;
  private cancelIdle: Cancel | null = null;
  private lastRequest: { api: string; tenant: string } | null = null;

  constructor(host: ReactiveControllerHost, options: BundleControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.generation++;
    this.cancelIdle?.();
  }

  /** The engine for the current bundle; built now if idle time has not come yet. */
  get engine(): Engine | null {
    if (this.state.status !== 'ready' || !this.engineFromBundle) return null;
    const { bundle } = this.state;
    if (this.built?.bundle !== bundle) this.built = { bundle, engine: this.engineFromBundle(bundle) };
    return this.built.engine;
  }

  retry(): void {
    if (this.lastRequest) void this.load(this.lastRequest.api, this.lastRequest.tenant);
  }

  async load(api: string, tenant: string): Promise<void> {
    const generation = ++this.generation;
    this.lastRequest = { api, tenant };
    if (!isTenantId(tenant)) {
      this.set({ status: 'error', error: 'invalid_tenant' });
      return;
    }
    const store = new BundleStore({
      api,
      tenant,
      storage: this.options.storage ?? defaultBundleStorage(),
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
    this.set({ status: 'loading' });
    // All at once: the saved copy answers first if the network is slow, the network copy wins.
    const latest = store.fetchLatest();
    const engineCode = import('../../core/bundle/engine-from-bundle');
    const saved = await store.readSaved();
    try {
      this.engineFromBundle ??= (await engineCode).engineFromBundle;
    } catch {
      if (generation === this.generation) this.set({ status: 'error', error: 'unavailable' });
      return;
    }
    if (generation !== this.generation) return;
    if (saved) this.set({ status: 'ready', bundle: saved, offline: false });

    const result = await latest;
    if (generation !== this.generation) return;
    if (result.ok) {
      if (saved && sameBundle(saved, result.bundle)) return;
      this.set({ status: 'ready', bundle: result.bundle, offline: false });
      await store.save(result.text);
    } else if (result.error === 'tenant_not_found') {
      await store.forget();
      this.set({ status: 'error', error: 'tenant_not_found' });
    } else if (saved) {
      this.set({ status: 'ready', bundle: saved, offline: true });
    } else {
      this.set({ status: 'error', error: 'unavailable' });
    }
  }

  private set(state: BundleState): void {
    this.state = state;
    this.host.requestUpdate();
    if (state.status === 'ready') {
      this.cancelIdle?.();
      this.cancelIdle = whenIdle(() => void this.engine);
    }
  }
}

/**
 * Loads the tenant bundle for its host and turns it into a routing engine.
 *
 * It asks for the compact bundle (a third to a half of the JSON bundle's bytes, gzipped), which
 * the engine's chunk decodes. A compact bundle this widget cannot read (a worker and a widget of
 * different deploys: another format or analysis version), or none at all (an older worker), sends
 * it to the JSON bundle, as before. The saved copy answers at once; the network copy replaces it
 * when a newer version is published.
 * The engine's code (the search, the stemmers, the routing rules) is a chunk of its own that loads
 * in parallel with the bundle, so a page where nobody opens the assistant never downloads it. The
 * loader of a JSON bundle's index loads only for a JSON bundle, and the indexing code (MiniSearch)
 * only for a bundle without a current index, which a deploy that changed the analysis leaves until
 * the tenant publishes again.
 * The engine itself (which loads or builds the search index) is made in idle time, or on demand
 * when someone asks before the browser was idle.
 */
import type { ReactiveController, ReactiveControllerHost } from '../element/reactive-controller';
import type { Bundle } from '../../core/bundle/bundle';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../core/content/id';
import type { Engine } from '../../core/routing/engine';
import type { TopicIndex } from '../../core/routing/search-index';
import { defaultBundleStorage, type BundleStorage, type Bytes } from '../bundle/bundle-storage';
import { sameBytes } from '../bundle/same-bytes';
import { BundleStore, sameBundle, type BundleErrorCode } from '../bundle/bundle-store';
import { whenIdle, type Cancel } from './idle';

/**
 * Routed once in idle time after the engine is made: the first real question then runs on code
 * the JavaScript engine has already compiled, with the stemmers' tables and the stem memo warm,
 * instead of paying for all that in one long task. Plain Dutch that reaches the stemmers, the
 * compound splitter and the typo search; its answer is thrown away.
 */
const WARM_UP_QUESTION = 'ik wil mijn paspoort verlengen en heb een vraag over huurtoeslag';

export type BundleState =
  | { status: 'loading' }
  /** `offline`: the API could not be reached and the saved copy is in use. */
  | { status: 'ready'; bundle: Bundle; offline: boolean }
  | { status: 'error'; error: 'invalid_tenant' | BundleErrorCode };

export interface BundleControllerOptions {
  storage?: BundleStorage;
  fetch?: typeof globalThis.fetch;
}

export function isTenantId(value: string): boolean {
  return value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

type EngineCode = typeof import('../bundle/engine-code');
type JsonEngineCode = typeof import('../../core/bundle/load-bundle-engine');

export class BundleController implements ReactiveController {
  state: BundleState = { status: 'loading' };
  readonly #host: ReactiveControllerHost;
  readonly #options: BundleControllerOptions;
  #engineCode: EngineCode | null = null;
  /** Loaded with the first JSON bundle: a compact one does not need it. */
  #jsonEngineCode: JsonEngineCode | null = null;
  #createEngine: ((content: Bundle['content']) => Engine) | null = null;
  /** How to read the index of each bundle that came compact: its content has no keywords to build one from. */
  readonly #indexes = new WeakMap<Bundle, () => TopicIndex | null>();
  /** Null as an engine too: bytes whose index does not hold together are not read again on every keystroke. */
  #built: { bundle: Bundle; engine: Engine | null } | null = null;
  #generation = 0;
  #cancelIdle: Cancel | null = null;
  #lastRequest: { api: string; tenant: string } | null = null;

  constructor(host: ReactiveControllerHost, options: BundleControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#generation++;
    this.#cancelIdle?.();
  }

  /** The engine for the current bundle; built now if idle time has not come yet. */
  get engine(): Engine | null {
    const code = this.#engineCode;
    if (this.state.status !== 'ready' || !code) return null;
    const { bundle } = this.state;
    if (this.#built?.bundle !== bundle) {
      const readIndex = this.#indexes.get(bundle);
      let engine: Engine | null;
      if (readIndex) {
        const index = readIndex();
        engine = index && code.createEngineWithIndex(bundle.content, index);
      } else {
        engine = this.#jsonEngineCode?.loadBundleEngine(bundle) ?? this.#createEngine?.(bundle.content) ?? null;
      }
      this.#built = { bundle, engine };
    }
    return this.#built.engine;
  }

  retry(): void {
    if (this.#lastRequest) void this.load(this.#lastRequest.api, this.#lastRequest.tenant);
  }

  async load(api: string, tenant: string): Promise<void> {
    const generation = ++this.#generation;
    this.#lastRequest = { api, tenant };
    if (!isTenantId(tenant)) {
      this.#set({ status: 'error', error: 'invalid_tenant' });
      return;
    }
    const store = new BundleStore({
      api,
      tenant,
      storage: this.#options.storage ?? defaultBundleStorage(),
      ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
    });
    this.#set({ status: 'loading' });
    // All at once: the saved copy answers first if the network is slow, the network copy wins.
    const latest = store.fetchCompact();
    const engineCode = import('../bundle/engine-code');
    /** The bundle of gzipped compact bytes, its index left to read when the engine is made; null when this widget cannot read them. */
    const decoded = async (gzipped: Bytes): Promise<Bundle | null> => {
      // The engine's chunk did not load: ready() says so; here the bytes are merely unread.
      const opened = await engineCode.then(
        (code) => code.openGzippedBundle(gzipped),
        () => null,
      );
      if (opened) this.#indexes.set(opened.bundle, opened.readIndex);
      return opened?.bundle ?? null;
    };
    const ready = async (bundle: Bundle, offline: boolean): Promise<boolean> => {
      try {
        const code = await engineCode;
        this.#engineCode ??= code;
        if (!this.#indexes.has(bundle)) {
          const json = (this.#jsonEngineCode ??= await import('../../core/bundle/load-bundle-engine'));
          if (!json.hasCurrentIndex(bundle)) this.#createEngine ??= (await import('../../core/routing/create-engine')).createEngine;
        }
      } catch {
        if (generation === this.#generation) this.#set({ status: 'error', error: 'unavailable' });
        return false;
      }
      if (generation !== this.#generation) return false;
      this.#set({ status: 'ready', bundle, offline });
      return true;
    };
    const savedCompact = await store.readSavedCompact();
    const fromSavedCompact = savedCompact && (await decoded(savedCompact));
    const saved = fromSavedCompact || (await store.readSaved());
    if (saved && !(await ready(saved, false))) return;
    if (generation !== this.#generation) return;

    const compact = await latest;
    // Mostly the API sends the very bytes the page has just read from its saved copy: those are
    // not decoded a second time on the page's busiest moment.
    const fromCompact = !compact.ok
      ? null
      : savedCompact && fromSavedCompact && sameBytes(savedCompact, compact.bytes)
        ? fromSavedCompact
        : await decoded(compact.bytes);
    if (generation !== this.#generation) return;
    if (compact.ok && fromCompact) {
      if (saved && sameBundle(saved, fromCompact)) {
        // A JSON copy of the same version (kept by an older widget) makes way for the smaller one.
        if (!this.#indexes.has(saved)) await store.saveCompact(compact.bytes);
        return;
      }
      if (await ready(fromCompact, false)) await store.saveCompact(compact.bytes);
      return;
    }
    // Unreachable: the JSON bundle would not come either.
    const result = compact.ok || compact.error === 'tenant_not_found' ? await store.fetchLatest() : compact;
    if (generation !== this.#generation) return;
    if (result.ok) {
      if (saved && sameBundle(saved, result.bundle)) return;
      if (await ready(result.bundle, false)) await store.save(result.text);
    } else if (result.error === 'tenant_not_found') {
      await store.forget();
      this.#set({ status: 'error', error: 'tenant_not_found' });
    } else if (saved) {
      await ready(saved, true);
    } else {
      this.#set({ status: 'error', error: 'unavailable' });
    }
  }

  #set(state: BundleState): void {
    this.state = state;
    this.#host.requestUpdate();
    if (state.status === 'ready') {
      this.#cancelIdle?.();
      this.#cancelIdle = whenIdle(() => void this.engine?.route(WARM_UP_QUESTION));
    }
  }
}

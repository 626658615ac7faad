/**
 * The bookkeeping behind `useApiResource`, without Preact, so Node tests can pin it down: each
 * load gets a number, and only the newest load may write its answer. An answer that arrives after
 * a newer load started, or after `cancel()` (the inputs changed, the view unmounted), is dropped,
 * so a slow old answer never overwrites a newer one.
 */
import type { ApiError, ApiResult } from './client';

export interface ResourceState<T> {
  /** The data of the last load that succeeded; kept while a new load runs and after one fails. */
  data: T | null;
  /** The error of the last load, until a load succeeds. */
  error: ApiError | null;
  loading: boolean;
}

export type ResourceUpdate<T> = (update: (state: ResourceState<T>) => ResourceState<T>) => void;

export interface ResourceLoader<T> {
  /** Runs `fetch`; resolves once its answer is written or dropped. */
  load: (fetch: () => Promise<ApiResult<T>>) => Promise<void>;
  /** Drops the answer of every load that is running. */
  cancel: () => void;
}

export function initialResourceState<T>(loading: boolean): ResourceState<T> {
  return { data: null, error: null, loading };
}

export function createResourceLoader<T>(update: ResourceUpdate<T>): ResourceLoader<T> {
  let newest = 0;
  return {
    async load(fetch) {
      const id = ++newest;
      update((state) => (state.loading ? state : { ...state, loading: true }));
      const result = await fetch();
      if (id !== newest) return;
      update((state) =>
        result.ok ? { data: result.data, error: null, loading: false } : { ...state, error: result.error, loading: false },
      );
    },
    cancel() {
      newest++;
    },
  };
}

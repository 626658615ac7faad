/**
 * Loads an API resource when a view mounts and again when its inputs change: the admin's
 * counterpart of Lit's `Task`. Answers that come too late are dropped (see resource-loader.ts).
 *
 *     const audit = useApiResource(() => api.audit(), [api, revision]);
 *     audit.data?.entries, audit.error?.message, audit.loading, audit.reload()
 *
 * `load` is null while there is nothing to load yet. `deps` are the inputs `load` reads, as for
 * `useEffect`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApiResult } from './client';
import { createResourceLoader, initialResourceState, type ResourceState } from './resource-loader';

export interface ApiResource<T> extends ResourceState<T> {
  /** Loads again with the same inputs; resolves once the answer is in. */
  reload: () => Promise<void>;
}

export function useApiResource<T>(load: (() => Promise<ApiResult<T>>) | null, deps: readonly unknown[]): ApiResource<T> {
  const [state, setState] = useState<ResourceState<T>>(() => initialResourceState(load !== null));
  const loader = useMemo(() => createResourceLoader<T>(setState), []);
  // The newest `load`, whose closure holds the inputs of the last render.
  const latestLoad = useRef(load);
  latestLoad.current = load;

  const reload = useCallback(async () => {
    const current = latestLoad.current;
    if (current !== null) await loader.load(current);
  }, [loader]);

  useEffect(() => {
    void reload();
    return loader.cancel;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's inputs, as useEffect takes them
  }, deps);

  return { ...state, reload };
}

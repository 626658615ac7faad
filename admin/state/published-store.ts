/** The published bundle as an engine, for the right-hand side of the test panel. */
import { useCallback, useState } from 'preact/hooks';
import type { Bundle } from '../../core/bundle/bundle';
import { engineFromBundle } from '../../core/bundle/engine-from-bundle';
import type { Engine } from '../../core/routing/engine';
import type { ApiClient, ApiError } from '../api/client';

export type PublishedState =
  { status: 'loading' } | { status: 'none' } | { status: 'ready'; bundle: Bundle; engine: Engine } | { status: 'error'; error: ApiError };

export function usePublishedStore(api: ApiClient) {
  const [state, setState] = useState<PublishedState>({ status: 'loading' });
  const reload = useCallback(async () => {
    const result = await api.bundle();
    if (result.ok) setState({ status: 'ready', bundle: result.data, engine: engineFromBundle(result.data) });
    else if (result.status === 404 && result.error.code !== 'tenant_not_found') setState({ status: 'none' });
    else setState({ status: 'error', error: result.error });
  }, [api]);
  return { state, reload };
}

export type PublishedStore = ReturnType<typeof usePublishedStore>;

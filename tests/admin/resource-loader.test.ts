import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../admin/api/client';
import { createResourceLoader, initialResourceState, type ResourceState } from '../../admin/api/resource-loader';

/** A loader whose state lives in a plain variable, as useState would keep it. */
function harness<T>(loading = true) {
  let state: ResourceState<T> = initialResourceState(loading);
  const loader = createResourceLoader<T>((update) => {
    state = update(state);
  });
  return { loader, state: () => state };
}

/** An answer that arrives when the test says so. */
function deferred<T>() {
  let resolve: (result: ApiResult<T>) => void = () => undefined;
  const promise = new Promise<ApiResult<T>>((done) => {
    resolve = done;
  });
  return { promise, answer: resolve };
}

const ok = <T>(data: T): ApiResult<T> => ({ ok: true, status: 200, data, etag: null });
const failed = (message: string): ApiResult<never> => ({ ok: false, status: 500, error: { code: 'internal_error', message } });

describe('createResourceLoader (the bookkeeping of useApiResource)', () => {
  it('is loading until the first answer, then holds its data', async () => {
    const { loader, state } = harness<string[]>();
    expect(state()).toEqual({ data: null, error: null, loading: true });
    await loader.load(() => Promise.resolve(ok(['a'])));
    expect(state()).toEqual({ data: ['a'], error: null, loading: false });
  });

  it('drops the answer of an older load that arrives after a newer one', async () => {
    const { loader, state } = harness<string>();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const first = loader.load(() => slow.promise);
    const second = loader.load(() => fast.promise);
    fast.answer(ok('new'));
    await second;
    slow.answer(ok('old'));
    await first;
    expect(state()).toEqual({ data: 'new', error: null, loading: false });
  });

  it('drops the answer of a load that was cancelled (inputs changed, view unmounted)', async () => {
    const { loader, state } = harness<string>();
    const pending = deferred<string>();
    const load = loader.load(() => pending.promise);
    loader.cancel();
    pending.answer(ok('too late'));
    await load;
    expect(state().data).toBeNull();
  });

  it('keeps the last data next to the error of a failed load, and clears the error when a load succeeds', async () => {
    const { loader, state } = harness<number>();
    await loader.load(() => Promise.resolve(ok(1)));
    await loader.load(() => Promise.resolve(failed('Er ging iets mis.')));
    expect(state()).toEqual({ data: 1, error: { code: 'internal_error', message: 'Er ging iets mis.' }, loading: false });
    await loader.load(() => Promise.resolve(ok(2)));
    expect(state()).toEqual({ data: 2, error: null, loading: false });
  });

  it('shows a reload as loading, with the data it had', async () => {
    const { loader, state } = harness<number>(false);
    await loader.load(() => Promise.resolve(ok(1)));
    const pending = deferred<number>();
    const reload = loader.load(() => pending.promise);
    expect(state()).toEqual({ data: 1, error: null, loading: true });
    pending.answer(ok(3));
    await reload;
    expect(state()).toEqual({ data: 3, error: null, loading: false });
  });
});

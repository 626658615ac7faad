import { describe, expect, it } from 'vitest';
import { draftReducer, initialDraftState, loadedDraft, type DraftState, type DraftStore } from '../../admin/state/draft-store';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

function storeWith(state: DraftState): DraftStore {
  return {
    state,
    dirty: false,
    load: () => Promise.resolve({ ok: true }),
    save: () => Promise.resolve({ kind: 'unchanged' }),
    edit: () => undefined,
    reapply: () => undefined,
    takeTheirs: () => undefined,
    discard: () => undefined,
  };
}

describe('loadedDraft', () => {
  it('is null until the draft has loaded, so the views are not rendered before', () => {
    expect(loadedDraft(storeWith(initialDraftState))).toBeNull();
  });

  it('gives the loaded store with its saved and edited draft, and the same actions', () => {
    const content = voorbeeldstad();
    const store = storeWith(draftReducer(initialDraftState, { type: 'loaded', content, etag: '"1"' }));
    const loaded = loadedDraft(store);
    expect(loaded?.state.edited).toBe(content);
    expect(loaded?.state.base).toBe(content);
    expect(loaded?.state.etag).toBe('"1"');
    expect(loaded?.save).toBe(store.save);
  });
});

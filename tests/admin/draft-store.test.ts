import { describe, expect, it } from 'vitest';
import { draftReducer, initialDraftState, isDirty, type DraftState } from '../../admin/state/draft-store';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

function loaded(): DraftState {
  return draftReducer(initialDraftState, { type: 'loaded', content: voorbeeldstad(), etag: '"1"' });
}

const moveDebts = (counter: string) => (content: ReturnType<typeof voorbeeldstad>) => ({
  ...content,
  topics: content.topics.map((t) => (t.id === 'schulden' ? { ...t, counter } : t)),
});

describe('draftReducer', () => {
  it('is clean after loading and dirty after an edit', () => {
    const state = loaded();
    expect(isDirty(state)).toBe(false);
    expect(isDirty(draftReducer(state, { type: 'edit', update: moveDebts('werk-inkomen') }))).toBe(true);
  });

  it('is clean again when an edit is undone by hand', () => {
    const edited = draftReducer(loaded(), { type: 'edit', update: moveDebts('werk-inkomen') });
    expect(isDirty(draftReducer(edited, { type: 'edit', update: moveDebts('sociaal-loket') }))).toBe(false);
  });

  it('takes the saved content as the new base with its ETag, and keeps edits made during the save', () => {
    const edited = draftReducer(loaded(), { type: 'edit', update: moveDebts('werk-inkomen') });
    const sent = edited.edited!;
    const during = draftReducer({ ...edited, saving: true }, { type: 'edit', update: (c) => ({ ...c, about: 'later' }) });
    const saved = draftReducer(during, { type: 'saved', content: sent, etag: '"2"' });
    expect(saved).toMatchObject({ etag: '"2"', saving: false, base: sent });
    expect(saved.edited?.about).toBe('later');
    expect(isDirty(saved)).toBe(true);
  });

  it('re-applies the admin’s edits onto the other person’s draft after a conflict', () => {
    const edited = draftReducer(loaded(), { type: 'edit', update: moveDebts('werk-inkomen') });
    const remote = { ...voorbeeldstad(), about: 'door een collega' };
    const conflict = draftReducer(edited, { type: 'conflict', remote, etag: '"3"' });
    const rebased = draftReducer(conflict, { type: 'reapply' });

    expect(rebased.conflict).toBeNull();
    expect(rebased.etag).toBe('"3"');
    expect(rebased.base).toBe(remote);
    expect(rebased.edited?.about).toBe('door een collega');
    expect(rebased.edited?.topics.find((t) => t.id === 'schulden')?.counter).toBe('werk-inkomen');
    expect(isDirty(rebased)).toBe(true);
  });

  it('loads the other person’s draft and drops the admin’s edits on request', () => {
    const edited = draftReducer(loaded(), { type: 'edit', update: moveDebts('werk-inkomen') });
    const remote = { ...voorbeeldstad(), about: 'door een collega' };
    const theirs = draftReducer(draftReducer(edited, { type: 'conflict', remote, etag: '"3"' }), { type: 'take-theirs' });
    expect(theirs).toMatchObject({ base: remote, edited: remote, etag: '"3"', conflict: null });
  });

  it('keeps the server’s issues of a 422 until the next edit', () => {
    const failed = draftReducer(loaded(), { type: 'save-failed', issues: [{ path: 'topics.0.id', message: 'x' }] });
    expect(failed.serverIssues).toHaveLength(1);
    expect(draftReducer(failed, { type: 'edit', update: (c) => c }).serverIssues).toEqual([]);
  });

  it('discards the edits', () => {
    const edited = draftReducer(loaded(), { type: 'edit', update: moveDebts('werk-inkomen') });
    expect(isDirty(draftReducer(edited, { type: 'discard' }))).toBe(false);
  });
});

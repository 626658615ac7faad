/**
 * The draft as the admin edits it: the last saved draft (`base`) with its ETag, the edited copy,
 * and a pending conflict when someone else saved first. The reducer is pure; `useDraftStore`
 * adds the API calls (load, save with If-Match, re-apply after a 412).
 */
import { useMemo, useReducer, useRef } from 'preact/hooks';
import type { ContentIssue } from '../../core/content/parse-content';
import { deepEqual } from '../../core/content/diff-content';
import { parseContent } from '../../core/content/parse-content';
import type { Content } from '../../core/content/schema';
import type { ApiClient, ApiError } from '../api/client';
import { nl } from '../i18n/nl';
import { rebaseDraft } from './rebase';

export interface DraftConflict {
  /** The draft someone else saved. */
  remote: Content;
  etag: string | null;
}

export interface DraftState {
  base: Content | null;
  etag: string | null;
  edited: Content | null;
  saving: boolean;
  conflict: DraftConflict | null;
  /** Issues from the server's last 422, shown until the next edit. */
  serverIssues: ContentIssue[];
}

export type DraftAction =
  | { type: 'loaded'; content: Content; etag: string | null }
  | { type: 'edit'; update: (content: Content) => Content }
  | { type: 'save-started' }
  | { type: 'saved'; content: Content; etag: string | null }
  | { type: 'save-failed'; issues?: ContentIssue[] }
  | { type: 'conflict'; remote: Content; etag: string | null }
  | { type: 'reapply' }
  | { type: 'take-theirs' }
  | { type: 'discard' };

export const initialDraftState: DraftState = { base: null, etag: null, edited: null, saving: false, conflict: null, serverIssues: [] };

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'loaded':
      return { ...initialDraftState, base: action.content, etag: action.etag, edited: action.content };
    case 'edit':
      return state.edited === null ? state : { ...state, edited: action.update(state.edited), serverIssues: [] };
    case 'save-started':
      return { ...state, saving: true };
    case 'saved':
      // Edits made while the request ran stay in `edited` and keep the draft dirty.
      return { ...state, saving: false, base: action.content, etag: action.etag, serverIssues: [] };
    case 'save-failed':
      return { ...state, saving: false, serverIssues: action.issues ?? [] };
    case 'conflict':
      return { ...state, saving: false, conflict: { remote: action.remote, etag: action.etag } };
    case 'reapply': {
      if (state.conflict === null || state.base === null || state.edited === null) return state;
      const { content } = rebaseDraft(state.base, state.edited, state.conflict.remote);
      return { ...state, base: state.conflict.remote, etag: state.conflict.etag, edited: content, conflict: null };
    }
    case 'take-theirs':
      if (state.conflict === null) return state;
      return { ...initialDraftState, base: state.conflict.remote, etag: state.conflict.etag, edited: state.conflict.remote };
    case 'discard':
      return { ...state, edited: state.base, serverIssues: [] };
  }
}

export function isDirty(state: Pick<DraftState, 'base' | 'edited'>): boolean {
  return state.base !== state.edited && !deepEqual(state.base, state.edited);
}

export type LoadOutcome = { ok: true } | { ok: false; error: ApiError; status: number };

export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  | { kind: 'conflict' }
  | { kind: 'invalid'; issues: ContentIssue[] }
  | { kind: 'failed'; status: number; error: ApiError };

async function fetchDraft(
  api: ApiClient,
): Promise<{ ok: true; content: Content; etag: string | null } | { ok: false; status: number; error: ApiError }> {
  const result = await api.getDraft();
  if (!result.ok) return result;
  const parsed = parseContent(result.data);
  if (!parsed.ok) {
    return { ok: false, status: result.status, error: { code: 'invalid_content', message: nl.draftUnreadable } };
  }
  return { ok: true, content: parsed.content, etag: result.etag };
}

export function useDraftStore(api: ApiClient) {
  const [state, dispatch] = useReducer(draftReducer, initialDraftState);
  // Async steps read the newest state, not the one of the render that started them.
  const current = useRef(state);
  current.current = state;
  const { base, edited } = state;
  const dirty = useMemo(() => isDirty({ base, edited }), [base, edited]);

  const load = async (): Promise<LoadOutcome> => {
    const draft = await fetchDraft(api);
    if (!draft.ok) return draft;
    dispatch({ type: 'loaded', content: draft.content, etag: draft.etag });
    return { ok: true };
  };

  const save = async (): Promise<SaveOutcome> => {
    const { edited, etag, saving } = current.current;
    if (edited === null || saving) return { kind: 'unchanged' };
    dispatch({ type: 'save-started' });
    const result = await api.saveDraft(edited, etag);
    if (result.ok) {
      dispatch({ type: 'saved', content: edited, etag: result.etag });
      return { kind: 'saved' };
    }
    if (result.status === 412) {
      const remote = await fetchDraft(api);
      if (remote.ok) {
        dispatch({ type: 'conflict', remote: remote.content, etag: remote.etag });
        return { kind: 'conflict' };
      }
      dispatch({ type: 'save-failed' });
      return { kind: 'failed', status: remote.status, error: remote.error };
    }
    if (result.status === 422 && result.error.issues?.length) {
      dispatch({ type: 'save-failed', issues: result.error.issues });
      return { kind: 'invalid', issues: result.error.issues };
    }
    dispatch({ type: 'save-failed' });
    return { kind: 'failed', status: result.status, error: result.error };
  };

  return {
    state,
    dirty,
    load,
    save,
    edit: (update: (content: Content) => Content) => dispatch({ type: 'edit', update }),
    reapply: () => dispatch({ type: 'reapply' }),
    takeTheirs: () => dispatch({ type: 'take-theirs' }),
    discard: () => dispatch({ type: 'discard' }),
  };
}

export type DraftStore = ReturnType<typeof useDraftStore>;

/** The state once the draft has loaded: from then on there is always a saved and an edited draft. */
export interface LoadedDraftState extends DraftState {
  base: Content;
  edited: Content;
}

/** The store as the views get it: they render only once the draft has loaded. */
export type LoadedDraftStore = Omit<DraftStore, 'state'> & { state: LoadedDraftState };

/** The store with its loaded draft, or null while the draft has not loaded yet. */
export function loadedDraft(store: DraftStore): LoadedDraftStore | null {
  const { state } = store;
  const { base, edited } = state;
  if (base === null || edited === null) return null;
  return { ...store, state: { ...state, base, edited } };
}

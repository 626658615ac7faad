/**
 * After a 412: someone else saved the draft first. Shows what they changed and what the admin
 * changed, and offers to re-apply the admin's edits on top of theirs or to load theirs.
 */
import { useMemo } from 'preact/hooks';
import { diffContent } from '../../core/content/diff-content';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { rebaseDraft } from '../state/rebase';
import { describePath } from '../format/diff-format';
import { DiffView } from './diff-view';

export function ConflictPanel() {
  const { draft, announce } = useAdmin();
  const { base, edited, conflict } = draft.state;
  const view = useMemo(() => {
    if (base === null || edited === null || conflict === null) return null;
    return {
      theirs: diffContent(base, conflict.remote),
      mine: diffContent(base, edited),
      conflicts: rebaseDraft(base, edited, conflict.remote).conflicts,
    };
  }, [base, edited, conflict]);
  if (view === null || conflict === null) return null;

  return (
    <section class="conflict-panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabIndex={-1}>
        {nl.conflictTitle}
      </h2>
      <p>{nl.conflictIntro}</p>
      <div class="conflict-columns">
        <div>
          <h3>{nl.conflictTheirs}</h3>
          <DiffView diff={view.theirs} names={conflict.remote} headingLevel={4} />
        </div>
        <div>
          <h3>{nl.conflictMine}</h3>
          <DiffView diff={view.mine} names={edited} headingLevel={4} />
        </div>
      </div>
      {view.conflicts.length > 0 && (
        <div class="notice notice-warning">
          <p>{nl.conflictBoth}</p>
          <ul>
            {view.conflicts.map((path) => (
              <li key={path}>{describePath(path, edited ?? {})}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button button-primary"
          onClick={() => {
            draft.reapply();
            announce(nl.conflictReapplied);
            document.getElementById('view-title')?.focus();
          }}
        >
          {nl.conflictReapply}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            draft.takeTheirs();
            announce(nl.conflictLoaded);
            document.getElementById('view-title')?.focus();
          }}
        >
          {nl.conflictLoadTheirs}
        </button>
      </div>
    </section>
  );
}

/**
 * The bar above every view: whether the draft has unsaved changes, "Opslaan", "Wijzigingen
 * weggooien" and "Publiceren", and the live region that reads out save and publish results.
 */
import { useState } from 'preact/hooks';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { ConfirmDialog } from './dialog';

interface DraftBarProps {
  /** The latest status message; the element is a polite live region. */
  status: string;
  onSave: () => void;
  onPublish: () => void;
}

export function DraftBar({ status, onSave, onPublish }: DraftBarProps) {
  const { draft, canEdit, canPublish, validation, announce } = useAdmin();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const { dirty } = draft;
  const { saving } = draft.state;
  const issueCount = validation.issues.length;

  const stateText = !dirty ? nl.draftSaved : issueCount > 0 ? `${nl.draftDirty} ${nl.draftInvalid(issueCount)}` : nl.draftDirty;
  const publishBlocked = !canPublish ? nl.publishOnlyPublisher : dirty ? nl.publishSaveFirst : null;

  return (
    <section class="draft-bar" aria-label={nl.draftLabel}>
      <div class="draft-bar-inner">
        <div class="draft-texts">
          <p class={`draft-state${dirty ? ' draft-state-dirty' : ''}`}>
            <span class="draft-dot" aria-hidden="true"></span>
            {stateText}
          </p>
          <p class="draft-status" role="status">
            {status}
          </p>
        </div>
        <div class="draft-actions">
          {canEdit ? (
            <>
              <button type="button" class="button button-primary" disabled={!dirty || saving} onClick={onSave}>
                {saving ? nl.saving : nl.save}
              </button>
              {dirty && (
                <button type="button" class="button" disabled={saving} onClick={() => setConfirmDiscard(true)}>
                  {nl.discard}
                </button>
              )}
            </>
          ) : (
            <p class="draft-note">{nl.readOnlyNote}</p>
          )}
          <button
            type="button"
            class="button button-publish"
            disabled={publishBlocked !== null || saving}
            aria-describedby={publishBlocked ? 'publish-blocked' : undefined}
            onClick={onPublish}
          >
            {nl.publish}
          </button>
          {publishBlocked && (
            <p class="draft-note" id="publish-blocked">
              {publishBlocked}
            </p>
          )}
        </div>
      </div>
      {confirmDiscard && (
        <ConfirmDialog
          title={nl.discardTitle}
          confirmLabel={nl.discard}
          danger
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={() => {
            setConfirmDiscard(false);
            draft.discard();
            announce(nl.discarded);
          }}
          returnFocus={() => document.getElementById('view-title')}
        >
          <p>{nl.discardText}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

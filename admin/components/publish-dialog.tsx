/**
 * Publishing the saved draft as a new version, with a required note. Before the admin confirms,
 * it shows what changes against the published version and which test questions would break.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DiffResult } from '../../core/content/diff-content';
import { ErrorNotice } from '../components/error-notice';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { useEvaluation } from '../preview/use-evaluation';
import { DiffView } from './diff-view';
import { Dialog } from './dialog';
import { FieldFrame, fieldA11y } from './fields';

interface PublishDialogProps {
  onClose: () => void;
  onPublished: (version: number) => void;
}

export function PublishDialog({ onClose, onPublished }: PublishDialogProps) {
  const { api, published, draft } = useAdmin();
  const evaluation = useEvaluation();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [diff, setDiff] = useState<DiffResult | null>(null);
  const latest = published.state.status === 'ready' ? published.state.bundle.version : null;

  useEffect(() => {
    if (latest === null) return;
    let cancelled = false;
    void api.diff(latest, 'draft').then((result) => {
      if (!cancelled && result.ok) setDiff(result.data);
    });
    return () => {
      cancelled = true;
    };
  }, [api, latest]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (note.trim() === '') {
      setNoteError(nl.publishNoteMissing);
      document.getElementById('publish-note')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.publish(note.trim());
    setBusy(false);
    if (result.ok) onPublished(result.data.version);
    else setError(result.error.message);
  };

  const newFailures = evaluation?.counts.newFailures ?? 0;
  const noteA11y = fieldA11y('publish-note', noteError ? [noteError] : [], 'publish-note-hint', 'publish-note-error');
  return (
    <Dialog title={nl.publishTitle} onClose={onClose} class="dialog-wide">
      <form class="stack" onSubmit={submit} noValidate>
        <p>{nl.publishIntro}</p>
        {newFailures > 0 && (
          <p class="notice notice-warning">
            {nl.publishFailingWarning(newFailures)}{' '}
            <a href="#/test" onClick={onClose}>
              {nl.testTitle}
            </a>
          </p>
        )}
        {diff && (
          <details class="publish-changes">
            <summary>
              {nl.publishChanges}: {diff.summary}
            </summary>
            <DiffView diff={diff} names={draft.state.base} headingLevel={3} showSummary={false} />
          </details>
        )}
        <FieldFrame {...noteA11y} label={nl.publishNote} hint={nl.publishNoteHint}>
          <textarea
            id="publish-note"
            class="input"
            rows={3}
            required
            aria-required="true"
            {...noteA11y.aria}
            value={note}
            onInput={(event) => {
              setNote(event.currentTarget.value);
              if (noteError) setNoteError(null);
            }}
          />
        </FieldFrame>
        {error && <ErrorNotice>{error}</ErrorNotice>}
        <div class="dialog-actions">
          <button type="submit" class="button button-publish" disabled={busy}>
            {busy ? nl.publishing : nl.publishConfirm}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {nl.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

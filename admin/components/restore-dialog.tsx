/**
 * "Versie N terugzetten?": publishes a copy of an old version, with an optional note. It warns
 * when the draft has unsaved changes, because restoring also resets the draft.
 */
import { useState } from 'preact/hooks';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { ConfirmDialog } from './dialog';
import { ErrorNotice } from './error-notice';

interface RestoreDialogProps {
  version: number;
  /** After the server made the copy: `published` is the number of the new version. */
  onRestored: (published: number) => void;
  onCancel: () => void;
}

export function RestoreDialog({ version, onRestored, onCancel }: RestoreDialogProps) {
  const { api, draft } = useAdmin();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    const result = await api.restore(version, note.trim() || undefined);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onRestored(result.data.version);
  };

  return (
    <ConfirmDialog
      title={nl.restoreTitle(version)}
      confirmLabel={busy ? nl.restoring : nl.restoreConfirm}
      busy={busy}
      danger
      onCancel={onCancel}
      onConfirm={() => void restore()}
      returnFocus={() => document.getElementById('view-title')}
    >
      <p>{nl.restoreText(version)}</p>
      {draft.dirty && <p class="notice notice-warning">{nl.restoreDirtyWarning}</p>}
      <div class="field">
        <label class="field-label" for="restore-note">
          {nl.restoreNote} {nl.optional}
        </label>
        <textarea id="restore-note" class="input" rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </div>
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </ConfirmDialog>
  );
}

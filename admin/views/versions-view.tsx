/**
 * The published versions: number, date, who and note; a diff between any two of them (or one and
 * the saved draft); and restore, which publishes a copy of an old version and resets the draft.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DiffResult } from '../../core/content/diff-content';
import type { DiffSide, VersionSummary } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { ConfirmDialog } from '../components/dialog';
import { useAdmin } from '../context';
import { formatDateTime } from '../format/dates';
import { nl } from '../i18n/nl';
import { DiffView } from './diff-view';
import { ViewHeader } from './view-header';

type Load<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

function parseSide(value: string): DiffSide {
  return value === 'draft' ? 'draft' : Number(value);
}

function sideLabel(side: DiffSide): string {
  return side === 'draft' ? nl.compareDraft : nl.compareVersion(side);
}

export function VersionsView() {
  const { api, canPublish, draft, announce, revision, dataChanged, published } = useAdmin();
  const [from, setFrom] = useState<DiffSide | null>(null);
  const [to, setTo] = useState<DiffSide>('draft');
  const [diff, setDiff] = useState<Load<{ diff: DiffResult; from: DiffSide; to: DiffSide }> | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [restoreNote, setRestoreNote] = useState('');
  const [restoreBusy, setRestoreBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const versionList = useApiResource(() => api.listVersions(), [api, revision]);
  const sorted = useMemo(
    () => versionList.data && [...versionList.data.versions].sort((a, b) => b.version - a.version),
    [versionList.data],
  );
  const versions: Load<VersionSummary[]> = versionList.error
    ? { status: 'error', message: versionList.error.message }
    : sorted
      ? { status: 'ready', data: sorted }
      : { status: 'loading' };
  // The first comparison starts at the newest version.
  const newest = sorted?.[0]?.version ?? null;
  useEffect(() => {
    if (newest !== null) setFrom((current) => current ?? newest);
  }, [newest]);

  const showDiff = async (fromSide: DiffSide, toSide: DiffSide) => {
    setDiff({ status: 'loading' });
    const result = await api.diff(fromSide, toSide);
    setDiff(
      result.ok
        ? { status: 'ready', data: { diff: result.data, from: fromSide, to: toSide } }
        : { status: 'error', message: result.error.message },
    );
    requestAnimationFrame(() => document.getElementById('diff-title')?.focus());
  };

  const restore = async () => {
    if (restoring === null) return;
    setRestoreBusy(true);
    setRestoreError(null);
    const result = await api.restore(restoring, restoreNote.trim() || undefined);
    setRestoreBusy(false);
    if (!result.ok) {
      setRestoreError(result.error.message);
      return;
    }
    const restored = restoring;
    const wasLive = versions.status === 'ready' ? (versions.data[0]?.version ?? null) : null;
    setRestoring(null);
    setRestoreNote('');
    announce(nl.restored(restored, result.data.version));
    await draft.load();
    void published.reload();
    dataChanged();
    // The diff follows the restore: what it changed, from the version that was live to the new one.
    if (wasLive !== null) {
      setFrom(wasLive);
      setTo(result.data.version);
      void showDiff(wasLive, result.data.version);
    }
  };

  const options = versions.status === 'ready' ? versions.data : [];
  /** Every publish and restore makes a new version, so the highest number is the one in use. */
  const live = options[0]?.version ?? null;
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.versionsTitle} intro={nl.versionsIntro} />
      {versions.status === 'loading' && <p>{nl.loading}</p>}
      {versions.status === 'error' && <p class="notice notice-error">{versions.message}</p>}
      {versions.status === 'ready' && versions.data.length === 0 && <p>{nl.versionsNone}</p>}
      {versions.status === 'ready' && versions.data.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="versions-caption" tabIndex={0}>
          <table class="table">
            <caption id="versions-caption" class="visually-hidden">
              {nl.versionsCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{nl.versionColumns.version}</th>
                <th scope="col">{nl.versionColumns.publishedAt}</th>
                <th scope="col">{nl.versionColumns.by}</th>
                <th scope="col">{nl.versionColumns.note}</th>
                <th scope="col">{nl.versionColumns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((version) => (
                <tr key={version.version} class={version.version === live ? 'row-live' : undefined}>
                  <th scope="row">
                    {version.version}
                    {version.version === live && <span class="badge badge-live">{nl.versionLive}</span>}
                  </th>
                  <td>{formatDateTime(version.publishedAt)}</td>
                  <td>{version.by}</td>
                  <td class="cell-note">{version.note}</td>
                  <td class="cell-actions">
                    <button type="button" class="button button-small" onClick={() => void showDiff(version.version, 'draft')}>
                      {nl.compareWithDraft}
                      <span class="visually-hidden">{nl.versionSuffix(version.version)}</span>
                    </button>
                    {canPublish && version.version !== live && (
                      <button type="button" class="button button-small button-danger-quiet" onClick={() => setRestoring(version.version)}>
                        {nl.restore}
                        <span class="visually-hidden">{nl.versionSuffix(version.version)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!canPublish && versions.status === 'ready' && versions.data.length > 0 && <p class="field-hint">{nl.publishOnlyPublisher}</p>}

      {options.length > 0 && from !== null && (
        <section class="panel" aria-labelledby="compare-title">
          <h2 id="compare-title">{nl.compareTitle}</h2>
          <form
            class="compare-form"
            onSubmit={(event) => {
              event.preventDefault();
              void showDiff(from, to);
            }}
          >
            <div class="field">
              <label class="field-label" for="compare-from">
                {nl.compareFrom}
              </label>
              <select
                id="compare-from"
                class="input"
                value={String(from)}
                onChange={(event) => setFrom(parseSide(event.currentTarget.value))}
              >
                {options.map((v) => (
                  <option key={v.version} value={String(v.version)}>
                    {nl.compareVersion(v.version)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label class="field-label" for="compare-to">
                {nl.compareTo}
              </label>
              <select id="compare-to" class="input" value={String(to)} onChange={(event) => setTo(parseSide(event.currentTarget.value))}>
                <option value="draft">{nl.compareDraft}</option>
                {options.map((v) => (
                  <option key={v.version} value={String(v.version)}>
                    {nl.compareVersion(v.version)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button button-primary">
              {nl.compareShow}
            </button>
          </form>
          {diff?.status === 'loading' && <p>{nl.loading}</p>}
          {diff?.status === 'error' && <p class="notice notice-error">{diff.message}</p>}
          {diff?.status === 'ready' && (
            <div class="diff-result">
              <h3 id="diff-title" tabIndex={-1}>
                {sideLabel(diff.data.from)} → {sideLabel(diff.data.to)}
              </h3>
              <DiffView diff={diff.data.diff} names={draft.state.base} headingLevel={4} />
            </div>
          )}
        </section>
      )}

      {restoring !== null && (
        <ConfirmDialog
          title={nl.restoreTitle(restoring)}
          confirmLabel={restoreBusy ? nl.restoring : nl.restoreConfirm}
          busy={restoreBusy}
          danger
          onCancel={() => {
            setRestoring(null);
            setRestoreError(null);
          }}
          onConfirm={() => void restore()}
          returnFocus={() => document.getElementById('view-title')}
        >
          <p>{nl.restoreText(restoring)}</p>
          {draft.dirty && <p class="notice notice-warning">{nl.restoreDirtyWarning}</p>}
          <div class="field">
            <label class="field-label" for="restore-note">
              {nl.restoreNote} {nl.optional}
            </label>
            <textarea
              id="restore-note"
              class="input"
              rows={2}
              value={restoreNote}
              onInput={(event) => setRestoreNote(event.currentTarget.value)}
            />
          </div>
          {restoreError && (
            <p class="notice notice-error" role="alert">
              {restoreError}
            </p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

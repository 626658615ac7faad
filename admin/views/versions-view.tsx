/**
 * The published versions: number, date, who and note; a diff between any two of them (or one and
 * the saved draft); and restore, which publishes a copy of an old version and resets the draft.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DiffResult } from '../../core/content/diff-content';
import type { DiffSide, VersionSummary } from '../api/client';
import { DataTable, type Column } from '../components/data-table';
import { ErrorNotice } from '../components/error-notice';
import { RestoreDialog } from '../components/restore-dialog';
import { useAdmin } from '../context';
import { formatDateTime } from '../format/dates';
import { nl } from '../i18n/nl';
import { DiffView } from '../components/diff-view';
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
  const [versions, setVersions] = useState<Load<VersionSummary[]>>({ status: 'loading' });
  const [from, setFrom] = useState<DiffSide | null>(null);
  const [to, setTo] = useState<DiffSide>('draft');
  const [diff, setDiff] = useState<Load<{ diff: DiffResult; from: DiffSide; to: DiffSide }> | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    void api.listVersions().then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setVersions({ status: 'error', message: result.error.message });
        return;
      }
      const list = [...result.data.versions].sort((a, b) => b.version - a.version);
      setVersions({ status: 'ready', data: list });
      setFrom((current) => current ?? list[0]?.version ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [api, revision]);

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

  const restored = async (old: number, version: number) => {
    const wasLive = versions.status === 'ready' ? (versions.data[0]?.version ?? null) : null;
    setRestoring(null);
    announce(nl.restored(old, version));
    await draft.load();
    void published.reload();
    dataChanged();
    // The diff follows the restore: what it changed, from the version that was live to the new one.
    if (wasLive !== null) {
      setFrom(wasLive);
      setTo(version);
      void showDiff(wasLive, version);
    }
  };

  const options = versions.status === 'ready' ? versions.data : [];
  /** Every publish and restore makes a new version, so the highest number is the one in use. */
  const live = options[0]?.version ?? null;
  const columns: Column<VersionSummary>[] = [
    {
      key: 'version',
      header: nl.versionColumns.version,
      rowHeader: true,
      cell: (version) => (
        <>
          {version.version}
          {version.version === live && <span class="badge badge-live">{nl.versionLive}</span>}
        </>
      ),
    },
    { key: 'published-at', header: nl.versionColumns.publishedAt, cell: (version) => formatDateTime(version.publishedAt) },
    { key: 'by', header: nl.versionColumns.by, cell: (version) => version.by },
    { key: 'note', header: nl.versionColumns.note, class: 'cell-note', cell: (version) => version.note },
    {
      key: 'actions',
      header: nl.versionColumns.actions,
      class: 'cell-actions',
      cell: (version) => (
        <>
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
        </>
      ),
    },
  ];
  const versionOptions = options.map((v) => (
    <option key={v.version} value={String(v.version)}>
      {nl.compareVersion(v.version)}
    </option>
  ));
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.versionsTitle} intro={nl.versionsIntro} />
      {versions.status === 'loading' && <p>{nl.loading}</p>}
      {versions.status === 'error' && <ErrorNotice>{versions.message}</ErrorNotice>}
      {versions.status === 'ready' && versions.data.length === 0 && <p>{nl.versionsNone}</p>}
      {versions.status === 'ready' && versions.data.length > 0 && (
        <DataTable
          captionId="versions-caption"
          caption={nl.versionsCaption}
          rows={versions.data}
          rowKey={(version) => version.version}
          rowClass={(version) => (version.version === live ? 'row-live' : undefined)}
          columns={columns}
        />
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
                {versionOptions}
              </select>
            </div>
            <div class="field">
              <label class="field-label" for="compare-to">
                {nl.compareTo}
              </label>
              <select id="compare-to" class="input" value={String(to)} onChange={(event) => setTo(parseSide(event.currentTarget.value))}>
                <option value="draft">{nl.compareDraft}</option>
                {versionOptions}
              </select>
            </div>
            <button type="submit" class="button button-primary">
              {nl.compareShow}
            </button>
          </form>
          {diff?.status === 'loading' && <p>{nl.loading}</p>}
          {diff?.status === 'error' && <ErrorNotice>{diff.message}</ErrorNotice>}
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
        <RestoreDialog
          version={restoring}
          onRestored={(version) => void restored(restoring, version)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </section>
  );
}

/** The audit log: every save, publish and restore with who, when, what and the note. Read-only. */
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../api/client';
import { DataTable, type Column } from '../components/data-table';
import { ErrorNotice } from '../components/error-notice';
import { useAdmin } from '../context';
import { formatDateTime } from '../format/dates';
import { labelOf } from '../i18n/label-of';
import { nl } from '../i18n/nl';
import { ViewHeader } from './view-header';

/** The API's action codes (save, publish, restore, import) in words; an unknown code as it is. */
export function describeAction(action: string): string {
  return labelOf(nl.auditActions, action) ?? action;
}

const c = nl.auditColumns;

const AUDIT_COLUMNS: readonly Column<AuditEntry>[] = [
  { key: 'at', header: c.at, class: 'cell-nowrap', cell: (entry) => formatDateTime(entry.at) },
  { key: 'who', header: c.who, cell: (entry) => entry.who },
  { key: 'action', header: c.action, cell: (entry) => describeAction(entry.action) },
  { key: 'summary', header: c.summary, cell: (entry) => entry.summary },
  { key: 'note', header: c.note, class: 'cell-note', cell: (entry) => entry.note ?? '' },
];

export function AuditView() {
  const { api, revision } = useAdmin();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void api.audit().then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setEntries(result.data.entries);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [api, revision]);

  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.auditTitle} intro={nl.auditIntro} />
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {entries === null && !error && <p>{nl.loading}</p>}
      {entries?.length === 0 && <p>{nl.auditNone}</p>}
      {entries && entries.length > 0 && (
        <DataTable
          captionId="audit-caption"
          caption={nl.auditCaption}
          rows={entries}
          rowKey={(entry) => entry.id}
          columns={AUDIT_COLUMNS}
        />
      )}
    </section>
  );
}

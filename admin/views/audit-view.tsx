/** The audit log: every save, publish and restore with who, when, what and the note. Read-only. */
import { useApiResource } from '../api/use-api-resource';
import { useAdmin } from '../context';
import { formatDateTime } from '../format/dates';
import { labelOf } from '../i18n/label-of';
import { nl } from '../i18n/nl';
import { ViewHeader } from './view-header';

/** The API's action codes (save, publish, restore, import) in words; an unknown code as it is. */
export function describeAction(action: string): string {
  return labelOf(nl.auditActions, action) ?? action;
}

export function AuditView() {
  const { api, revision } = useAdmin();
  const audit = useApiResource(() => api.audit(), [api, revision]);
  const entries = audit.data?.entries ?? null;
  const error = audit.error?.message ?? null;

  const c = nl.auditColumns;
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.auditTitle} intro={nl.auditIntro} />
      {error && <p class="notice notice-error">{error}</p>}
      {entries === null && !error && <p>{nl.loading}</p>}
      {entries?.length === 0 && <p>{nl.auditNone}</p>}
      {entries && entries.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table class="table">
            <caption id="audit-caption" class="visually-hidden">
              {nl.auditCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{c.at}</th>
                <th scope="col">{c.who}</th>
                <th scope="col">{c.action}</th>
                <th scope="col">{c.summary}</th>
                <th scope="col">{c.note}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td class="cell-nowrap">{formatDateTime(entry.at)}</td>
                  <td>{entry.who}</td>
                  <td>{describeAction(entry.action)}</td>
                  <td>{entry.summary}</td>
                  <td class="cell-note">{entry.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

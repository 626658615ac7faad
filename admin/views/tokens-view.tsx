/**
 * The tenant's sign-in keys (tokens): who has one, with what role, when it was last used, when it
 * expires; a publisher revokes one here. New keys are made by the operator (`npm run token`), so
 * a key is never shown in the browser.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ApiToken } from '../../core/api/tokens';
import { DataTable, type Column } from '../components/data-table';
import { ConfirmDialog } from '../components/dialog';
import { ErrorNotice } from '../components/error-notice';
import { useAdmin } from '../context';
import { formatDateTime } from '../format/dates';
import { tokenStatus } from '../format/token-status';
import { nl } from '../i18n/nl';
import { ViewHeader } from './view-header';

export function TokensView() {
  const { api, announce } = useAdmin();
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [busy, setBusy] = useState(false);
  const t = nl.tokens;

  const load = useCallback(async () => {
    const result = await api.listTokens();
    if (result.ok) {
      setTokens(result.data.items);
      setError(null);
    } else setError(result.error.message);
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (token: ApiToken) => {
    setBusy(true);
    const result = await api.revokeToken(token.id);
    setBusy(false);
    setRevoking(null);
    if (!result.ok) return setError(result.error.message);
    announce(t.revoked(token.label));
    await load();
  };

  const now = new Date();
  const columns: Column<ApiToken>[] = [
    { key: 'label', header: t.columns.label, cell: (token) => token.label },
    { key: 'role', header: t.columns.role, cell: (token) => nl.roles[token.role] ?? token.role },
    {
      key: 'last-used',
      header: t.columns.lastUsed,
      class: 'cell-nowrap',
      cell: (token) => (token.lastUsedAt === null ? t.neverUsed : formatDateTime(token.lastUsedAt)),
    },
    { key: 'status', header: t.columns.status, cell: (token) => tokenStatus(token, now) },
    {
      key: 'actions',
      header: <span class="visually-hidden">{t.columns.actions}</span>,
      cell: (token) =>
        token.revokedAt === null && (
          <button
            type="button"
            id={`revoke-${token.id}`}
            class="button button-small button-danger-quiet"
            aria-label={t.revokeLabel(token.label)}
            onClick={() => setRevoking(token)}
          >
            {t.revoke}
          </button>
        ),
    },
  ];
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={t.title} intro={t.intro} />
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {tokens === null && !error && <p>{nl.loading}</p>}
      {tokens?.length === 0 && <p>{t.none}</p>}
      {tokens && tokens.length > 0 && (
        <DataTable captionId="tokens-caption" caption={t.caption} rows={tokens} rowKey={(token) => token.id} columns={columns} />
      )}
      <p class="field-hint">{t.howToMake}</p>
      {revoking && (
        <ConfirmDialog
          title={t.confirmTitle(revoking.label)}
          confirmLabel={t.revoke}
          danger
          busy={busy}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
          returnFocus={() => document.getElementById(`revoke-${revoking.id}`)}
        >
          <p>{t.confirmBody}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

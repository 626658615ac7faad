/**
 * The tenant's sign-in keys (tokens): who has one, with what role, when it was last used, when it
 * expires; a publisher revokes one here. New keys are made by the operator (`npm run token`), so
 * a key is never shown in the browser.
 */
import { useState } from 'preact/hooks';
import type { ApiToken } from '../../core/api/tokens';
import { useApiResource } from '../api/use-api-resource';
import { ConfirmDialog } from '../components/dialog';
import { useAdmin } from '../context';
import { formatDateTime } from '../format/dates';
import { tokenStatus } from '../format/token-status';
import { nl } from '../i18n/nl';
import { ViewHeader } from './view-header';

export function TokensView() {
  const { api, announce } = useAdmin();
  const tokenList = useApiResource(() => api.listTokens(), [api]);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const tokens = tokenList.data?.items ?? null;
  const error = revokeError ?? tokenList.error?.message ?? null;
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [busy, setBusy] = useState(false);
  const t = nl.tokens;

  const revoke = async (token: ApiToken) => {
    setBusy(true);
    const result = await api.revokeToken(token.id);
    setBusy(false);
    setRevoking(null);
    if (!result.ok) return setRevokeError(result.error.message);
    setRevokeError(null);
    announce(t.revoked(token.label));
    await tokenList.reload();
  };

  const now = new Date();
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={t.title} intro={t.intro} />
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {tokens === null && !error && <p>{nl.loading}</p>}
      {tokens?.length === 0 && <p>{t.none}</p>}
      {tokens && tokens.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="tokens-caption" tabIndex={0}>
          <table class="table">
            <caption id="tokens-caption" class="visually-hidden">
              {t.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.label}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.lastUsed}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">
                  <span class="visually-hidden">{t.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.label}</td>
                  <td>{nl.roles[token.role] ?? token.role}</td>
                  <td class="cell-nowrap">{token.lastUsedAt === null ? t.neverUsed : formatDateTime(token.lastUsedAt)}</td>
                  <td>{tokenStatus(token, now)}</td>
                  <td>
                    {token.revokedAt === null && (
                      <button
                        type="button"
                        id={`revoke-${token.id}`}
                        class="button button-small button-danger-quiet"
                        aria-label={t.revokeLabel(token.label)}
                        onClick={() => setRevoking(token)}
                      >
                        {t.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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

/** The login screen: tenant id and token, checked with GET /session. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createApiClient, type Session } from '../api/client';
import type { StoredLogin } from '../auth/stored-login';
import { ErrorNotice } from '../components/error-notice';
import { nl } from '../i18n/nl';

interface LoginProps {
  notice?: string;
  onLoggedIn: (login: StoredLogin, session: Session) => void;
}

export function Login({ notice, onLoggedIn }: LoginProps) {
  const [tenant, setTenant] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    document.title = nl.loginTitle;
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const login = { tenant: tenant.trim().toLowerCase(), token: token.trim() };
    if (!login.tenant || !login.token) {
      setError(nl.loginMissing);
      return;
    }
    setBusy(true);
    const result = await createApiClient(login).session();
    setBusy(false);
    if (result.ok) onLoggedIn(login, result.data);
    else if (result.status === 401) setError(nl.loginWrong);
    else if (result.status === 404) setError(nl.loginUnknownTenant);
    else setError(result.error.message);
  };

  return (
    <main class="login-page" id="inhoud">
      <div class="login-card">
        <h1>{nl.loginTitle}</h1>
        <p>{nl.loginIntro}</p>
        {notice && !error && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        {error && <ErrorNotice focusRef={errorRef}>{error}</ErrorNotice>}
        <form class="stack" onSubmit={submit} noValidate>
          <div class="field">
            <label class="field-label" for="login-tenant">
              {nl.loginTenant}
            </label>
            <p class="field-hint" id="login-tenant-hint">
              {nl.loginTenantHint}
            </p>
            <input
              id="login-tenant"
              class="input"
              name="tenant"
              autoComplete="organization"
              spellcheck={false}
              aria-describedby="login-tenant-hint"
              value={tenant}
              onInput={(event) => setTenant(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label class="field-label" for="login-token">
              {nl.loginToken}
            </label>
            <p class="field-hint" id="login-token-hint">
              {nl.loginTokenHint}
            </p>
            <input
              id="login-token"
              class="input"
              name="token"
              type="password"
              autoComplete="current-password"
              aria-describedby="login-token-hint"
              value={token}
              onInput={(event) => setToken(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? nl.loginBusy : nl.loginSubmit}
          </button>
        </form>
      </div>
    </main>
  );
}

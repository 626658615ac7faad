/**
 * The admin app: the login screen until a session exists, then the shell with its views.
 * A token stored in this tab is checked again on reload; a 401 anywhere returns to the login.
 */
import { useEffect, useState } from 'preact/hooks';
import { createApiClient, type Session } from './api/client';
import { forgetLogin, readStoredLogin, storeLogin, type StoredLogin } from './auth/stored-login';
import { nl } from './i18n/nl';
import { AdminShell } from './shell';
import { Login } from './views/login';

type AuthState =
  | { status: 'checking'; login: StoredLogin }
  | { status: 'out'; notice?: string }
  | { status: 'in'; login: StoredLogin; session: Session };

function initialAuth(): AuthState {
  const login = readStoredLogin();
  return login ? { status: 'checking', login } : { status: 'out' };
}

export function App() {
  const [auth, setAuth] = useState<AuthState>(initialAuth);

  useEffect(() => {
    if (auth.status !== 'checking') return;
    let cancelled = false;
    void createApiClient(auth.login)
      .session()
      .then((result) => {
        if (cancelled) return;
        if (result.ok) setAuth({ status: 'in', login: auth.login, session: result.data });
        else {
          forgetLogin();
          setAuth({ status: 'out', notice: result.status === 401 ? nl.sessionExpired : result.error.message });
        }
      });
    return () => {
      cancelled = true;
    };
  }, [auth]);

  if (auth.status === 'checking') {
    return (
      <main class="login-page" id="inhoud">
        <p class="loading" role="status">
          {nl.loading}
        </p>
      </main>
    );
  }
  if (auth.status === 'out') {
    return (
      <Login
        notice={auth.notice}
        onLoggedIn={(login, session) => {
          storeLogin(login);
          setAuth({ status: 'in', login, session });
        }}
      />
    );
  }
  return (
    <AdminShell
      login={auth.login}
      session={auth.session}
      onLogout={(notice) => {
        forgetLogin();
        setAuth({ status: 'out', notice });
      }}
    />
  );
}

/**
 * The admin app: the login screen until a session exists, then the shell with its views.
 * A token stored in this tab is checked again on reload; a 401 anywhere returns to the login.
 * A new tab first asks the open, signed-in tabs for their sign-in (see auth/login-handshake.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { createApiClient, type Session } from './api/client';
import { announceLogout, askOtherTabs, shareLogin } from './auth/login-handshake';
import { forgetLogin, readStoredLogin, storeLogin, type StoredLogin } from './auth/stored-login';
import { nl } from './i18n/nl';
import { AdminShell } from './shell';
import { Login } from './views/login';

type AuthState =
  | { status: 'asking' }
  | { status: 'checking'; login: StoredLogin }
  | { status: 'out'; notice?: string }
  | { status: 'in'; login: StoredLogin; session: Session };

function initialAuth(): AuthState {
  const login = readStoredLogin();
  return login ? { status: 'checking', login } : { status: 'asking' };
}

export function App() {
  const [auth, setAuth] = useState<AuthState>(initialAuth);

  useEffect(() => {
    if (auth.status !== 'asking') return;
    let cancelled = false;
    void askOtherTabs().then((login) => {
      if (cancelled) return;
      if (login) storeLogin(login);
      setAuth(login ? { status: 'checking', login } : { status: 'out' });
    });
    return () => {
      cancelled = true;
    };
  }, [auth]);

  // Signed in: share the sign-in with tabs that ask, and follow a logout in another tab.
  const signedIn = auth.status === 'in' ? auth.login : null;
  useEffect(() => {
    if (!signedIn) return;
    return shareLogin(signedIn, () => {
      // Our own logout is heard here too: its sign-in is gone already, so there is nothing to do.
      if (!readStoredLogin()) return;
      forgetLogin();
      setAuth({ status: 'out', notice: nl.loggedOutElsewhere });
    });
  }, [signedIn]);

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

  if (auth.status === 'checking' || auth.status === 'asking') {
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
        // A user's own logout ends every tab; an expired token (notice set) only this one's view.
        if (notice === undefined) announceLogout();
        setAuth({ status: 'out', notice });
      }}
    />
  );
}

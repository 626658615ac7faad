/**
 * Sign-in across tabs of one browser session, without a place where the token outlives the tabs.
 *
 * Why a BroadcastChannel handshake, and not localStorage, a cookie or a signed session:
 * - localStorage would keep the token after the browser closes: the next person at a shared
 *   computer (a desk, a library) would be signed in. A cookie would be sent by the browser on its
 *   own and needs CSRF defences; the product promises no cookies.
 * - A short-lived signed session would need a new endpoint, a signing key and expiry handling, and
 *   the session token would sit in the same sessionStorage anyway.
 * - A BroadcastChannel reaches only documents of the same origin in the same browser profile:
 *   another site's script cannot listen. The token stays in each tab's sessionStorage (gone when
 *   the tab closes); a new tab asks the open ones and gets it only while one of them is signed in.
 *   Close every admin tab, or log out in one (which logs out all), and nothing is left to read.
 * Limit: any script running on this origin could ask too; the admin pages allow no inline or
 * third-party script (CSP), and such a script could read sessionStorage in any case.
 */
import type { StoredLogin } from './stored-login';

const CHANNEL = 'loketwijzer-admin-login';
/** How long a new tab waits for an answer: an open tab answers within a few milliseconds. */
const ANSWER_WAIT_MS = 300;

type HandshakeMessage = { type: 'ask' } | { type: 'login'; login: StoredLogin } | { type: 'logout' };

function isLogin(value: unknown): value is StoredLogin {
  if (typeof value !== 'object' || value === null) return false;
  const { tenant, token } = value as Partial<StoredLogin>;
  return typeof tenant === 'string' && typeof token === 'string' && tenant !== '' && token !== '';
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

/** Asks the other open admin tabs for their sign-in; null when none answers in time. */
export function askOtherTabs(waitMs = ANSWER_WAIT_MS): Promise<StoredLogin | null> {
  const channel = openChannel();
  if (!channel) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (login: StoredLogin | null) => {
      clearTimeout(timer);
      channel.close();
      resolve(login);
    };
    const timer = setTimeout(() => done(null), waitMs);
    channel.onmessage = (event: MessageEvent<HandshakeMessage>) => {
      if (event.data?.type === 'login' && isLogin(event.data.login)) done(event.data.login);
    };
    channel.postMessage({ type: 'ask' } satisfies HandshakeMessage);
  });
}

/**
 * While this tab is signed in: answers other tabs that ask, and follows a logout in any of them.
 * Returns the function that stops listening.
 */
export function shareLogin(login: StoredLogin, onLogoutElsewhere: () => void): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  channel.onmessage = (event: MessageEvent<HandshakeMessage>) => {
    if (event.data?.type === 'ask') channel.postMessage({ type: 'login', login } satisfies HandshakeMessage);
    else if (event.data?.type === 'logout') onLogoutElsewhere();
  };
  return () => channel.close();
}

/** Logging out in one tab logs out every tab: no tab keeps the token for the next person. */
export function announceLogout(): void {
  const channel = openChannel();
  if (!channel) return;
  channel.postMessage({ type: 'logout' } satisfies HandshakeMessage);
  channel.close();
}

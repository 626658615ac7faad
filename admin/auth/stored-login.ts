/**
 * The tenant and token of the current tab, in sessionStorage only: they vanish when the tab
 * closes, and no cookie or localStorage ever holds the token.
 */
const KEY = 'loketwijzer-admin-login';

export interface StoredLogin {
  tenant: string;
  token: string;
}

export function readStoredLogin(): StoredLogin | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { tenant, token } = value as Partial<StoredLogin>;
    return typeof tenant === 'string' && typeof token === 'string' ? { tenant, token } : null;
  } catch {
    return null;
  }
}

export function storeLogin(login: StoredLogin): void {
  sessionStorage.setItem(KEY, JSON.stringify(login));
}

export function forgetLogin(): void {
  sessionStorage.removeItem(KEY);
}

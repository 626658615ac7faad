/** Requests to the admin API as a given actor, and tokens for the roles. */
import { env } from 'cloudflare:workers';
import { sha256Hex } from '../../../worker/auth/token-hash';
import type { Role } from '../../../worker/auth/roles';
import { insertApiToken } from '../../../worker/storage/api-tokens';
import { fetchWorker } from './fetch-worker';

export const ADMIN = '/api/v1/tenants/voorbeeldstad';

/** The all-tenants publisher token that vitest.config.ts gives the worker. */
export function adminToken(): string {
  if (!env.ADMIN_TOKEN) throw new Error('vitest.config.ts sets ADMIN_TOKEN for the worker tests');
  return env.ADMIN_TOKEN;
}

/** Stores a token for `role` the way `npm run token` does, and returns the raw token. */
export async function createToken(
  role: Role,
  { tenant = 'voorbeeldstad', label = `Test ${role}`, expiresAt = null as string | null } = {},
): Promise<string> {
  const token = `test-${role}-${crypto.randomUUID()}`;
  await insertApiToken(env.DB, {
    tokenHash: await sha256Hex(token),
    tenantId: tenant,
    role,
    label,
    createdAt: new Date().toISOString(),
    expiresAt,
  }).run();
  return token;
}

export interface AdminRequest extends RequestInit {
  token?: string;
  /** Sent as the body, with `Content-Type: application/json`. */
  json?: unknown;
  ifMatch?: string;
}

/** A request with `Authorization: Bearer <token>` (the ADMIN_TOKEN by default). */
export function adminFetch(path: string, { token = adminToken(), json, ifMatch, headers, ...init }: AdminRequest = {}): Promise<Response> {
  const all = new Headers(headers);
  all.set('Authorization', `Bearer ${token}`);
  if (ifMatch !== undefined) all.set('If-Match', ifMatch);
  if (json !== undefined) all.set('Content-Type', 'application/json');
  return fetchWorker(path, { ...init, headers: all, body: json === undefined ? init.body : JSON.stringify(json) });
}

export async function errorCode(res: Response): Promise<string> {
  const body: { error: { code: string } } = await res.json();
  return body.error.code;
}

/**
 * Who sent a request, for one tenant: a bearer token (the ADMIN_TOKEN or one made with
 * `npm run token`) or, behind Cloudflare Access, the Access JWT. A request that sends an
 * Authorization header is judged by it alone, so a wrong token is never rescued by another
 * credential.
 *
 * The outcome says more than yes or no, because only guesses should count against the failure
 * throttle: a token we know (expired, revoked, or for another tenant) and a verified Access JWT
 * are not guesses.
 */
import { findTokenByHash, touchToken, type ApiTokenRecord } from '../storage/api-tokens';
import { ACCESS_JWT_HEADER, accessSettings, verifyAccessJwt, type AccessKeySource } from './access-jwt';
import { coversTenant, type Actor } from './roles';
import { hashesEqual, sha256Hex } from './token-hash';

/** How the audit log names whoever used the ADMIN_TOKEN. */
export const ADMIN_TOKEN_LABEL = 'Beheerder (ADMIN_TOKEN)';

const MAX_TOKEN_LENGTH = 512;

export type Authentication =
  /** No credentials at all. */
  | { outcome: 'anonymous' }
  | { outcome: 'signed-in'; actor: Actor }
  /** Valid credentials, but for another tenant only. */
  | { outcome: 'other-tenant' }
  /** Credentials that do not sign in; `guess` when we have never seen them (a wrong token, a bad JWT). */
  | { outcome: 'refused'; guess: boolean };

function bearerToken(authorization: string): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  const token = match?.[1];
  return token !== undefined && token.length <= MAX_TOKEN_LENGTH ? token : null;
}

function isLive(token: ApiTokenRecord, now: Date): boolean {
  return token.revokedAt === null && (token.expiresAt === null || Date.parse(token.expiresAt) > now.getTime());
}

async function byToken(env: Env, token: string, tenantId: string, now: Date): Promise<Authentication> {
  const hash = await sha256Hex(token);
  if (env.ADMIN_TOKEN && hashesEqual(hash, await sha256Hex(env.ADMIN_TOKEN))) {
    return { outcome: 'signed-in', actor: { label: ADMIN_TOKEN_LABEL, role: 'publisher' } };
  }
  const stored = await findTokenByHash(env.DB, hash);
  if (stored === null) return { outcome: 'refused', guess: true };
  if (!isLive(stored, now)) return { outcome: 'refused', guess: false };
  if (!coversTenant(stored.tenantId, tenantId)) return { outcome: 'other-tenant' };
  await touchToken(env.DB, stored.id, now);
  return { outcome: 'signed-in', actor: { label: stored.label, role: stored.role } };
}

export async function authenticate(
  headers: Headers,
  tenantId: string,
  env: Env,
  accessKeys: AccessKeySource,
  now: Date = new Date(),
): Promise<Authentication> {
  const authorization = headers.get('Authorization');
  if (authorization !== null) {
    const token = bearerToken(authorization);
    return token === null ? { outcome: 'refused', guess: true } : byToken(env, token, tenantId, now);
  }
  const jwt = headers.get(ACCESS_JWT_HEADER);
  const settings = jwt ? accessSettings(env) : null;
  if (jwt && settings) return verifyAccessJwt(jwt, tenantId, settings, accessKeys(settings.jwksUrl));
  return { outcome: 'anonymous' };
}

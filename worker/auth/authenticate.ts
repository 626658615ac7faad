/**
 * Who sent a request, for one tenant: a bearer token (the ADMIN_TOKEN or one made with
 * `npm run token`) or, behind Cloudflare Access, the Access JWT. Null means: not signed in for
 * this tenant. A request that sends an Authorization header is judged by it alone, so a wrong
 * token is never rescued by another credential.
 */
import { findTokenActor } from '../storage/api-tokens';
import { ACCESS_JWT_HEADER, accessSettings, verifyAccessJwt, type AccessKeySource } from './access-jwt';
import type { Actor } from './roles';
import { hashesEqual, sha256Hex } from './token-hash';

/** How the audit log names whoever used the ADMIN_TOKEN. */
export const ADMIN_TOKEN_LABEL = 'Beheerder (ADMIN_TOKEN)';

const MAX_TOKEN_LENGTH = 512;

function bearerToken(authorization: string): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  const token = match?.[1];
  return token !== undefined && token.length <= MAX_TOKEN_LENGTH ? token : null;
}

async function tokenActor(env: Env, token: string, tenantId: string): Promise<Actor | null> {
  const hash = await sha256Hex(token);
  if (env.ADMIN_TOKEN && hashesEqual(hash, await sha256Hex(env.ADMIN_TOKEN))) {
    return { label: ADMIN_TOKEN_LABEL, role: 'publisher' };
  }
  return findTokenActor(env.DB, hash, tenantId);
}

export interface Credentials {
  /** Whether the request carried credentials at all: for the right 401 challenge. */
  presented: boolean;
  actor: Actor | null;
}

export async function authenticate(headers: Headers, tenantId: string, env: Env, accessKeys: AccessKeySource): Promise<Credentials> {
  const authorization = headers.get('Authorization');
  if (authorization !== null) {
    const token = bearerToken(authorization);
    return { presented: true, actor: token === null ? null : await tokenActor(env, token, tenantId) };
  }
  const jwt = headers.get(ACCESS_JWT_HEADER);
  const settings = jwt ? accessSettings(env) : null;
  if (jwt && settings) {
    return { presented: true, actor: await verifyAccessJwt(jwt, tenantId, settings, accessKeys(settings.jwksUrl)) };
  }
  return { presented: false, actor: null };
}

/**
 * Cloudflare Access in front of the admin: Access signs in the person and adds a JWT to every
 * request it lets through (`Cf-Access-Jwt-Assertion`). We verify it against the team's public
 * keys, so a request that reaches the worker around Access is still refused, and look up the
 * person's role in `ACCESS_ROLES`.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Authentication } from './authenticate';
import { coversTenant, ROLES, type Actor } from './roles';

export const ACCESS_JWT_HEADER = 'Cf-Access-Jwt-Assertion';

/** Where the keys that verify a token come from. Tests pass a local key set. */
export type AccessKeySource = (jwksUrl: URL) => JWTVerifyGetKey;

export interface AccessSettings {
  jwksUrl: URL;
  /** Access puts the team domain in `iss`: the origin of the certs URL. */
  issuer: string;
  audience: string;
  /** By lower-case e-mail address (or a service token's client id). */
  grants: ReadonlyMap<string, { tenant: string; role: Actor['role'] }>;
}

type AccessEnv = Pick<Env, 'ACCESS_JWKS_URL' | 'ACCESS_AUD' | 'ACCESS_ROLES'>;

const GrantsSchema = z.record(z.string(), z.object({ tenant: z.string().min(1), role: z.enum(ROLES) }));

/** A remote key set per URL and isolate: jose caches the fetched keys inside it. */
const remoteKeySets = new Map<string, JWTVerifyGetKey>();

export const remoteAccessKeys: AccessKeySource = (jwksUrl) => {
  let keys = remoteKeySets.get(jwksUrl.href);
  if (!keys) {
    keys = createRemoteJWKSet(jwksUrl);
    remoteKeySets.set(jwksUrl.href, keys);
  }
  return keys;
};

/** The Access settings, or null when Access is not (correctly) configured: then it is off. */
export function accessSettings(env: AccessEnv): AccessSettings | null {
  if (!env.ACCESS_JWKS_URL || !env.ACCESS_AUD || !env.ACCESS_ROLES) return null;
  let jwksUrl: URL;
  let grants: z.infer<typeof GrantsSchema>;
  try {
    jwksUrl = new URL(env.ACCESS_JWKS_URL);
    grants = GrantsSchema.parse(JSON.parse(env.ACCESS_ROLES));
  } catch (error) {
    // A broken setting must not let anyone in; it is logged so the operator sees why.
    console.error('Cloudflare Access is off: ACCESS_JWKS_URL or ACCESS_ROLES is invalid.', error);
    return null;
  }
  return {
    jwksUrl,
    issuer: jwksUrl.origin,
    audience: env.ACCESS_AUD,
    grants: new Map(Object.entries(grants).map(([who, grant]) => [who.toLowerCase(), grant])),
  };
}

/**
 * A valid Access token whose person has a grant for `tenantId` signs in, named by the lower-case
 * e-mail address (so the audit log writes one person one way). A token that is expired, has no
 * `exp`, is for another audience or signed with another key is refused as a guess; a valid token
 * of a person without a grant is refused, and one with a grant for another tenant only is
 * `other-tenant`.
 */
export async function verifyAccessJwt(
  jwt: string,
  tenantId: string,
  settings: AccessSettings,
  keys: JWTVerifyGetKey,
): Promise<Authentication> {
  let payload;
  try {
    ({ payload } = await jwtVerify(jwt, keys, {
      audience: settings.audience,
      issuer: settings.issuer,
      algorithms: ['RS256'],
      // Access always sets exp; a token without one would be valid for ever.
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) return { outcome: 'refused', guess: true };
    throw error;
  }
  // People sign in with an e-mail address; service tokens carry their client id as common_name.
  const who = typeof payload.email === 'string' ? payload.email : typeof payload.common_name === 'string' ? payload.common_name : null;
  if (who === null) return { outcome: 'refused', guess: false };
  const label = who.toLowerCase();
  const grant = settings.grants.get(label);
  if (!grant) return { outcome: 'refused', guess: false };
  if (!coversTenant(grant.tenant, tenantId)) return { outcome: 'other-tenant' };
  const actor: Actor = { label, role: grant.role };
  return { outcome: 'signed-in', actor };
}

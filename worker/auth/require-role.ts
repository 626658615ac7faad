/**
 * Guards an admin route: the request must be signed in for the tenant in the path (401
 * otherwise) with at least `role` (403 otherwise, and 403 for valid credentials of another
 * tenant). The actor is then `c.var.actor`.
 *
 * The credentials are checked first and a right one always signs in; only guesses meet the
 * failure throttle (failed-logins.ts).
 */
import type { MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { findTenant } from '../storage/tenants';
import { remoteAccessKeys, type AccessKeySource } from './access-jwt';
import { authenticate } from './authenticate';
import { failedLogins, NO_TENANT } from './failed-logins';
import { hasRole, type Role } from './roles';

export interface RequireRoleOptions {
  /** Where the Cloudflare Access public keys come from; the team's JWKS URL by default. */
  accessKeys?: AccessKeySource;
}

const REALM = 'Bearer realm="loketwijzer"';

export function requireRole(role: Role, { accessKeys = remoteAccessKeys }: RequireRoleOptions = {}): MiddlewareHandler<AdminEnv> {
  return async function requireRole(c, next) {
    const tenantId = c.req.param('tenant');
    if (tenantId === undefined) throw new Error('requireRole needs a {tenant} path parameter');

    const signIn = await authenticate(c.req.raw.headers, tenantId, c.env, accessKeys);
    switch (signIn.outcome) {
      case 'signed-in':
        if (!hasRole(signIn.actor.role, role)) throw new ApiError('forbidden');
        c.set('actor', signIn.actor);
        return next();
      case 'other-tenant':
        throw new ApiError('other_tenant');
      case 'anonymous':
        // RFC 6750 §3: no error attribute when no credentials were sent at all.
        throw new ApiError('unauthorized', { headers: { 'WWW-Authenticate': REALM } });
      case 'refused':
        if (signIn.guess) {
          const bucket = (await findTenant(c.env.DB, tenantId)) === null ? NO_TENANT : tenantId;
          const failures = failedLogins(c.req.raw.headers, bucket, c.env);
          await failures.refuseIfBlocked();
          await failures.recordFailure();
        }
        throw new ApiError('unauthorized', { headers: { 'WWW-Authenticate': `${REALM}, error="invalid_token"` } });
    }
  };
}

/**
 * Guards an admin route: the request must be signed in for the tenant in the path (401
 * otherwise) with at least `role` (403 otherwise). The actor is then `c.var.actor`.
 */
import type { MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { remoteAccessKeys, type AccessKeySource } from './access-jwt';
import { authenticate } from './authenticate';
import { failedLogins } from './failed-logins';
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

    const failures = failedLogins(c.req.raw.headers, c.env);
    await failures.refuseIfBlocked();
    const { presented, actor } = await authenticate(c.req.raw.headers, tenantId, c.env, accessKeys);
    if (!actor) {
      if (presented) await failures.recordFailure();
      // RFC 6750 §3: no error attribute when no credentials were sent at all.
      const challenge = presented ? `${REALM}, error="invalid_token"` : REALM;
      throw new ApiError('unauthorized', { headers: { 'WWW-Authenticate': challenge } });
    }
    if (!hasRole(actor.role, role)) throw new ApiError('forbidden');
    c.set('actor', actor);
    await next();
  };
}

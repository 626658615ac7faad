/**
 * One tenant, several municipalities: `/api/v1/tenants/{tenant}/…` accepts a tenant's own id or
 * one of its aliases (see worker/migrations/0004_tenant_aliases.sql). An alias is answered as if
 * the request had named the tenant itself, so every route, its role check, throttle and 404
 * `tenant_not_found` work for aliases without knowing about them.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../core/content/id';
import type { AppEnv } from '../app-env';
import { findAliasTarget } from '../storage/tenant-aliases';
import { createRecentLookups } from './recent-lookups';

/** Aliases change only by a script (npm run seed:synthetic, seed-tenant), so a few seconds' delay is fine. */
export const ALIAS_TTL_MS = 10_000;
const recentAliases = createRecentLookups<string | null>({ ttlMs: ALIAS_TTL_MS });

/** Every alias is read from D1 again: the database itself was replaced (the worker tests empty it). */
export function forgetAllAliases(): void {
  recentAliases.clear();
}

/** The tenant id that `idOrAlias` stands for: the alias's tenant, or the id itself. */
export async function resolveTenantId(db: D1Database, idOrAlias: string): Promise<string> {
  return (await recentAliases.get(idOrAlias, () => findAliasTarget(db, idOrAlias))) ?? idOrAlias;
}

export interface ResolveTenantOptions {
  /** Answers a request again from the top: the app's own `fetch`. */
  dispatch: (request: Request, c: Context<AppEnv>) => Response | Promise<Response>;
}

/** For `/api/v1/tenants/:tenant/*`: an alias in the path is replaced by its tenant's id. */
export function resolveTenant({ dispatch }: ResolveTenantOptions): MiddlewareHandler<AppEnv> {
  return async function resolveTenant(c, next) {
    const named = c.req.param('tenant');
    // Only the shape `TenantParamsSchema` accepts; anything else is left to the route's validator (400).
    if (named === undefined || named.length > ID_MAX_LENGTH || !ID_PATTERN.test(named)) return next();

    const tenantId = await resolveTenantId(c.env.DB, named);
    if (tenantId === named) return next();

    const url = new URL(c.req.url);
    // The tenant is the fourth segment of /api/v1/tenants/{tenant}/…; the rest stays as sent.
    const segments = url.pathname.split('/');
    segments[4] = tenantId;
    url.pathname = segments.join('/');
    c.res = await dispatch(new Request(url, c.req.raw), c);
  };
}

/**
 * `GET /api/v1/tenants/{tenant}/tokens` and `DELETE …/tokens/{id}`: the tenant's admin tokens,
 * with label, role, last use and expiry, and revoking one. Publisher only: a publisher can
 * already change everything the public sees, and revoking a colleague's access is of that weight.
 * Only the tokens made for this tenant are listed; tokens for every tenant (`--tenant '*'`) and
 * the ADMIN_TOKEN belong to the operator.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ApiTokenSchema, TOKEN_ID_PATTERN, type ApiToken } from '../../../core/api/tokens';
import { requireRole } from '../../auth/require-role';
import { ApiError } from '../../errors/api-error';
import { allowMethods } from '../../middleware/allow-methods';
import { noStore } from '../../middleware/no-store';
import { listTenantTokens, revokeTenantToken, type ApiTokenRecord } from '../../storage/api-tokens';
import { findTenant } from '../../storage/tenants';
import { errorResponse, internalError, TenantParamsSchema } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors } from './admin-schemas';

const TokenParamsSchema = TenantParamsSchema.extend({
  id: z
    .string()
    .regex(TOKEN_ID_PATTERN, 'Een sleutel-id bestaat uit 32 tekens 0-9 en a-f.')
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f2a9c0d5b7e41a8963c2d1e0f4b5a67' }),
});

const TokenSchema = ApiTokenSchema.openapi('ApiToken');

const listTokensRoute = createRoute({
  method: 'get',
  path: '/{tenant}/tokens',
  operationId: 'listTokens',
  tags: ['Admin'],
  summary: "The tenant's admin tokens (publisher)",
  description: 'Newest first, revoked and expired ones included. Never the token itself or its hash.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('publisher')] as const,
  request: { params: TenantParamsSchema },
  responses: {
    200: {
      description: 'The tokens.',
      content: { 'application/json': { schema: z.object({ items: z.array(TokenSchema) }).openapi('ApiTokenList') } },
    },
    400: errorResponse('The tenant id or the URL is malformed.'),
    ...authErrors,
    404: errorResponse('No tenant with this id (`tenant_not_found`).'),
    500: internalError,
  },
});

const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/{tenant}/tokens/{id}',
  operationId: 'revokeToken',
  tags: ['Admin'],
  summary: 'Revoke a token of the tenant (publisher)',
  description:
    'From now on the token no longer signs in, and the audit log says who revoked it. Revoking a revoked token changes nothing. The record stays, for the list.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('publisher')] as const,
  request: { params: TokenParamsSchema },
  responses: {
    200: { description: 'The token as it is now.', content: { 'application/json': { schema: TokenSchema } } },
    400: errorResponse('The tenant id or the token id is malformed (`invalid_request`).'),
    ...authErrors,
    404: errorResponse('No tenant with this id (`tenant_not_found`), or the tenant has no token with this id (`token_not_found`).'),
    500: internalError,
  },
});

const router = adminRouter();
router.use(listTokensRoute.getRoutingPath(), allowMethods('GET', 'HEAD'), noStore());
router.use(revokeTokenRoute.getRoutingPath(), allowMethods('DELETE'), noStore());

function toApiToken({ id, label, role, createdAt, expiresAt, lastUsedAt, revokedAt }: ApiTokenRecord): ApiToken {
  return { id, label, role, createdAt, expiresAt, lastUsedAt, revokedAt };
}

async function requireTenant(db: D1Database, tenant: string): Promise<void> {
  if (!(await findTenant(db, tenant))) throw new ApiError('tenant_not_found');
}

export const adminTokens = router
  .openapi(listTokensRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    await requireTenant(c.env.DB, tenant);
    const tokens = await listTenantTokens(c.env.DB, tenant);
    return c.json({ items: tokens.map(toApiToken) }, 200);
  })
  .openapi(revokeTokenRoute, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await requireTenant(c.env.DB, tenant);
    const revoked = await revokeTenantToken(c.env.DB, tenant, id, { now: new Date().toISOString(), who: c.var.actor.label });
    if (!revoked) throw new ApiError('token_not_found');
    return c.json(toApiToken(revoked), 200);
  });

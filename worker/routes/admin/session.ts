/** `GET /api/v1/tenants/{tenant}/session`: who is signed in and as what, so the app shows only what they may do. */
import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/require-role';
import { ApiError } from '../../errors/api-error';
import { allowMethods } from '../../middleware/allow-methods';
import { noStore } from '../../middleware/no-store';
import { findTenant } from '../../storage/tenants';
import { errorResponse, internalError, TenantParamsSchema } from '../api-schemas';
import { ActorSchema, ADMIN_SECURITY, adminRouter, authErrors } from './admin-schemas';

const SessionSchema = z
  .object({
    tenant: z.object({ id: z.string(), name: z.string() }),
    actor: ActorSchema,
  })
  .openapi('Session');

const sessionRoute = createRoute({
  method: 'get',
  path: '/{tenant}/session',
  operationId: 'getSession',
  tags: ['Admin'],
  summary: 'The tenant and the signed-in actor with their role (viewer)',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: 'The tenant and the actor.', content: { 'application/json': { schema: SessionSchema } } },
    400: errorResponse('The tenant id or the URL is malformed.'),
    ...authErrors,
    404: errorResponse('No tenant with this id (`tenant_not_found`).'),
    500: internalError,
  },
});

const router = adminRouter();
router.use(sessionRoute.getRoutingPath(), allowMethods('GET', 'HEAD'), noStore());

export const adminSession = router.openapi(sessionRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const found = await findTenant(c.env.DB, tenant);
  if (!found) throw new ApiError('tenant_not_found');
  const { label, role } = c.var.actor;
  return c.json({ tenant: { id: found.id, name: found.name }, actor: { label, role } }, 200);
});

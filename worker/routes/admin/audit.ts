/** `GET /api/v1/tenants/{tenant}/audit`: who saved, imported, published and restored what, newest first. */
import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/require-role';
import { ApiError } from '../../errors/api-error';
import { allowMethods } from '../../middleware/allow-methods';
import { noStore } from '../../middleware/no-store';
import { AUDIT_ACTIONS, listAuditEntries } from '../../storage/audit-log';
import { findTenant } from '../../storage/tenants';
import { errorResponse, internalError, TenantParamsSchema } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors } from './admin-schemas';

const MAX_LIMIT = 500;

const AuditQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT, `Vraag hoogstens ${MAX_LIMIT} regels tegelijk op.`)
    .default(100)
    .openapi({ description: `How many entries, 1 to ${MAX_LIMIT}; 100 when absent.` }),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'Only entries with a lower id: the next page after the last id you have.' }),
});

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ format: 'date-time' }),
    who: z.string().openapi({ description: 'A token label or an Access e-mail address.' }),
    action: z.enum(AUDIT_ACTIONS),
    summary: z.string().openapi({ example: 'Versie 3 gepubliceerd: 1 onderwerp gewijzigd' }),
    note: z.string().nullable(),
  })
  .openapi('AuditEntry');

const auditRoute = createRoute({
  method: 'get',
  path: '/{tenant}/audit',
  operationId: 'listAudit',
  tags: ['Admin'],
  summary: 'The audit log, newest first (viewer)',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema, query: AuditQuerySchema },
  responses: {
    200: {
      description: 'The entries; the log is append-only.',
      content: { 'application/json': { schema: z.object({ entries: z.array(AuditEntrySchema) }) } },
    },
    400: errorResponse('`limit` or `before` is not a whole number in range (`invalid_request`).'),
    ...authErrors,
    404: errorResponse('No tenant with this id (`tenant_not_found`).'),
    500: internalError,
  },
});

const router = adminRouter();
router.use(auditRoute.getRoutingPath(), allowMethods('GET', 'HEAD'), noStore());

export const adminAudit = router.openapi(auditRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const { limit, before } = c.req.valid('query');
  if (!(await findTenant(c.env.DB, tenant))) throw new ApiError('tenant_not_found');
  const entries = await listAuditEntries(c.env.DB, tenant, { limit, before });
  return c.json({ entries }, 200);
});

/**
 * `GET /api/v1/tenants/{tenant}/diff?from=N&to=M|draft`: what changed between two versions, or
 * between a version and the draft, field by field, with a one-line Dutch summary. The admin
 * app computes local diffs with the same `diffContent`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { diffContent, DIFF_SECTIONS } from '../../../core/content/diff-content';
import { requireRole } from '../../auth/require-role';
import { draftContent, loadDraft } from '../../drafts/load-draft';
import { ApiError } from '../../errors/api-error';
import { allowMethods } from '../../middleware/allow-methods';
import { noStore } from '../../middleware/no-store';
import { findPublishedVersion, findVersion } from '../../storage/versions';
import { errorResponse, internalError, TenantParamsSchema } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors } from './admin-schemas';

const SIDE_MESSAGE = 'Kies een versienummer of "draft" (het concept).';

const sideSchema = (description: string) =>
  z
    .string()
    .regex(/^(?:[1-9]\d{0,8}|draft)$/, SIDE_MESSAGE)
    .optional()
    .openapi({ description, examples: ['1', 'draft'] });

const DiffQuerySchema = z.object({
  from: sideSchema('A version number or `draft`; the published version when absent.'),
  to: sideSchema('A version number or `draft`; the draft when absent.'),
});

const DiffSideSchema = z.union([z.number().int().min(1), z.literal('draft')]);

const FieldChangeSchema = z.object({
  path: z.string().openapi({ example: 'topics.schulden.counter' }),
  field: z.string().openapi({ example: 'counter' }),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

const DiffSchema = z
  .object({
    from: DiffSideSchema,
    to: DiffSideSchema,
    summary: z.string().openapi({ example: '2 onderwerpen gewijzigd, 1 loket toegevoegd' }),
    changes: z.array(
      z.object({
        section: z.enum(DIFF_SECTIONS),
        kind: z.enum(['added', 'removed', 'changed']),
        id: z.string().nullable(),
        label: z.string(),
        fields: z.array(FieldChangeSchema),
        before: z.unknown().optional(),
        after: z.unknown().optional(),
      }),
    ),
  })
  .openapi('Diff');

const diffRoute = createRoute({
  method: 'get',
  path: '/{tenant}/diff',
  operationId: 'getDiff',
  tags: ['Admin'],
  summary: 'What changed between two versions or a version and the draft (viewer)',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema, query: DiffQuerySchema },
  responses: {
    200: { description: 'The changes from `from` to `to`.', content: { 'application/json': { schema: DiffSchema } } },
    400: errorResponse('`from` or `to` is not a version number or `draft` (`invalid_request`).'),
    ...authErrors,
    404: errorResponse('No published tenant with this id (`tenant_not_found`), or no such version (`version_not_found`).'),
    500: internalError,
  },
});

type Side = number | 'draft';

function parseSide(value: string | undefined, fallback: Side): Side {
  return value === undefined ? fallback : value === 'draft' ? 'draft' : Number(value);
}

async function contentAt(db: D1Database, tenantId: string, side: Side): Promise<object> {
  if (side === 'draft') return draftContent(await loadDraft(db, tenantId));
  const stored = await findVersion(db, tenantId, side);
  if (!stored) throw new ApiError('version_not_found');
  return JSON.parse(stored.contentJson) as object;
}

const router = adminRouter();
router.use(diffRoute.getRoutingPath(), allowMethods('GET', 'HEAD'), noStore());

export const adminDiff = router.openapi(diffRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const query = c.req.valid('query');
  const published = await findPublishedVersion(c.env.DB, tenant);
  if (!published) throw new ApiError('tenant_not_found');

  const from = parseSide(query.from, published.version);
  const to = parseSide(query.to, 'draft');
  const [before, after] = await Promise.all([contentAt(c.env.DB, tenant, from), contentAt(c.env.DB, tenant, to)]);
  return c.json({ from, to, ...diffContent(before, after) }, 200);
});

/**
 * `/api/v1/tenants/{tenant}/versions`: the published versions (list, one with its content),
 * publishing the draft as a new version, and restoring an old one as a new version.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ContentSchema, type Content } from '../../../core/content/schema';
import { requireRole } from '../../auth/require-role';
import { publishDraft } from '../../drafts/publish-draft';
import { restoreVersion } from '../../drafts/restore-version';
import { ApiError } from '../../errors/api-error';
import { allowMethods } from '../../middleware/allow-methods';
import { limitBody } from '../../middleware/limit-body';
import { noStore } from '../../middleware/no-store';
import { findTenant } from '../../storage/tenants';
import { findVersion, listVersions, type VersionSummary } from '../../storage/versions';
import { errorResponse, internalError, tenantNotFound, TenantParamsSchema, unsupportedMediaType } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors, IfMatchHeaderSchema, VersionParamsSchema } from './admin-schemas';

const MAX_NOTE_LENGTH = 500;

const VersionSummarySchema = z
  .object({
    version: z.number().int().min(1),
    publishedAt: z.string().openapi({ format: 'date-time' }),
    by: z.string().openapi({ description: 'The token label or Access e-mail address of who published it.' }),
    note: z.string().nullable(),
  })
  .openapi('VersionSummary');

const VersionSchema = VersionSummarySchema.extend({ content: ContentSchema }).openapi('Version');

const CreatedVersionSchema = z.object({ version: z.number().int().min(1) }).openapi('CreatedVersion');

const noteText = z
  .string({ error: 'Schrijf bij een publicatie kort wat er verandert.' })
  .trim()
  .min(1, 'Schrijf bij een publicatie kort wat er verandert.')
  .max(MAX_NOTE_LENGTH, `Een notitie heeft hoogstens ${MAX_NOTE_LENGTH} tekens.`);

const PublishBodySchema = z.object({ note: noteText }).openapi('PublishRequest');
const RestoreBodySchema = z.object({ note: noteText.optional() }).openapi('RestoreRequest');

const publishConflict = errorResponse('Someone else published a version at the same moment; nothing was published (`publish_conflict`).');

const commonErrors = {
  ...authErrors,
  404: tenantNotFound,
  500: internalError,
};

const listRoute = createRoute({
  method: 'get',
  path: '/{tenant}/versions',
  operationId: 'listVersions',
  tags: ['Admin'],
  summary: 'The published versions, newest first (viewer)',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema },
  responses: {
    200: {
      description: 'Every version: number, date, who and note.',
      content: { 'application/json': { schema: z.object({ versions: z.array(VersionSummarySchema) }) } },
    },
    400: errorResponse('The tenant id or the URL is malformed.'),
    ...commonErrors,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/{tenant}/versions/{n}',
  operationId: 'getVersion',
  tags: ['Admin'],
  summary: 'One version with its content (viewer)',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema.extend(VersionParamsSchema.shape) },
  responses: {
    200: { description: 'The version and its content.', content: { 'application/json': { schema: VersionSchema } } },
    400: errorResponse('The tenant id, the version number or the URL is malformed.'),
    ...commonErrors,
    404: errorResponse('No published tenant with this id (`tenant_not_found`), or no such version (`version_not_found`).'),
  },
});

const publishRoute = createRoute({
  method: 'post',
  path: '/{tenant}/versions',
  operationId: 'publishDraft',
  tags: ['Admin'],
  summary: 'Publish the draft as a new version (publisher)',
  description:
    'Compiles the bundle once; `/route` and `/bundle` answer from the new version at once. An optional `If-Match` makes sure the published draft is the one that was tested.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('publisher'), limitBody()] as const,
  request: {
    params: TenantParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { 'application/json': { schema: PublishBodySchema } } },
  },
  responses: {
    201: { description: 'The number of the new version.', content: { 'application/json': { schema: CreatedVersionSchema } } },
    400: errorResponse('The note is missing or too long, or the body is not JSON (`invalid_request`).'),
    ...commonErrors,
    409: publishConflict,
    412: errorResponse('`If-Match` names an older draft (`draft_changed`).'),
    413: errorResponse('The body is over 1 MB (`payload_too_large`).'),
    415: unsupportedMediaType,
    422: errorResponse('The stored draft does not pass the current schema (`invalid_content`).'),
  },
});

const restoreRoute = createRoute({
  method: 'post',
  path: '/{tenant}/versions/{n}/restore',
  operationId: 'restoreVersion',
  tags: ['Admin'],
  summary: 'Publish an old version again, and reset the draft to it (publisher)',
  security: ADMIN_SECURITY,
  middleware: [requireRole('publisher'), limitBody()] as const,
  request: {
    params: TenantParamsSchema.extend(VersionParamsSchema.shape),
    headers: IfMatchHeaderSchema,
    body: { required: false, content: { 'application/json': { schema: RestoreBodySchema } } },
  },
  responses: {
    201: {
      description: 'The number of the new version, equal in content to version n.',
      content: { 'application/json': { schema: CreatedVersionSchema } },
    },
    400: errorResponse('The version number, the note or the body is malformed (`invalid_request`).'),
    ...commonErrors,
    404: errorResponse('No published tenant with this id (`tenant_not_found`), or no such version (`version_not_found`).'),
    409: publishConflict,
    412: errorResponse('`If-Match` names an older draft (`draft_changed`).'),
    413: errorResponse('The body is over 1 MB (`payload_too_large`).'),
    415: unsupportedMediaType,
  },
});

const router = adminRouter();
router.use(listRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'POST'), noStore());
router.use(getRoute.getRoutingPath(), allowMethods('GET', 'HEAD'), noStore());
router.use(restoreRoute.getRoutingPath(), allowMethods('POST'), noStore());

function summaryOf({ version, publishedAt, by, note }: VersionSummary): VersionSummary {
  return { version, publishedAt, by, note };
}

export const adminVersions = router
  .openapi(listRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    // A tenant always has a version, so an empty list means the tenant does not exist.
    const versions = await listVersions(c.env.DB, tenant);
    if (versions.length === 0) throw new ApiError('tenant_not_found');
    return c.json({ versions }, 200);
  })
  .openapi(getRoute, async (c) => {
    const { tenant, n } = c.req.valid('param');
    const stored = await findVersion(c.env.DB, tenant, n);
    if (!stored) {
      throw new ApiError((await findTenant(c.env.DB, tenant)) ? 'version_not_found' : 'tenant_not_found');
    }
    return c.json({ ...summaryOf(stored), content: JSON.parse(stored.contentJson) as Content }, 200);
  })
  .openapi(publishRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const { note } = c.req.valid('json');
    const published = await publishDraft(c.env.DB, tenant, {
      note,
      actor: c.var.actor,
      now: new Date(),
      ifMatch: c.req.valid('header')['if-match'],
    });
    return c.json({ version: published.version }, 201);
  })
  .openapi(restoreRoute, async (c) => {
    const { tenant, n } = c.req.valid('param');
    const { note } = c.req.valid('json');
    const published = await restoreVersion(c.env.DB, tenant, n, {
      note,
      actor: c.var.actor,
      now: new Date(),
      ifMatch: c.req.valid('header')['if-match'],
    });
    return c.json({ version: published.version }, 201);
  });

/**
 * `GET /api/v1/tenants/{tenant}/hsds`: the published directory (counters and locations with
 * opening hours) as Open Referral HSDS 3.0 JSON, for other directories to take over. Public,
 * like /bundle: it holds nothing the widget does not already show.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { ifNoneMatchHits } from '../http/etag';
import { allowMethods } from '../middleware/allow-methods';
import { publicCors } from '../middleware/public-cors';
import { loadHsdsExport } from '../storage/hsds-export';
import { currentPublishedVersion } from '../tenants/published-version';
import { errorResponse, internalError, PUBLIC, tenantNotFound, TenantParamsSchema } from './api-schemas';

// As for the bundle: a publish shows within a minute.
const CACHE_CONTROL = 'public, max-age=60';

const HsdsSchema = z
  .object({
    version: z.literal('3.0'),
    organizations: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'HSDS 3.0 organization objects.' }),
    services: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: 'HSDS 3.0 service objects, one per counter, with phones and service_at_locations.' }),
    locations: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: 'HSDS 3.0 location objects with addresses, weekly schedules and accessibility.' }),
    taxonomies: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'HSDS 3.0 taxonomies: `UPL`.' }),
    taxonomy_terms: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: 'HSDS 3.0 taxonomy terms: the UPL products the topics name.' }),
  })
  .openapi('HsdsDirectory');

const hsdsRoute = createRoute({
  method: 'get',
  path: '/{tenant}/hsds',
  operationId: 'getHsdsExport',
  tags: ['Directory'],
  security: PUBLIC,
  summary: 'The published directory as Open Referral HSDS 3.0',
  description:
    'The whole export in one answer. The HSDS 3.0 API itself is under `…/hsds/`: its `/` (version and profile) at `…/hsds/`, and the paths below.',
  request: {
    params: TenantParamsSchema,
    headers: z.object({ 'if-none-match': z.string().optional() }),
  },
  responses: {
    200: {
      description: 'Organizations, services, locations and schedules; ids are stable UUIDs.',
      headers: { ETag: { schema: { type: 'string' as const } } },
      content: { 'application/json': { schema: HsdsSchema } },
    },
    304: { description: '`If-None-Match` names the current ETag.' },
    400: errorResponse('The tenant id or the URL is malformed.'),
    404: tenantNotFound,
    500: internalError,
  },
});

const router = new OpenAPIHono<AppEnv>();
router.use(hsdsRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'OPTIONS'), publicCors());

export const tenantHsds = router.openapi(hsdsRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const published = await currentPublishedVersion(c.env.DB, tenant);
  if (!published) throw new ApiError('tenant_not_found');

  const { json, etag } = await loadHsdsExport(c.env.DB, published);
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  if (ifNoneMatchHits(c.req.valid('header')['if-none-match'], headers.ETag)) return c.body(null, 304, headers);
  return c.body(json, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
});

/**
 * `GET /api/v1/tenants/{tenant}/hsds`: the published directory (counters and locations with
 * opening hours) as Open Referral HSDS 3.0 JSON, for other directories to take over. Public,
 * like /bundle: it holds nothing the widget does not already show.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Content } from '../../core/content/schema';
import { toHsds } from '../../core/io/hsds';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { ifNoneMatchHits, strongEtag } from '../http/etag';
import { allowMethods } from '../middleware/allow-methods';
import { publicCors } from '../middleware/public-cors';
import { cachedVersionText } from '../storage/version-cache';
import { findVersion, type PublishedVersion } from '../storage/versions';
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
  })
  .openapi('HsdsDirectory');

const hsdsRoute = createRoute({
  method: 'get',
  path: '/{tenant}/hsds',
  operationId: 'getHsdsExport',
  tags: ['Directory'],
  security: PUBLIC,
  summary: 'The published directory as Open Referral HSDS 3.0',
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

/** The version's directory as HSDS JSON with its ETag: derived once per version, then cached. */
async function loadHsds(db: D1Database, published: PublishedVersion): Promise<{ json: string; etag: string }> {
  const hsds = await cachedVersionText('hsds', published, async () => {
    const stored = await findVersion(db, published.tenantId, published.version);
    if (!stored) return null;
    // Written by publishVersion after parseContent, so it has the Content shape.
    const text = JSON.stringify(toHsds(JSON.parse(stored.contentJson) as Content));
    return { text, etag: await strongEtag(text) };
  });
  // Versions are never deleted, so the row that currentPublishedVersion found is still there.
  if (!hsds) throw new Error(`Version ${published.tenantId}@${published.version} vanished`);
  // The ETag is kept with the text; hashing again is only for a copy that somehow lost its header.
  return { json: hsds.text, etag: hsds.etag ?? (await strongEtag(hsds.text)) };
}

export const tenantHsds = router.openapi(hsdsRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const published = await currentPublishedVersion(c.env.DB, tenant);
  if (!published) throw new ApiError('tenant_not_found');

  const { json, etag } = await loadHsds(c.env.DB, published);
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  if (ifNoneMatchHits(c.req.valid('header')['if-none-match'], headers.ETag)) return c.body(null, 304, headers);
  return c.body(json, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
});

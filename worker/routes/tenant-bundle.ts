/**
 * `GET /api/v1/tenants/{tenant}/bundle`: the published bundle, byte for byte as stored, so the
 * ETag computed at publish time stays valid. The widget caches it and searches locally.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ContentSchema } from '../../core/content/schema';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { ifNoneMatchHits } from '../http/etag';
import { allowMethods } from '../middleware/allow-methods';
import { publicCors } from '../middleware/public-cors';
import { loadBundleJson } from '../engines/bundle-cache';
import { currentPublishedVersion } from '../tenants/published-version';
import { errorResponse, internalError, PUBLIC, tenantNotFound, TenantParamsSchema } from './api-schemas';

// A minute of freshness keeps a publish visible soon; after that a stale copy may be shown
// while it revalidates, which is what a desk wants when the network is slow.
export const BUNDLE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=86400';

const BundleSchema = z
  .object({
    format: z.literal(1),
    tenantId: z.string(),
    version: z.number().int().min(1),
    publishedAt: z.string().openapi({ format: 'date-time' }),
    content: ContentSchema,
    index: z.unknown().openapi({ description: 'Serialised search index, or null when the engine rebuilds it faster.' }),
    engineVersion: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Analysis version of the engine that built `index`; another version rebuilds it from `content`.' }),
  })
  .openapi('Bundle');

export const bundleCacheHeaders = (etag: string) => ({
  ETag: { description: etag, schema: { type: 'string' as const } },
  'Cache-Control': { schema: { type: 'string' as const, example: BUNDLE_CACHE_CONTROL } },
});
const cacheHeaders = bundleCacheHeaders('Strong validator of the bundle text.');

const bundleRoute = createRoute({
  method: 'get',
  path: '/{tenant}/bundle',
  operationId: 'getBundle',
  tags: ['Routing'],
  security: PUBLIC,
  summary: "The tenant's published bundle: content and search index",
  request: {
    params: TenantParamsSchema,
    headers: z.object({ 'if-none-match': z.string().optional() }),
  },
  responses: {
    200: { description: 'The published bundle.', headers: cacheHeaders, content: { 'application/json': { schema: BundleSchema } } },
    304: { description: '`If-None-Match` names the current ETag.', headers: cacheHeaders },
    400: errorResponse('The tenant id or the URL is malformed.'),
    404: tenantNotFound,
    500: internalError,
  },
});

const router = new OpenAPIHono<AppEnv>();
// Registered before the route, so it sees every method: preflight and 405 included.
router.use(bundleRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'OPTIONS'), publicCors());

export const tenantBundle = router.openapi(bundleRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const published = await currentPublishedVersion(c.env.DB, tenant);
  if (!published) throw new ApiError('tenant_not_found');

  const headers = { ETag: published.etag, 'Cache-Control': BUNDLE_CACHE_CONTROL };
  if (ifNoneMatchHits(c.req.valid('header')['if-none-match'], published.etag)) return c.body(null, 304, headers);

  const bundleJson = await loadBundleJson(c.env.DB, published);
  // Versions are never deleted, so the row that findPublishedVersion joined is still there.
  if (bundleJson === null) throw new Error(`Bundle of ${tenant}@${published.version} vanished`);
  return c.body(bundleJson, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
});

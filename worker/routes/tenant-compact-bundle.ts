/**
 * `GET /api/v1/tenants/{tenant}/bundle/compact`: what the widget needs of the published bundle
 * in the compact format (core/bundle/compact-bundle.ts), gzipped, for half the bytes of
 * `/bundle` or less. The body is the gzip file itself, typed as such and without
 * `Content-Encoding`: no server or CDN on the way compresses it again or takes the compression
 * off, so the bytes on the wire are always the gzipped size, and the widget unpacks them with
 * `DecompressionStream`. `/bundle` stays as DESIGN.md fixes it.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { ifNoneMatchHits } from '../http/etag';
import { allowMethods } from '../middleware/allow-methods';
import { publicCors } from '../middleware/public-cors';
import { compactBundleEtag, loadCompactBundleGzip } from '../storage/compact-bundle';
import { currentPublishedVersion } from '../tenants/published-version';
import { errorResponse, internalError, PUBLIC, tenantNotFound, TenantParamsSchema } from './api-schemas';
import { BUNDLE_CACHE_CONTROL, bundleCacheHeaders } from './tenant-bundle';

export const COMPACT_BUNDLE_TYPE = 'application/vnd.loketwijzer.bundle+gzip';

const cacheHeaders = bundleCacheHeaders('Strong validator of the compact bundle; never the same as the JSON bundle’s.');

const compactBundleRoute = createRoute({
  method: 'get',
  path: '/{tenant}/bundle/compact',
  operationId: 'getCompactBundle',
  tags: ['Routing'],
  security: PUBLIC,
  summary: "The tenant's published bundle in the widget's compact format, gzipped",
  description:
    'The content the widget shows (without topic keywords, principles and `about`) and the search index, as a gzip file ' +
    '(not a `Content-Encoding`). The bytes start with "LWCB", the format and the analysis version; a client of another ' +
    'analysis version uses `/bundle` instead.',
  request: {
    params: TenantParamsSchema,
    headers: z.object({ 'if-none-match': z.string().optional() }),
  },
  responses: {
    200: {
      description: 'The gzipped compact bundle.',
      headers: cacheHeaders,
      content: { [COMPACT_BUNDLE_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    304: { description: '`If-None-Match` names the current ETag.', headers: cacheHeaders },
    400: errorResponse('The tenant id or the URL is malformed.'),
    404: tenantNotFound,
    500: internalError,
  },
});

const router = new OpenAPIHono<AppEnv>();
// Registered before the route, so it sees every method: preflight and 405 included.
router.use(compactBundleRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'OPTIONS'), publicCors());

export const tenantCompactBundle = router.openapi(compactBundleRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const published = await currentPublishedVersion(c.env.DB, tenant);
  if (!published) throw new ApiError('tenant_not_found');

  const headers = { ETag: compactBundleEtag(published), 'Cache-Control': BUNDLE_CACHE_CONTROL };
  if (ifNoneMatchHits(c.req.valid('header')['if-none-match'], headers.ETag)) return c.body(null, 304, headers);

  const gzipped = await loadCompactBundleGzip(c.env.DB, published);
  // Versions are never deleted, so the row that findPublishedVersion joined is still there.
  if (gzipped === null) throw new Error(`Bundle of ${tenant}@${published.version} vanished`);
  return c.body(gzipped, 200, { ...headers, 'Content-Type': COMPACT_BUNDLE_TYPE });
});

/**
 * `GET /api/v1/tenants/{tenant}/route?q=&lang=`: the routing engine on the worker, for clients
 * without the widget. It answers from the tenant's published version.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { RouteResultSchema } from '../../core/api/route-response';
import { LANGS } from '../../core/content/schema';
import type { AppEnv } from '../app-env';
import { shippedNationalIndex } from '../../core/national/shipped-national-index';
import { tenantEngine } from '../engines/tenant-engines';
import { ApiError } from '../errors/api-error';
import { allowMethods } from '../middleware/allow-methods';
import { publicCors } from '../middleware/public-cors';
import { currentPublishedVersion } from '../tenants/published-version';
import { errorResponse, internalError, PUBLIC, tenantNotFound, TenantParamsSchema } from './api-schemas';

const MAX_QUERY_LENGTH = 500;

const RouteQuerySchema = z.object({
  q: z
    .string({ error: 'Typ een vraag.' })
    .trim()
    .min(1, 'Typ een vraag.')
    .max(MAX_QUERY_LENGTH, `Uw vraag is te lang. Gebruik hoogstens ${MAX_QUERY_LENGTH} tekens.`)
    .openapi({ description: 'The question as the resident or the desk puts it.', example: 'ik heb schulden' }),
  lang: z
    .enum(LANGS, { error: 'Kies de taal nl of en.' })
    .optional()
    .openapi({ description: 'Language of the answer texts; nl when absent. The question may be in either language.' }),
});

const routeRoute = createRoute({
  method: 'get',
  path: '/{tenant}/route',
  operationId: 'routeQuestion',
  tags: ['Routing'],
  security: PUBLIC,
  summary: 'Advise the counter to send a resident to',
  request: { params: TenantParamsSchema, query: RouteQuerySchema },
  responses: {
    200: {
      description:
        "The advice, alternatives and, for an ambiguous question, a clarifying question. `advice.basis` says what the advice rests on: a row of the table, a product of the national list that only the Rijk provides (with `product`), or the tenant's general counter (fallback).",
      content: { 'application/json': { schema: RouteResultSchema.openapi('RouteResult') } },
    },
    400: errorResponse('`q` is missing, empty or too long, `lang` is unknown, the tenant id or the URL is malformed.'),
    404: tenantNotFound,
    500: internalError,
  },
});

const router = new OpenAPIHono<AppEnv>();
// Registered before the route, so it sees every method: preflight and 405 included.
router.use(routeRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'OPTIONS'), publicCors());

export const tenantRoute = router.openapi(routeRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const { q, lang } = c.req.valid('query');
  const published = await currentPublishedVersion(c.env.DB, tenant);
  if (!published) throw new ApiError('tenant_not_found');
  const engine = await tenantEngine(c.env.DB, published);
  // One national index per isolate, shared by all tenants.
  return c.json(engine.route(q, { lang, national: shippedNationalIndex() }), 200);
});

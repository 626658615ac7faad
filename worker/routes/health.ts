/** `GET /healthz`: the worker runs and D1 answers. Used by `npm start` to know when it is up. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';
import { allowMethods } from '../middleware/allow-methods';
import { errorResponse, PUBLIC } from './api-schemas';

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'checkHealth',
  tags: ['Health'],
  security: PUBLIC,
  summary: 'Check that the worker and its database answer',
  responses: {
    200: {
      description: 'The worker and D1 are reachable.',
      content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } },
    },
    500: errorResponse('D1 did not answer (`internal_error`).'),
  },
});

const router = new OpenAPIHono<AppEnv>();
// Registered before the route, so it sees every method and can answer 405.
router.use(healthRoute.getRoutingPath(), allowMethods('GET', 'HEAD'));

export const health = router.openapi(healthRoute, async (c) => {
  // The cheapest statement that still makes a round trip to the database.
  await c.env.DB.prepare('SELECT 1').run();
  return c.json({ ok: true as const }, 200);
});

/**
 * The Loketwijzer worker: the public API, the admin API, the health check, and the static pages and widget.
 * Routes are grouped per resource; the exported type lets clients use `hc<AppType>`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from './app-env';
import { handleError, handleNotFound } from './errors/handle-errors';
import { validationHook } from './errors/validation-hook';
import { allowMethods } from './middleware/allow-methods';
import { publicCors } from './middleware/public-cors';
import { rejectMalformedUrl } from './middleware/reject-malformed-url';
import { securityHeaders } from './middleware/security-headers';
import { adminAudit } from './routes/admin/audit';
import { adminDiff } from './routes/admin/diff';
import { adminDraft } from './routes/admin/draft';
import { adminFeedback } from './routes/admin/feedback';
import { adminSession } from './routes/admin/session';
import { adminStats } from './routes/admin/stats';
import { adminTestQuestions } from './routes/admin/test-questions';
import { adminTokens } from './routes/admin/tokens';
import { adminTopicsCsv } from './routes/admin/topics-csv';
import { adminVersions } from './routes/admin/versions';
import { serveAssets } from './routes/assets';
import { health } from './routes/health';
import { tenantBundle } from './routes/tenant-bundle';
import { tenantCompactBundle } from './routes/tenant-compact-bundle';
import { tenantFeedback } from './routes/tenant-feedback';
import { tenantHsds } from './routes/tenant-hsds';
import { tenantHsdsApi } from './routes/tenant-hsds-api';
import { tenantReferrals } from './routes/tenant-referrals';
import { tenantRoute } from './routes/tenant-route';
import { tenantSignals } from './routes/tenant-signals';
import { resolveTenant } from './tenants/resolve-tenant';
import { API_TAGS } from './routes/api-schemas';

/** The licence of the Standaard voor Publieke Code, as for most Dutch government software. */
const API_LICENSE = { name: 'EUPL-1.2', identifier: 'EUPL-1.2' };

export const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

app.use(securityHeaders());
app.use('/api/*', rejectMalformedUrl());
app.use('/api/v1/openapi.json', allowMethods('GET', 'HEAD', 'OPTIONS'), publicCors());
// A municipality that shares a tenant (an alias) is answered as that tenant, by every route.
app.use('/api/v1/tenants/:tenant/*', resolveTenant({ dispatch: (request, c) => app.fetch(request, c.env, executionContextOf(c)) }));

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- chained for its type: AppType below (Hono RPC)
const routes = app
  .route('/', health)
  .route('/api/v1/tenants', tenantRoute)
  .route('/api/v1/tenants', tenantBundle)
  .route('/api/v1/tenants', tenantCompactBundle)
  .route('/api/v1/tenants', tenantHsds)
  .route('/api/v1/tenants', tenantHsdsApi)
  // Written by the widget from municipal sites: anonymous, throttled per client.
  .route('/api/v1/tenants', tenantReferrals)
  .route('/api/v1/tenants', tenantSignals)
  .route('/api/v1/tenants', tenantFeedback)
  // The admin API: every route checks the caller's role for the tenant in its path.
  .route('/api/v1/tenants', adminSession)
  .route('/api/v1/tenants', adminDraft)
  .route('/api/v1/tenants', adminTopicsCsv)
  .route('/api/v1/tenants', adminVersions)
  .route('/api/v1/tenants', adminDiff)
  .route('/api/v1/tenants', adminAudit)
  .route('/api/v1/tenants', adminTestQuestions)
  .route('/api/v1/tenants', adminStats)
  .route('/api/v1/tenants', adminFeedback)
  .route('/api/v1/tenants', adminTokens)
  .doc31('/api/v1/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'Loketwijzer API',
      version: '1',
      description: 'Warm referrals for Dutch municipalities. Every 4xx and 5xx answer has the `Error` shape.',
      license: API_LICENSE,
    },
    // The deployment that serves the document is the one it describes.
    servers: [{ url: new URL(c.req.url).origin, description: 'This Loketwijzer deployment' }],
    tags: [...API_TAGS],
  }));

// An unknown API path is a JSON 404, never a page from the assets.
app.all('/api/*', (c) => c.notFound());
app.all('*', serveAssets);

app.notFound(handleNotFound);
app.onError(handleError);

function executionContextOf(c: Context<AppEnv>): Context<AppEnv>['executionCtx'] | undefined {
  try {
    return c.executionCtx;
  } catch {
    // app.request() in tests has none.
    return undefined;
  }
}

export type AppType = typeof routes;

/**
 * Every endpoint of the OpenAPI document and every method, with path tricks in the parameters
 * and around them: traversal, encoded separators, bad UTF-8, odd tenant ids, `//`, trailing
 * slashes. Never a 5xx; under /api/ always the JSON error shape.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { publish } from '../support/voorbeeldstad';
import {
  authHeaders,
  type Endpoint,
  expectTenantIntact,
  fillTemplate,
  hostileSegment,
  hostileText,
  loadEndpoints,
  METHODS,
  PROPERTY_TIMEOUT_MS,
  SEED,
  sendAndCheck,
} from './fuzz-support';

let endpoints: Endpoint[] = [];

beforeAll(async () => {
  await publish();
  endpoints = await loadEndpoints();
});

const decorations = fc.constantFrom(
  (path: string) => path,
  (path: string) => `${path}/`,
  (path: string) => `${path}//`,
  (path: string) => path.replace('/api/v1/', '/api//v1/'),
  (path: string) => path.replace('/tenants/', '/tenants//'),
  (path: string) => path.replace('/tenants/', '/tenants/./'),
  (path: string) => path.replace('/tenants/', '/tenants/x/../'),
  (path: string) => path.replace('/tenants/', '/tenants/%2e%2e/'),
  (path: string) => path.replace(/\//g, '\\'),
  (path: string) => path.replace('/api/', '/API/'),
  (path: string) => `${path}/..`,
  (path: string) => `${path}/%2e%2e/%2e%2e/admin`,
  (path: string) => `${path};jsessionid=x`,
  (path: string) => `${path}%00`,
  (path: string) => `${path}.json`,
);

const methods = fc.constantFrom(...METHODS);

describe('path tricks on every endpoint', () => {
  it(
    'never answers a 5xx, and under /api/ always the JSON error shape',
    async () => {
      const templates = fc.constantFrom(...new Set(endpoints.map((endpoint) => endpoint.template)));
      const params = fc.record({
        tenant: fc.oneof(fc.constant('voorbeeldstad'), hostileSegment),
        n: fc.oneof(fc.constant('1'), hostileSegment),
        code: fc.oneof(fc.constant('K7M2X-R9PQZ'), hostileSegment),
      });
      await fc.assert(
        fc.asyncProperty(
          templates,
          params,
          decorations,
          methods,
          fc.boolean(),
          hostileText,
          async (template, values, decorate, method, signedIn, body) => {
            const path = decorate(fillTemplate(template, values));
            const withBody = method !== 'GET' && method !== 'HEAD';
            await sendAndCheck('path trick', path, { method, headers: authHeaders(signedIn), body: withBody ? body : undefined });
          },
        ),
        { seed: SEED, numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never answers a 5xx for random paths under /api/',
    async () => {
      const segments = fc.array(fc.oneof(hostileSegment, fc.constantFrom('api', 'v1', 'tenants', 'voorbeeldstad', 'draft', 'versions')), {
        maxLength: 8,
      });
      await fc.assert(
        fc.asyncProperty(segments, methods, fc.boolean(), async (parts, method, signedIn) => {
          await sendAndCheck('random path', `/api/${parts.join('/')}`, { method, headers: authHeaders(signedIn) });
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('still answers valid requests afterwards', async () => {
    await expectTenantIntact();
  });
});

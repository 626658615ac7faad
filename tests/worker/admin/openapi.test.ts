import { describe, expect, it } from 'vitest';
import { fetchWorker } from '../support/fetch-worker';

interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string }> };
}

const ADMIN_OPERATIONS = [
  ['get', '/api/v1/tenants/{tenant}/session'],
  ['get', '/api/v1/tenants/{tenant}/draft'],
  ['put', '/api/v1/tenants/{tenant}/draft'],
  ['get', '/api/v1/tenants/{tenant}/draft/topics.csv'],
  ['post', '/api/v1/tenants/{tenant}/draft/topics.csv'],
  ['get', '/api/v1/tenants/{tenant}/versions'],
  ['post', '/api/v1/tenants/{tenant}/versions'],
  ['get', '/api/v1/tenants/{tenant}/versions/{n}'],
  ['post', '/api/v1/tenants/{tenant}/versions/{n}/restore'],
  ['get', '/api/v1/tenants/{tenant}/diff'],
  ['get', '/api/v1/tenants/{tenant}/audit'],
  ['get', '/api/v1/tenants/{tenant}/test-questions'],
  ['put', '/api/v1/tenants/{tenant}/test-questions'],
] as const;

describe('the admin API in the OpenAPI document', () => {
  it.each(ADMIN_OPERATIONS)('lists %s %s, signed in with a bearer token or Cloudflare Access, with 401 and 403', async (method, path) => {
    const doc: OpenApiDocument = await (await fetchWorker('/api/v1/openapi.json')).json();
    const operation = doc.paths[path]?.[method];
    expect(operation?.security).toEqual([{ bearerAuth: [] }, { cloudflareAccess: [] }]);
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['401', '403', '500']));
  });

  it('describes both ways of signing in, and the request bodies it validates itself', async () => {
    const doc: OpenApiDocument = await (await fetchWorker('/api/v1/openapi.json')).json();
    expect(doc.components.securitySchemes).toMatchObject({ bearerAuth: { type: 'http' }, cloudflareAccess: { type: 'apiKey' } });
    expect(doc.components.schemas).toHaveProperty('Content');
    expect(doc.components.schemas).toHaveProperty('TestQuestions');
    expect(doc.paths['/api/v1/tenants/{tenant}/hsds']?.get?.security).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fetchWorker } from '../support/fetch-worker';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId?: string; tags?: string[]; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}

describe('GET /api/v1/openapi.json', () => {
  it('serves an OpenAPI 3.1 document that lists route and bundle', async () => {
    const res = await fetchWorker('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const doc: OpenApiDocument = await res.json();

    expect(doc.openapi).toBe('3.1.0');
    const route = doc.paths['/api/v1/tenants/{tenant}/route']?.get;
    const bundle = doc.paths['/api/v1/tenants/{tenant}/bundle']?.get;
    expect(Object.keys(route?.responses ?? {})).toEqual(['200', '400', '404', '500']);
    expect(Object.keys(bundle?.responses ?? {})).toEqual(['200', '304', '400', '404', '500']);
    const compact = doc.paths['/api/v1/tenants/{tenant}/bundle/compact']?.get;
    expect(compact?.operationId).toBe('getCompactBundle');
    expect(compact?.tags).toEqual(['Routing']);
    expect(Object.keys(compact?.responses ?? {})).toEqual(['200', '304', '400', '404', '500']);
    expect(doc.components.schemas).toHaveProperty('Error');
    expect(doc.components.schemas).toHaveProperty('RouteResult');
    expect(doc.components.schemas).toHaveProperty('Bundle');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../../core/api/error-body';
import { fetchWorker } from '../support/fetch-worker';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

// Bad input of every kind the public API can meet; none of it may become a 5xx.
const BAD_REQUESTS: [string, RequestInit?][] = [
  ['/api/v1/tenants/voorbeeldstad/route'],
  ['/api/v1/tenants/voorbeeldstad/route?q=%20'],
  [`/api/v1/tenants/voorbeeldstad/route?q=${'x'.repeat(501)}`],
  ['/api/v1/tenants/voorbeeldstad/route?q=a&lang=fr'],
  ['/api/v1/tenants/voorbeeldstad/route?q=a&lang='],
  ['/api/v1/tenants/voorbeeldstad/route?q=a&q=b'],
  ['/api/v1/tenants/Voorbeeldstad/route?q=a'],
  ['/api/v1/tenants/voor%20beeldstad/route?q=a'],
  ['/api/v1/tenants/nergenshuizen/route?q=a'],
  ['/api/v1/tenants/nergenshuizen/bundle'],
  ['/api/v1/tenants/%E0%A4%A/bundle'],
  ['/api/v1/tenants/voorbeeldstad/route?q=%'],
  ['/api/v1/tenants/voorbeeldstad/route?q=a', { method: 'DELETE' }],
  ['/api/v1/tenants/voorbeeldstad/bundle', { method: 'POST', body: 'x' }],
  ['/api/v1/openapi.json', { method: 'POST' }],
  ['/api/v1/tenants'],
  ['/api/v1/tenants/voorbeeldstad'],
  ['/api/v2/anything'],
  ['/api/'],
  ['/api'],
];

const cases = BAD_REQUESTS.map(([path, init]): [string, string, RequestInit?] => [
  `${init?.method ?? 'GET'} ${path.length > 80 ? `${path.slice(0, 60)}…` : path}`,
  path,
  init,
]);

describe('errors under /api/', () => {
  it.each(cases)('never answers an /api error without the JSON error shape: %s', async (_, path, init) => {
    const res = await fetchWorker(path, init);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body: unknown = await res.json();
    expect(ErrorBodySchema.strict().safeParse(body).success, JSON.stringify(body)).toBe(true);
  });

  it('returns 404 not_found for an unknown API path', async () => {
    const res = await fetchWorker('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Dit adres bestaat niet. Controleer het adres.' } });
  });
});

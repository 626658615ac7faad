import { beforeAll, describe, expect, it } from 'vitest';
import { RouteResultSchema } from '../../../core/api/route-response';
import { fetchWorker } from '../support/fetch-worker';
import { publish } from '../support/voorbeeldstad';

const ROUTE = '/api/v1/tenants/voorbeeldstad/route';
const ask = (query: string, init?: RequestInit) => fetchWorker(`${ROUTE}?${query}`, init);

async function errorCode(res: Response): Promise<string> {
  const body: { error: { code: string } } = await res.json();
  return body.error.code;
}

beforeAll(async () => {
  await publish();
});

describe('GET /api/v1/tenants/{tenant}/route', () => {
  it("routes 'ik heb schulden' to the sociaal loket", async () => {
    const res = await ask('q=ik%20heb%20schulden');
    expect(res.status).toBe(200);
    const result = RouteResultSchema.parse(await res.json());
    expect(result.query).toBe('ik heb schulden');
    expect(result.advice).toMatchObject({ topicId: 'schulden', counterId: 'sociaal-loket' });
  });

  it('answers a question about a national product with the overheidsbreed loket and the product', async () => {
    const res = await ask(`q=${encodeURIComponent('verblijfsvergunning verlengen voor mijn man')}`);
    expect(res.status).toBe(200);
    expect(RouteResultSchema.parse(await res.json()).advice).toMatchObject({
      basis: 'national',
      topicId: null,
      counterId: 'overheidsbreed-loket',
      product: { name: 'verblijfsvergunning' },
    });
  });

  it('answers a real question outside the table and the national list with the fallback counter, random letters with nothing', async () => {
    const fallback = RouteResultSchema.parse(await (await ask(`q=${encodeURIComponent('mijn buren maken elke nacht lawaai')}`)).json());
    expect(fallback.advice).toMatchObject({ basis: 'fallback', counterId: 'klantcontactcentrum', topicId: null, product: null });
    const nothing = RouteResultSchema.parse(await (await ask('q=qwxz%20plok')).json());
    expect(nothing.advice).toBeNull();
  });

  it('answers in the language asked for', async () => {
    const res = await ask('q=debts&lang=en');
    expect(res.status).toBe(200);
    expect(RouteResultSchema.parse(await res.json()).lang).toBe('en');
  });

  it('lets any origin read the answer', async () => {
    const res = await ask('q=paspoort', { headers: { Origin: 'https://www.gemeente.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answers a CORS preflight', async () => {
    const res = await ask('q=paspoort', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.gemeente.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('GET');
  });

  it.each([
    ['an absent q', ''],
    ['an empty q', 'q='],
    ['a q of only spaces', 'q=%20%20%20'],
  ])('returns 400 missing_query for %s', async (_, query) => {
    const res = await ask(query);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'missing_query', message: 'Typ een vraag.', issues: [{ path: 'q', message: 'Typ een vraag.' }] },
    });
  });

  it('returns 400 query_too_long for a q over 500 characters', async () => {
    const res = await ask(`q=${'a'.repeat(501)}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ error: { code: 'query_too_long', message: 'Uw vraag is te lang. Gebruik hoogstens 500 tekens.' } });
  });

  it('accepts a q of exactly 500 characters', async () => {
    const res = await ask(`q=${'schulden '.repeat(56).slice(0, 500)}`);
    expect(res.status).toBe(200);
  });

  it('returns 400 unsupported_language for an unknown lang', async () => {
    const res = await ask('q=schulden&lang=de');
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('unsupported_language');
  });

  it.each([['Voorbeeldstad'], ['voorbeeld_stad'], ['-voorbeeldstad'], ['a'.repeat(65)]])(
    'returns 400 invalid_tenant for the tenant id %s',
    async (tenant) => {
      const res = await fetchWorker(`/api/v1/tenants/${tenant}/route?q=schulden`);
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('invalid_tenant');
    },
  );

  it('returns 404 tenant_not_found for an unknown tenant', async () => {
    const res = await fetchWorker('/api/v1/tenants/nergenshuizen/route?q=schulden');
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('tenant_not_found');
    // The widget must be able to read the error on a municipal site.
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('returns 405 for POST on route', async () => {
    const res = await ask('q=schulden', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(await errorCode(res)).toBe('method_not_allowed');
  });

  it('returns 400 malformed_url for broken percent-encoding in q', async () => {
    const res = await ask('q=schulden%E0%A4%A');
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('malformed_url');
  });
});

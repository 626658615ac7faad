import { beforeAll, describe, expect, it } from 'vitest';
import { toHsds } from '../../../core/io/hsds';
import { ADMIN, adminFetch } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

const HSDS = '/api/v1/tenants/voorbeeldstad/hsds';

beforeAll(async () => {
  await publish();
});

describe('GET /api/v1/tenants/{tenant}/hsds', () => {
  it('serves the published directory as HSDS 3.0 to anyone, from any origin', async () => {
    const res = await fetchWorker(HSDS, { headers: { Origin: 'https://socialekaart.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual(toHsds(voorbeeldstad()));
  });

  it('answers 304 to If-None-Match with its ETag', async () => {
    const etag = (await fetchWorker(HSDS)).headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await fetchWorker(HSDS, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('shows a changed draft only after it is published', async () => {
    const draft = await adminFetch(`${ADMIN}/draft`);
    const content = await draft.json<ReturnType<typeof voorbeeldstad>>();
    content.locations = content.locations.map((location) =>
      location.id === 'stadskantoor' ? { ...location, name: 'Stadhuis' } : location,
    );
    await adminFetch(`${ADMIN}/draft`, { method: 'PUT', json: content, ifMatch: draft.headers.get('ETag') ?? '' });

    const names = async () => (await (await fetchWorker(HSDS)).json<{ locations: { name: string }[] }>()).locations.map((l) => l.name);
    expect(await names()).toContain('Stadskantoor Voorbeeldstad');
    await adminFetch(`${ADMIN}/versions`, { method: 'POST', json: { note: 'Nieuwe naam' } });
    expect(await names()).toContain('Stadhuis');
  });

  it('returns 404 tenant_not_found for an unknown tenant', async () => {
    const res = await fetchWorker('/api/v1/tenants/nergenshuizen/hsds');
    expect(res.status).toBe(404);
  });
});

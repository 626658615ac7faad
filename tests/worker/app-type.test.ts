import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { RouteResult } from '../../core/api/route-response';
import type { AppType } from '../../worker/app';
import { publish } from './support/voorbeeldstad';

const client = hc<AppType>('http://loketwijzer.test', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
});

beforeAll(async () => {
  await publish();
});

describe('AppType', () => {
  it('gives the widget and the admin a typed client for route', async () => {
    const res = await client.api.v1.tenants[':tenant'].route.$get({
      param: { tenant: 'voorbeeldstad' },
      query: { q: 'ik heb schulden', lang: 'nl' },
    });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const body = await res.json();
    expectTypeOf(body).toEqualTypeOf<RouteResult>();
    expect(body.advice?.counterId).toBe('sociaal-loket');
  });

  it('types the error answers of route as the error body', async () => {
    const res = await client.api.v1.tenants[':tenant'].route.$get({ param: { tenant: 'nergenshuizen' }, query: { q: 'schulden' } });
    expect(res.status).toBe(404);
    if (res.status !== 404) return;
    expectTypeOf((await res.json()).error.code).toEqualTypeOf<string>();
  });
});

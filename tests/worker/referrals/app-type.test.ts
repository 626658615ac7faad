import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { CreatedReferral, Referral } from '../../../core/api/referrals';
import type { Stats } from '../../../core/api/stats';
import type { AppType } from '../../../worker/app';
import { adminToken } from '../support/admin';
import { A_REFERRAL } from '../support/public';
import { publish } from '../support/voorbeeldstad';

const client = hc<AppType>('http://loketwijzer.test', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
});

beforeAll(async () => {
  await publish();
});

describe('AppType for referrals', () => {
  it('types the referral, its confirmation and the figures for the widget and the admin', async () => {
    const created = await client.api.v1.tenants[':tenant'].referrals.$post({ param: { tenant: 'voorbeeldstad' }, json: A_REFERRAL });
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    const body = await created.json();
    expectTypeOf(body).toEqualTypeOf<CreatedReferral>();
    const { code } = body;

    const confirmed = await client.api.v1.tenants[':tenant'].referrals[':code'].$patch({
      param: { tenant: 'voorbeeldstad', code },
      json: { status: 'arrived' },
    });
    expect(confirmed.status).toBe(200);
    if (confirmed.status !== 200) return;
    expectTypeOf(await confirmed.json()).toEqualTypeOf<Referral>();

    const stats = await client.api.v1.tenants[':tenant'].stats.$get(
      { param: { tenant: 'voorbeeldstad' }, query: {} },
      { headers: { Authorization: `Bearer ${adminToken()}` } },
    );
    expect(stats.status).toBe(200);
    if (stats.status !== 200) return;
    const figures = await stats.json();
    expectTypeOf(figures).toEqualTypeOf<Stats>();
    expect(figures.referrals.byStatus).toMatchObject({ arrived: 1 });
  });
});

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteResultSchema } from '../../../core/api/route-response';
import { upsertTenantAlias } from '../../../worker/storage/tenant-aliases';
import { resolveTenantId } from '../../../worker/tenants/resolve-tenant';
import { adminFetch, createToken, errorCode } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
  // Voorbeeldstad's library also serves Oosterhoek: one tenant, two municipalities.
  await upsertTenantAlias(env.DB, 'oosterhoek', 'voorbeeldstad').run();
});

describe('tenant aliases', () => {
  it('resolves an alias to its tenant and an id to itself', async () => {
    expect(await resolveTenantId(env.DB, 'oosterhoek')).toBe('voorbeeldstad');
    expect(await resolveTenantId(env.DB, 'voorbeeldstad')).toBe('voorbeeldstad');
    expect(await resolveTenantId(env.DB, 'nergenshuizen')).toBe('nergenshuizen');
  });

  it('answers /route for an alias from the shared tenant', async () => {
    const res = await fetchWorker('/api/v1/tenants/oosterhoek/route?q=ik%20heb%20schulden');
    expect(res.status).toBe(200);
    expect(RouteResultSchema.parse(await res.json()).advice).toMatchObject({ topicId: 'schulden', counterId: 'sociaal-loket' });
  });

  it("serves the shared tenant's bundle, with its ETag, for an alias", async () => {
    const own = await fetchWorker('/api/v1/tenants/voorbeeldstad/bundle');
    const alias = await fetchWorker('/api/v1/tenants/oosterhoek/bundle');
    expect(alias.status).toBe(200);
    expect(alias.headers.get('ETag')).toBe(own.headers.get('ETag'));
    expect(await alias.text()).toBe(await own.text());

    const revalidated = await fetchWorker('/api/v1/tenants/oosterhoek/bundle', {
      headers: { 'If-None-Match': own.headers.get('ETag') ?? '' },
    });
    expect(revalidated.status).toBe(304);
  });

  it('serves HSDS for an alias', async () => {
    const res = await fetchWorker('/api/v1/tenants/oosterhoek/hsds');
    expect(res.status).toBe(200);
  });

  it('accepts an admin token of the tenant through its alias', async () => {
    const token = await createToken('editor');
    const res = await adminFetch('/api/v1/tenants/oosterhoek/draft', { token });
    expect(res.status).toBe(200);
  });

  it('does not accept a token of another tenant through an alias', async () => {
    const token = await createToken('editor', { tenant: 'andersdorp' });
    const res = await adminFetch('/api/v1/tenants/oosterhoek/draft', { token });
    // A real key of another municipality: refused as 403 other_tenant, not counted as a guess (issue 14).
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('other_tenant');
  });

  it('answers 404 tenant_not_found for a name that is neither tenant nor alias', async () => {
    const res = await fetchWorker('/api/v1/tenants/nergenshuizen/route?q=schulden');
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('tenant_not_found');
  });

  it('still answers 400 for a malformed tenant id', async () => {
    const res = await fetchWorker('/api/v1/tenants/Oosterhoek!/route?q=schulden');
    expect(res.status).toBe(400);
  });
});

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../worker/auth/token-hash';
import { ADMIN, adminFetch, createToken, errorCode } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

async function etagOfDraft(): Promise<string> {
  return (await adminFetch(`${ADMIN}/draft`)).headers.get('ETag') ?? '';
}

describe('signing in to the admin API with a bearer token', () => {
  it('returns 401 with a Bearer challenge without credentials', async () => {
    const res = await fetchWorker(`${ADMIN}/draft`);
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="loketwijzer"');
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringContaining('niet ingelogd') } });
  });

  it.each([
    ['an unknown token', 'Bearer dit-is-geen-token'],
    ['another scheme', `Basic ${btoa('admin:admin')}`],
    ['an empty bearer', 'Bearer '],
  ])('returns 401 invalid_token for %s', async (_, authorization) => {
    const res = await fetchWorker(`${ADMIN}/draft`, { headers: { Authorization: authorization } });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="loketwijzer", error="invalid_token"');
    expect(await errorCode(res)).toBe('unauthorized');
  });

  it('accepts the ADMIN_TOKEN as a publisher for every tenant', async () => {
    const res = await adminFetch(`${ADMIN}/session`);
    expect(await res.json()).toMatchObject({ actor: { label: 'Beheerder (ADMIN_TOKEN)', role: 'publisher' } });
  });

  it('refuses a token made for another tenant with 403 other_tenant', async () => {
    const token = await createToken('publisher', { tenant: 'andere-stad' });
    const res = await adminFetch(`${ADMIN}/draft`, { token });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('other_tenant');
  });

  it('refuses an expired token with 401 and accepts one that has not expired yet', async () => {
    const expired = await createToken('editor', { expiresAt: new Date(Date.now() - 1000).toISOString() });
    const res = await adminFetch(`${ADMIN}/session`, { token: expired });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('unauthorized');
    const valid = await createToken('editor', { expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect((await adminFetch(`${ADMIN}/session`, { token: valid })).status).toBe(200);
  });

  it('records when a token was last used, to the minute', async () => {
    const token = await createToken('viewer', { label: 'Laatst gebruikt' });
    const lastUsed = () =>
      env.DB.prepare("SELECT last_used_at FROM api_tokens WHERE label = 'Laatst gebruikt'").first<string | null>('last_used_at');
    expect(await lastUsed()).toBeNull();
    await adminFetch(`${ADMIN}/session`, { token });
    expect(await lastUsed()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
  });

  it("accepts a token for every tenant ('*')", async () => {
    const token = await createToken('viewer', { tenant: '*', label: 'Provincie' });
    const res = await adminFetch(`${ADMIN}/session`, { token });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ actor: { label: 'Provincie', role: 'viewer' } });
  });

  it('refuses a revoked token with 401', async () => {
    const token = await createToken('editor');
    await env.DB.prepare('UPDATE api_tokens SET revoked_at = ?2 WHERE token_hash = ?1')
      .bind(await sha256Hex(token), new Date().toISOString())
      .run();
    expect((await adminFetch(`${ADMIN}/draft`, { token })).status).toBe(401);
  });

  it('answers 401 before telling whether a tenant exists', async () => {
    expect((await fetchWorker('/api/v1/tenants/nergenshuizen/draft')).status).toBe(401);
    const res = await adminFetch('/api/v1/tenants/nergenshuizen/draft');
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('tenant_not_found');
  });

  it('stores only the SHA-256 hash of a token, never the token', async () => {
    const token = await createToken('viewer', { label: 'Hash check' });
    const { results } = await env.DB.prepare('SELECT * FROM api_tokens').all<Record<string, unknown>>();
    const stored = JSON.stringify(results);
    expect(stored).not.toContain(token);
    expect(results).toContainEqual(expect.objectContaining({ token_hash: await sha256Hex(token), label: 'Hash check', role: 'viewer' }));
  });
});

describe('roles', () => {
  it('lets a viewer read the draft', async () => {
    const token = await createToken('viewer');
    expect((await adminFetch(`${ADMIN}/draft`, { token })).status).toBe(200);
  });

  it('refuses a viewer who saves the draft with 403', async () => {
    const token = await createToken('viewer');
    const draft = await (await adminFetch(`${ADMIN}/draft`)).json();
    const res = await adminFetch(`${ADMIN}/draft`, { token, method: 'PUT', json: draft, ifMatch: await etagOfDraft() });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'forbidden', message: expect.stringContaining('rol') } });
  });

  it('lets an editor save the draft, named by its label', async () => {
    const token = await createToken('editor', { label: 'Anna' });
    const draft = await (await adminFetch(`${ADMIN}/draft`)).json();
    const res = await adminFetch(`${ADMIN}/draft`, { token, method: 'PUT', json: draft, ifMatch: await etagOfDraft() });
    expect(res.status).toBe(200);
    const { entries } = await (await adminFetch(`${ADMIN}/audit?limit=1`)).json<{ entries: { who: string }[] }>();
    expect(entries[0]?.who).toBe('Anna');
  });

  it('refuses an editor who publishes or restores with 403, and publishes nothing', async () => {
    const token = await createToken('editor');
    const publishRes = await adminFetch(`${ADMIN}/versions`, { token, method: 'POST', json: { note: 'Mag niet' } });
    expect(publishRes.status).toBe(403);
    const restoreRes = await adminFetch(`${ADMIN}/versions/1/restore`, { token, method: 'POST', json: {} });
    expect(restoreRes.status).toBe(403);
    const { versions } = await (await adminFetch(`${ADMIN}/versions`)).json<{ versions: unknown[] }>();
    expect(versions).toHaveLength(1);
  });

  it('lets a publisher token publish', async () => {
    const token = await createToken('publisher', { label: 'Piet' });
    const res = await adminFetch(`${ADMIN}/versions`, { token, method: 'POST', json: { note: 'Door Piet' } });
    expect(res.status).toBe(201);
    const { versions } = await (await adminFetch(`${ADMIN}/versions`)).json<{ versions: { by: string }[] }>();
    expect(versions[0]?.by).toBe('Piet');
  });
});

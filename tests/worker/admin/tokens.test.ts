import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken, ApiTokenList } from '../../../core/api/tokens';
import { sha256Hex } from '../../../worker/auth/token-hash';
import { ADMIN, adminFetch, createToken, errorCode } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { publish, publishAs } from '../support/voorbeeldstad';

const TOKENS = `${ADMIN}/tokens`;

beforeAll(async () => {
  await publish();
  await publishAs('oosterwolde');
});

async function listTokens(token?: string): Promise<ApiToken[]> {
  const res = await adminFetch(TOKENS, token === undefined ? {} : { token });
  expect(res.status).toBe(200);
  return (await res.json<ApiTokenList>()).items;
}

describe('GET /api/v1/tenants/{tenant}/tokens', () => {
  it("lists the tenant's tokens with label, role, last use and expiry, newest first", async () => {
    const expiresAt = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const token = await createToken('editor', { label: 'Anna', expiresAt });
    await adminFetch(`${ADMIN}/session`, { token });
    const anna = (await listTokens()).find((item) => item.label === 'Anna');
    expect(anna).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      label: 'Anna',
      role: 'editor',
      createdAt: expect.any(String),
      expiresAt,
      lastUsedAt: expect.stringMatching(/:00Z$/),
      revokedAt: null,
    });
  });

  it('never answers a token or its hash, and the id is not derived from the hash', async () => {
    const token = await createToken('viewer', { label: 'Geheim' });
    const hash = await sha256Hex(token);
    const res = await adminFetch(TOKENS);
    const text = await res.text();
    expect(text).not.toContain(token);
    expect(text).not.toContain(hash);
    const id = (JSON.parse(text) as ApiTokenList).items.find((item) => item.label === 'Geheim')?.id ?? '';
    expect(hash).not.toContain(id);
    expect(id).not.toBe(await sha256Hex(hash));
  });

  it("lists neither another tenant's tokens nor the tokens for every tenant", async () => {
    await createToken('publisher', { tenant: 'oosterwolde', label: 'Oosterwolde' });
    await createToken('viewer', { tenant: '*', label: 'Provincie' });
    const labels = (await listTokens()).map((item) => item.label);
    expect(labels).not.toContain('Oosterwolde');
    expect(labels).not.toContain('Provincie');
  });

  it('is for publishers: 401 without credentials, 403 for editors and viewers', async () => {
    expect((await fetchWorker(TOKENS)).status).toBe(401);
    for (const role of ['viewer', 'editor'] as const) {
      const res = await adminFetch(TOKENS, { token: await createToken(role) });
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe('forbidden');
    }
    expect((await adminFetch(TOKENS, { token: await createToken('publisher') })).status).toBe(200);
  });
});

describe('DELETE /api/v1/tenants/{tenant}/tokens/{id}', () => {
  async function idOf(label: string): Promise<string> {
    const found = (await listTokens()).find((item) => item.label === label);
    if (!found) throw new Error(`no token ${label}`);
    return found.id;
  }

  it('revokes the token: it no longer signs in, and the list shows when', async () => {
    const token = await createToken('editor', { label: 'Weg' });
    expect((await adminFetch(`${ADMIN}/session`, { token })).status).toBe(200);
    const res = await adminFetch(`${TOKENS}/${await idOf('Weg')}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ label: 'Weg', revokedAt: expect.any(String) });
    expect((await adminFetch(`${ADMIN}/session`, { token })).status).toBe(401);
    expect((await listTokens()).find((item) => item.label === 'Weg')?.revokedAt).not.toBeNull();
  });

  it('logs who revoked which token in the audit log, once: revoking it again changes and logs nothing', async () => {
    await createToken('viewer', { label: 'Stagiair' });
    const id = await idOf('Stagiair');
    const revoker = await createToken('publisher', { label: 'Teamleider' });
    const first = await adminFetch(`${TOKENS}/${id}`, { method: 'DELETE', token: revoker });
    const revokedAt = (await first.json<ApiToken>()).revokedAt;
    const again = await adminFetch(`${TOKENS}/${id}`, { method: 'DELETE' });
    expect(again.status).toBe(200);
    expect((await again.json<ApiToken>()).revokedAt).toBe(revokedAt);

    const audit = await adminFetch(`${ADMIN}/audit`);
    const { entries } = await audit.json<{ entries: { who: string; action: string; summary: string; at: string }[] }>();
    const logged = entries.filter((entry) => entry.action === 'token' && entry.summary.includes('Stagiair'));
    expect(logged).toEqual([
      {
        id: expect.any(Number),
        who: 'Teamleider',
        action: 'token',
        summary: 'Sleutel ingetrokken: "Stagiair" (viewer)',
        at: revokedAt,
        note: null,
      },
    ]);
  });

  it('lets a publisher token revoke, not an editor', async () => {
    await createToken('viewer', { label: 'Doelwit' });
    const id = await idOf('Doelwit');
    expect((await adminFetch(`${TOKENS}/${id}`, { method: 'DELETE', token: await createToken('editor') })).status).toBe(403);
    expect((await adminFetch(`${TOKENS}/${id}`, { method: 'DELETE', token: await createToken('publisher') })).status).toBe(200);
  });

  it("answers 404 token_not_found for an unknown id and for another tenant's token, which stays valid", async () => {
    expect(await errorCode(await adminFetch(`${TOKENS}/${'0'.repeat(32)}`, { method: 'DELETE' }))).toBe('token_not_found');
    const other = await createToken('viewer', { tenant: 'oosterwolde', label: 'Van Oosterwolde' });
    const { id } = (await env.DB.prepare("SELECT id FROM api_tokens WHERE label = 'Van Oosterwolde'").first<{ id: string }>()) ?? {
      id: '',
    };
    const res = await adminFetch(`${TOKENS}/${id}`, { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect((await adminFetch('/api/v1/tenants/oosterwolde/session', { token: other })).status).toBe(200);
  });

  it('answers 400 for an id that is not 32 hex characters', async () => {
    expect((await adminFetch(`${TOKENS}/niet-een-id`, { method: 'DELETE' })).status).toBe(400);
  });
});

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../core/content/schema';
import { ADMIN, adminFetch, errorCode } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

interface VersionList {
  versions: { version: number; publishedAt: string; by: string; note: string | null }[];
}

async function saveDraft(edit: (content: Content) => void): Promise<string> {
  const res = await adminFetch(`${ADMIN}/draft`);
  const content: Content = await res.json();
  edit(content);
  const save = await adminFetch(`${ADMIN}/draft`, { method: 'PUT', json: content, ifMatch: res.headers.get('ETag') ?? '' });
  expect(save.status).toBe(200);
  return save.headers.get('ETag') ?? '';
}

const versions = async () => (await (await adminFetch(`${ADMIN}/versions`)).json<VersionList>()).versions;

beforeAll(async () => {
  await publish(voorbeeldstad(), 'Voorbeeldstad seed');
});

// One D1 per test file: the tests below build on each other's publishes, in order.
describe('POST /api/v1/tenants/{tenant}/versions', () => {
  it('needs a note: 400 without one, and one of at most 500 characters', async () => {
    for (const body of [{}, { note: '   ' }, { note: 'x'.repeat(501) }]) {
      const res = await adminFetch(`${ADMIN}/versions`, { method: 'POST', json: body });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'note' }] } });
    }
    expect(await versions()).toHaveLength(1);
  });

  it('publishes the draft as version 2 and compiles its bundle once', async () => {
    await saveDraft((content) => {
      content.tenant.name = 'Gemeente Voorbeeldstad (nieuw)';
    });
    const res = await adminFetch(`${ADMIN}/versions`, { method: 'POST', json: { note: 'Nieuwe naam' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ version: 2 });

    const bundle = await fetchWorker(`${ADMIN}/bundle`);
    expect(await bundle.json()).toMatchObject({ version: 2, content: { tenant: { name: 'Gemeente Voorbeeldstad (nieuw)' } } });
  });

  it('refuses a publish whose If-Match names an older draft with 412, and publishes it with the current one', async () => {
    const old = (await adminFetch(`${ADMIN}/draft`)).headers.get('ETag') ?? '';
    const current = await saveDraft((content) => {
      content.about = 'Versie 3';
    });
    const stale = await adminFetch(`${ADMIN}/versions`, { method: 'POST', json: { note: 'Getest' }, ifMatch: old });
    expect(stale.status).toBe(412);
    expect(await errorCode(stale)).toBe('draft_changed');

    const fresh = await adminFetch(`${ADMIN}/versions`, { method: 'POST', json: { note: 'Getest' }, ifMatch: current });
    expect(fresh.status).toBe(201);
    expect(await fresh.json()).toEqual({ version: 3 });
  });
});

describe('GET /api/v1/tenants/{tenant}/versions', () => {
  it('lists every version newest first, with date, who and note', async () => {
    expect(await versions()).toEqual([
      { version: 3, publishedAt: expect.any(String), by: 'Beheerder (ADMIN_TOKEN)', note: 'Getest' },
      { version: 2, publishedAt: expect.any(String), by: 'Beheerder (ADMIN_TOKEN)', note: 'Nieuwe naam' },
      { version: 1, publishedAt: '2026-05-04T09:00:00.000Z', by: 'tests', note: 'Voorbeeldstad seed' },
    ]);
  });

  it('returns one version with its content', async () => {
    const res = await adminFetch(`${ADMIN}/versions/1`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      version: 1,
      publishedAt: '2026-05-04T09:00:00.000Z',
      by: 'tests',
      note: 'Voorbeeldstad seed',
      content: voorbeeldstad(),
    });
  });

  it('returns 404 version_not_found for a version that does not exist', async () => {
    const res = await adminFetch(`${ADMIN}/versions/99`);
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('version_not_found');
  });

  it.each(['0', 'abc', '1.5'])('returns 400 for the version number %s', async (n) => {
    expect((await adminFetch(`${ADMIN}/versions/${n}`)).status).toBe(400);
  });

  it('returns 404 tenant_not_found for an unknown tenant', async () => {
    expect(await errorCode(await adminFetch('/api/v1/tenants/nergenshuizen/versions'))).toBe('tenant_not_found');
  });
});

describe('POST /api/v1/tenants/{tenant}/versions/{n}/restore', () => {
  it('publishes version 1 again as version 4, resets the draft to it, and notes what it restored', async () => {
    const res = await adminFetch(`${ADMIN}/versions/1/restore`, { method: 'POST' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ version: 4 });

    expect((await versions())[0]).toMatchObject({ version: 4, note: 'Versie 1 teruggezet' });
    expect(await (await adminFetch(`${ADMIN}/draft`)).json()).toEqual(voorbeeldstad());
    expect(await (await fetchWorker(`${ADMIN}/bundle`)).json()).toMatchObject({ version: 4, content: voorbeeldstad() });
  });

  it('accepts an empty JSON body or a note', async () => {
    expect((await adminFetch(`${ADMIN}/versions/2/restore`, { method: 'POST', json: {} })).status).toBe(201);
    expect((await adminFetch(`${ADMIN}/versions/3/restore`, { method: 'POST', json: { note: 'Toch versie 3' } })).status).toBe(201);
    expect((await versions())[0]).toMatchObject({ version: 6, note: 'Toch versie 3' });
  });

  it('returns 404 version_not_found for an unknown version, and publishes nothing', async () => {
    const res = await adminFetch(`${ADMIN}/versions/42/restore`, { method: 'POST', json: {} });
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('version_not_found');
    expect(await versions()).toHaveLength(6);
  });

  it('keeps published versions immutable, down to the database', async () => {
    await expect(env.DB.prepare("UPDATE versions SET note = 'anders' WHERE version = 1").run()).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare('DELETE FROM versions WHERE version = 1').run()).rejects.toThrow(/immutable/);
  });
});

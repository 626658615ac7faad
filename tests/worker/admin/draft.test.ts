import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseContent } from '../../../core/content/parse-content';
import type { Content } from '../../../core/content/schema';
import { ADMIN, adminFetch, errorCode } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { publicCounterFor } from '../support/route-answer';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

const DRAFT = `${ADMIN}/draft`;

async function getDraft(): Promise<{ etag: string; content: Content }> {
  const res = await adminFetch(DRAFT);
  return { etag: res.headers.get('ETag') ?? '', content: await res.json() };
}

async function auditCount(): Promise<number> {
  return (await env.DB.prepare('SELECT COUNT(*) AS n FROM audit_log').first<number>('n')) ?? 0;
}

beforeAll(async () => {
  await publish();
});

describe('GET /api/v1/tenants/{tenant}/draft', () => {
  it('starts as the published content, with an ETag, and is never cached', async () => {
    const res = await adminFetch(DRAFT);
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f-]{36}"$/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual(voorbeeldstad());
  });

  it('keeps its ETag until someone saves', async () => {
    expect((await getDraft()).etag).toBe((await getDraft()).etag);
  });

  it('returns 404 tenant_not_found for an unknown tenant', async () => {
    const res = await adminFetch('/api/v1/tenants/nergenshuizen/draft');
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('tenant_not_found');
  });

  it('returns 405 for DELETE, with the methods it allows', async () => {
    const res = await adminFetch(DRAFT, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, PUT');
  });
});

describe('PUT /api/v1/tenants/{tenant}/draft', () => {
  it('returns 428 precondition_required without If-Match, and saves nothing', async () => {
    const before = await getDraft();
    const res = await adminFetch(DRAFT, { method: 'PUT', json: before.content });
    expect(res.status).toBe(428);
    expect(await errorCode(res)).toBe('precondition_required');
    expect(await getDraft()).toEqual(before);
  });

  it('saves with the current ETag and answers the stored draft with a new ETag', async () => {
    const before = await getDraft();
    const content = { ...before.content, tenant: { ...before.content.tenant, name: '  Gemeente Voorbeeldstad  ' } };
    const res = await adminFetch(DRAFT, { method: 'PUT', json: content, ifMatch: before.etag });
    expect(res.status).toBe(200);
    const etag = res.headers.get('ETag');
    expect(etag).not.toBe(before.etag);
    // Stored as validated: trimmed, as every later reader gets it.
    expect(await res.json()).toEqual(before.content);
    expect((await getDraft()).etag).toBe(etag);
  });

  it('does not change what /bundle and /route serve', async () => {
    const bundleBefore = (await fetchWorker(`${ADMIN}/bundle`)).headers.get('ETag');
    const { etag, content } = await getDraft();
    content.topics = content.topics.filter((topic) => topic.id !== 'schulden');
    expect((await adminFetch(DRAFT, { method: 'PUT', json: content, ifMatch: etag })).status).toBe(200);
    expect((await fetchWorker(`${ADMIN}/bundle`)).headers.get('ETag')).toBe(bundleBefore);
    expect(await publicCounterFor('ik heb schulden', 'schulden')).toBe('sociaal-loket');
  });

  it.each(['*', '"x", *'])('refuses If-Match: %s with 428 that asks for the ETag, and saves nothing', async (ifMatch) => {
    const { etag, content } = await getDraft();
    const before = await auditCount();
    const res = await adminFetch(DRAFT, {
      method: 'PUT',
      json: { ...content, tenant: { ...content.tenant, name: 'Overschreven' } },
      ifMatch,
    });
    expect(res.status).toBe(428);
    expect(await res.json()).toEqual({ error: { code: 'precondition_required', message: expect.stringContaining('ETag') } });
    expect((await getDraft()).etag).toBe(etag);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a weak ETag with 412: If-Match compares strongly', async () => {
    const { etag, content } = await getDraft();
    const res = await adminFetch(DRAFT, { method: 'PUT', json: content, ifMatch: `W/${etag}` });
    expect(res.status).toBe(412);
  });

  it('lets only one of two saves from the same ETag win, and audits only that one', async () => {
    const { etag, content } = await getDraft();
    const auditBefore = await auditCount();
    const saves = await Promise.all(
      ['sociaal-loket', 'werk-inkomen'].map((counter) =>
        adminFetch(DRAFT, {
          method: 'PUT',
          ifMatch: etag,
          json: { ...content, topics: content.topics.map((topic) => (topic.id === 'bijstand' ? { ...topic, counter } : topic)) },
        }),
      ),
    );
    expect(saves.map((res) => res.status).sort()).toEqual([200, 412]);
    expect(await auditCount()).toBe(auditBefore + 1);
  });

  it('refuses invalid content with 422 and every issue by path, and changes nothing', async () => {
    const before = await getDraft();
    const broken = structuredClone(before.content);
    broken.counters = [];
    const [location] = broken.locations;
    if (location) location.address.postalCode = '1234';
    const res = await adminFetch(DRAFT, { method: 'PUT', json: broken, ifMatch: before.etag });
    expect(res.status).toBe(422);
    const body = await res.json<{ error: { code: string; issues: { path: string }[] } }>();
    expect(body.error.code).toBe('invalid_content');
    expect(body.error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['counters', 'locations.0.address.postalCode']));
    expect(await getDraft()).toEqual(before);
  });

  it('answers every issue that the content schema finds, with its Dutch message, in one 422 invalid_content', async () => {
    const before = await getDraft();
    const { locations: _left, ...rest } = before.content;
    const broken = { ...rest, counters: [], topics: [{ ...before.content.topics[0], id: 'Geen Id!', keywords: 'schulden' }] };
    const expected = parseContent(broken);
    if (expected.ok) throw new Error('The test content should be invalid.');
    expect(expected.issues.length).toBeGreaterThanOrEqual(4);

    const res = await adminFetch(DRAFT, { method: 'PUT', json: broken, ifMatch: before.etag });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'invalid_content', message: expect.any(String), issues: expected.issues } });
    expect(expected.issues.find((issue) => issue.path === 'locations')?.message).toMatch(/^Ongeldige invoer/);
    expect(await getDraft()).toEqual(before);
  });

  it('asks for If-Match (428) before it looks at an invalid body', async () => {
    const res = await adminFetch(DRAFT, { method: 'PUT', json: { tenant: 'kapot' } });
    expect(res.status).toBe(428);
    expect(await errorCode(res)).toBe('precondition_required');
  });

  it('refuses content that names another tenant with 422 at tenant.id', async () => {
    const { etag, content } = await getDraft();
    const res = await adminFetch(DRAFT, {
      method: 'PUT',
      json: { ...content, tenant: { ...content.tenant, id: 'andere-stad' } },
      ifMatch: etag,
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_content', issues: [{ path: 'tenant.id' }] } });
  });

  it('returns 400 for a body that is not JSON and 415 for another media type', async () => {
    const { etag } = await getDraft();
    const headers = { 'Content-Type': 'application/json' };
    const broken = await adminFetch(DRAFT, { method: 'PUT', body: '{"tenant":', headers, ifMatch: etag });
    expect(broken.status).toBe(400);
    expect(await errorCode(broken)).toBe('invalid_request');
    const text = await adminFetch(DRAFT, { method: 'PUT', body: 'tenant=x', headers: { 'Content-Type': 'text/plain' }, ifMatch: etag });
    expect(text.status).toBe(415);
  });

  it('returns 413 payload_too_large for a body over 1 MB', async () => {
    const { etag, content } = await getDraft();
    const res = await adminFetch(DRAFT, { method: 'PUT', json: { ...content, about: 'x'.repeat(1024 * 1024) }, ifMatch: etag });
    expect(res.status).toBe(413);
    expect(await errorCode(res)).toBe('payload_too_large');
  });
});

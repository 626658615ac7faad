/**
 * Writes from another website only when the tenant lists its origin in the published
 * `settings.allowedOrigins`; the worker's own pages and clients without an Origin always.
 * Voorbeeldstad lists https://www.voorbeeldstad.example.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchWorker } from '../support/fetch-worker';
import { A_REFERRAL, createReferral, publicFetch, TENANT } from '../support/public';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

const LISTED = 'https://www.voorbeeldstad.example';
const STRANGER = 'https://evil.example';
const OWN = 'http://loketwijzer.test';

beforeAll(async () => {
  await publish();
});

const preflight = (path: string, origin: string, method = 'POST') =>
  publicFetch(path, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method } });

describe('origins that may write', () => {
  it('records a referral from a listed site and lets it read the answer', async () => {
    const res = await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL, headers: { Origin: LISTED } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(LISTED);
    expect(res.headers.get('Vary')).toContain('Origin');
  });

  it('refuses a referral from an unlisted site with 403 origin_not_allowed, and stores nothing', async () => {
    const res = await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL, headers: { Origin: STRANGER } });
    expect(res.status).toBe(403);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(await res.json()).toMatchObject({ error: { code: 'origin_not_allowed', message: expect.stringContaining('Instellingen') } });
  });

  it.each([
    ['POST', `${TENANT}/signals`, { kind: 'no-match', mode: 'desk', question: 'waar is de bieb' }],
    ['GET', `${TENANT}/referrals/ABCDE-FGHJK`, undefined],
    ['PATCH', `${TENANT}/referrals/ABCDE-FGHJK`, { status: 'arrived' }],
  ])('refuses %s %s from an unlisted site', async (method, path, json) => {
    const res = await publicFetch(path, { method, json, headers: { Origin: STRANGER } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'origin_not_allowed' } });
  });

  it('treats an origin that only looks like a listed one as unlisted', async () => {
    for (const origin of [`${LISTED}/`, 'http://www.voorbeeldstad.example', `${LISTED}:8443`, 'https://voorbeeldstad.example', 'null']) {
      const res = await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL, headers: { Origin: origin } });
      expect(res.status, origin).toBe(403);
    }
  });

  it('answers the preflight of an unlisted site without Access-Control-Allow-Origin', async () => {
    for (const [path, method] of [
      [`${TENANT}/referrals`, 'POST'],
      [`${TENANT}/signals`, 'POST'],
      [`${TENANT}/referrals/ABCDE-FGHJK`, 'PATCH'],
    ] as const) {
      const res = await preflight(path, STRANGER, method);
      expect(res.status, path).toBe(403);
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBeNull();
      expect(res.headers.get('Access-Control-Allow-Methods'), path).toBeNull();
    }
  });

  it('answers the preflight of a listed site with its origin and the methods', async () => {
    const res = await preflight(`${TENANT}/referrals/ABCDE-FGHJK`, LISTED, 'PATCH');
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(LISTED);
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it("always lets the worker's own pages write (/balie, /ontvangst)", async () => {
    const created = await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL, headers: { Origin: OWN } });
    expect(created.status).toBe(201);
    const { code } = await created.json<{ code: string }>();
    const confirmed = await publicFetch(`${TENANT}/referrals/${code}`, {
      method: 'PATCH',
      json: { status: 'arrived' },
      headers: { Origin: OWN },
    });
    expect(confirmed.status).toBe(200);
    // Same origin needs no CORS headers.
    expect(confirmed.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('lets a client without an Origin header write (curl, servers)', async () => {
    const { code } = await createReferral();
    const res = await publicFetch(`${TENANT}/referrals/${code}`);
    expect(res.status).toBe(200);
  });

  it('follows the published content: a newly listed site may write after a publish', async () => {
    const newSite = 'http://localhost:5173';
    expect((await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL, headers: { Origin: newSite } })).status).toBe(403);
    const content = voorbeeldstad();
    await publish({ ...content, settings: { allowedOrigins: [LISTED, newSite] } });
    const res = await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL, headers: { Origin: newSite } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(newSite);
  });

  it('keeps public reads open to any origin', async () => {
    for (const path of [`${TENANT}/bundle`, `${TENANT}/route?q=schulden`, `${TENANT}/hsds`, '/api/v1/openapi.json']) {
      const res = await publicFetch(path, { headers: { Origin: STRANGER } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*');
    }
  });

  it('documents 403 origin_not_allowed for every write in the OpenAPI document', async () => {
    const doc: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> } = await (
      await fetchWorker('/api/v1/openapi.json')
    ).json();
    const writes = [
      doc.paths['/api/v1/tenants/{tenant}/referrals']?.post,
      doc.paths['/api/v1/tenants/{tenant}/referrals/{code}']?.get,
      doc.paths['/api/v1/tenants/{tenant}/referrals/{code}']?.patch,
      doc.paths['/api/v1/tenants/{tenant}/signals']?.post,
    ];
    for (const operation of writes) expect(operation?.responses).toHaveProperty('403');
  });
});

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminFetch } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { A_REFERRAL, confirm, createReferral, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

describe('privacy of referrals and signals', () => {
  it('sets no cookie in any answer of the flow, success or error', async () => {
    const { code } = await createReferral();
    const answers = [
      await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL }),
      await publicFetch(`${TENANT}/referrals`, { json: { ...A_REFERRAL, note: 'bsn 111222333' } }),
      await publicFetch(`${TENANT}/referrals`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'POST' },
      }),
      await publicFetch(`${TENANT}/referrals/${code}`),
      await publicFetch(`${TENANT}/referrals/ABCDE-FGHJK`),
      await confirm(code, { status: 'arrived' }),
      await publicFetch(`${TENANT}/signals`, { json: { kind: 'unanswered', mode: 'resident', question: 'hond' } }),
      await adminFetch(`${TENANT}/stats`),
      await adminFetch(`${TENANT}/stats.csv`),
      await fetchWorker(`${TENANT}/stats`),
      await fetchWorker('/api/v1/openapi.json'),
    ];
    for (const res of answers) expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('does not echo the client address or the user agent anywhere in the stored record', async () => {
    const res = await publicFetch(`${TENANT}/referrals`, {
      json: A_REFERRAL,
      ip: '203.0.113.77',
      headers: { 'User-Agent': 'Balie-PC-17 Firefox' },
    });
    expect(res.status).toBe(201);
    const { results } = await env.DB.prepare('SELECT * FROM referrals').all();
    const stored = JSON.stringify(results);
    expect(stored).not.toContain('203.0.113.77');
    expect(stored).not.toContain('Balie-PC-17');
  });
});

describe('the OpenAPI document', () => {
  it('describes the referral, signal and figures endpoints', async () => {
    const doc: { paths: Record<string, Record<string, unknown>> } = await (await fetchWorker('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths['/api/v1/tenants/{tenant}/referrals'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/v1/tenants/{tenant}/referrals/{code}'] ?? {}).sort()).toEqual(['get', 'patch']);
    expect(Object.keys(doc.paths['/api/v1/tenants/{tenant}/signals'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/v1/tenants/{tenant}/stats'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/v1/tenants/{tenant}/stats.csv'] ?? {})).toEqual(['get']);
  });
});

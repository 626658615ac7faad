/**
 * AUTH_FAILURE_LIMITER (wrangler.toml): 10 failed sign-ins a minute per client address. Then the
 * client gets 429 for the period, even with the right token; sign-ins that work never count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, adminFetch, adminToken, errorCode } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { publish } from '../support/voorbeeldstad';

const FAILURES_ALLOWED = 10;

beforeAll(async () => {
  await publish();
});

const asClient = (ip: string, token: string) => adminFetch(`${ADMIN}/session`, { token, headers: { 'CF-Connecting-IP': ip } });

describe('failed admin sign-ins', () => {
  it('answers 401 for the first wrong tokens, then 429 with Retry-After', async () => {
    const ip = '2001:db8:guess::1';
    for (let i = 0; i < FAILURES_ALLOWED; i++) expect((await asClient(ip, `wrong-${i}`)).status).toBe(401);
    const blocked = await asClient(ip, 'wrong-again');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('60');
    expect(await errorCode(blocked)).toBe('too_many_requests');
  });

  it('refuses even the right token once the client is blocked', async () => {
    const ip = '2001:db8:guess::2';
    for (let i = 0; i <= FAILURES_ALLOWED; i++) await asClient(ip, `wrong-${i}`);
    const res = await asClient(ip, adminToken());
    expect(res.status).toBe(429);
    expect(await errorCode(res)).toBe('too_many_requests');
  });

  it('does not hold up another client', async () => {
    for (let i = 0; i <= FAILURES_ALLOWED; i++) await asClient('2001:db8:guess::3', `wrong-${i}`);
    expect((await asClient('2001:db8:other::1', adminToken())).status).toBe(200);
  });

  it('counts only failures: many good sign-ins never block', async () => {
    const ip = '2001:db8:busy-admin::1';
    for (let i = 0; i < FAILURES_ALLOWED * 2; i++) expect((await asClient(ip, adminToken())).status).toBe(200);
    expect((await asClient(ip, 'one-typo')).status).toBe(401);
    expect((await asClient(ip, adminToken())).status).toBe(200);
  });

  it('does not count a request without credentials', async () => {
    const ip = '2001:db8:visitor::1';
    for (let i = 0; i <= FAILURES_ALLOWED; i++) {
      const res = await fetchWorker(`${ADMIN}/session`, { headers: { 'CF-Connecting-IP': ip } });
      expect(res.status).toBe(401);
    }
    expect((await asClient(ip, adminToken())).status).toBe(200);
  });
});

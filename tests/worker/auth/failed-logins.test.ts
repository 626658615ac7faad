/**
 * AUTH_FAILURE_LIMITER (wrangler.toml): 10 failed sign-ins a minute per client (IPv4 address or
 * IPv6 /64) and tenant. Then further failures get 429 for the period; a right token always
 * signs in, and sign-ins that work never count.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminFetch, adminToken, createToken, errorCode } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { freshRateWindow, RATE_TEST_TIMEOUT_MS, RATE_WINDOW_HOOK_TIMEOUT_MS } from '../support/rate-window';
import { publish, publishAs } from '../support/voorbeeldstad';

const FAILURES_ALLOWED = 10;
const TENANT = 'voorbeeldstad';
const OTHER_TENANT = 'oosterwolde';

beforeAll(async () => {
  await publish();
  await publishAs(OTHER_TENANT);
});

beforeEach(() => freshRateWindow(), RATE_WINDOW_HOOK_TIMEOUT_MS);

const asClient = (ip: string, token: string, tenant = TENANT) =>
  adminFetch(`/api/v1/tenants/${tenant}/session`, { token, headers: { 'CF-Connecting-IP': ip } });

async function failElevenTimes(ip: string, tenant = TENANT): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i <= FAILURES_ALLOWED; i++) seen.push((await asClient(ip, `wrong-${i}`, tenant)).status);
  return seen;
}

describe('failed admin sign-ins', { timeout: RATE_TEST_TIMEOUT_MS }, () => {
  it('answers 401 for the first wrong tokens, then 429 with Retry-After', async () => {
    const seen = await failElevenTimes('2001:db8:1::1');
    expect(seen).toEqual([...Array(FAILURES_ALLOWED).fill(401), 429]);
    const blocked = await asClient('2001:db8:1::1', 'wrong-again');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('60');
    expect(await errorCode(blocked)).toBe('too_many_requests');
  });

  it('lets a correct token sign in from an address that just failed eleven times, on the same and on another tenant', async () => {
    const ip = '2001:db8:2::1';
    expect(await failElevenTimes(ip)).toContain(429);
    expect((await asClient(ip, adminToken())).status).toBe(200);
    expect((await asClient(ip, await createToken('viewer'))).status).toBe(200);
    expect((await asClient(ip, adminToken(), OTHER_TENANT)).status).toBe(200);
    expect((await asClient(ip, await createToken('viewer', { tenant: OTHER_TENANT }), OTHER_TENANT)).status).toBe(200);
  });

  it('counts per tenant: failures on one tenant do not block failures on another', async () => {
    const ip = '2001:db8:3::1';
    expect(await failElevenTimes(ip)).toContain(429);
    expect((await asClient(ip, 'one-typo', OTHER_TENANT)).status).toBe(401);
  });

  it('counts every address of one IPv6 /64 as one client', async () => {
    for (let i = 0; i < FAILURES_ALLOWED; i++) expect((await asClient(`2001:db8:4::${i + 1}`, `wrong-${i}`)).status).toBe(401);
    expect((await asClient('2001:db8:4::ffff', 'wrong')).status).toBe(429);
    expect((await asClient('2001:db8:5::1', 'wrong')).status).toBe(401);
  });

  it('does not count attempts on a tenant that does not exist against a real one', async () => {
    const ip = '2001:db8:6::1';
    const onMadeUpTenants: number[] = [];
    for (let i = 0; i <= FAILURES_ALLOWED; i++) onMadeUpTenants.push((await asClient(ip, 'wrong', `verzonnen-${i}`)).status);
    // Made-up tenants share one bucket per client, so they cannot be spread over names either.
    expect(onMadeUpTenants).toEqual([...Array(FAILURES_ALLOWED).fill(401), 429]);
    expect((await asClient(ip, 'one-typo')).status).toBe(401);
  });

  it('answers 403 other_tenant, not a failure, to a valid token on the wrong tenant', async () => {
    const ip = '2001:db8:7::1';
    const token = await createToken('publisher', { tenant: OTHER_TENANT });
    for (let i = 0; i <= FAILURES_ALLOWED; i++) {
      const res = await asClient(ip, token);
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe('other_tenant');
    }
    expect((await asClient(ip, 'one-typo')).status).toBe(401);
  });

  it('counts only failures: many good sign-ins never block', async () => {
    const ip = '2001:db8:8::1';
    for (let i = 0; i < FAILURES_ALLOWED * 2; i++) expect((await asClient(ip, adminToken())).status).toBe(200);
    expect((await asClient(ip, 'one-typo')).status).toBe(401);
    expect((await asClient(ip, adminToken())).status).toBe(200);
  });

  it('does not count a request without credentials', async () => {
    const ip = '2001:db8:9::1';
    for (let i = 0; i <= FAILURES_ALLOWED; i++) {
      const res = await fetchWorker(`/api/v1/tenants/${TENANT}/session`, { headers: { 'CF-Connecting-IP': ip } });
      expect(res.status).toBe(401);
    }
    expect((await asClient(ip, 'one-typo')).status).toBe(401);
  });
});

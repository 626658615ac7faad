/**
 * wrangler.toml: per client (an IPv4 address or IPv6 /64) over all tenants, WRITE_RATE_LIMITER
 * allows 60 writes a minute, ORIGINLESS_WRITE_LIMITER 10 of them without an Origin header, and
 * CODE_RATE_LIMITER 30 code look-ups and confirmations.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { A_REFERRAL, createReferral, publicFetch, TENANT } from '../support/public';
import { freshRateWindow, RATE_TEST_TIMEOUT_MS, RATE_WINDOW_HOOK_TIMEOUT_MS } from '../support/rate-window';
import { publish, publishAs } from '../support/voorbeeldstad';

const OTHER_TENANT = '/api/v1/tenants/oosterwolde';
/** The worker's own pages (/balie) send this Origin, as a listed site sends its own. */
const OWN_PAGE = { Origin: 'http://loketwijzer.test' };
const WRITES_PER_MINUTE = 60;
const ORIGINLESS_WRITES_PER_MINUTE = 10;

beforeAll(async () => {
  await publish();
  await publishAs('oosterwolde');
});

beforeEach(() => freshRateWindow(), RATE_WINDOW_HOOK_TIMEOUT_MS);

async function statuses(count: number, request: (i: number) => Promise<Response>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await request(i)).status);
  return seen;
}

/** A signal the tenant accepts (202) unless a limit refuses it. */
const signal = (tenantPath: string, ip: string, headers: Record<string, string> = OWN_PAGE) =>
  publicFetch(`${tenantPath}/signals`, { ip, headers, json: { kind: 'unanswered', mode: 'resident', question: 'waar kan ik vissen' } });

describe('brute force on referral codes', { timeout: RATE_TEST_TIMEOUT_MS }, () => {
  it('answers 429 too_many_requests with Retry-After once one client guesses too many codes', async () => {
    const ip = '2001:db8:bad::1';
    const seen = await statuses(30, () => publicFetch(`${TENANT}/referrals/ABCDE-FGHJK`, { ip }));
    expect(seen).toEqual(Array(seen.length).fill(404));
    const blocked = await publicFetch(`${TENANT}/referrals/ABCDE-FGHJK`, { ip });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('60');
    expect(await blocked.json()).toMatchObject({ error: { code: 'too_many_requests' } });

    // PATCH counts in the same bucket, and even a right code is refused while it is full.
    const { code } = await createReferral();
    const patch = await publicFetch(`${TENANT}/referrals/${code}`, { ip, method: 'PATCH', headers: OWN_PAGE, json: { status: 'arrived' } });
    expect(patch.status).toBe(429);
  });

  it('keeps counting per client: another client is not held up', async () => {
    const { code } = await createReferral();
    const res = await publicFetch(`${TENANT}/referrals/${code}`, { ip: '2001:db8:900d::1' });
    expect(res.status).toBe(200);
  });

  it('counts code guesses on every tenant in one budget', async () => {
    const ip = '2001:db8:bad2::1';
    await statuses(30, () => publicFetch(`${TENANT}/referrals/ABCDE-FGHJK`, { ip }));
    expect((await publicFetch(`${OTHER_TENANT}/referrals/ABCDE-FGHJK`, { ip })).status).toBe(429);
  });
});

describe('writes per client, over all tenants', { timeout: RATE_TEST_TIMEOUT_MS }, () => {
  it('throttles recording referrals per client', async () => {
    const ip = '2001:db8:b005::1';
    const seen = await statuses(61, () =>
      publicFetch(`${TENANT}/referrals`, { ip, headers: OWN_PAGE, json: { ...A_REFERRAL, topicId: 'onbekend' } }),
    );
    expect(seen.slice(0, 60)).toEqual(Array(60).fill(422));
    expect(seen[60]).toBe(429);
  });

  it('answers 429 on a second tenant after 61 writes to the first', async () => {
    const ip = '203.0.113.7';
    const seen = await statuses(WRITES_PER_MINUTE + 1, () => signal(TENANT, ip));
    expect(seen.slice(0, WRITES_PER_MINUTE)).toEqual(Array(WRITES_PER_MINUTE).fill(202));
    expect(seen[WRITES_PER_MINUTE]).toBe(429);

    const other = await signal(OTHER_TENANT, ip);
    expect(other.status).toBe(429);
    expect(other.headers.get('Retry-After')).toBe('60');
    expect(await other.json()).toMatchObject({ error: { code: 'too_many_requests' } });
    // Another client writes to that tenant as usual.
    expect((await signal(OTHER_TENANT, '203.0.113.8')).status).toBe(202);
  });

  it('counts every address of one IPv6 /64 as one client', async () => {
    const seen = await statuses(WRITES_PER_MINUTE, (i) => signal(TENANT, `2001:db8:64:1:${(i + 1).toString(16)}::1`));
    expect(seen).toEqual(Array(seen.length).fill(202));
    expect((await signal(OTHER_TENANT, '2001:db8:64:1:ffff:ffff:ffff:ffff')).status).toBe(429);
    expect((await signal(TENANT, '2001:DB8:64:1::abcd')).status).toBe(429);
    // The neighbouring /64 is another client.
    expect((await signal(TENANT, '2001:db8:64:2::1')).status).toBe(202);
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', async () => {
    await statuses(WRITES_PER_MINUTE, () => signal(TENANT, '198.51.100.9'));
    expect((await signal(TENANT, '::ffff:198.51.100.9')).status).toBe(429);
  });

  it('gives writes without an Origin header a much smaller budget, hit first', async () => {
    const ip = '2001:db8:5c1::1';
    const seen = await statuses(ORIGINLESS_WRITES_PER_MINUTE + 1, () => signal(TENANT, ip, {}));
    expect(seen.slice(0, ORIGINLESS_WRITES_PER_MINUTE)).toEqual(Array(ORIGINLESS_WRITES_PER_MINUTE).fill(202));
    expect(seen[ORIGINLESS_WRITES_PER_MINUTE]).toBe(429);
    // Also on another tenant, and for referrals.
    expect((await signal(OTHER_TENANT, ip, {})).status).toBe(429);
    expect((await publicFetch(`${OTHER_TENANT}/referrals`, { ip, json: A_REFERRAL })).status).toBe(429);
    // The same client from a page with an Origin still has the rest of the shared budget.
    expect((await signal(TENANT, ip)).status).toBe(202);
  });

  it('does not put a same-origin code look-up (a browser sends no Origin with a GET) in the small budget', async () => {
    const ip = '2001:db8:de5c::1';
    const seen = await statuses(ORIGINLESS_WRITES_PER_MINUTE + 5, () => publicFetch(`${TENANT}/referrals/ABCDE-FGHJK`, { ip }));
    expect(seen).toEqual(Array(seen.length).fill(404));
  });
});

describe('reads', { timeout: RATE_TEST_TIMEOUT_MS }, () => {
  it('leaves /route, /bundle and /hsds unthrottled for ordinary use', async () => {
    const ip = '203.0.113.99';
    for (const path of ['/route?q=paspoort', '/bundle', '/hsds', '/hsds/services']) {
      const seen = await statuses(WRITES_PER_MINUTE + 5, () => publicFetch(`${TENANT}${path}`, { ip }));
      expect([path, ...seen]).toEqual([path, ...Array(seen.length).fill(200)]);
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { A_REFERRAL, createReferral, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

/** wrangler.toml: CODE_RATE_LIMITER allows 30 and WRITE_RATE_LIMITER 60 requests a minute per client. */
async function statuses(count: number, request: () => Promise<Response>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await request()).status);
  return seen;
}

describe('brute force on referral codes', () => {
  it('answers 429 too_many_requests with Retry-After once one client guesses too many codes', async () => {
    const ip = '2001:db8:bad::1';
    const seen = await statuses(30, () => publicFetch(`${TENANT}/referrals/ABCDE-FGHJK`, { ip }));
    expect(seen.every((status) => status === 404)).toBe(true);
    const blocked = await publicFetch(`${TENANT}/referrals/ABCDE-FGHJK`, { ip });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('60');
    expect(await blocked.json()).toMatchObject({ error: { code: 'too_many_requests' } });

    // PATCH counts in the same bucket, and even a right code is refused while it is full.
    const { code } = await createReferral();
    const patch = await publicFetch(`${TENANT}/referrals/${code}`, { ip, method: 'PATCH', json: { status: 'arrived' } });
    expect(patch.status).toBe(429);
  });

  it('keeps counting per client: another client is not held up', async () => {
    const { code } = await createReferral();
    const res = await publicFetch(`${TENANT}/referrals/${code}`, { ip: '2001:db8:good::1' });
    expect(res.status).toBe(200);
  });

  it('throttles recording referrals per client too', async () => {
    const ip = '2001:db8:busy::1';
    const seen = await statuses(61, () => publicFetch(`${TENANT}/referrals`, { ip, json: { ...A_REFERRAL, topicId: 'onbekend' } }));
    expect(seen.slice(0, 60).every((status) => status === 422)).toBe(true);
    expect(seen[60]).toBe(429);
  });
});

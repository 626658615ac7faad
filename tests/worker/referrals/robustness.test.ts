import { beforeAll, describe, expect, it } from 'vitest';
import { adminFetch } from '../support/admin';
import { A_REFERRAL, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

const LONE_SURROGATE = 'vraag \ud800 over \udfff toeslag';

describe('odd input on the referral and signal endpoints', () => {
  it('takes a note and a question with lone surrogates without a 5xx', async () => {
    const referral = await publicFetch(`${TENANT}/referrals`, { json: { ...A_REFERRAL, note: LONE_SURROGATE } });
    expect(referral.status).toBe(201);
    const signal = await publicFetch(`${TENANT}/signals`, { json: { kind: 'unanswered', mode: 'desk', question: LONE_SURROGATE } });
    expect(signal.status).toBe(202);
  });

  it.each(['%F0%9F%98%80', 'a'.repeat(41), '..', '%20%20', 'K7M2X%00R9PQZ'])('answers a 4xx for the code path "%s"', async (code) => {
    const res = await publicFetch(`${TENANT}/referrals/${code}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it.each([null, [], 'text', 42, { topicId: 1 }, { ...A_REFERRAL, signalIds: 'anders' }, { ...A_REFERRAL, digitalHelp: 'ja' }])(
    'answers 400 for the body %j',
    async (json) => {
      const res = await publicFetch(`${TENANT}/referrals`, { json });
      expect(res.status).toBe(400);
    },
  );

  it('answers 400 for a body that is not JSON', async () => {
    const res = await publicFetch(`${TENANT}/referrals`, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
  });

  it('sums a range that holds the summer time change', async () => {
    const res = await adminFetch(`${TENANT}/stats?from=2026-03-01&to=2026-10-31`);
    expect(res.status).toBe(200);
  });
});

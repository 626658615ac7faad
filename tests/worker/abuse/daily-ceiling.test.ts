/**
 * The daily ceiling per tenant (worker/abuse/daily-ceiling.ts): past it, signals and referrals
 * are refused politely until midnight, and the tenant's figures name the day.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../../core/referrals/amsterdam-calendar';
import { DAILY_CEILINGS } from '../../../worker/abuse/daily-ceiling';
import type { WriteKind } from '../../../worker/storage/daily-writes';
import { ADMIN, adminFetch } from '../support/admin';
import { A_REFERRAL, publicFetch, TENANT } from '../support/public';
import { publish, publishAs } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
  await publishAs('oosterwolde');
});

/** Sets today's count of `kind` for a tenant, as if that many writes had arrived from many clients. */
async function alreadyToday(tenantId: string, kind: WriteKind, count: number): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO daily_writes (tenant_id, day, kind, count) VALUES (?1, ?2, ?3, ?4)
     ON CONFLICT (tenant_id, day, kind) DO UPDATE SET count = excluded.count`,
  )
    .bind(tenantId, amsterdamDate(new Date()), kind, count)
    .run();
}

const signal = (tenantPath = TENANT) =>
  publicFetch(`${tenantPath}/signals`, { json: { kind: 'unanswered', mode: 'resident', question: 'waar kan ik vissen' } });

const storedSignals = async (tenantId: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM signals WHERE tenant_id = ?1').bind(tenantId).first<number>('n')) ?? 0;

interface Figures {
  ceilingsReached: { date: string; kind: string; ceiling: number }[];
}
const figures = async (tenantPath = ADMIN): Promise<Figures> => (await adminFetch(`${tenantPath}/stats`)).json();

describe('the daily ceiling per tenant', () => {
  it('counts every stored signal of the day', async () => {
    const before = await storedSignals('oosterwolde');
    expect((await signal('/api/v1/tenants/oosterwolde')).status).toBe(202);
    const count = await env.DB.prepare("SELECT count FROM daily_writes WHERE tenant_id = 'oosterwolde' AND kind = 'signal'").first<number>(
      'count',
    );
    expect(count).toBe(1);
    expect(await storedSignals('oosterwolde')).toBe(before + 1);
  });

  it('refuses signals past the ceiling with a polite 429 until midnight, and stores nothing', async () => {
    await alreadyToday('voorbeeldstad', 'signal', DAILY_CEILINGS.signal - 1);
    expect((await signal()).status).toBe(202);
    const stored = await storedSignals('voorbeeldstad');

    const refused = await signal();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(25 * 3600);
    expect(await refused.json()).toEqual({ error: { code: 'daily_limit_reached', message: expect.stringContaining('morgen') } });
    expect(await storedSignals('voorbeeldstad')).toBe(stored);
    // Another tenant has its own ceiling.
    expect((await signal('/api/v1/tenants/oosterwolde')).status).toBe(202);
  });

  it('puts a notice in the figures of the tenant past its ceiling, and only there', async () => {
    await alreadyToday('voorbeeldstad', 'signal', DAILY_CEILINGS.signal);
    await signal();
    const { ceilingsReached } = await figures();
    expect(ceilingsReached).toEqual([{ date: amsterdamDate(new Date()), kind: 'signal', ceiling: DAILY_CEILINGS.signal }]);
    expect((await figures('/api/v1/tenants/oosterwolde')).ceilingsReached).toEqual([]);
  });

  it('refuses referrals past their ceiling too', async () => {
    await alreadyToday('oosterwolde', 'referral', DAILY_CEILINGS.referral);
    const res = await publicFetch('/api/v1/tenants/oosterwolde/referrals', { json: A_REFERRAL });
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: { code: 'daily_limit_reached' } });
    expect((await figures('/api/v1/tenants/oosterwolde')).ceilingsReached).toContainEqual(
      expect.objectContaining({ kind: 'referral', ceiling: DAILY_CEILINGS.referral }),
    );
  });

  it('does not count writes that are refused as invalid', async () => {
    await alreadyToday('oosterwolde', 'signal', 0);
    const invalid = await publicFetch('/api/v1/tenants/oosterwolde/signals', { json: { kind: 'unanswered', topicIds: ['bestaat-niet'] } });
    expect(invalid.status).toBeGreaterThanOrEqual(400);
    const count = await env.DB.prepare("SELECT count FROM daily_writes WHERE tenant_id = 'oosterwolde' AND kind = 'signal'").first<number>(
      'count',
    );
    expect(count).toBe(0);
  });
});

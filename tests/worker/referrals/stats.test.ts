import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseCode } from '../../../core/referrals/referral-code';
import { sha256Hex } from '../../../worker/auth/token-hash';
import { adminFetch, createToken } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';
import { confirm, createReferral, publicFetch, TENANT, type ReferralInput } from '../support/public';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

/** Friday 27 November 2026, 10:00 in Amsterdam. */
const FRIDAY = '2026-11-27T09:00:00Z';
/** Sunday 22 November 23:00 in Amsterdam: still week 47. */
const SUNDAY_LATE = '2026-11-22T22:00:00Z';
/** Monday 23 November 00:00 in Amsterdam: week 48. */
const MONDAY_MIDNIGHT = '2026-11-22T23:00:00Z';

type Day = [input: Omit<ReferralInput, 'note'>, outcome: { status: string; betterCounterId?: string } | null, hour: string];

/** A day at three desks: 10 referrals, 4 confirmed, 2 not-for-us and 1 referred-on with better counters. */
const SCRIPT: Day[] = [
  [
    { topicId: 'digid-aanvragen', counterId: 'ido', sourceDeskId: 'algemene-balie', digitalHelp: true, signalIds: ['digid-probleem'] },
    { status: 'arrived' },
    FRIDAY,
  ],
  [
    { topicId: 'digid-activeren', counterId: 'ido', sourceDeskId: 'algemene-balie', digitalHelp: true, signalIds: ['digid-probleem'] },
    { status: 'helped' },
    FRIDAY,
  ],
  [
    { topicId: 'schulden', counterId: 'sociaal-loket', sourceDeskId: 'algemene-balie', signalIds: ['brief-onduidelijk'] },
    { status: 'not-for-us', betterCounterId: 'werk-inkomen' },
    FRIDAY,
  ],
  [{ topicId: 'bijstand', counterId: 'werk-inkomen', sourceDeskId: 'algemene-balie' }, null, FRIDAY],
  [
    {
      topicId: 'toeslag-aanvragen',
      counterId: 'ido',
      sourceDeskId: 'klantcontactcentrum',
      digitalHelp: true,
      signalIds: ['website-onduidelijk'],
    },
    { status: 'helped' },
    FRIDAY,
  ],
  [{ topicId: 'paspoort-id-kaart', counterId: 'burgerzaken', sourceDeskId: 'klantcontactcentrum' }, { status: 'arrived' }, FRIDAY],
  [
    { topicId: 'wmo-hulp-thuis', counterId: 'sociaal-loket', sourceDeskId: 'klantcontactcentrum' },
    { status: 'not-for-us', betterCounterId: 'ido' },
    FRIDAY,
  ],
  [
    {
      topicId: 'schulden',
      counterId: 'sociaal-loket',
      sourceDeskId: 'sociaal-loket',
      signalIds: ['brief-onduidelijk', 'doorverwezen-zonder-hulp'],
    },
    { status: 'referred-on', betterCounterId: 'werk-inkomen' },
    FRIDAY,
  ],
  [{ topicId: 'kwijtschelding', counterId: 'belastingen-gemeente', sourceDeskId: 'sociaal-loket' }, null, MONDAY_MIDNIGHT],
  [{ topicId: 'online-formulier', counterId: 'ido', sourceDeskId: 'sociaal-loket', digitalHelp: true }, null, SUNDAY_LATE],
];

const SIGNALS = [
  { kind: 'unanswered', question: 'Waar kan ik mijn hond aanmelden?', mode: 'resident' },
  { kind: 'unanswered', question: 'waar kan ik  mijn hond aanmelden? ', mode: 'desk' },
  { kind: 'unanswered', question: 'mijn bsn is 111222333, wat nu', mode: 'desk' },
  { kind: 'unanswered', mode: 'resident' },
  { kind: 'clarify-abandoned', question: 'parkeren', mode: 'resident', topicIds: ['parkeervergunning'] },
  { kind: 'category', signalIds: ['digid-probleem', 'anders'], sourceDeskId: 'klantcontactcentrum' },
];

const RANGE = '?from=2026-11-16&to=2026-11-27';

async function setHour(table: 'referrals' | 'signals', hour: string, codeHash?: string): Promise<void> {
  const where = codeHash === undefined ? '' : ' WHERE code_hash = ?2';
  const statement = env.DB.prepare(`UPDATE ${table} SET created_at = ?1${table === 'referrals' ? ', status_updated_at = ?1' : ''}${where}`);
  await (codeHash === undefined ? statement.bind(hour) : statement.bind(hour, codeHash)).run();
}

const domain = (topicId: string) => voorbeeldstad().topics.find((topic) => topic.id === topicId)?.domain ?? '';

beforeAll(async () => {
  await publish();
  for (const [input, outcome, hour] of SCRIPT) {
    const { code } = await createReferral({ digitalHelp: false, signalIds: [], ...input, note: null });
    if (outcome) expect((await confirm(code, outcome)).status).toBe(200);
    await setHour('referrals', hour, await sha256Hex(normaliseCode(code) ?? ''));
  }
  for (const json of SIGNALS) expect((await publicFetch(`${TENANT}/signals`, { json })).status).toBe(202);
  await setHour('signals', FRIDAY);
  // Outside the range: a referral of the Sunday before, at 23:00 in Amsterdam.
  const { code } = await createReferral();
  await setHour('referrals', '2026-11-15T22:00:00Z', await sha256Hex(normaliseCode(code) ?? ''));
});

describe('GET /api/v1/tenants/{tenant}/stats after a scripted day', () => {
  it('counts the referrals per counter, topic, desk, Amsterdam week and status', async () => {
    const res = await adminFetch(`${TENANT}/stats${RANGE}`, { token: await createToken('viewer') });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const stats = await res.json();
    expect(stats).toMatchObject({ from: '2026-11-16', to: '2026-11-27' });
    expect(stats).toHaveProperty('referrals', {
      total: 10,
      confirmed: 4,
      byCounter: { ido: 4, 'sociaal-loket': 3, 'werk-inkomen': 1, burgerzaken: 1, 'belastingen-gemeente': 1 },
      byTopic: {
        'digid-aanvragen': 1,
        'digid-activeren': 1,
        schulden: 2,
        bijstand: 1,
        'toeslag-aanvragen': 1,
        'paspoort-id-kaart': 1,
        'wmo-hulp-thuis': 1,
        kwijtschelding: 1,
        'online-formulier': 1,
      },
      bySourceDesk: { 'algemene-balie': 4, klantcontactcentrum: 3, 'sociaal-loket': 3 },
      byWeek: { '2026-W47': 1, '2026-W48': 9 },
      byStatus: { sent: 3, arrived: 2, helped: 2, 'referred-on': 1, 'not-for-us': 2 },
      digitalHelp: 4,
    });
  });

  it('shows the misroutes per counter pair with their share of the referrals to that counter', async () => {
    const stats: { misroutes: unknown } = await (await adminFetch(`${TENANT}/stats${RANGE}`)).json();
    expect(stats.misroutes).toEqual([
      { fromCounterId: 'sociaal-loket', toCounterId: 'werk-inkomen', notForUs: 1, referredOn: 1, total: 2, share: 0.6667 },
      { fromCounterId: 'sociaal-loket', toCounterId: 'ido', notForUs: 1, referredOn: 0, total: 1, share: 0.3333 },
    ]);
  });

  it('counts the signal categories per domain and week, from referrals and from desks alone', async () => {
    const stats: { signals: unknown } = await (await adminFetch(`${TENANT}/stats${RANGE}`)).json();
    expect(stats.signals).toEqual({
      byCategory: { 'digid-probleem': 3, 'brief-onduidelijk': 2, 'website-onduidelijk': 1, 'doorverwezen-zonder-hulp': 1, anders: 1 },
      byCategoryAndDomain: {
        [domain('digid-aanvragen')]: { 'digid-probleem': 2 },
        [domain('schulden')]: { 'brief-onduidelijk': 2, 'doorverwezen-zonder-hulp': 1 },
        [domain('toeslag-aanvragen')]: { 'website-onduidelijk': 1 },
        '(geen onderwerp)': { 'digid-probleem': 1, anders: 1 },
      },
      byWeekAndCategory: {
        '2026-W48': { 'digid-probleem': 3, 'brief-onduidelijk': 2, 'website-onduidelijk': 1, 'doorverwezen-zonder-hulp': 1, anders: 1 },
      },
      byKind: { unanswered: 4, 'clarify-abandoned': 1, category: 1 },
    });
  });

  it('lists the unanswered questions reduced, counting questions without text', async () => {
    const stats: { unanswered: unknown } = await (await adminFetch(`${TENANT}/stats${RANGE}`)).json();
    expect(stats.unanswered).toEqual([
      { question: 'waar kan ik mijn hond aanmelden?', count: 2 },
      { question: '(tekst niet bewaard)', count: 1 },
      { question: 'mijn bsn is [bsn], wat nu', count: 1 },
      { question: 'parkeren', count: 1 },
    ]);
  });

  it('counts a day in Amsterdam time: the range of Monday 23 November alone holds the referral of 00:00', async () => {
    const stats: { referrals: { total: number; byTopic: unknown } } = await (
      await adminFetch(`${TENANT}/stats?from=2026-11-23&to=2026-11-23`)
    ).json();
    expect(stats.referrals.total).toBe(1);
    expect(stats.referrals.byTopic).toEqual({ kwijtschelding: 1 });
  });

  it('exports the referral counts as CSV for Excel', async () => {
    const res = await adminFetch(`${TENANT}/stats.csv${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="verwijzingen-voorbeeldstad-2026-11-16-2026-11-27.csv"');
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('week;loket_id;loket;onderwerp_id;onderwerp;balie_id;balie;status;digitale_hulp;aantal');
    expect(lines).toHaveLength(11);
    const total = lines.slice(1).reduce((sum, line) => sum + Number(line.split(';').at(-1)), 0);
    expect(total).toBe(10);
    expect(lines.some((line) => line.startsWith('2026-W47;ido;') && line.endsWith(';sent;ja;1'))).toBe(true);
  });
});

describe('GET /api/v1/tenants/{tenant}/stats: access and range', () => {
  it('answers 401 without a token, for the figures and the CSV', async () => {
    for (const path of [`${TENANT}/stats`, `${TENANT}/stats.csv`]) {
      const res = await fetchWorker(path);
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="loketwijzer"');
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('answers 403 for a token of another tenant', async () => {
    const token = await createToken('publisher', { tenant: 'andere-gemeente' });
    expect((await adminFetch(`${TENANT}/stats`, { token })).status).toBe(403);
  });

  it('covers the last 12 weeks up to today when no range is given', async () => {
    const stats: { from: string; to: string } = await (await adminFetch(`${TENANT}/stats`)).json();
    const days = (Date.parse(stats.to) - Date.parse(stats.from)) / 86_400_000;
    expect(days).toBe(83);
  });

  it.each([
    ['to before from', '?from=2026-11-27&to=2026-11-01', 'invalid_date_range'],
    ['a range over 2 years', '?from=2024-01-01&to=2026-01-02', 'invalid_date_range'],
    ['a malformed date', '?from=27-11-2026', 'invalid_request'],
    ['a date that does not exist', '?from=2026-02-30&to=2026-03-01', 'invalid_request'],
    ['a date before 2000', '?from=1900-01-01&to=1900-01-02', 'invalid_request'],
    ['an empty date', '?from=', 'invalid_request'],
    ['a date with a month 13', '?from=2026-13-01', 'invalid_request'],
    ['a date at the end of time', '?to=9999-12-31', 'invalid_request'],
  ])('answers 400 for %s', async (_, query, code) => {
    const res = await adminFetch(`${TENANT}/stats${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code } });
  });

  it('accepts a range of exactly 2 years', async () => {
    expect((await adminFetch(`${TENANT}/stats?from=2024-11-27&to=2026-11-27`)).status).toBe(200);
  });
});

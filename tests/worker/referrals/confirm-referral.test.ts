import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseCode } from '../../../core/referrals/referral-code';
import { sha256Hex } from '../../../worker/auth/token-hash';
import { confirm, createReferral, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

const lookUp = (code: string) => publicFetch(`${TENANT}/referrals/${encodeURIComponent(code)}`);

/** Moves a referral's creation back, as if it was made `days` ago. */
async function backdate(code: string, days: number): Promise<void> {
  const hour = `${new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 13)}:00:00Z`;
  await env.DB.prepare('UPDATE referrals SET created_at = ?2, status_updated_at = ?2 WHERE code_hash = ?1')
    .bind(await sha256Hex(normaliseCode(code) ?? ''), hour)
    .run();
}

describe('GET /api/v1/tenants/{tenant}/referrals/{code}', () => {
  it("shows what the referral is and the referring desk's note, without its source desk", async () => {
    const created = await createReferral({ note: 'Brief van het CAK niet begrepen' });
    const res = await lookUp(created.code);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body: Record<string, unknown> = await res.json();
    expect(body).toEqual({
      code: created.code,
      topicId: 'digid-aanvragen',
      counterId: 'ido',
      digitalHelp: true,
      status: 'sent',
      betterCounterId: null,
      createdAt: expect.stringMatching(/T\d{2}:00:00Z$/),
      expiresAt: created.expiresAt,
      note: 'Brief van het CAK niet begrepen',
    });
    expect(body).not.toHaveProperty('sourceDeskId');
  });

  it('answers a null note when the desk wrote none', async () => {
    const created = await createReferral({ note: undefined });
    const body = await (await lookUp(created.code)).json<{ note: unknown }>();
    expect(body.note).toBeNull();
  });

  it('accepts the code without hyphen, in lower case and with spaces', async () => {
    const { code } = await createReferral();
    const compact = code.replace('-', '');
    for (const typed of [compact, compact.toLowerCase(), `${compact.slice(0, 3)} ${compact.slice(3, 7)} ${compact.slice(7)}`]) {
      const res = await lookUp(typed);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ code });
    }
  });

  it.each(['ABCDE-FGHJK', 'K7M2', '0O1IL-0O1IL', 'x'.repeat(40)])(
    'answers 404 referral_not_found for the unknown code %s',
    async (code) => {
      const res = await lookUp(code);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'referral_not_found' } });
    },
  );

  it('answers 404 for a code of another tenant', async () => {
    const { code } = await createReferral();
    const res = await publicFetch(`/api/v1/tenants/andere-gemeente/referrals/${code}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'referral_not_found' } });
  });

  it('answers 404 for a code that expired after 60 days, and still knows one of 59 days', async () => {
    const expired = await createReferral();
    await backdate(expired.code, 61);
    expect((await lookUp(expired.code)).status).toBe(404);
    const patch = await confirm(expired.code, { status: 'arrived' });
    expect(patch.status).toBe(404);
    expect(await patch.json()).toMatchObject({ error: { code: 'referral_not_found' } });

    const young = await createReferral();
    await backdate(young.code, 59);
    expect((await lookUp(young.code)).status).toBe(200);
  });
});

describe('PATCH /api/v1/tenants/{tenant}/referrals/{code}', () => {
  it('marks a referral arrived, then helped, with the status hour stored', async () => {
    const { code } = await createReferral();
    const arrived = await confirm(code, { status: 'arrived' });
    expect(arrived.status).toBe(200);
    expect(await arrived.json()).toMatchObject({ code, status: 'arrived', betterCounterId: null });

    const helped = await confirm(code.toLowerCase(), { status: 'helped' });
    expect(await helped.json()).toMatchObject({ code, status: 'helped' });
    expect(await (await lookUp(code)).json()).toMatchObject({ status: 'helped' });

    const row = await env.DB.prepare('SELECT status, status_updated_at FROM referrals WHERE code_hash = ?1')
      .bind(await sha256Hex(normaliseCode(code) ?? ''))
      .first<{ status: string; status_updated_at: string }>();
    expect(row?.status).toBe('helped');
    expect(row?.status_updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/);
  });

  it.each(['referred-on', 'not-for-us'])('records %s with the better counter', async (status) => {
    const { code } = await createReferral();
    const res = await confirm(code, { status, betterCounterId: 'sociaal-loket' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status, betterCounterId: 'sociaal-loket', counterId: 'ido' });
  });

  it.each([
    ['without a better counter', { status: 'not-for-us' }],
    ['with a null better counter', { status: 'referred-on', betterCounterId: null }],
    ['with the referral’s own counter', { status: 'not-for-us', betterCounterId: 'ido' }],
    ['with a counter the tenant does not have', { status: 'referred-on', betterCounterId: 'nergens' }],
    ['with a better counter for arrived', { status: 'arrived', betterCounterId: 'sociaal-loket' }],
  ])('refuses a status %s with 422 invalid_referral on betterCounterId', async (_, json) => {
    const { code } = await createReferral();
    const res = await confirm(code, json);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_referral', issues: [{ path: 'betterCounterId' }] } });
    expect(await (await lookUp(code)).json()).toMatchObject({ status: 'sent', betterCounterId: null });
  });

  it('clears the better counter when a later status says the resident was helped', async () => {
    const { code } = await createReferral();
    await confirm(code, { status: 'not-for-us', betterCounterId: 'burgerzaken' });
    const res = await confirm(code, { status: 'helped' });
    expect(await res.json()).toMatchObject({ status: 'helped', betterCounterId: null });
  });

  it('refuses an unknown status with 400 and an unknown code with 404', async () => {
    const { code } = await createReferral();
    const bad = await confirm(code, { status: 'sent' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'status' }] } });

    const unknown = await confirm('ABCDE-FGHJK', { status: 'arrived' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'referral_not_found' } });
  });

  it('answers the preflight for PATCH of a site the tenant lists', async () => {
    const { code } = await createReferral();
    const res = await publicFetch(`${TENANT}/referrals/${code}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.voorbeeldstad.example',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://www.voorbeeldstad.example');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
  });
});

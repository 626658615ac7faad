import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHour } from '../../../core/referrals/referral';
import { CODE_ALPHABET, normaliseCode } from '../../../core/referrals/referral-code';
import { sha256Hex } from '../../../worker/auth/token-hash';
import { A_REFERRAL, createReferral, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

interface ErrorAnswer {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

async function post(json: unknown): Promise<Response> {
  return publicFetch(`${TENANT}/referrals`, { json });
}

describe('POST /api/v1/tenants/{tenant}/referrals', () => {
  it('answers 201 with a grouped code, the confirmation URL and the expiry 60 days on', async () => {
    const res = await post(A_REFERRAL);
    expect(res.status).toBe(201);
    const body: { code: string; confirmUrl: string; expiresAt: string } = await res.json();
    expect(body.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{5}-[${CODE_ALPHABET}]{5}$`));
    const compact = body.code.replace('-', '');
    expect(body.confirmUrl).toBe(`http://loketwijzer.test/ontvangst?code=${compact}&tenant=voorbeeldstad`);
    expect(Date.parse(body.expiresAt) - Date.parse(toHour(new Date()))).toBeLessThanOrEqual(60 * 86_400_000);
    expect(Date.parse(body.expiresAt) - Date.parse(toHour(new Date()))).toBeGreaterThanOrEqual(60 * 86_400_000 - 3_600_000);
  });

  it('stores the record anonymously, with its times to the hour and the code only as a hash', async () => {
    const before = toHour(new Date());
    const { code } = await createReferral({ note: 'Komt dinsdag langs.', signalIds: ['digid-probleem', 'brief-onduidelijk'] });
    const after = toHour(new Date());
    const hash = await sha256Hex(normaliseCode(code) ?? '');
    const row = await env.DB.prepare('SELECT * FROM referrals WHERE code_hash = ?1').bind(hash).first<Record<string, unknown>>();
    expect(row).not.toBeNull();
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'better_counter_id',
        'code_hash',
        'counter_id',
        'created_at',
        'digital_help',
        'note',
        'reduction',
        'signal_ids',
        'source_desk_id',
        'status',
        'status_updated_at',
        'tenant_id',
        'topic_id',
      ].sort(),
    );
    expect(row).toMatchObject({
      tenant_id: 'voorbeeldstad',
      topic_id: 'digid-aanvragen',
      counter_id: 'ido',
      source_desk_id: 'algemene-balie',
      digital_help: 1,
      signal_ids: '["digid-probleem","brief-onduidelijk"]',
      note: 'Komt dinsdag langs.',
      status: 'sent',
      better_counter_id: null,
    });
    expect(row?.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/);
    expect([before, after]).toContain(row?.created_at);
    expect(row?.status_updated_at).toBe(row?.created_at);
    // The code itself appears nowhere in the row.
    expect(JSON.stringify(row)).not.toContain(normaliseCode(code));
  });

  it('stores digitalHelp false and no signals when they are left out, and an empty note as none', async () => {
    const { code } = await createReferral({ digitalHelp: undefined, signalIds: undefined, note: '   ' });
    const row = await env.DB.prepare('SELECT digital_help, signal_ids, note FROM referrals WHERE code_hash = ?1')
      .bind(await sha256Hex(normaliseCode(code) ?? ''))
      .first();
    expect(row).toEqual({ digital_help: 0, signal_ids: '[]', note: null });
  });

  it.each([
    ['topicId', { topicId: 'bestaat-niet' }],
    ['counterId', { counterId: 'nergens' }],
    ['sourceDeskId', { sourceDeskId: 'onbekende-balie' }],
    ['signalIds.1', { signalIds: ['digid-probleem', 'geen-categorie'] }],
  ])('refuses an id the published content does not have with 422 invalid_referral naming %s', async (path, change) => {
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM referrals').first<number>('n');
    const res = await post({ ...A_REFERRAL, ...change });
    expect(res.status).toBe(422);
    const body: ErrorAnswer = await res.json();
    expect(body.error.code).toBe('invalid_referral');
    expect(body.error.issues?.map((issue) => issue.path)).toEqual([path]);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM referrals').first<number>('n')).toBe(count);
  });

  it('names every unknown field at once', async () => {
    const res = await post({ ...A_REFERRAL, topicId: 'x', counterId: 'y', sourceDeskId: 'z' });
    const body: ErrorAnswer = await res.json();
    expect(body.error.issues?.map((issue) => issue.path)).toEqual(['topicId', 'counterId', 'sourceDeskId']);
  });

  it.each([
    ['een BSN', 'bsn 123 456 782', 'Er staat een BSN in de notitie. Haal het weg; een BSN mag niet worden opgeslagen.'],
    [
      'een e-mailadres',
      'mail: jan@example.nl',
      'Er staat een e-mailadres in de notitie. Haal het weg; een e-mailadres mag niet worden opgeslagen.',
    ],
    [
      'een telefoonnummer',
      'bel 06-12345678',
      'Er staat een telefoonnummer in de notitie. Haal het weg; een telefoonnummer mag niet worden opgeslagen.',
    ],
    [
      'een IBAN',
      'rekening NL91 ABNA 0417 1643 00',
      'Er staat een rekeningnummer (IBAN) in de notitie. Haal het weg; een rekeningnummer (IBAN) mag niet worden opgeslagen.',
    ],
    [
      'een postcode met huisnummer',
      'woont 1234 AB 12',
      'Er staat een adres (postcode met huisnummer) in de notitie. Haal het weg; een adres (postcode met huisnummer) mag niet worden opgeslagen.',
    ],
    [
      'een geboortedatum',
      'geboren op 12-03-1956',
      'Er staat een geboortedatum in de notitie. Haal het weg; een geboortedatum mag niet worden opgeslagen.',
    ],
  ])('refuses a note with %s with 422 personal_data, says what was found, and stores nothing', async (_, note, message) => {
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM referrals').first<number>('n');
    const res = await post({ ...A_REFERRAL, note });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'personal_data', message, issues: [{ path: 'note', message }] } });
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM referrals').first<number>('n')).toBe(count);
  });

  it('refuses a note over 280 characters and a missing field with 400 invalid_request', async () => {
    const long = await post({ ...A_REFERRAL, note: 'a'.repeat(281) });
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'note' }] } });

    const { topicId: _, ...withoutTopic } = A_REFERRAL;
    const missing = await post(withoutTopic);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'topicId' }] } });
  });

  it('answers 404 tenant_not_found for a tenant that never published', async () => {
    const res = await publicFetch('/api/v1/tenants/nergenshuizen/referrals', { json: A_REFERRAL });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'tenant_not_found' } });
  });

  it('answers the preflight of a site the tenant lists, without credentials', async () => {
    const res = await publicFetch(`${TENANT}/referrals`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.voorbeeldstad.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://www.voorbeeldstad.example');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('content-type');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it('lets a municipal site read the answer, errors and 429 included', async () => {
    const headers = { Origin: 'https://www.voorbeeldstad.example' };
    const created = await publicFetch(`${TENANT}/referrals`, { json: A_REFERRAL, headers });
    const refused = await publicFetch(`${TENANT}/referrals`, { json: { ...A_REFERRAL, note: 'bsn 111222333' }, headers });
    expect(created.headers.get('Access-Control-Allow-Origin')).toBe('https://www.voorbeeldstad.example');
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('https://www.voorbeeldstad.example');
    let last = refused;
    for (let i = 0; i < 61; i++) last = await publicFetch(`${TENANT}/referrals`, { json: {}, headers, ip: '2001:db8:cors::1' });
    expect(last.status).toBe(429);
    expect(last.headers.get('Access-Control-Allow-Origin')).toBe('https://www.voorbeeldstad.example');
    expect(last.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });

  it('returns 405 for GET on the collection', async () => {
    const res = await publicFetch(`${TENANT}/referrals`);
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST, OPTIONS');
  });
});

import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

interface SignalRow {
  kind: string;
  mode: string | null;
  question: string | null;
  topic_ids: string;
  category_ids: string;
  source_desk_id: string | null;
  created_at: string;
}

const signal = (json: unknown) => publicFetch(`${TENANT}/signals`, { json });

async function lastSignal(): Promise<SignalRow | null> {
  return env.DB.prepare(
    'SELECT kind, mode, question, topic_ids, category_ids, source_desk_id, created_at FROM signals ORDER BY id DESC LIMIT 1',
  ).first<SignalRow>();
}

describe('POST /api/v1/tenants/{tenant}/signals', () => {
  it('registers a question without an answer with its text, and answers 202 {}', async () => {
    const res = await signal({ kind: 'unanswered', question: '  Waar meld ik mijn hond aan?  ', mode: 'resident' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({});
    expect(await lastSignal()).toEqual({
      kind: 'unanswered',
      mode: 'resident',
      question: 'Waar meld ik mijn hond aan?',
      topic_ids: '[]',
      category_ids: '[]',
      source_desk_id: null,
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/),
    });
  });

  it.each([
    ['a BSN', 'mijn bsn is 111222333', 'mijn bsn is [bsn]'],
    ['an e-mail address', 'stuur het naar piet@example.nl', 'stuur het naar [e-mail]'],
    ['a phone number', 'bel mij op 0612345678', 'bel mij op [telefoon]'],
  ])('keeps a question with %s with a marker in its place: 202, never 422', async (_, question, stored) => {
    const res = await signal({ kind: 'unanswered', question, mode: 'desk' });
    expect(res.status).toBe(202);
    expect(await lastSignal()).toMatchObject({ kind: 'unanswered', mode: 'desk', question: stored });
  });

  it('registers an abandoned clarification with the topics it offered', async () => {
    const res = await signal({
      kind: 'clarify-abandoned',
      question: 'toeslag',
      mode: 'resident',
      topicIds: ['toeslag-aanvragen', 'toeslag-wijziging'],
    });
    expect(res.status).toBe(202);
    expect(await lastSignal()).toMatchObject({
      kind: 'clarify-abandoned',
      question: 'toeslag',
      topic_ids: '["toeslag-aanvragen","toeslag-wijziging"]',
    });
  });

  it('registers signal categories from a desk without a referral', async () => {
    const res = await signal({ kind: 'category', signalIds: ['brief-onduidelijk', 'digid-probleem'], sourceDeskId: 'klantcontactcentrum' });
    expect(res.status).toBe(202);
    expect(await lastSignal()).toMatchObject({
      kind: 'category',
      mode: 'desk',
      question: null,
      category_ids: '["brief-onduidelijk","digid-probleem"]',
      source_desk_id: 'klantcontactcentrum',
    });
  });

  it.each([
    ['signalIds.0', { kind: 'category', signalIds: ['geen-categorie'] }],
    ['sourceDeskId', { kind: 'category', signalIds: ['anders'], sourceDeskId: 'onbekend' }],
    ['topicIds.1', { kind: 'unanswered', mode: 'desk', topicIds: ['schulden', 'onbekend'] }],
  ])('refuses an id the published content does not have with 422 invalid_signal naming %s', async (path, json) => {
    const res = await signal(json);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_signal', issues: [{ path }] } });
  });

  it.each([
    ['an unknown kind', { kind: 'complaint', mode: 'desk' }],
    ['a question over 500 characters', { kind: 'unanswered', mode: 'desk', question: 'a'.repeat(501) }],
    ['no mode', { kind: 'unanswered', question: 'x' }],
    ['no categories', { kind: 'category', signalIds: [] }],
  ])('refuses %s with 400 invalid_request', async (_, json) => {
    const res = await signal(json);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('answers the preflight of a site the tenant lists', async () => {
    const res = await publicFetch(`${TENANT}/signals`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.voorbeeldstad.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://www.voorbeeldstad.example');
  });
});

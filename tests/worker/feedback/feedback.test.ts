import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, adminFetch, createToken, errorCode } from '../support/admin';
import { confirm, createReferral, publicFetch, TENANT } from '../support/public';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

const A_CORRECTION = {
  question: 'Ik ben mijn paspoort kwijt op vakantie',
  given: { topicId: 'digid-aanvragen', counterId: 'ido', basis: 'table' },
  expected: { counterId: 'burgerzaken', topicId: 'paspoort-id-kaart' },
  mode: 'desk',
  sourceDeskId: 'algemene-balie',
};

const report = (json: unknown) => publicFetch(`${TENANT}/feedback`, { json });

interface Item {
  id: string;
  question: string | null;
  given: unknown;
  expected: unknown;
  count: number;
  firstAt: string;
  lastAt: string;
  status: string;
  sources: string[];
  comments: string[];
  reason: string | null;
}

async function openItems(token?: string): Promise<Item[]> {
  const res = await adminFetch(`${ADMIN}/feedback?status=open`, { token });
  expect(res.status).toBe(200);
  return (await res.json<{ items: Item[] }>()).items;
}

async function reported(json: unknown): Promise<string> {
  const res = await report(json);
  expect(res.status).toBe(202);
  return (await res.json<{ id: string }>()).id;
}

describe('POST /api/v1/tenants/{tenant}/feedback', () => {
  it('answers 202 with the id of the item, and stores the question reduced (no identifier), without the desk member or client', async () => {
    const id = await reported({ ...A_CORRECTION, question: '  Mijn bsn is 111222333, paspoort kwijt op vakantie ' });
    const item = await env.DB.prepare('SELECT * FROM feedback_items WHERE id = ?1').bind(id).first<Record<string, unknown>>();
    expect(item).toMatchObject({
      question: 'Mijn bsn is [bsn], paspoort kwijt op vakantie',
      given_counter_id: 'ido',
      given_basis: 'table',
      expected_counter_id: 'burgerzaken',
      status: 'open',
    });
    const reports = await env.DB.prepare('SELECT * FROM feedback_reports WHERE item_id = ?1').bind(id).all<Record<string, unknown>>();
    expect(reports.results).toHaveLength(1);
    expect(Object.keys(reports.results[0]!).sort()).toEqual([
      'comment',
      'created_at',
      'id',
      'item_id',
      // The version of the reduction the comment went through, for the nightly rewrite.
      'reduction',
      'source',
      'source_desk_id',
      'tenant_id',
    ]);
    expect(reports.results[0]!.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/);
  });

  it('groups the same reduced question with the same given and expected answer into one item with a count', async () => {
    const question = 'waar haal ik een uittreksel';
    const given = { topicId: null, counterId: 'sociaal-loket', basis: 'fallback' };
    const first = await reported({ question, given, expected: { counterId: 'burgerzaken' }, mode: 'desk', comment: 'Dit is burgerzaken' });
    const second = await reported({
      question: 'Waar haal ik een  uittreksel',
      given,
      expected: { counterId: 'burgerzaken' },
      mode: 'resident',
    });
    const other = await reported({ question, given, expected: { counterId: 'ido' }, mode: 'desk' });
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    const item = (await openItems()).find((i) => i.id === first)!;
    expect(item).toMatchObject({
      question,
      given,
      expected: { counterId: 'burgerzaken' },
      count: 2,
      status: 'open',
      comments: ['Dit is burgerzaken'],
    });
    expect(item.sources.sort()).toEqual(['desk', 'resident']);
    expect(item.firstAt <= item.lastAt).toBe(true);
  });

  it('accepts a report without advice and without an expected answer (a resident saying "Nee")', async () => {
    await reported({ question: 'iets heel anders', given: { topicId: null, counterId: null, basis: null }, mode: 'resident' });
  });

  it('refuses unknown counter, topic and desk ids with 422 and an issue per id, storing nothing', async () => {
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM feedback_reports').first<{ n: number }>();
    const res = await report({
      ...A_CORRECTION,
      given: { topicId: 'geen-onderwerp', counterId: 'geen-loket', basis: 'table' },
      expected: { counterId: 'nergens', topicId: 'niets' },
      sourceDeskId: 'geen-balie',
    });
    expect(res.status).toBe(422);
    const body: { error: { code: string; issues: { path: string }[] } } = await res.json();
    expect(body.error.code).toBe('invalid_feedback');
    expect(body.error.issues.map((issue) => issue.path)).toEqual([
      'given.topicId',
      'given.counterId',
      'expected.counterId',
      'expected.topicId',
      'sourceDeskId',
    ]);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM feedback_reports').first<{ n: number }>()).toEqual(before);
  });

  it.each([
    ['a BSN', 'Zijn bsn is 111222333'],
    ['an e-mail address', 'mail naar piet@example.nl'],
  ])('refuses a comment with %s: 422 personal_data at comment', async (_, comment) => {
    const res = await report({ ...A_CORRECTION, comment });
    expect(res.status).toBe(422);
    const body: { error: { code: string; issues: { path: string }[] } } = await res.json();
    expect(body.error.code).toBe('personal_data');
    expect(body.error.issues[0]!.path).toBe('comment');
  });

  it('refuses a body without a question or with a wrong basis with 400', async () => {
    expect((await report({ ...A_CORRECTION, question: '' })).status).toBe(400);
    expect((await report({ ...A_CORRECTION, given: { ...A_CORRECTION.given, basis: 'guess' } })).status).toBe(400);
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await publicFetch(`${TENANT}/feedback`, { method: 'POST', headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(await errorCode(res)).toBe('invalid_request');
  });

  it('refuses another website that the tenant does not list with 403', async () => {
    const res = await publicFetch(`${TENANT}/feedback`, { json: A_CORRECTION, headers: { Origin: 'https://elders.example' } });
    expect(res.status).toBe(403);
  });
});

describe('GET and PATCH /api/v1/tenants/{tenant}/feedback', () => {
  it('needs a sign-in: 401 without a token, for the list and for a change', async () => {
    const list = await publicFetch(`${TENANT}/feedback`);
    expect(list.status).toBe(401);
    const change = await publicFetch(`${TENANT}/feedback/x`, { method: 'PATCH', json: { status: 'dismissed' } });
    expect(change.status).toBe(401);
  });

  it('lets a viewer read the queue but not act on it (403)', async () => {
    const id = await reported({ ...A_CORRECTION, question: 'vraag voor de viewer' });
    const viewer = await createToken('viewer');
    expect((await openItems(viewer)).some((item) => item.id === id)).toBe(true);
    const res = await adminFetch(`${ADMIN}/feedback/${id}`, { method: 'PATCH', token: viewer, json: { status: 'dismissed' } });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
  });

  it('answers 404 for an unknown id', async () => {
    const res = await adminFetch(`${ADMIN}/feedback/bestaat-niet`, { method: 'PATCH', json: { status: 'dismissed' } });
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('feedback_not_found');
  });

  it('accepts an item, adds its question with the expected answer to the test questions once, and logs it', async () => {
    const editor = await createToken('editor', { label: 'Redacteur Eva' });
    const id = await reported({ ...A_CORRECTION, question: 'paspoort verloren op vakantie' });
    const accept = () =>
      adminFetch(`${ADMIN}/feedback/${id}`, { method: 'PATCH', token: editor, json: { status: 'accepted', addTestQuestion: true } });
    const res = await accept();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, status: 'accepted', count: 1 });
    await accept();

    const questions = await (await adminFetch(`${ADMIN}/test-questions`)).json<{ questions: unknown[] }>();
    expect(questions.questions.filter((q) => JSON.stringify(q).includes('paspoort verloren op vakantie'))).toEqual([
      { question: 'paspoort verloren op vakantie', counterId: 'burgerzaken', topicId: 'paspoort-id-kaart' },
    ]);
    expect((await openItems()).some((item) => item.id === id)).toBe(false);
    const audit = await env.DB.prepare(
      "SELECT who, action, summary FROM audit_log WHERE action = 'feedback' ORDER BY id DESC LIMIT 1",
    ).first();
    expect(audit).toEqual({
      who: 'Redacteur Eva',
      action: 'feedback',
      summary: 'Melding aangenomen: "paspoort verloren op vakantie", toegevoegd als testvraag',
    });

    // A new report of the same group opens a new item rather than reopening the closed one.
    const again = await reported({ ...A_CORRECTION, question: 'paspoort verloren op vakantie' });
    expect(again).not.toBe(id);
  });

  it('dismisses an item with a reason, logs it, and refuses a reason with personal data', async () => {
    const id = await reported({ ...A_CORRECTION, question: 'dit klopt wel' });
    const refused = await adminFetch(`${ADMIN}/feedback/${id}`, {
      method: 'PATCH',
      json: { status: 'dismissed', reason: 'bel 0612345678' },
    });
    expect(refused.status).toBe(422);
    const res = await adminFetch(`${ADMIN}/feedback/${id}`, {
      method: 'PATCH',
      json: { status: 'dismissed', reason: 'Het advies was juist.' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'dismissed', reason: 'Het advies was juist.' });
    const dismissed = await (await adminFetch(`${ADMIN}/feedback?status=dismissed`)).json<{ items: Item[] }>();
    expect(dismissed.items.map((item) => item.id)).toContain(id);
    const audit = await env.DB.prepare("SELECT summary, note FROM audit_log WHERE action = 'feedback' ORDER BY id DESC LIMIT 1").first();
    expect(audit).toEqual({ summary: 'Melding afgewezen: "dit klopt wel"', note: 'Het advies was juist.' });
  });

  it('refuses to add an item without an expected counter as a test question (422)', async () => {
    const id = await reported({ question: 'zonder antwoord', given: { topicId: null, counterId: null, basis: null }, mode: 'resident' });
    const res = await adminFetch(`${ADMIN}/feedback/${id}`, { method: 'PATCH', json: { status: 'accepted', addTestQuestion: true } });
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('invalid_feedback');
  });

  it('puts the receiving counter’s "niet voor ons" with a better counter in the same queue', async () => {
    const { code } = await createReferral({ topicId: 'digid-aanvragen', counterId: 'ido' });
    expect((await confirm(code, { status: 'not-for-us', betterCounterId: 'burgerzaken' })).status).toBe(200);
    expect((await confirm(code, { status: 'not-for-us', betterCounterId: 'burgerzaken' })).status).toBe(200);
    const item = (await openItems()).find((i) => i.sources.includes('receiving-counter'));
    expect(item).toMatchObject({
      question: null,
      given: { topicId: 'digid-aanvragen', counterId: 'ido', basis: 'table' },
      expected: { counterId: 'burgerzaken' },
      count: 1,
    });
  });
});

describe('corrections in the figures', () => {
  it('counts per counter and week how often its advice was corrected, in /stats and stats.csv', async () => {
    const given = { topicId: 'juridisch-advies', counterId: 'juridisch-loket', basis: 'table' };
    await reported({ question: 'vraag over geld', given, expected: { counterId: 'werk-inkomen' }, mode: 'desk' });
    await reported({ question: 'andere vraag over geld', given, expected: { counterId: 'werk-inkomen' }, mode: 'desk' });
    const stats = await (
      await adminFetch(`${ADMIN}/stats`)
    ).json<{ corrections: { byCounter: Record<string, number>; byCounterAndWeek: Record<string, Record<string, number>> } }>();
    expect(stats.corrections.byCounter['juridisch-loket']).toBe(2);
    expect(Object.values(stats.corrections.byCounterAndWeek['juridisch-loket']!)).toEqual([2]);

    const csv = await (await adminFetch(`${ADMIN}/stats.csv`)).text();
    expect(csv).toMatch(/\r\n\d{4}-W\d{2};juridisch-loket;Het Juridisch Loket;;;;;advies-gecorrigeerd;;2\r\n/);
  });
});

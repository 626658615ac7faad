import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTestQuestions } from '../../../core/content/test-questions';
import { listTestQuestions, replaceTestQuestions } from '../../../worker/storage/test-questions';
import { ADMIN, adminFetch, createToken, errorCode } from '../support/admin';
import { publish } from '../support/voorbeeldstad';

const QUESTIONS = `${ADMIN}/test-questions`;

const questions = [
  { question: 'ik heb schulden', counterId: 'sociaal-loket', topicId: 'schulden' },
  { question: 'Mijn paspoort is verlopen', counterId: 'burgerzaken' },
];

beforeAll(async () => {
  await publish();
});

describe('GET and PUT /api/v1/tenants/{tenant}/test-questions', () => {
  it('starts empty for a tenant without test questions', async () => {
    const res = await adminFetch(QUESTIONS);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ questions: [] });
  });

  it('lets an editor replace the list, which keeps its order', async () => {
    const token = await createToken('editor', { label: 'Anna' });
    const res = await adminFetch(QUESTIONS, { token, method: 'PUT', json: { questions } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ questions });
    expect(await (await adminFetch(QUESTIONS)).json()).toEqual({ questions });
  });

  it('writes the change in the audit log', async () => {
    const { entries } = await (
      await adminFetch(`${ADMIN}/audit?limit=1`)
    ).json<{ entries: { who: string; action: string; summary: string }[] }>();
    expect(entries[0]).toMatchObject({ who: 'Anna', action: 'save', summary: 'Testvragen opgeslagen: 2 vragen' });
  });

  it('refuses ids that the draft does not have with 422, and keeps the list', async () => {
    const res = await adminFetch(QUESTIONS, {
      method: 'PUT',
      json: { questions: [...questions, { question: 'x', counterId: 'loket-weg', topicId: 'onderwerp-weg' }] },
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_test_questions',
        message: expect.any(String),
        issues: [
          { path: 'questions.2.counterId', message: 'Er is geen loket met de id "loket-weg".' },
          { path: 'questions.2.topicId', message: 'Er is geen onderwerp met de id "onderwerp-weg".' },
        ],
      },
    });
    expect(await (await adminFetch(QUESTIONS)).json()).toEqual({ questions });
  });

  it('refuses an empty question, a question over 500 characters and over 500 questions with 422', async () => {
    const tooMany = Array.from({ length: 501 }, () => questions[1]);
    for (const body of [
      { questions: [{ question: '', counterId: 'ido' }] },
      { questions: [{ question: 'a'.repeat(501), counterId: 'ido' }] },
      { questions: tooMany },
      {},
    ]) {
      const res = await adminFetch(QUESTIONS, { method: 'PUT', json: body });
      expect(res.status).toBe(422);
      expect(await errorCode(res)).toBe('invalid_test_questions');
    }
  });

  it('answers every issue of the body, with its Dutch message, in one 422 invalid_test_questions', async () => {
    const body = {
      questions: [{ question: ' ', counterId: 'ido' }, { question: 'x'.repeat(501), counterId: 'Geen Id!' }, { counterId: 7 }],
    };
    const expected = parseTestQuestions(body);
    if (expected.ok) throw new Error('The test body should be invalid.');
    expect(expected.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'questions.0.question',
        'questions.1.question',
        'questions.1.counterId',
        'questions.2.question',
        'questions.2.counterId',
      ]),
    );
    const res = await adminFetch(QUESTIONS, { method: 'PUT', json: body });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'invalid_test_questions', message: expect.any(String), issues: expected.issues } });
    expect(expected.issues.find((issue) => issue.path === 'questions.0.question')?.message).toBe('Typ een vraag.');
  });

  it('keeps the 400 invalid_tenant for a malformed tenant in the path, whatever the body', async () => {
    const res = await adminFetch('/api/v1/tenants/Geen_Gemeente/test-questions', { method: 'PUT', json: {} });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('invalid_tenant');
  });

  it('refuses a viewer who saves with 403', async () => {
    const res = await adminFetch(QUESTIONS, { token: await createToken('viewer'), method: 'PUT', json: { questions } });
    expect(res.status).toBe(403);
  });
});

describe('replaceTestQuestions, which the seed script uses too', () => {
  it('replaces a list in one batch, keeping the order and leaving out absent topics', async () => {
    const seed = [
      { question: 'Mevrouw wil een DigiD aanvragen', counterId: 'ido', topicId: 'digid-aanvragen' },
      { question: 'Waar kan ik terecht?', counterId: 'ido' },
      { question: 'Ik krijg brieven van de deurwaarder', counterId: 'sociaal-loket', topicId: 'schulden' },
    ];
    await env.DB.batch(replaceTestQuestions(env.DB, 'voorbeeldstad', seed));
    expect(await listTestQuestions(env.DB, 'voorbeeldstad')).toEqual(seed);
  });
});

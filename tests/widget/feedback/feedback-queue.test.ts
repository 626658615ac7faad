import { describe, expect, it } from 'vitest';
import { FeedbackQueue } from '../../../widget/feedback/feedback-queue';
import { feedbackQueueKey } from '../../../widget/feedback/feedback-queue-key';
import { feedbackRequest, givenOf, type FeedbackRequest } from '../../../widget/feedback/feedback-request';

const URL = 'https://loket.example/api/v1/tenants/voorbeeldstad/feedback';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
}

/** A fake API that is down (the network fails) until `up` is set, and records what it accepted. */
function api() {
  const state = { up: false, received: [] as FeedbackRequest[], status: 202 };
  const fetch = (async (_url: string, init?: RequestInit) => {
    if (!state.up) throw new TypeError('Failed to fetch');
    // Let another flush start while this request is on its way.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (state.status === 202) state.received.push(JSON.parse(init?.body as string) as FeedbackRequest);
    return Response.json(state.status === 202 ? { id: 'item' } : { error: { code: 'invalid_feedback', message: 'Klopt niet.' } }, {
      status: state.status,
    });
  }) as typeof globalThis.fetch;
  return { state, fetch };
}

const correction = (question: string): FeedbackRequest =>
  feedbackRequest(
    question,
    givenOf({ basis: 'table', topicId: 'digid-aanvragen', counterId: 'ido', digitalHelp: false, reason: '', product: null }),
    {
      counterId: 'burgerzaken',
      topicId: '',
      comment: '',
      sourceDeskId: 'algemene-balie',
    },
    'desk',
  );

describe('the offline queue of corrections', () => {
  it('keeps corrections made while the API is blocked, and sends each exactly once when it is back', async () => {
    const storage = memoryStorage();
    const { state, fetch } = api();
    const queue = new FeedbackQueue({ storage, tenant: 'voorbeeldstad', fetch });

    expect(await queue.submit(URL, correction('paspoort kwijt'))).toEqual({ status: 'queued' });
    expect(await queue.submit(URL, correction('rijbewijs verlopen'))).toEqual({ status: 'queued' });
    expect(state.received).toEqual([]);
    expect(queue.size).toBe(2);

    // A page opened later finds them in storage, and flushes from two places at once.
    state.up = true;
    const later = new FeedbackQueue({ storage, tenant: 'voorbeeldstad', fetch });
    await Promise.all([later.flush(), later.flush(), later.flush()]);
    await later.flush();

    expect(state.received.map((body) => body.question)).toEqual(['paspoort kwijt', 'rijbewijs verlopen']);
    expect(storage.getItem(feedbackQueueKey('voorbeeldstad'))).toBeNull();
  });

  it('sends at once when the API is up, and says so', async () => {
    const { state, fetch } = api();
    state.up = true;
    const queue = new FeedbackQueue({ storage: memoryStorage(), tenant: 'voorbeeldstad', fetch });
    expect(await queue.submit(URL, correction('paspoort kwijt'))).toEqual({ status: 'sent' });
    expect(state.received).toHaveLength(1);
    expect(queue.size).toBe(0);
  });

  it('drops a correction the API refuses for good (422), with its message, and keeps one it cannot take now (503)', async () => {
    const { state, fetch } = api();
    state.up = true;
    state.status = 422;
    const queue = new FeedbackQueue({ storage: memoryStorage(), tenant: 'voorbeeldstad', fetch });
    expect(await queue.submit(URL, correction('x'))).toEqual({ status: 'refused', code: 'invalid_feedback', message: 'Klopt niet.' });
    expect(queue.size).toBe(0);
    state.status = 503;
    expect(await queue.submit(URL, correction('y'))).toEqual({ status: 'queued' });
    expect(queue.size).toBe(1);
  });

  it('keeps corrections in memory when the browser blocks storage', async () => {
    const { state, fetch } = api();
    const queue = new FeedbackQueue({ storage: null, tenant: 'voorbeeldstad', fetch });
    await queue.submit(URL, correction('paspoort kwijt'));
    state.up = true;
    await queue.flush();
    expect(state.received).toHaveLength(1);
  });
});

describe('the correction as the API gets it', () => {
  it('says what the assistant gave, with the table as basis for a topic, and what is right', () => {
    expect(correction(' paspoort kwijt ')).toEqual({
      question: 'paspoort kwijt',
      given: { topicId: 'digid-aanvragen', counterId: 'ido', basis: 'table' },
      expected: { counterId: 'burgerzaken' },
      sourceDeskId: 'algemene-balie',
      mode: 'desk',
    });
  });

  it('keeps the basis the route engine gave, and all null without advice', () => {
    expect(
      givenOf({
        topicId: null,
        counterId: 'overheidsbreed-loket',
        digitalHelp: false,
        reason: '',
        basis: 'national',
        product: { name: 'motorrijtuigenbelasting', uri: 'http://standaarden.overheid.nl/owms/terms/motorrijtuigenbelasting' },
      }),
    ).toEqual({
      topicId: null,
      counterId: 'overheidsbreed-loket',
      basis: 'national',
    });
    expect(givenOf(null)).toEqual({ topicId: null, counterId: null, basis: null });
  });

  it('leaves the desk out for a resident, and the expected answer out when none was chosen', () => {
    const body = feedbackRequest(
      'iets',
      givenOf(null),
      { counterId: '', topicId: '', comment: ' ', sourceDeskId: 'algemene-balie' },
      'resident',
    );
    expect(body).toEqual({ question: 'iets', given: { topicId: null, counterId: null, basis: null }, mode: 'resident' });
  });
});

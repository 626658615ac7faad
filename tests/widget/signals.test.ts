import { describe, expect, it } from 'vitest';
import { categorySignal } from '../../widget/signals/category-signal';
import { questionSignal, sendSignal } from '../../widget/signals/signals';

describe('signal payloads', () => {
  it('sends an unanswered question with its text', () => {
    expect(questionSignal('unanswered', ' waar haal ik een hondenpenning ', 'resident')).toEqual({
      kind: 'unanswered',
      mode: 'resident',
      question: 'waar haal ik een hondenpenning',
    });
  });

  it('leaves the text out when it holds personal data, and keeps the fact', () => {
    expect(questionSignal('unanswered', 'mijn bsn is 111222333', 'desk')).toEqual({ kind: 'unanswered', mode: 'desk' });
    expect(questionSignal('unanswered', 'mail jan@example.nl', 'resident')).toEqual({ kind: 'unanswered', mode: 'resident' });
  });

  it('names the topics a clarifying question offered', () => {
    expect(questionSignal('clarify-abandoned', 'toeslag', 'desk', ['huurtoeslag', 'zorgtoeslag'])).toEqual({
      kind: 'clarify-abandoned',
      mode: 'desk',
      question: 'toeslag',
      topicIds: ['huurtoeslag', 'zorgtoeslag'],
    });
  });

  it('caps the question at 500 characters', () => {
    const payload = questionSignal('unanswered', 'x'.repeat(600), 'resident');
    expect('question' in payload && payload.question?.length).toBe(500);
  });

  it('registers categories with or without the desk', () => {
    expect(categorySignal(['digid-probleem'], 'algemene-balie')).toEqual({
      kind: 'category',
      signalIds: ['digid-probleem'],
      sourceDeskId: 'algemene-balie',
    });
    expect(categorySignal(['brief-onduidelijk'])).toEqual({ kind: 'category', signalIds: ['brief-onduidelijk'] });
  });
});

describe('sending a signal', () => {
  it('POSTs JSON without cookies or referrer, and lets it finish while the page closes', () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(null, { status: 202 });
    }) as unknown as typeof globalThis.fetch;
    sendSignal('https://lw.example/', 'voorbeeldstad', { kind: 'unanswered', mode: 'desk' }, fetch);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://lw.example/api/v1/tenants/voorbeeldstad/signals');
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer', keepalive: true });
    expect(JSON.parse(calls[0]?.init.body as string)).toEqual({ kind: 'unanswered', mode: 'desk' });
  });

  it('never throws, whether fetch rejects or throws', async () => {
    const rejecting = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof globalThis.fetch;
    const throwing = (() => {
      throw new TypeError('blocked');
    }) as unknown as typeof globalThis.fetch;
    expect(() => sendSignal('https://lw.example', 'voorbeeldstad', { kind: 'unanswered', mode: 'desk' }, rejecting)).not.toThrow();
    expect(() => sendSignal('https://lw.example', 'voorbeeldstad', { kind: 'unanswered', mode: 'desk' }, throwing)).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

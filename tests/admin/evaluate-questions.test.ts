import { describe, expect, it } from 'vitest';
import type { RouteResult } from '../../core/api/route-response';
import { evaluateQuestions, outcomeOf, statusOf, type Router } from '../../admin/preview/evaluate-questions';
import { createEngine } from '../../core/routing/create-engine';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

function advice(counterId: string, topicId = 't', digitalHelp = false): RouteResult {
  return {
    query: 'q',
    lang: 'nl',
    advice: { basis: 'table', counterId, topicId, digitalHelp, reason: '', product: null },
    alternatives: [],
    clarify: null,
  };
}

function fixed(answers: Record<string, RouteResult>): Router {
  return { route: (query) => answers[query] ?? { query, lang: 'nl', advice: null, alternatives: [], clarify: null } };
}

describe('outcomeOf', () => {
  it('reads advice, a clarify question with its counters, or nothing', () => {
    expect(outcomeOf(advice('ido', 'digid'))).toEqual({ kind: 'advice', counterId: 'ido', topicId: 'digid', digitalHelp: false });
    const clarify: RouteResult = {
      query: 'q',
      lang: 'nl',
      advice: null,
      alternatives: [],
      clarify: {
        question: 'Waarover?',
        options: [
          { label: 'a', topicId: 'a', counterId: 'x' },
          { label: 'b', topicId: 'b', counterId: 'x' },
        ],
      },
    };
    expect(outcomeOf(clarify)).toEqual({ kind: 'clarify', counterIds: ['x'] });
    expect(outcomeOf(fixed({}).route('q'))).toEqual({ kind: 'none' });
  });
});

describe('statusOf', () => {
  const right = { kind: 'advice', counterId: 'ido', topicId: 'a', digitalHelp: false } as const;
  const wrong = { kind: 'advice', counterId: 'burgerzaken', topicId: 'b', digitalHelp: false } as const;
  const rightOtherTopic = { ...right, topicId: 'c' };

  it('names every combination of draft and published', () => {
    expect(statusOf('ido', wrong, right)).toBe('broken');
    expect(statusOf('ido', wrong, wrong)).toBe('fails');
    expect(statusOf('ido', right, wrong)).toBe('fixed');
    expect(statusOf('ido', rightOtherTopic, right)).toBe('changed');
    expect(statusOf('ido', right, right)).toBe('ok');
  });

  it('judges the draft alone when nothing is published', () => {
    expect(statusOf('ido', right, null)).toBe('ok');
    expect(statusOf('ido', { kind: 'none' }, null)).toBe('fails');
  });
});

describe('evaluateQuestions', () => {
  it('counts and lists the new failures first', () => {
    const questions = [
      { question: 'goed', counterId: 'ido' },
      { question: 'kapot', counterId: 'ido' },
      { question: 'hersteld', counterId: 'ido' },
    ];
    const draft = fixed({ goed: advice('ido'), kapot: advice('burgerzaken'), hersteld: advice('ido') });
    const published = fixed({ goed: advice('ido'), kapot: advice('ido'), hersteld: advice('taalhuis') });

    const { results, counts } = evaluateQuestions(questions, draft, published);
    expect(results.map((r) => [r.question, r.status])).toEqual([
      ['kapot', 'broken'],
      ['hersteld', 'fixed'],
      ['goed', 'ok'],
    ]);
    expect(counts).toEqual({ total: 3, pass: 2, fail: 1, newFailures: 1, changed: 2 });
  });

  it('shows the failing debt question when topic "schulden" moves to Werk en Inkomen', () => {
    const published = voorbeeldstad();
    const draft = structuredClone(published);
    draft.topics.find((t) => t.id === 'schulden')!.counter = 'werk-inkomen';
    const question = { question: 'Ik heb schulden en de deurwaarder staat voor de deur', counterId: 'sociaal-loket', topicId: 'schulden' };

    const { results, counts } = evaluateQuestions([question], createEngine(draft), createEngine(published));
    expect(results[0]).toMatchObject({ status: 'broken', draft: { kind: 'advice', counterId: 'werk-inkomen' } });
    expect(counts.newFailures).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { computeStats, QUESTION_NOT_STORED, type ReferralFacts, type SignalFacts } from '../../../core/referrals/stats';

const HOUR = '2026-11-27T09:00:00Z';

function referral(facts: Partial<ReferralFacts>): ReferralFacts {
  return {
    createdAt: HOUR,
    topicId: 'schulden',
    counterId: 'sociaal-loket',
    sourceDeskId: 'algemene-balie',
    digitalHelp: false,
    status: 'sent',
    betterCounterId: null,
    signalIds: [],
    ...facts,
  };
}

const question = (text: string | null, kind: SignalFacts['kind'] = 'unanswered'): SignalFacts => ({
  createdAt: HOUR,
  kind,
  question: text,
  categoryIds: [],
});

const stats = (referrals: ReferralFacts[], signals: SignalFacts[] = []) =>
  computeStats({
    from: '2026-11-01',
    to: '2026-11-30',
    referrals,
    signals,
    domainOf: (id) => (id === 'schulden' ? 'Geld en schulden' : undefined),
  });

describe('computeStats', () => {
  it('gives zero figures for an empty range, with every status', () => {
    expect(stats([])).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      referrals: {
        total: 0,
        confirmed: 0,
        byCounter: {},
        byTopic: {},
        bySourceDesk: {},
        byWeek: {},
        byStatus: { sent: 0, arrived: 0, helped: 0, 'referred-on': 0, 'not-for-us': 0 },
        digitalHelp: 0,
      },
      signals: { byCategory: {}, byCategoryAndDomain: {}, byWeekAndCategory: {}, byKind: {} },
      misroutes: [],
      corrections: { byCounter: {}, byCounterAndWeek: {} },
      unanswered: [],
      ceilingsReached: [],
    });
  });

  it('counts corrected advice per counter and per Amsterdam week', () => {
    const corrections = [
      { counterId: 'ido', createdAt: '2026-11-22T22:00:00Z' },
      { counterId: 'ido', createdAt: '2026-11-22T23:00:00Z' },
      { counterId: 'ido', createdAt: HOUR },
      { counterId: 'sociaal-loket', createdAt: HOUR },
    ];
    const result = computeStats({
      from: '2026-11-01',
      to: '2026-11-30',
      referrals: [],
      signals: [],
      corrections,
      domainOf: () => undefined,
    });
    expect(result.corrections).toEqual({
      byCounter: { ido: 3, 'sociaal-loket': 1 },
      byCounterAndWeek: { ido: { '2026-W47': 1, '2026-W48': 2 }, 'sociaal-loket': { '2026-W48': 1 } },
    });
  });

  it('shares misroutes out of all referrals to the counter they came to', () => {
    const result = stats([
      referral({ status: 'not-for-us', betterCounterId: 'werk-inkomen' }),
      referral({ status: 'helped' }),
      referral({ status: 'arrived' }),
      referral({ status: 'sent' }),
    ]);
    expect(result.referrals.confirmed).toBe(2);
    expect(result.misroutes).toEqual([
      { fromCounterId: 'sociaal-loket', toCounterId: 'werk-inkomen', notForUs: 1, referredOn: 0, total: 1, share: 0.25 },
    ]);
  });

  it('puts the categories of a topic that is gone under an unknown domain', () => {
    expect(stats([referral({ topicId: 'verdwenen', signalIds: ['anders'] })]).signals.byCategoryAndDomain).toEqual({
      '(onbekend onderwerp)': { anders: 1 },
    });
  });

  it('keeps the 20 most frequent unanswered questions, alike in case and spacing, and counts questions not stored', () => {
    const signals = [
      ...Array.from({ length: 25 }, (_, i) => question(`vraag ${String(i).padStart(2, '0')}`)),
      question('Vraag  03 '),
      question(null),
      question(null, 'clarify-abandoned'),
      question(null),
    ];
    const { unanswered } = stats([], signals);
    expect(unanswered).toHaveLength(20);
    expect(unanswered.slice(0, 3)).toEqual([
      { question: QUESTION_NOT_STORED, count: 3 },
      { question: 'vraag 03', count: 2 },
      { question: 'vraag 00', count: 1 },
    ]);
  });
});

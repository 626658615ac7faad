/**
 * The figures a municipality reads: referrals per counter, topic, desk, week and status, the
 * misroutes between counters, signal categories per domain and week, and the top questions that
 * found no answer. Pure: the worker reads the facts of the range and passes them in.
 */
import type { Stats } from '../api/stats';
import { amsterdamWeek } from './amsterdam-calendar';
import { isConfirmed, needsBetterCounter, REFERRAL_STATUSES, type ReferralStatus } from './referral';

export const SIGNAL_KINDS = ['unanswered', 'clarify-abandoned', 'category'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface ReferralFacts {
  /** UTC hour. */
  createdAt: string;
  topicId: string;
  counterId: string;
  sourceDeskId: string;
  digitalHelp: boolean;
  status: ReferralStatus;
  betterCounterId: string | null;
  signalIds: string[];
}

export interface SignalFacts {
  createdAt: string;
  kind: SignalKind;
  question: string | null;
  categoryIds: string[];
}

/** A report that staff corrected an advice of this counter ("Klopt dit niet?", or "niet voor ons"). */
export interface CorrectionFacts {
  counterId: string;
  createdAt: string;
}

export interface StatsInput {
  from: string;
  to: string;
  referrals: readonly ReferralFacts[];
  signals: readonly SignalFacts[];
  /** None when left out. */
  corrections?: readonly CorrectionFacts[];
  /** The domain of a topic in the published content; undefined for a topic that is gone. */
  domainOf: (topicId: string) => string | undefined;
  /** Days on which a daily ceiling was passed (worker/abuse/daily-ceiling.ts); none by default. */
  ceilingsReached?: Stats['ceilingsReached'];
}

/** The domain of signals that belong to no topic: a desk's signal without a referral. */
export const NO_DOMAIN = '(geen onderwerp)';
/** The domain of a topic that the published content no longer has. */
export const UNKNOWN_DOMAIN = '(onbekend onderwerp)';
/** How the unanswered list names questions whose text was not stored (it held personal data). */
export const QUESTION_NOT_STORED = '(tekst niet bewaard)';
export const TOP_UNANSWERED = 20;

type Counts = Record<string, number>;

function count(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

function countIn(nested: Record<string, Counts>, outer: string, inner: string): void {
  count((nested[outer] ??= {}), inner);
}

function roundShare(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}

/** Questions count as the same when they differ only in case and spacing. */
function questionKey(question: string | null): string {
  return question === null ? QUESTION_NOT_STORED : question.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The Amsterdam week of a stored hour: hours repeat, and each lookup asks `Intl`. */
type WeekOf = (hour: string) => string;

function weekCache(): WeekOf {
  const weeks = new Map<string, string>();
  return (hour) => {
    let week = weeks.get(hour);
    if (week === undefined) {
      week = amsterdamWeek(hour);
      weeks.set(hour, week);
    }
    return week;
  };
}

function referralFigures(referrals: readonly ReferralFacts[], weekOf: WeekOf): Stats['referrals'] {
  const byStatus = Object.fromEntries(REFERRAL_STATUSES.map((status) => [status, 0])) as Record<ReferralStatus, number>;
  const figures: Stats['referrals'] = {
    total: referrals.length,
    confirmed: 0,
    byCounter: {},
    byTopic: {},
    bySourceDesk: {},
    byWeek: {},
    byStatus,
    digitalHelp: 0,
  };
  for (const referral of referrals) {
    if (isConfirmed(referral.status)) figures.confirmed++;
    if (referral.digitalHelp) figures.digitalHelp++;
    count(figures.byCounter, referral.counterId);
    count(figures.byTopic, referral.topicId);
    count(figures.bySourceDesk, referral.sourceDeskId);
    count(figures.byWeek, weekOf(referral.createdAt));
    byStatus[referral.status]++;
  }
  return figures;
}

function misroutes(referrals: readonly ReferralFacts[], byCounter: Counts): Stats['misroutes'] {
  const pairs = new Map<string, Stats['misroutes'][number]>();
  for (const { counterId, betterCounterId, status } of referrals) {
    if (betterCounterId === null || !needsBetterCounter(status)) continue;
    const key = JSON.stringify([counterId, betterCounterId]);
    let pair = pairs.get(key);
    if (!pair) {
      pair = { fromCounterId: counterId, toCounterId: betterCounterId, notForUs: 0, referredOn: 0, total: 0, share: 0 };
      pairs.set(key, pair);
    }
    if (status === 'not-for-us') pair.notForUs++;
    else pair.referredOn++;
    pair.total++;
  }
  return [...pairs.values()]
    .map((pair) => ({ ...pair, share: roundShare(pair.total / (byCounter[pair.fromCounterId] ?? pair.total)) }))
    .sort((a, b) => b.total - a.total || a.fromCounterId.localeCompare(b.fromCounterId) || a.toCounterId.localeCompare(b.toCounterId));
}

function signalFigures(input: StatsInput, weekOf: WeekOf): Stats['signals'] {
  const figures: Stats['signals'] = { byCategory: {}, byCategoryAndDomain: {}, byWeekAndCategory: {}, byKind: {} };
  const add = (categoryId: string, domain: string, hour: string) => {
    count(figures.byCategory, categoryId);
    countIn(figures.byCategoryAndDomain, domain, categoryId);
    countIn(figures.byWeekAndCategory, weekOf(hour), categoryId);
  };
  for (const referral of input.referrals) {
    const domain = input.domainOf(referral.topicId) ?? UNKNOWN_DOMAIN;
    for (const categoryId of referral.signalIds) add(categoryId, domain, referral.createdAt);
  }
  for (const signal of input.signals) {
    count(figures.byKind, signal.kind);
    for (const categoryId of signal.categoryIds) add(categoryId, NO_DOMAIN, signal.createdAt);
  }
  return figures;
}

function topUnanswered(signals: readonly SignalFacts[]): Stats['unanswered'] {
  const counts: Counts = {};
  for (const signal of signals) {
    if (signal.kind === 'unanswered' || signal.kind === 'clarify-abandoned') count(counts, questionKey(signal.question));
  }
  return Object.entries(counts)
    .map(([question, n]) => ({ question, count: n }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question, 'nl'))
    .slice(0, TOP_UNANSWERED);
}

function correctionFigures(corrections: readonly CorrectionFacts[], weekOf: WeekOf): Stats['corrections'] {
  const figures: Stats['corrections'] = { byCounter: {}, byCounterAndWeek: {} };
  for (const correction of corrections) {
    count(figures.byCounter, correction.counterId);
    countIn(figures.byCounterAndWeek, correction.counterId, weekOf(correction.createdAt));
  }
  return figures;
}

export function computeStats(input: StatsInput): Stats {
  const weekOf = weekCache();
  const referrals = referralFigures(input.referrals, weekOf);
  return {
    from: input.from,
    to: input.to,
    referrals,
    signals: signalFigures(input, weekOf),
    misroutes: misroutes(input.referrals, referrals.byCounter),
    corrections: correctionFigures(input.corrections ?? [], weekOf),
    unanswered: topUnanswered(input.signals),
    ceilingsReached: input.ceilingsReached ?? [],
  };
}

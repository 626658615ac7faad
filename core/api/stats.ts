/**
 * The answer of `GET /api/v1/tenants/{tenant}/stats`: the figures of referrals and signals over a
 * range of Amsterdam calendar days. Plain zod: the admin may import the types only.
 */
import { z } from 'zod';

const Counts = z.record(z.string(), z.number().int().min(0));

export const StatsSchema = z.object({
  /** First and last day of the range, inclusive, YYYY-MM-DD in Europe/Amsterdam. */
  from: z.string(),
  to: z.string(),
  referrals: z.object({
    total: z.number().int().min(0),
    /** Marked arrived or helped by the receiving counter. */
    confirmed: z.number().int().min(0),
    byCounter: Counts,
    byTopic: Counts,
    bySourceDesk: Counts,
    /** ISO weeks in Europe/Amsterdam: "2026-W48". */
    byWeek: Counts,
    /** Every status, also those with 0. */
    byStatus: Counts,
    /** Referrals for digital help (to the IDO). */
    digitalHelp: z.number().int().min(0),
  }),
  signals: z.object({
    /** Signal categories ticked with a referral or registered without one. */
    byCategory: Counts,
    /** Domain of the referral's topic → category → n; "(geen onderwerp)" for signals without a referral. */
    byCategoryAndDomain: z.record(z.string(), Counts),
    byWeekAndCategory: z.record(z.string(), Counts),
    /** Signals registered without a referral, per kind: unanswered, clarify-abandoned, category. */
    byKind: Counts,
  }),
  /** Counter pairs where the receiving counter named a better one; most first. */
  misroutes: z.array(
    z.object({
      fromCounterId: z.string(),
      toCounterId: z.string(),
      notForUs: z.number().int().min(0),
      referredOn: z.number().int().min(0),
      total: z.number().int().min(0),
      /** `total` divided by all referrals to `fromCounterId` in the range, rounded to 4 decimals. */
      share: z.number().min(0).max(1),
    }),
  ),
  /** Feedback on advice: how often staff corrected a counter's advice, per counter and per ISO week. */
  corrections: z.object({
    byCounter: Counts,
    /** Counter → "2026-W48" → n. */
    byCounterAndWeek: z.record(z.string(), Counts),
  }),
  /** The 20 most frequent questions that ended without advice (unanswered or an abandoned clarification). */
  unanswered: z.array(z.object({ question: z.string(), count: z.number().int().min(1) })),
  /**
   * Days of the range on which the tenant received more anonymous writes of a kind than its daily
   * ceiling: possibly abuse. Writes past the ceiling were refused, so the figures of that day hold
   * at most `ceiling` of them.
   */
  ceilingsReached: z.array(
    z.object({ date: z.string(), kind: z.enum(['signal', 'referral', 'feedback']), ceiling: z.number().int().min(0) }),
  ),
});
export type Stats = z.infer<typeof StatsSchema>;

/** The answers of the referral endpoints, for the widget's slip and the /ontvangst page. */
import { z } from 'zod';
import { REFERRAL_STATUSES } from '../referrals/referral';

export const CreatedReferralSchema = z.object({
  /** Grouped for the slip: "K7M2X-R9PQZ". Typed back with or without hyphen, in any case. */
  code: z.string(),
  /** The /ontvangst page with the compact code and the tenant: the QR code on the slip. */
  confirmUrl: z.string(),
  /** UTC hour after which the code no longer works. */
  expiresAt: z.string(),
});
export type CreatedReferral = z.infer<typeof CreatedReferralSchema>;

/**
 * What the receiving counter sees: never the desk that sent the resident. The note is written
 * for the receiving counter and is refused when it holds personal data, so it is shown there.
 */
export const ReferralSchema = z.object({
  code: z.string(),
  topicId: z.string(),
  counterId: z.string(),
  digitalHelp: z.boolean(),
  status: z.enum(REFERRAL_STATUSES),
  /** Set with referred-on and not-for-us. */
  betterCounterId: z.string().nullable(),
  /** UTC hour. */
  createdAt: z.string(),
  expiresAt: z.string(),
  /** The referring desk's short note for the receiving counter; null when it wrote none. */
  note: z.string().nullable(),
});
export type Referral = z.infer<typeof ReferralSchema>;

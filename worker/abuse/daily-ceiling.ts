/**
 * The daily ceiling per tenant on stored anonymous writes. The per-client throttles stop one
 * client; this stops many clients together from filling one municipality's figures (and the one
 * shared database). Past the ceiling the write is refused with 429 `daily_limit_reached` until
 * Amsterdam midnight, and the admin's figures show the day as possible abuse.
 *
 * Every route that stores an anonymous write calls `dailyCeiling` after it validated the request
 * and before it stores: signals, referrals, and feedback.
 */
import { addDays, amsterdamDate, amsterdamMidnight } from '../../core/referrals/amsterdam-calendar';
import { ApiError } from '../errors/api-error';
import { countWrite, type WriteKind } from '../storage/daily-writes';

/**
 * Writes a day per tenant. The busiest municipality of the country (a city of 900,000) sees about
 * 2,000 questions a day at all its desks and on its website together; at most one in three leads
 * to a referral or a signal. These ceilings leave room for twice that, and keep the worst case
 * of all 342 tenants at their ceilings below 1 million rows a day.
 */
export const DAILY_CEILINGS: Readonly<Record<WriteKind, number>> = { signal: 1000, referral: 1000, feedback: 200 };

/** Counts the write; throws 429 `daily_limit_reached` when the tenant is past today's ceiling for `kind`. */
export async function dailyCeiling(db: D1Database, tenantId: string, kind: WriteKind, now: Date = new Date()): Promise<void> {
  const today = amsterdamDate(now);
  const count = await countWrite(db, tenantId, today, kind);
  if (count <= DAILY_CEILINGS[kind]) return;
  const tomorrow = Date.parse(amsterdamMidnight(addDays(today, 1).date));
  const retryAfter = Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000));
  throw new ApiError('daily_limit_reached', { headers: { 'Retry-After': String(retryAfter) } });
}

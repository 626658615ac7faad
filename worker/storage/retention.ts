/**
 * The retention rule: referrals, signals and feedback reports older than the retention period are
 * deleted, for every tenant at once, and so are the daily write counts of those days. The scheduled
 * handler runs it daily.
 */
import { retentionCutoff } from '../../core/referrals/referral';
import { purgeDailyWrites } from './daily-writes';

export const DEFAULT_RETENTION_MONTHS = 24;

export interface Purged {
  /** Records made before this UTC hour are gone. */
  cutoff: string;
  referrals: number;
  signals: number;
  feedback: number;
}

export async function purgeExpired(db: D1Database, now: Date, months: number): Promise<Purged> {
  const cutoff = retentionCutoff(now, months);
  const [referrals, signals, feedback] = await db.batch([
    db.prepare('DELETE FROM referrals WHERE created_at < ?1').bind(cutoff),
    db.prepare('DELETE FROM signals WHERE created_at < ?1').bind(cutoff),
    db.prepare('DELETE FROM feedback_reports WHERE created_at < ?1').bind(cutoff),
    // An item is only its reports: without any left, it goes too.
    db.prepare('DELETE FROM feedback_items WHERE NOT EXISTS (SELECT 1 FROM feedback_reports WHERE item_id = feedback_items.id)'),
    purgeDailyWrites(db, cutoff.slice(0, 10)),
  ]);
  return {
    cutoff,
    referrals: referrals?.meta.changes ?? 0,
    signals: signals?.meta.changes ?? 0,
    feedback: feedback?.meta.changes ?? 0,
  };
}

/** RETENTION_MONTHS from the environment: a whole number of months from 1, or the default. */
export function retentionMonths(setting: string | undefined): number {
  const months = Number(setting);
  return Number.isInteger(months) && months >= 1 ? months : DEFAULT_RETENTION_MONTHS;
}

/** Queries on the `referrals` table. Codes are looked up by their hash; the code itself is never stored. */
import { FREE_TEXT_REDUCTION_VERSION } from '../../core/privacy';
import type { ReferralStatus } from '../../core/referrals/referral';
import type { ReferralFacts } from '../../core/referrals/stats';

export interface NewReferral {
  tenantId: string;
  codeHash: string;
  topicId: string;
  counterId: string;
  sourceDeskId: string;
  digitalHelp: boolean;
  signalIds: string[];
  /** Already reduced (see worker/referrals/stored-text.ts). */
  note: string | null;
  /** UTC hour. */
  createdAt: string;
}

export interface StoredReferral {
  topicId: string;
  counterId: string;
  digitalHelp: boolean;
  status: ReferralStatus;
  betterCounterId: string | null;
  createdAt: string;
}

interface ReferralRow {
  topic_id: string;
  counter_id: string;
  digital_help: number;
  status: ReferralStatus;
  better_counter_id: string | null;
  created_at: string;
}

function toStoredReferral(row: ReferralRow): StoredReferral {
  return {
    topicId: row.topic_id,
    counterId: row.counter_id,
    digitalHelp: row.digital_help === 1,
    status: row.status,
    betterCounterId: row.better_counter_id,
    createdAt: row.created_at,
  };
}

/** Inserts unless the code hash is taken; the result's `meta.changes` says which. */
export function insertReferral(db: D1Database, referral: NewReferral): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO referrals
         (tenant_id, code_hash, topic_id, counter_id, source_desk_id, digital_help, signal_ids, note, status, created_at, status_updated_at, reduction)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'sent', ?9, ?9, ?10)`,
    )
    .bind(
      referral.tenantId,
      referral.codeHash,
      referral.topicId,
      referral.counterId,
      referral.sourceDeskId,
      referral.digitalHelp ? 1 : 0,
      JSON.stringify(referral.signalIds),
      referral.note,
      referral.createdAt,
      FREE_TEXT_REDUCTION_VERSION,
    );
}

export async function findReferral(db: D1Database, tenantId: string, codeHash: string): Promise<StoredReferral | null> {
  const row = await db
    .prepare(
      `SELECT topic_id, counter_id, digital_help, status, better_counter_id, created_at
       FROM referrals WHERE tenant_id = ?1 AND code_hash = ?2`,
    )
    .bind(tenantId, codeHash)
    .first<ReferralRow>();
  return row ? toStoredReferral(row) : null;
}

export interface StatusChange {
  status: ReferralStatus;
  betterCounterId: string | null;
  /** UTC hour. */
  updatedAt: string;
}

/** The updated referral, or null when no referral has this code. */
export async function updateReferralStatus(
  db: D1Database,
  tenantId: string,
  codeHash: string,
  change: StatusChange,
): Promise<StoredReferral | null> {
  const row = await db
    .prepare(
      `UPDATE referrals SET status = ?3, better_counter_id = ?4, status_updated_at = ?5
       WHERE tenant_id = ?1 AND code_hash = ?2
       RETURNING topic_id, counter_id, digital_help, status, better_counter_id, created_at`,
    )
    .bind(tenantId, codeHash, change.status, change.betterCounterId, change.updatedAt)
    .first<ReferralRow>();
  return row ? toStoredReferral(row) : null;
}

interface ReferralFactsRow extends ReferralRow {
  source_desk_id: string;
  signal_ids: string;
}

/** The referrals made in [fromHour, untilHour), for the figures. */
export async function listReferralFacts(db: D1Database, tenantId: string, fromHour: string, untilHour: string): Promise<ReferralFacts[]> {
  const { results } = await db
    .prepare(
      `SELECT topic_id, counter_id, source_desk_id, digital_help, status, better_counter_id, signal_ids, created_at
       FROM referrals WHERE tenant_id = ?1 AND created_at >= ?2 AND created_at < ?3`,
    )
    .bind(tenantId, fromHour, untilHour)
    .all<ReferralFactsRow>();
  return results.map((row) => ({
    ...toStoredReferral(row),
    sourceDeskId: row.source_desk_id,
    // Written by insertReferral as a JSON array of strings; the table checks it is an array.
    signalIds: JSON.parse(row.signal_ids) as string[],
  }));
}

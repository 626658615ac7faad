/** Queries on the `signals` table: anonymous registrations without a referral. */
import { FREE_TEXT_REDUCTION_VERSION } from '../../core/privacy';
import type { SignalFacts, SignalKind } from '../../core/referrals/stats';

export interface NewSignal {
  tenantId: string;
  kind: SignalKind;
  mode: 'desk' | 'resident' | null;
  /** Already reduced (see worker/referrals/stored-text.ts); null when there was none. */
  question: string | null;
  topicIds: string[];
  categoryIds: string[];
  sourceDeskId: string | null;
  /** UTC hour. */
  createdAt: string;
}

export function insertSignal(db: D1Database, signal: NewSignal): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO signals (tenant_id, kind, mode, question, topic_ids, category_ids, source_desk_id, created_at, reduction)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(
      signal.tenantId,
      signal.kind,
      signal.mode,
      signal.question,
      JSON.stringify(signal.topicIds),
      JSON.stringify(signal.categoryIds),
      signal.sourceDeskId,
      signal.createdAt,
      FREE_TEXT_REDUCTION_VERSION,
    );
}

interface SignalFactsRow {
  kind: SignalKind;
  question: string | null;
  category_ids: string;
  created_at: string;
}

/** The signals registered in [fromHour, untilHour), for the figures. */
export async function listSignalFacts(db: D1Database, tenantId: string, fromHour: string, untilHour: string): Promise<SignalFacts[]> {
  const { results } = await db
    .prepare(
      `SELECT kind, question, category_ids, created_at
       FROM signals WHERE tenant_id = ?1 AND created_at >= ?2 AND created_at < ?3`,
    )
    .bind(tenantId, fromHour, untilHour)
    .all<SignalFactsRow>();
  return results.map((row) => ({
    kind: row.kind,
    question: row.question,
    // Written by insertSignal as a JSON array of strings; the table checks it is an array.
    categoryIds: JSON.parse(row.category_ids) as string[],
    createdAt: row.created_at,
  }));
}

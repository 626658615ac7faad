/** Queries on the `daily_writes` table: per tenant, day and kind, how many anonymous writes arrived. */

export const WRITE_KINDS = ['signal', 'referral', 'feedback'] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** Counts one write and answers the day's count with it, in one statement so no count is lost. */
export async function countWrite(db: D1Database, tenantId: string, day: string, kind: WriteKind): Promise<number> {
  const row = await db
    .prepare(
      `INSERT INTO daily_writes (tenant_id, day, kind, count) VALUES (?1, ?2, ?3, 1)
       ON CONFLICT (tenant_id, day, kind) DO UPDATE SET count = count + 1
       RETURNING count`,
    )
    .bind(tenantId, day, kind)
    .first<{ count: number }>();
  if (row === null) throw new Error('daily_writes: the upsert returned no row');
  return row.count;
}

export interface DailyCount {
  day: string;
  kind: WriteKind;
  count: number;
}

/** The counts of the days from `fromDay` to `toDay` (inclusive) that are over `minimum` for their kind. */
export async function listDailyCountsOver(
  db: D1Database,
  tenantId: string,
  fromDay: string,
  toDay: string,
  minimum: Readonly<Record<WriteKind, number>>,
): Promise<DailyCount[]> {
  const { results } = await db
    .prepare(
      `SELECT day, kind, count FROM daily_writes
       WHERE tenant_id = ?1 AND day BETWEEN ?2 AND ?3
         AND count > CASE kind WHEN 'signal' THEN ?4 WHEN 'referral' THEN ?5 ELSE ?6 END
       ORDER BY day, kind`,
    )
    .bind(tenantId, fromDay, toDay, minimum.signal, minimum.referral, minimum.feedback)
    .all<DailyCount>();
  return results;
}

/** Deletes the counts of days before `beforeDay`: they only matter for the figures of their day. */
export function purgeDailyWrites(db: D1Database, beforeDay: string): D1PreparedStatement {
  return db.prepare('DELETE FROM daily_writes WHERE day < ?1').bind(beforeDay);
}

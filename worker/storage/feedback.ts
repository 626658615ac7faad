/**
 * Queries on `feedback_items` and `feedback_reports`: the admin's queue of corrections. An item
 * groups the reports with the same reduced question, given and expected answer; its count and
 * hours come from its reports, so the retention purge keeps them right.
 */
import {
  feedbackGroupKey,
  type Expected,
  type FeedbackItem,
  type FeedbackSource,
  type FeedbackStatus,
  type Given,
} from '../../core/feedback/feedback';
import { FREE_TEXT_REDUCTION_VERSION } from '../../core/privacy';
import type { CorrectionFacts } from '../../core/referrals/stats';

export interface NewFeedbackReport {
  tenantId: string;
  /** Used when the report opens a new item. */
  newItemId: string;
  /** Already reduced (by FREE_TEXT_REDUCTION_VERSION), like the comment. */
  question: string | null;
  given: Given;
  expected: Expected | null;
  source: FeedbackSource;
  sourceDeskId: string | null;
  comment: string | null;
  /** UTC hour. */
  createdAt: string;
}

/**
 * Two statements for one batch: open the item or find the open one of its group, then add the
 * report to it. Returns them with the group key, to look the item's id up afterwards.
 */
export function insertFeedbackReport(db: D1Database, report: NewFeedbackReport): D1PreparedStatement[] {
  const groupKey = feedbackGroupKey(report.question, report.given, report.expected);
  return [
    db
      .prepare(
        `INSERT INTO feedback_items (id, tenant_id, group_key, question, given_topic_id, given_counter_id, given_basis,
           expected_counter_id, expected_topic_id, reduction)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (tenant_id, group_key) WHERE status = 'open' DO NOTHING`,
      )
      .bind(
        report.newItemId,
        report.tenantId,
        groupKey,
        report.question,
        report.given.topicId,
        report.given.counterId,
        report.given.basis,
        report.expected?.counterId ?? null,
        report.expected?.topicId ?? null,
        FREE_TEXT_REDUCTION_VERSION,
      ),
    db
      .prepare(
        `INSERT INTO feedback_reports (item_id, tenant_id, source, source_desk_id, comment, created_at, reduction)
         SELECT id, ?1, ?3, ?4, ?5, ?6, ?7 FROM feedback_items WHERE tenant_id = ?1 AND group_key = ?2 AND status = 'open'
         RETURNING item_id`,
      )
      .bind(report.tenantId, groupKey, report.source, report.sourceDeskId, report.comment, report.createdAt, FREE_TEXT_REDUCTION_VERSION),
  ];
}

/** Stores the report and answers the id of the item it joined or opened. */
export async function addFeedbackReport(db: D1Database, report: NewFeedbackReport): Promise<string> {
  const [, added] = await db.batch<{ item_id: string }>(insertFeedbackReport(db, report));
  const itemId = added?.results[0]?.item_id;
  if (itemId === undefined) throw new Error('The feedback report found no open item to join');
  return itemId;
}

/** The columns of an item that say what the answer was and what it should have been. */
export interface FeedbackAnswerColumns {
  given_topic_id: string | null;
  given_counter_id: string | null;
  given_basis: Given['basis'];
  expected_counter_id: string | null;
  expected_topic_id: string | null;
}

/** `given` and `expected` of an item, from its columns. */
export function answersOf(row: FeedbackAnswerColumns): { given: Given; expected: Expected | null } {
  return {
    given: { topicId: row.given_topic_id, counterId: row.given_counter_id, basis: row.given_basis },
    expected:
      row.expected_counter_id === null
        ? null
        : { counterId: row.expected_counter_id, ...(row.expected_topic_id !== null && { topicId: row.expected_topic_id }) },
  };
}

interface FeedbackItemRow extends FeedbackAnswerColumns {
  id: string;
  question: string | null;
  status: FeedbackStatus;
  reason: string | null;
  count: number;
  first_at: string;
  last_at: string;
  /** JSON arrays, from json_group_array. */
  sources: string;
  comments: string;
}

const ITEM_COLUMNS = `i.id, i.question, i.given_topic_id, i.given_counter_id, i.given_basis, i.expected_counter_id,
  i.expected_topic_id, i.status, i.reason, COUNT(r.id) AS count, MIN(r.created_at) AS first_at, MAX(r.created_at) AS last_at,
  (SELECT json_group_array(DISTINCT source) FROM feedback_reports WHERE item_id = i.id) AS sources,
  (SELECT json_group_array(comment) FROM (SELECT comment FROM feedback_reports
     WHERE item_id = i.id AND comment IS NOT NULL ORDER BY created_at DESC, id DESC)) AS comments`;

function toFeedbackItem(row: FeedbackItemRow): FeedbackItem {
  return {
    id: row.id,
    question: row.question,
    ...answersOf(row),
    count: row.count,
    firstAt: row.first_at,
    lastAt: row.last_at,
    status: row.status,
    // Both written by json_group_array over columns the tables check.
    sources: JSON.parse(row.sources) as FeedbackItem['sources'],
    comments: JSON.parse(row.comments) as string[],
    reason: row.reason,
  };
}

/** The tenant's items with this status, newest report first. */
export async function listFeedbackItems(db: D1Database, tenantId: string, status: FeedbackStatus): Promise<FeedbackItem[]> {
  const { results } = await db
    .prepare(
      `SELECT ${ITEM_COLUMNS} FROM feedback_items i JOIN feedback_reports r ON r.item_id = i.id
       WHERE i.tenant_id = ?1 AND i.status = ?2
       GROUP BY i.id ORDER BY last_at DESC, first_at DESC, i.id`,
    )
    .bind(tenantId, status)
    .all<FeedbackItemRow>();
  return results.map(toFeedbackItem);
}

export async function findFeedbackItem(db: D1Database, tenantId: string, id: string): Promise<FeedbackItem | null> {
  const row = await db
    .prepare(
      `SELECT ${ITEM_COLUMNS} FROM feedback_items i JOIN feedback_reports r ON r.item_id = i.id
       WHERE i.tenant_id = ?1 AND i.id = ?2 GROUP BY i.id`,
    )
    .bind(tenantId, id)
    .first<FeedbackItemRow>();
  return row && toFeedbackItem(row);
}

/** Closes an item; the next report of its group opens a new one. Reopening is not offered. */
export function closeFeedbackItem(
  db: D1Database,
  tenantId: string,
  id: string,
  change: { status: Exclude<FeedbackStatus, 'open'>; reason: string | null },
): D1PreparedStatement {
  return db
    .prepare('UPDATE feedback_items SET status = ?3, reason = ?4 WHERE tenant_id = ?1 AND id = ?2')
    .bind(tenantId, id, change.status, change.reason);
}

/** Reports in [fromHour, untilHour) on an advice with a counter, for the figures. */
export async function listCorrectionFacts(
  db: D1Database,
  tenantId: string,
  fromHour: string,
  untilHour: string,
): Promise<CorrectionFacts[]> {
  const { results } = await db
    .prepare(
      `SELECT i.given_counter_id AS counterId, r.created_at AS createdAt
       FROM feedback_reports r JOIN feedback_items i ON i.id = r.item_id
       WHERE r.tenant_id = ?1 AND r.created_at >= ?2 AND r.created_at < ?3 AND i.given_counter_id IS NOT NULL`,
    )
    .bind(tenantId, fromHour, untilHour)
    .all<CorrectionFacts>();
  return results;
}

/**
 * The nightly rewrite for the questions of the feedback queue. A question is more than text there:
 * it is part of the key that groups reports into one item (`feedbackGroupKey`), and at most one
 * item per key may be open. So a question that a newer reduction changes gets its key rewritten
 * with it, and when an open item of that key already exists, the reports join that item and the
 * emptied one goes: the admin then sees one item with the summed count, as if the reports had
 * arrived under the newer reduction.
 */
import { feedbackGroupKey } from '../../core/feedback/feedback';
import { FEEDBACK_QUESTION_MAX_LENGTH } from '../../core/feedback/limits';
import { FREE_TEXT_REDUCTION_VERSION } from '../../core/privacy';
import { storableText } from '../referrals/stored-text';
import { answersOf, type FeedbackAnswerColumns } from './feedback';

const PAGE_SIZE = 200;
/** At most this many pages a night, as for the other tables: 20,000 items. */
const MAX_PAGES = 100;

interface FeedbackQuestionRow extends FeedbackAnswerColumns {
  id: string;
  tenant_id: string;
  question: string | null;
  status: string;
}

function groupKeyOf(row: FeedbackQuestionRow, question: string | null): string {
  const { given, expected } = answersOf(row);
  return feedbackGroupKey(question, given, expected);
}

/** The statements that bring one item to the current reduction. */
async function rewriteItem(db: D1Database, row: FeedbackQuestionRow, question: string | null): Promise<D1PreparedStatement[]> {
  const groupKey = groupKeyOf(row, question);
  if (row.status === 'open') {
    const other = await db
      .prepare(`SELECT id FROM feedback_items WHERE tenant_id = ?1 AND group_key = ?2 AND status = 'open' AND id != ?3`)
      .bind(row.tenant_id, groupKey, row.id)
      .first<{ id: string }>();
    if (other) {
      return [
        db.prepare('UPDATE feedback_reports SET item_id = ?1 WHERE item_id = ?2').bind(other.id, row.id),
        db.prepare('DELETE FROM feedback_items WHERE id = ?1').bind(row.id),
      ];
    }
  }
  return [
    db
      .prepare('UPDATE feedback_items SET question = ?1, group_key = ?2, reduction = ?3 WHERE id = ?4')
      .bind(question, groupKey, FREE_TEXT_REDUCTION_VERSION, row.id),
  ];
}

/**
 * Reduces the questions of items below the current reduction; answers how many changed. Items are
 * done one at a time, because an item that joins another changes what the next one may join.
 */
export async function reduceFeedbackQuestions(
  db: D1Database,
  wordsOf: (tenantId: string) => Promise<ReadonlySet<string>>,
): Promise<number> {
  let changed = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { results } = await db
      .prepare(
        `SELECT id, tenant_id, question, status, given_topic_id, given_counter_id, given_basis, expected_counter_id, expected_topic_id
         FROM feedback_items WHERE reduction < ?1 LIMIT ?2`,
      )
      .bind(FREE_TEXT_REDUCTION_VERSION, PAGE_SIZE)
      .all<FeedbackQuestionRow>();
    if (results.length === 0) break;
    // An item whose question stays as it is is only marked as done: one batch for the page.
    const unchanged: D1PreparedStatement[] = [];
    for (const row of results) {
      const question =
        row.question === null ? null : storableText(row.question, await wordsOf(row.tenant_id), FEEDBACK_QUESTION_MAX_LENGTH);
      if (question === row.question) {
        unchanged.push(db.prepare('UPDATE feedback_items SET reduction = ?1 WHERE id = ?2').bind(FREE_TEXT_REDUCTION_VERSION, row.id));
        continue;
      }
      changed++;
      await db.batch(await rewriteItem(db, row, question));
    }
    if (unchanged.length > 0) await db.batch(unchanged);
  }
  return changed;
}

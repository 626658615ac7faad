/**
 * Rewrites stored free text through the current reduction: signal questions, referral notes,
 * feedback comments and the questions of the feedback queue whose `reduction` is below FREE_TEXT_REDUCTION_VERSION (rows stored before the reduction existed,
 * or by an older one). Idempotent: a reduced text stays as it is, and a row once done is not read
 * again until the version is raised. Runs in pages so that a large backlog spreads over nights.
 */
import { FREE_TEXT_REDUCTION_VERSION } from '../../core/privacy';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '../../core/feedback/limits';
import { NOTE_MAX_LENGTH } from '../../core/referrals/referral';
import { storableText, tenantWordsOf } from '../referrals/stored-text';
import { reduceFeedbackQuestions } from './reduce-feedback-questions';
import { findPublishedContentJson } from './versions';

const PAGE_SIZE = 200;
/** At most this many pages a night per table: 20,000 rows, well inside a cron's CPU time. */
const MAX_PAGES = 100;

const TABLES = [
  { table: 'signals', column: 'question', maxLength: 500, counted: 'signals' },
  { table: 'referrals', column: 'note', maxLength: NOTE_MAX_LENGTH, counted: 'referrals' },
  { table: 'feedback_reports', column: 'comment', maxLength: FEEDBACK_COMMENT_MAX_LENGTH, counted: 'feedbackComments' },
] as const;

interface StoredTextRow {
  row_id: number;
  tenant_id: string;
  text: string | null;
}

/** How many texts each pass changed. */
export interface ReducedStoredText {
  signals: number;
  referrals: number;
  feedbackComments: number;
  feedbackQuestions: number;
}

/** The tenant's words from its published content; none when it has no published version. */
async function publishedWords(db: D1Database, tenantId: string): Promise<ReadonlySet<string>> {
  const json = await findPublishedContentJson(db, tenantId);
  return json === null ? new Set() : tenantWordsOf(JSON.parse(json) as object);
}

export async function reduceStoredText(db: D1Database): Promise<ReducedStoredText> {
  const words = new Map<string, Promise<ReadonlySet<string>>>();
  const wordsOf = (tenantId: string) => {
    let found = words.get(tenantId);
    if (!found) words.set(tenantId, (found = publishedWords(db, tenantId)));
    return found;
  };
  const counts: ReducedStoredText = { signals: 0, referrals: 0, feedbackComments: 0, feedbackQuestions: 0 };
  for (const { table, column, maxLength, counted } of TABLES) {
    for (let page = 0; page < MAX_PAGES; page++) {
      const { results } = await db
        .prepare(`SELECT rowid AS row_id, tenant_id, ${column} AS text FROM ${table} WHERE reduction < ?1 LIMIT ?2`)
        .bind(FREE_TEXT_REDUCTION_VERSION, PAGE_SIZE)
        .all<StoredTextRow>();
      if (results.length === 0) break;
      const updates = await Promise.all(
        results.map(async (row) => {
          const text = row.text === null ? null : storableText(row.text, await wordsOf(row.tenant_id), maxLength);
          if (text !== row.text) counts[counted]++;
          return db
            .prepare(`UPDATE ${table} SET ${column} = ?1, reduction = ?2 WHERE rowid = ?3`)
            .bind(text, FREE_TEXT_REDUCTION_VERSION, row.row_id);
        }),
      );
      await db.batch(updates);
    }
  }
  counts.feedbackQuestions = await reduceFeedbackQuestions(db, wordsOf);
  return counts;
}

/** Queries on the `test_questions` table: a tenant's list, in the order the admin keeps it. */
import { MAX_TEST_QUESTIONS, type TestQuestion } from '../../core/content/test-questions';

interface TestQuestionRow {
  question: string;
  counter_id: string;
  topic_id: string | null;
}

export async function listTestQuestions(db: D1Database, tenantId: string): Promise<TestQuestion[]> {
  const { results } = await db
    .prepare('SELECT question, counter_id, topic_id FROM test_questions WHERE tenant_id = ?1 ORDER BY position')
    .bind(tenantId)
    .all<TestQuestionRow>();
  return results.map((row) => ({
    question: row.question,
    counterId: row.counter_id,
    ...(row.topic_id !== null && { topicId: row.topic_id }),
  }));
}

export async function hasTestQuestions(db: D1Database, tenantId: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS found FROM test_questions WHERE tenant_id = ?1 LIMIT 1').bind(tenantId).first();
  return row !== null;
}

/**
 * Statements that replace the whole list; run them in one batch. The list travels as one JSON
 * parameter, so 500 questions are still two statements.
 */
export function replaceTestQuestions(db: D1Database, tenantId: string, questions: readonly TestQuestion[]): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM test_questions WHERE tenant_id = ?1').bind(tenantId),
    db
      .prepare(
        `INSERT INTO test_questions (tenant_id, position, question, counter_id, topic_id)
         SELECT ?1, key, json_extract(value, '$.question'), json_extract(value, '$.counterId'), json_extract(value, '$.topicId')
         FROM json_each(?2)`,
      )
      .bind(tenantId, JSON.stringify(questions)),
  ];
}

/**
 * Appends one question at the end of the list, unless the same question with the same answer
 * is already there or the list is full (MAX_TEST_QUESTIONS).
 */
export function appendTestQuestion(db: D1Database, tenantId: string, question: TestQuestion): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO test_questions (tenant_id, position, question, counter_id, topic_id)
       SELECT ?1, COALESCE((SELECT MAX(position) + 1 FROM test_questions WHERE tenant_id = ?1), 0), ?2, ?3, ?4
       WHERE NOT EXISTS (SELECT 1 FROM test_questions WHERE tenant_id = ?1 AND question = ?2 AND counter_id = ?3 AND topic_id IS ?4)
         AND (SELECT COUNT(*) FROM test_questions WHERE tenant_id = ?1) < ?5`,
    )
    .bind(tenantId, question.question, question.counterId, question.topicId ?? null, MAX_TEST_QUESTIONS);
}

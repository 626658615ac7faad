/**
 * A tenant's test questions: questions a desk hears, with the counter (and optionally the topic)
 * the division of tasks should give. The admin's "Test de wegwijzer" panel runs them against the
 * draft before a publish. The schema validates the shape; `findTestQuestionIssues` checks that
 * the ids exist in a given content, which the worker does on every save.
 */
import { z } from 'zod';
import { formatPath } from './parse-content';
import { IdSchema, type Content } from './schema';

export const MAX_TEST_QUESTIONS = 500;
const MAX_QUESTION_LENGTH = 500;

export const TestQuestionSchema = z.object({
  question: z
    .string()
    .trim()
    .min(1, 'Typ een vraag.')
    .max(MAX_QUESTION_LENGTH, `Een testvraag heeft hoogstens ${MAX_QUESTION_LENGTH} tekens.`),
  counterId: IdSchema,
  topicId: IdSchema.optional(),
});
export type TestQuestion = z.infer<typeof TestQuestionSchema>;

export const TestQuestionsSchema = z.object({
  questions: z.array(TestQuestionSchema).max(MAX_TEST_QUESTIONS, `U kunt hoogstens ${MAX_TEST_QUESTIONS} testvragen bewaren.`),
});

export type ParseTestQuestionsResult = { ok: true; questions: TestQuestion[] } | { ok: false; issues: TestQuestionIssue[] };

/** Validates a request body `{ questions: [...] }`, with zod's own messages in Dutch as parseContent has them. */
export function parseTestQuestions(input: unknown): ParseTestQuestionsResult {
  z.config(z.locales.nl());
  const result = TestQuestionsSchema.safeParse(input);
  if (result.success) return { ok: true, questions: result.data.questions };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

export interface TestQuestionIssue {
  /** "questions.3.counterId", as the validation of the request body names paths. */
  path: string;
  message: string;
}

/** Issues for ids that do not exist in `content`: a test question must be answerable by it. */
export function findTestQuestionIssues(
  questions: readonly TestQuestion[],
  content: Pick<Content, 'counters' | 'topics'>,
): TestQuestionIssue[] {
  const counterIds = new Set(content.counters.map((counter) => counter.id));
  const topicIds = new Set(content.topics.map((topic) => topic.id));
  return questions.flatMap((question, index) => [
    ...(counterIds.has(question.counterId)
      ? []
      : [{ path: `questions.${index}.counterId`, message: `Er is geen loket met de id "${question.counterId}".` }]),
    ...(question.topicId === undefined || topicIds.has(question.topicId)
      ? []
      : [{ path: `questions.${index}.topicId`, message: `Er is geen onderwerp met de id "${question.topicId}".` }]),
  ]);
}

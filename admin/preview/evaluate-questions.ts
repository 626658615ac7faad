/**
 * Runs the tenant's test questions through the draft's engine and the published one, and says
 * per question what would change or fail if the draft were published.
 */
import type { RouteResult } from '../../core/api/route-response';
import type { TestQuestion } from '../api/client';

export type Outcome =
  | { kind: 'advice'; counterId: string; topicId: string | null; digitalHelp: boolean }
  | { kind: 'clarify'; counterIds: string[] }
  | { kind: 'none' };

/**
 * - broken: right with the published version, wrong with the draft;
 * - fails: wrong with the draft (and with the published version, or nothing is published);
 * - fixed: wrong with the published version, right with the draft;
 * - changed: right with both, but the answer differs (another topic, or digital help);
 * - ok: right, and the same answer.
 */
export type QuestionStatus = 'broken' | 'fails' | 'fixed' | 'changed' | 'ok';

export interface QuestionResult {
  question: string;
  expected: string;
  draft: Outcome;
  /** Null when nothing is published yet. */
  published: Outcome | null;
  status: QuestionStatus;
}

export interface EvaluationCounts {
  total: number;
  pass: number;
  fail: number;
  newFailures: number;
  changed: number;
}

export interface Evaluation {
  results: QuestionResult[];
  counts: EvaluationCounts;
}

export interface Router {
  route: (query: string) => RouteResult;
}

export function outcomeOf(result: RouteResult): Outcome {
  if (result.advice) {
    const { counterId, topicId, digitalHelp } = result.advice;
    return { kind: 'advice', counterId, topicId, digitalHelp };
  }
  if (result.clarify) return { kind: 'clarify', counterIds: [...new Set(result.clarify.options.map((o) => o.counterId))] };
  return { kind: 'none' };
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function passes(outcome: Outcome, expected: string): boolean {
  return outcome.kind === 'advice' && outcome.counterId === expected;
}

const STATUS_ORDER: Record<QuestionStatus, number> = { broken: 0, fails: 1, fixed: 2, changed: 3, ok: 4 };

export function statusOf(expected: string, draft: Outcome, published: Outcome | null): QuestionStatus {
  const draftPasses = passes(draft, expected);
  if (published === null) return draftPasses ? 'ok' : 'fails';
  const publishedPasses = passes(published, expected);
  if (!draftPasses) return publishedPasses ? 'broken' : 'fails';
  if (!publishedPasses) return 'fixed';
  return sameOutcome(draft, published) ? 'ok' : 'changed';
}

/** Results sorted with the most urgent first (new failures), in question order within a status. */
export function evaluateQuestions(questions: readonly TestQuestion[], draft: Router, published: Router | null): Evaluation {
  const results = questions.map((q): QuestionResult => {
    const draftOutcome = outcomeOf(draft.route(q.question));
    const publishedOutcome = published === null ? null : outcomeOf(published.route(q.question));
    return {
      question: q.question,
      expected: q.counterId,
      draft: draftOutcome,
      published: publishedOutcome,
      status: statusOf(q.counterId, draftOutcome, publishedOutcome),
    };
  });
  const sorted = results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => STATUS_ORDER[a.result.status] - STATUS_ORDER[b.result.status] || a.index - b.index)
    .map(({ result }) => result);
  const count = (test: (r: QuestionResult) => boolean) => results.filter(test).length;
  const changed = count((r) => r.published !== null && !sameOutcome(r.draft, r.published));
  return {
    results: sorted,
    counts: {
      total: results.length,
      pass: count((r) => passes(r.draft, r.expected)),
      fail: count((r) => !passes(r.draft, r.expected)),
      newFailures: count((r) => r.status === 'broken'),
      changed,
    },
  };
}

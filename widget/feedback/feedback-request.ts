/**
 * The body of `POST /feedback` (DESIGN.md) as the widget builds it. Types only from core: the
 * schema there is zod, which stays out of the widget.
 */
import type { Advice } from '../../core/api/route-response';
import type { Expected, Given } from '../../core/feedback/feedback';
import { FEEDBACK_QUESTION_MAX_LENGTH } from '../../core/feedback/limits';

export interface FeedbackRequest {
  question: string;
  given: Given;
  expected?: Expected;
  comment?: string;
  sourceDeskId?: string;
  mode: 'desk' | 'resident';
}

/** The answer the correction is about: the advice on screen, or none (a clarifying question, no match). */
export function givenOf(advice: Advice | null): Given {
  if (!advice) return { topicId: null, counterId: null, basis: null };
  return { topicId: advice.topicId || null, counterId: advice.counterId, basis: advice.basis };
}

export interface FeedbackChoice {
  counterId: string;
  topicId: string;
  comment: string;
  sourceDeskId: string;
}

export function feedbackRequest(question: string, given: Given, choice: FeedbackChoice, mode: 'desk' | 'resident'): FeedbackRequest {
  const body: FeedbackRequest = { question: question.trim().slice(0, FEEDBACK_QUESTION_MAX_LENGTH), given, mode };
  if (choice.counterId)
    body.expected = choice.topicId ? { counterId: choice.counterId, topicId: choice.topicId } : { counterId: choice.counterId };
  const comment = choice.comment.trim();
  if (comment) body.comment = comment;
  if (choice.sourceDeskId && mode === 'desk') body.sourceDeskId = choice.sourceDeskId;
  return body;
}

/**
 * Turns a question into what the widget shows, using the engine that runs in the page.
 * Pure: no DOM, no Lit, so it is tested in Node (tests/widget/answer.test.ts).
 */
import type { Advice, Alternative, Clarify } from '../../core/api/route-response';
import type { Lang } from '../../core/content/schema';
import type { Engine } from '../../core/routing/engine';
import { loadedNational } from '../national/national-layer';

/** Typed words, or a topic picked from a list (a suggestion, a chip, a clarify option). */
export interface Question {
  /** The question in the resident's own words; for a picked topic, its title. */
  text: string;
  topicId?: string;
}

export type Answer =
  { kind: 'advice'; advice: Advice; alternatives: Alternative[] } | { kind: 'clarify'; clarify: Clarify } | { kind: 'none' };

export interface AnswerOptions {
  lang: Lang;
  cueIds: readonly string[];
}

/** Whether the national layer, once loaded, could change the answer to this question. */
export function couldUseNational(engine: Engine, question: Question, { lang, cueIds }: AnswerOptions): boolean {
  return !question.topicId && loadedNational() === undefined && engine.couldUseNational(question.text, { lang, cueIds });
}

/** Answers with the national layer when the page has loaded it (national-layer.ts). */
export function answer(engine: Engine, question: Question, { lang, cueIds }: AnswerOptions): Answer {
  if (question.topicId) {
    const advice = engine.adviseTopic(question.topicId, { lang, cueIds });
    return advice ? { kind: 'advice', advice, alternatives: [] } : { kind: 'none' };
  }
  const result = engine.route(question.text, { lang, cueIds, national: loadedNational() });
  // An ambiguous question is asked back before any advice: a wrong counter costs the resident a trip.
  if (result.clarify) return { kind: 'clarify', clarify: result.clarify };
  if (result.advice) return { kind: 'advice', advice: result.advice, alternatives: result.alternatives };
  return { kind: 'none' };
}

/**
 * Engines for the test panel and the publish check, built in the browser: the draft through
 * `createEngine` (only when it validates) and the published version from its bundle.
 */
import { useMemo } from 'preact/hooks';
import type { Content } from '../../core/content/schema';
import { type Engine } from '../../core/routing/engine';
import { createEngine } from '../../core/routing/create-engine';
import { useAdmin } from '../context';
import { evaluateQuestions, type Evaluation } from './evaluate-questions';

/** One engine per validated draft, shared by every component that asks for it. */
const draftEngines = new WeakMap<Content, Engine>();

export function useDraftEngine(): Engine | null {
  const { validation } = useAdmin();
  if (!validation.ok) return null;
  let engine = draftEngines.get(validation.content);
  if (engine === undefined) {
    engine = createEngine(validation.content);
    draftEngines.set(validation.content, engine);
  }
  return engine;
}

export function usePublishedEngine(): Engine | null {
  const { published } = useAdmin();
  return published.state.status === 'ready' ? published.state.engine : null;
}

/** Null while the draft is invalid or the questions are not loaded. */
export function useEvaluation(): Evaluation | null {
  const { testQuestions } = useAdmin();
  const draftEngine = useDraftEngine();
  const publishedEngine = usePublishedEngine();
  const questions = testQuestions.state.status === 'ready' ? testQuestions.state.questions : null;
  return useMemo(
    () => (draftEngine === null || questions === null ? null : evaluateQuestions(questions, draftEngine, publishedEngine)),
    [draftEngine, publishedEngine, questions],
  );
}

/**
 * Engines for the test panel and the publish check, built in the browser: the draft through
 * `createEngine` (only when it validates) and the published version from its bundle.
 */
import { useMemo } from 'preact/hooks';
import { createEngine, type Engine } from '../../core/routing/engine';
import { useAdmin } from '../context';
import { evaluateQuestions, type Evaluation } from './evaluate-questions';

export function useDraftEngine(): Engine | null {
  const { validation } = useAdmin();
  return useMemo(() => (validation.ok ? createEngine(validation.content) : null), [validation]);
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

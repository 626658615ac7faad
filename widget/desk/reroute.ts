/**
 * A signal was ticked or unticked at the desk: ask the engine again with the new cues. The result
 * says what the log should add: that the advice changed, and which counters the signals point to.
 */
import type { Lang } from '../../core/content/schema';
import type { Engine } from '../../core/routing/engine';
import { answer, type Answer, type Question } from '../conversation/answer';
import { cueHints } from '../conversation/content';
import type { NewLogMessage } from '../conversation/log';

type AdviceAnswer = Extract<Answer, { kind: 'advice' }>;

export interface RerouteResult {
  answer: AdviceAnswer;
  /** True when the counter or the digital-help step changed. */
  changed: boolean;
  messages: NewLogMessage[];
}

export function reroute(
  engine: Engine,
  question: Question,
  before: AdviceAnswer,
  cues: { before: readonly string[]; now: readonly string[] },
  lang: Lang,
): RerouteResult | null {
  const result = answer(engine, question, { lang, cueIds: cues.now });
  if (result.kind !== 'advice') return null;
  const { advice } = result;
  const changed = advice.counterId !== before.advice.counterId || advice.digitalHelp !== before.advice.digitalHelp;
  const messages: NewLogMessage[] = changed
    ? [
        { from: 'assistant', kind: 'note', note: 'cueChangedAdvice' },
        { from: 'assistant', kind: 'advice', advice },
      ]
    : [];
  const hinted = new Set(cueHints(engine.content, before.advice, cues.before).map((counter) => counter.id));
  for (const counter of cueHints(engine.content, advice, cues.now)) {
    if (!hinted.has(counter.id)) messages.push({ from: 'assistant', kind: 'hint', counterName: counter.name });
  }
  return { answer: result, changed, messages };
}

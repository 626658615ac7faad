/** Events the element fires. They bubble and cross the shadow boundary, so a host page can listen on `document`. */
import type { Advice } from '../core/api/route-response';

/** Which counter the widget advised: ids only, never the question text. */
export type AdviceEventDetail = Pick<Advice, 'topicId' | 'counterId' | 'digitalHelp'>;

export type AdviceEvent = CustomEvent<AdviceEventDetail>;

export function adviceEvent(advice: Advice): AdviceEvent {
  const { topicId, counterId, digitalHelp } = advice;
  return new CustomEvent('lw-advice', { detail: { topicId, counterId, digitalHelp }, bubbles: true, composed: true });
}

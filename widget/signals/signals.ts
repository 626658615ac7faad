/**
 * Anonymous signals for the municipality: a question that found no topic, a clarifying question
 * left unanswered, or desk signal categories without a referral. Fire-and-forget: a signal never
 * blocks, slows or changes the conversation, and a failure stays silent. The question text goes
 * along only when it holds no personal data that the widget can recognise; the server stores it
 * only reduced (names, streets and plates replaced by markers, core/privacy/reduce-free-text.ts).
 */
import { containsPersonalData } from '../../core/privacy/find-personal-data';
import { apiUrl } from '../referral/api-url';

export type SignalMode = 'desk' | 'resident';

export type SignalPayload =
  | { kind: 'unanswered' | 'clarify-abandoned'; mode: SignalMode; question?: string; topicIds?: string[] }
  | { kind: 'category'; signalIds: string[]; sourceDeskId?: string };

const QUESTION_MAX = 500;

export function questionSignal(
  kind: 'unanswered' | 'clarify-abandoned',
  question: string,
  mode: SignalMode,
  topicIds: readonly string[] = [],
): SignalPayload {
  const payload: SignalPayload = { kind, mode };
  const text = question.trim().slice(0, QUESTION_MAX);
  if (text && !containsPersonalData(text)) payload.question = text;
  if (topicIds.length > 0) payload.topicIds = [...topicIds];
  return payload;
}

/**
 * POSTs the signal and forgets it: `keepalive` lets it finish while the page closes. Plain fetch,
 * as the forms' JSON calls make it (referral/api-result.ts) without reading the answer: that code
 * loads with the forms, and a signal can leave with the first answer.
 */
export function sendSignal(api: string, tenant: string, payload: SignalPayload, fetchImpl: typeof fetch = globalThis.fetch): void {
  try {
    fetchImpl(apiUrl(api, tenant, '/signals'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    }).catch(() => undefined);
  } catch {
    // A tenant id that cannot be encoded, or a fetch that throws: signals are a bonus, never a reason to fail.
  }
}

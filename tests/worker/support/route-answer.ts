/**
 * The counter that the public /route answer offers for a topic: as its advice or, when the
 * engine asks a clarifying question first, as that topic's option. Tests about publishing check
 * which version answers, not how sure the engine is.
 */
import type { RouteResult } from '../../../core/api/route-response';
import { fetchWorker } from './fetch-worker';

export async function publicCounterFor(question: string, topicId: string, tenant = 'voorbeeldstad'): Promise<string | undefined> {
  const res = await fetchWorker(`/api/v1/tenants/${tenant}/route?q=${encodeURIComponent(question)}`);
  const result: RouteResult = await res.json();
  if (result.advice?.topicId === topicId) return result.advice.counterId;
  return result.clarify?.options.find((option) => option.topicId === topicId)?.counterId;
}

/**
 * The question back to the desk when a question fits topics of different counters about
 * equally well: better to ask than to send the resident to the wrong place.
 */
import type { Clarify } from '../api/route-response';
import type { Lang } from '../content/schema';
import type { TopicTable } from './topic-table';

const MAX_CLARIFY_OPTIONS = 4;

const CLARIFY_QUESTION: Record<Lang, string> = {
  nl: 'Deze vraag past bij meer dan één loket. Waar gaat het over?',
  en: 'This question fits more than one counter. What is it about?',
};

export interface ClarifyCandidate {
  /** The topic's number in `topics` (topic-table.ts). */
  topic: number;
  counterId: string;
}

/**
 * At most MAX_CLARIFY_OPTIONS of the candidates (best first), with every counter among them
 * represented before a counter gets a second option: the point is to choose a counter.
 */
function pickOptions<T extends ClarifyCandidate>(candidates: readonly T[]): T[] {
  const firstPerCounter = candidates.filter(
    (candidate, i) => candidates.findIndex((other) => other.counterId === candidate.counterId) === i,
  );
  const picked = new Set(firstPerCounter.slice(0, MAX_CLARIFY_OPTIONS));
  for (const candidate of candidates) {
    if (picked.size >= MAX_CLARIFY_OPTIONS) break;
    picked.add(candidate);
  }
  return candidates.filter((candidate) => picked.has(candidate));
}

/** Null when fewer than two options remain: then there is nothing to choose. */
export function clarifyBetween(candidates: readonly ClarifyCandidate[], lang: Lang, topics: TopicTable): Clarify | null {
  const options = pickOptions(candidates).map(({ topic, counterId }) => ({
    label: topics.title(topic, lang),
    topicId: topics.id(topic),
    counterId,
  }));
  return options.length >= 2 ? { question: CLARIFY_QUESTION[lang], options } : null;
}

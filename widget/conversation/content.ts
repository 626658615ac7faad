/** Look-ups in a tenant's content that the widget's views need. Pure, tested in Node. */
import type { Advice } from '../../core/api/route-response';
import type { Content, Counter, Location, Topic } from '../../core/content/schema';

/** Undefined for a null id: national and fallback advice have no topic. */
export function findTopic(content: Content, topicId: string | null): Topic | undefined {
  return topicId === null ? undefined : content.topics.find((topic) => topic.id === topicId);
}

export function findCounter(content: Content, counterId: string): Counter | undefined {
  return content.counters.find((counter) => counter.id === counterId);
}

/**
 * Counters that ticked cues point to but the advice does not name: the card suggests
 * considering them too ("bril vergeten" next to a passport question suggests the Taalhuis).
 */
export function cueHints(content: Content, advice: Advice, cueIds: readonly string[]): Counter[] {
  const named = new Set([advice.counterId, findTopic(content, advice.topicId)?.counter]);
  const hinted = new Set<string>();
  for (const cue of content.recognitionCues) {
    if (cueIds.includes(cue.id) && !named.has(cue.suggests)) hinted.add(cue.suggests);
  }
  return [...hinted].flatMap((id) => findCounter(content, id) ?? []);
}

/**
 * Quick-start topics: the first topic of each counter, in the order of the counters. Without
 * usage figures this is the fairest pick: one common question for every counter on the table.
 */
export function quickTopics(content: Content, limit: number): Topic[] {
  const picked: Topic[] = [];
  for (const counter of content.counters) {
    const topic = content.topics.find((candidate) => candidate.counter === counter.id);
    if (topic) picked.push(topic);
    if (picked.length === limit) break;
  }
  return picked;
}

/** The steps of an advice: one counter, or the digital-help counter first and the topic's counter after it. */
export function adviceSteps(content: Content, advice: Advice): Counter[] {
  const first = findCounter(content, advice.counterId);
  if (!first) return [];
  if (!advice.digitalHelp) return [first];
  const then = findCounter(content, findTopic(content, advice.topicId)?.counter ?? '');
  return then && then.id !== first.id ? [first, then] : [first];
}

/**
 * The municipality's general number, for "how to reach a person": the 14 + area code number
 * (e.g. "14 0999") that Dutch municipalities use, taken from whichever counter lists it.
 */
export function generalPhone(content: Content): string | undefined {
  return content.counters.find((counter) => counter.phone && /^14 ?0\d{2,3}$/.test(counter.phone))?.phone;
}

export function locationsOf(content: Content, counter: Counter): Location[] {
  return counter.locationIds.flatMap((id) => content.locations.find((location) => location.id === id) ?? []);
}

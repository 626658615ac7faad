/**
 * Scored topics joined with the content: which topic, and which counter the desk would send
 * the resident to for it (its own counter, or its digital-help counter).
 */
import type { Topic } from '../content/schema';
import type { RankedTopic } from './decide-advice';
import { scoreTopics, type NamesTopic } from './score-topics';
import type { TopicIndex } from './search-index';

/**
 * When the question says the online part does not work, a topic that names a digital-help
 * counter is the more likely reading: "paspoort aanvragen, online afspraak lukt niet" is
 * about the passport, not about online appointments in general.
 */
const DIGITAL_HELP_PREFERENCE = 1.3;

export interface RankOptions {
  /** Whether the resident needs the digital-help counter for this topic. */
  needsDigitalHelp: (topic: Topic) => boolean;
  /** Prefer topics that name a digital-help counter (the question shows the need). */
  preferDigitalHelpTopics: boolean;
  /** Words that say nothing here, such as the municipality's own name. */
  ignoredWords: ReadonlySet<string>;
  /** Whether a term on its own names a topic (a keyword of one word): see score-topics.ts. */
  namesTopic: NamesTopic;
}

export function rankTopics(
  index: TopicIndex,
  topicById: ReadonlyMap<string, Topic>,
  text: string,
  { needsDigitalHelp, preferDigitalHelpTopics, ignoredWords, namesTopic }: RankOptions,
): RankedTopic[] {
  const words = index.analyser.queryWords(text).filter((word) => !ignoredWords.has(word.word));
  const ranked = scoreTopics(index, words, namesTopic).flatMap((scored): RankedTopic[] => {
    const topic = topicById.get(scored.topicId);
    if (topic === undefined) return [];
    const digitalHelp = topic.digitalHelp !== undefined && needsDigitalHelp(topic);
    const preferred = preferDigitalHelpTopics && topic.digitalHelp !== undefined;
    return [
      {
        ...scored,
        score: preferred ? scored.score * DIGITAL_HELP_PREFERENCE : scored.score,
        topic,
        digitalHelp,
        counterId: digitalHelp ? (topic.digitalHelp ?? topic.counter) : topic.counter,
      },
    ];
  });
  return ranked.sort((a, b) => b.score - a.score);
}

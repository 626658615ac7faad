/**
 * Scored topics joined with the content: which topic, and which counter the desk would send
 * the resident to for it (its own counter, or its digital-help counter).
 */
import type { RankedTopic } from './decide-advice';
import { scoreTopics } from './score-topics';
import type { TopicIndex } from './search-index';
import type { QueryWord } from './term-analyser';
import type { TopicTable } from './topic-table';

/**
 * When the question says the online part does not work, a topic that names a digital-help
 * counter is the more likely reading: "paspoort aanvragen, online afspraak lukt niet" is
 * about the passport, not about online appointments in general.
 */
const DIGITAL_HELP_PREFERENCE = 1.3;

export interface RankOptions {
  /** Whether the resident needs the digital-help counter for this topic (by its number). */
  needsDigitalHelp: (topic: number) => boolean;
  /** Prefer topics that name a digital-help counter (the question shows the need). */
  preferDigitalHelpTopics: boolean;
  /** Words that say nothing here, such as the municipality's own name. */
  ignoredWords: ReadonlySet<string>;
}

/** The counter the desk sends the resident to: the topic's digital-help counter when they need that help and it has one. */
export function counterFor(topics: TopicTable, topic: number, digitalHelp: boolean): string {
  return (digitalHelp ? topics.digitalHelp(topic) : undefined) ?? topics.counter(topic);
}

/** The meaningful words of a question that the ranking uses; the engine reads them again for the generic-word check. */
export function questionWords(index: TopicIndex, text: string, ignoredWords: ReadonlySet<string>): QueryWord[] {
  return index.analyser.queryWords(text).filter((word) => !ignoredWords.has(word.word));
}

export function rankQuestionWords(
  index: TopicIndex,
  topics: TopicTable,
  words: readonly QueryWord[],
  { needsDigitalHelp, preferDigitalHelpTopics }: RankOptions,
): RankedTopic[] {
  return scoreTopics(index, words, (scored): RankedTopic | undefined => {
    const topic = scored.topic;
    if (!topics.has(topic)) return undefined;
    const hasDigitalHelp = topics.digitalHelp(topic) !== undefined;
    const digitalHelp = hasDigitalHelp && needsDigitalHelp(topic);
    const preferred = preferDigitalHelpTopics && hasDigitalHelp;
    // Written out rather than `{ ...scored, score }`: V8 copies a spread that overrides a
    // property the slow way, and per question that made a garbage collection's worth of
    // long-lived copies (bench: 59 collections per 4,000 questions against 32).
    return {
      topic,
      score: preferred ? scored.score * DIGITAL_HELP_PREFERENCE : scored.score,
      coverage: scored.coverage,
      explained: scored.explained,
      explainedWords: scored.explainedWords,
      distinctive: scored.distinctive,
      digitalHelp,
      counterId: counterFor(topics, topic, digitalHelp),
    };
  });
}

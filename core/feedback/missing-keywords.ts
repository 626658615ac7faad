/**
 * The words of a topic's titles and keywords, which the admin compares a corrected question
 * with to offer the words the topic lacks as keywords.
 */
import type { Topic } from '../content/schema';
import { toWords } from '../routing/normalise';
import { isStopWord } from '../routing/stop-words';

function topicWords(topic: Topic): string[] {
  return [topic.title.nl, topic.title.en, ...topic.keywords].flatMap(toWords);
}

/** The markers of the reduction ("[naam]", "[adres]"): what was removed is no keyword. */
const REDUCTION_MARKER = /\[[a-z-]+\]/g;

/**
 * The question's words that the topic's titles and keywords lack, in the question's order:
 * what the admin may add as keywords so the question finds the topic. Function words, numbers
 * and the reduction's markers are left out: they say nothing about a topic.
 */
export function missingKeywords(question: string, topic: Topic): string[] {
  const known = new Set(topicWords(topic));
  const words = toWords(question.replace(REDUCTION_MARKER, ' ')).filter(
    (word) => word.length >= 3 && !/\d/.test(word) && !isStopWord(word) && !known.has(word),
  );
  return [...new Set(words)];
}

/**
 * Words of a tenant's table: what `reduceFreeText` must never take for a name, and what the
 * admin compares a corrected question with to offer the words a topic lacks as keywords.
 */
import type { Content, Topic } from '../content/schema';
import { toWords } from '../routing/normalise';
import { isStopWord } from '../routing/stop-words';

function topicWords(topic: Topic): string[] {
  return [topic.title.nl, topic.title.en, ...topic.keywords].flatMap(toWords);
}

// Content objects are immutable per tenant@version, so their word sets are too.
const wordsOfContent = new WeakMap<Pick<Content, 'topics'>, ReadonlySet<string>>();

/** Every word of every topic's titles and keywords, normalised as the engine reads them. */
export function tableWords(content: Pick<Content, 'topics'>): ReadonlySet<string> {
  let words = wordsOfContent.get(content);
  if (!words) {
    words = new Set(content.topics.flatMap(topicWords));
    wordsOfContent.set(content, words);
  }
  return words;
}

/**
 * The question's words that the topic's titles and keywords lack, in the question's order:
 * what the admin may add as keywords so the question finds the topic. Function words and
 * numbers are left out: they say nothing about a topic.
 */
export function missingKeywords(question: string, topic: Topic): string[] {
  const known = new Set(topicWords(topic));
  const words = toWords(question).filter((word) => word.length >= 3 && !/\d/.test(word) && !isStopWord(word) && !known.has(word));
  return [...new Set(words)];
}

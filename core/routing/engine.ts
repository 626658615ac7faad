/**
 * The routing engine: from a resident's question to the counter that handles it, following
 * the tenant's division of tasks. Pure and synchronous, so the worker and the widget run the
 * very same code on the very same bundle.
 */
import type { Advice, RouteResult } from '../api/route-response';
import type { Content, Lang, Topic } from '../content/schema';
import { decideAdvice, hasEnoughEvidence, type RankedTopic } from './decide-advice';
import { findDigitalHelpSignal } from './digital-help-signals';
import { toWords } from './normalise';
import { counterFor, rankTopics } from './rank-topics';
import { adviceReason } from './reason';
import type { TopicIndex } from './search-index';
import { suggestTopics } from './suggest-topics';

export interface RouteOptions {
  /** Language of the answer texts; default 'nl'. The question itself may be in either language. */
  lang?: Lang;
  /** Ticked recognition cues from the desk checklist. */
  cueIds?: readonly string[];
}

export interface AdviseTopicOptions {
  lang?: Lang;
  /** The resident needs help with the online part. */
  digitalHelp?: boolean;
  /** Ticked recognition cues: one that points at the topic's digital-help counter also means digital help. */
  cueIds?: readonly string[];
}

export interface TopicSuggestion {
  topicId: string;
  /** The topic's title in the requested language. */
  title: string;
  counterId: string;
  /** Relative to the best suggestion: 1 is the best. */
  score: number;
}

export interface Engine {
  readonly content: Content;
  /** Never throws, for any string. */
  route: (query: string, options?: RouteOptions) => RouteResult;
  /** Search-as-you-type, from the 2nd character; default limit 5. */
  suggest: (query: string, options?: { lang?: Lang; limit?: number }) => TopicSuggestion[];
  /** The advice for a topic the user picked, e.g. from a clarify question. Null for an unknown topic. */
  adviseTopic: (topicId: string, options?: AdviseTopicOptions) => Advice | null;
}

/** Longer questions are cut here for matching; the contract allows 500 characters. */
const MAX_QUERY_LENGTH = 500;
const DEFAULT_SUGGEST_LIMIT = 5;

/** The engine over a built or loaded index; create-engine.ts builds the index from content. */
export function createEngineWithIndex(content: Content, index: TopicIndex): Engine {
  const topicById = new Map(content.topics.map((topic) => [topic.id, topic]));
  const counterNameById = new Map(content.counters.map((counter) => [counter.id, counter.name]));
  const counterName = (id: string) => counterNameById.get(id) ?? id;
  // "Ik ben verhuisd naar Voorbeeldstad": the municipality's name is not a topic, and as an
  // unknown word it would count against the evidence.
  const ignoredWords = new Set(toWords(content.tenant.name).filter((word) => !index.analyser.isKnownWord(word)));
  const cueSuggests = new Map(content.recognitionCues.map((cue) => [cue.id, cue.suggests]));
  /** The counters that the ticked cues point at. */
  const cueCounters = (cueIds: readonly string[] = []) => new Set(cueIds.flatMap((id) => cueSuggests.get(id) ?? []));
  // The desk saw that the resident needs help with the online part of this very topic.
  const cuesAskForDigitalHelp = (topic: Topic, counters: ReadonlySet<string>) =>
    topic.digitalHelp !== undefined && counters.has(topic.digitalHelp);

  const buildAdvice = (topic: Topic, needsDigitalHelp: boolean, lang: Lang): Advice => {
    const digitalHelp = needsDigitalHelp && topic.digitalHelp !== undefined;
    const counterId = counterFor(topic, digitalHelp);
    return {
      topicId: topic.id,
      counterId,
      digitalHelp,
      reason: adviceReason({
        tenantName: content.tenant.name,
        topic,
        counterName: counterName(topic.counter),
        digitalHelpCounterName: digitalHelp ? counterName(counterId) : undefined,
        lang,
      }),
    };
  };

  const noAdvice = (query: string, lang: Lang): RouteResult => ({ query, lang, advice: null, alternatives: [], clarify: null });

  const route = (query: string, options: RouteOptions): RouteResult => {
    const trimmed = query.trim();
    const lang = options.lang ?? 'nl';
    const text = trimmed.slice(0, MAX_QUERY_LENGTH);
    const signal = findDigitalHelpSignal(text);
    const ticked = cueCounters(options.cueIds);
    const needsDigitalHelp = (topic: Topic) => signal !== null || cuesAskForDigitalHelp(topic, ticked);
    const rank = (searchText: string) =>
      rankTopics(index, topicById, searchText, { needsDigitalHelp, preferDigitalHelpTopics: signal !== null, ignoredWords });

    // A digital-help phrase ("ik heb geen computer") must not pick the topic: first look
    // for the topic without it. If that finds nothing that has a digital-help counter, the
    // phrase was the question itself ("geen DigiD"), so search the whole text.
    let ranked: RankedTopic[] | undefined;
    if (signal !== null && signal.remainder !== '') {
      const withoutSignal = rank(signal.remainder);
      const [best] = withoutSignal;
      if (hasEnoughEvidence(best) && best.digitalHelp) ranked = withoutSignal;
    }
    ranked ??= rank(text);

    const decision = decideAdvice(ranked, lang);
    const result = noAdvice(trimmed, lang);
    if (decision.kind === 'advise') {
      result.advice = buildAdvice(decision.best.topic, decision.best.digitalHelp, lang);
      result.alternatives = decision.alternatives;
    } else if (decision.kind === 'clarify') {
      result.clarify = decision.clarify;
      result.alternatives = decision.alternatives;
    }
    return result;
  };

  return {
    content,
    route(query, options = {}) {
      try {
        return route(String(query ?? ''), options);
      } catch {
        // A desk tool must always answer; an unforeseen input gets "no advice", not an error page.
        return noAdvice(String(query ?? '').trim(), options.lang ?? 'nl');
      }
    },
    suggest(query, { lang = 'nl', limit = DEFAULT_SUGGEST_LIMIT } = {}) {
      return suggestTopics(index, String(query ?? '').slice(0, MAX_QUERY_LENGTH), limit).flatMap(({ topicId, score }) => {
        const topic = topicById.get(topicId);
        return topic === undefined ? [] : [{ topicId, title: topic.title[lang], counterId: topic.counter, score }];
      });
    },
    adviseTopic(topicId, { lang = 'nl', digitalHelp = false, cueIds } = {}) {
      const topic = topicById.get(topicId);
      if (topic === undefined) return null;
      return buildAdvice(topic, digitalHelp || cuesAskForDigitalHelp(topic, cueCounters(cueIds)), lang);
    },
  };
}

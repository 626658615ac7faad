/**
 * The routing engine: from a resident's question to the counter that handles it, following
 * the tenant's division of tasks. Pure and synchronous, so the worker and the widget run the
 * very same code on the very same bundle.
 */
import type { Advice, RouteResult } from '../api/route-response';
import type { Content, Lang } from '../content/schema';
import { chooseLayer } from '../national/choose-layer';
import type { NationalIndex } from '../national/national-index';
import { decideAdvice, hasEnoughEvidence, type RankedTopic } from './decide-advice';
import { findDigitalHelpSignal } from './digital-help-signals';
import { isGenericEvidence, restsOnGenericWords } from './generic-evidence';
import { toWords } from './normalise';
import { counterFor, questionWords, rankQuestionWords } from './rank-topics';
import { adviceReason, fallbackReason, nationalReason } from './reason';
import { routingContentOf, type RoutingContent } from './routing-content';
import { isStopWord } from './stop-words';
import type { QueryWord } from './term-analyser';
import type { TopicIndex } from './search-index';
import { suggestTopics } from './suggest-topics';

export interface RouteOptions {
  /** Language of the answer texts; default 'nl'. The question itself may be in either language. */
  lang?: Lang;
  /** Ticked recognition cues from the desk checklist. */
  cueIds?: readonly string[];
  /**
   * The national product list, shared by all tenants. Without it the engine still answers from
   * the table and falls back to the tenant's general counter; the widget loads it lazily.
   */
  national?: NationalIndex;
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
  /**
   * The whole content (minus the topics' keywords when loaded from a routing bundle). An engine
   * over a binary routing bundle parses it on first read and keeps it: read `routingContent`
   * when that has what you need.
   */
  readonly content: Content;
  /** The part of the content that routing reads, cheap on every engine (routing-content.ts). */
  readonly routingContent: RoutingContent;
  /** Never throws, for any string. */
  route: (query: string, options?: RouteOptions) => RouteResult;
  /** Search-as-you-type, from the 2nd character; default limit 5. */
  suggest: (query: string, options?: { lang?: Lang; limit?: number }) => TopicSuggestion[];
  /**
   * Whether the national list could change the answer that `route` gives without it: the table
   * has no confident answer, or it rests partly on a generic word, or the question has a word
   * the table does not know. The widget loads the national layer only then.
   */
  couldUseNational: (query: string, options?: Omit<RouteOptions, 'national'>) => boolean;
  /** The advice for a topic the user picked, e.g. from a clarify question. Null for an unknown topic. */
  adviseTopic: (topicId: string, options?: AdviseTopicOptions) => Advice | null;
}

/** Longer questions are cut here for matching; the contract allows 500 characters. */
const MAX_QUERY_LENGTH = 500;
const DEFAULT_SUGGEST_LIMIT = 5;

/** The engine over content in memory and a built or loaded index; create-engine.ts builds the index from content. */
export function createEngineWithIndex(content: Content, index: TopicIndex): Engine {
  return createEngineOver(routingContentOf(content, index.postings.documentIds), index, () => content);
}

/**
 * The engine over the routing part of the content and the index; `content` gives the whole
 * content when it is first read (a binary routing bundle parses it only then). The topics'
 * numbers in `routing.topics` are the index's document numbers.
 */
export function createEngineOver(routing: RoutingContent, index: TopicIndex, content: () => Content): Engine {
  const topics = routing.topics;
  const counterNameById = new Map(routing.counters.map((counter) => [counter.id, counter.name]));
  const counterName = (id: string) => counterNameById.get(id) ?? id;
  // "Ik ben verhuisd naar Voorbeeldstad": the municipality's name is not a topic, and as an
  // unknown word it would count against the evidence.
  const ignoredWords = new Set(toWords(routing.tenantName).filter((word) => !index.analyser.isKnownWord(word)));
  const cueSuggests = new Map(routing.recognitionCues.map((cue) => [cue.id, cue.suggests]));
  /** The counters that the ticked cues point at. */
  const cueCounters = (cueIds: readonly string[] = []) => new Set(cueIds.flatMap((id) => cueSuggests.get(id) ?? []));
  // The desk saw that the resident needs help with the online part of this very topic.
  const cuesAskForDigitalHelp = (topic: number, counters: ReadonlySet<string>) => {
    const digitalHelp = topics.digitalHelp(topic);
    return digitalHelp !== undefined && counters.has(digitalHelp);
  };

  const settings = routing.settings;
  const hasCounter = (id: string | undefined): id is string => id !== undefined && counterNameById.has(id);
  const nationalCounterId = hasCounter(settings?.nationalCounterId) ? settings.nationalCounterId : undefined;
  const fallbackCounterId = hasCounter(settings?.fallbackCounterId) ? settings.fallbackCounterId : undefined;
  const someTopicHasDigitalHelp = (counterId: string) => {
    for (let topic = 0; topic < topics.count; topic++) if (topics.has(topic) && topics.digitalHelp(topic) === counterId) return true;
    return false;
  };
  // The IDO, when topics name it as their digital-help counter: it also helps with the online part of national matters.
  const digitalHelpCounterId = routing.counters.find((counter) => counter.kind === 'ido' && someTopicHasDigitalHelp(counter.id))?.id;

  const buildAdvice = (topic: number, needsDigitalHelp: boolean, lang: Lang): Advice => {
    const digitalHelp = needsDigitalHelp && topics.digitalHelp(topic) !== undefined;
    const counterId = counterFor(topics, topic, digitalHelp);
    return {
      basis: 'table',
      product: null,
      topicId: topics.id(topic),
      counterId,
      digitalHelp,
      reason: adviceReason({
        tenantName: routing.tenantName,
        topicTitle: topics.title(topic, lang),
        counterName: counterName(topics.counter(topic)),
        digitalHelpCounterName: digitalHelp ? counterName(counterId) : undefined,
        lang,
      }),
    };
  };

  const noAdvice = (query: string, lang: Lang): RouteResult => ({ query, lang, advice: null, alternatives: [], clarify: null });

  interface Routed {
    result: RouteResult;
    couldUseNational: boolean;
  }

  const route = (query: string, options: RouteOptions): Routed => {
    const trimmed = query.trim();
    const lang = options.lang ?? 'nl';
    const text = trimmed.slice(0, MAX_QUERY_LENGTH);
    const signal = findDigitalHelpSignal(text);
    const ticked = cueCounters(options.cueIds);
    const needsDigitalHelp = (topic: number) => signal !== null || cuesAskForDigitalHelp(topic, ticked);
    // The words of each text searched, kept for the generic-word check after the ranking.
    const wordsOf = new Map<string, QueryWord[]>();
    const rank = (searchText: string) => {
      const words = questionWords(index, searchText, ignoredWords);
      wordsOf.set(searchText, words);
      return rankQuestionWords(index, topics, words, { needsDigitalHelp, preferDigitalHelpTopics: signal !== null, ignoredWords });
    };

    // A digital-help phrase ("ik heb geen computer") must not pick the topic: first look
    // for the topic without it. If that finds nothing that has a digital-help counter, the
    // phrase was the question itself ("geen DigiD"), so search the whole text.
    let ranked: RankedTopic[] | undefined;
    let searchText = text;
    if (signal !== null && signal.remainder !== '') {
      const withoutSignal = rank(signal.remainder);
      const [best] = withoutSignal;
      if (hasEnoughEvidence(best) && best.digitalHelp) {
        ranked = withoutSignal;
        searchText = signal.remainder;
      }
    }
    ranked ??= rank(text);

    const decision = decideAdvice(ranked, lang, topics);
    const analyser = index.analyser;
    const searchWords = () => wordsOf.get(searchText) ?? [];
    const layer = chooseLayer({
      decision,
      explained: () =>
        decision.kind === 'advise'
          ? searchWords().flatMap((word, i) => ((decision.best.explainedWords & (1 << i)) !== 0 && word.weight >= 1 ? [word.word] : []))
          : [],
      generic: () =>
        decision.kind === 'advise' &&
        restsOnGenericWords(
          decision.best.explainedWords,
          searchWords(),
          analyser,
          (word) => options.national?.isKnownWord(word) === true,
          decision.best.distinctive,
        ),
      named: () => options.national?.findProduct(text) ?? null,
      isKnownToTable: (word) => analyser.isKnownWord(word),
      coveringTopic: (uri) => {
        const topic = topics.coveringTopic(uri);
        return topic < 0 ? undefined : topic;
      },
      isRealQuestion: () => isRealQuestion(text, (word) => analyser.isKnownWord(word) || options.national?.isKnownWord(word) === true),
    });
    const result = noAdvice(trimmed, lang);
    const unknownWord = () => searchWords().some((word) => word.weight >= 1 && !analyser.isKnownWord(word.word));
    const restsPartlyOnGenericWords = () =>
      decision.kind === 'advise' &&
      searchWords().some((word, i) => (decision.best.explainedWords & (1 << i)) !== 0 && isGenericEvidence(word, analyser));
    const routed = (couldUseNational: boolean): Routed => ({ result, couldUseNational });
    switch (layer.kind) {
      case 'table':
        if (decision.kind === 'advise') {
          result.advice = buildAdvice(decision.best.topic, decision.best.digitalHelp, lang);
          result.alternatives = decision.alternatives;
        } else if (decision.kind === 'clarify') {
          result.clarify = decision.clarify;
          result.alternatives = decision.alternatives;
        }
        return routed(unknownWord() || restsPartlyOnGenericWords());
      case 'covering-topic': {
        const { topic } = layer;
        result.advice = buildAdvice(topic, needsDigitalHelp(topic), lang);
        return routed(false);
      }
      case 'national': {
        if (nationalCounterId === undefined) return routed(false);
        const digitalHelp = signal !== null && digitalHelpCounterId !== undefined;
        const counterId = digitalHelp ? digitalHelpCounterId : nationalCounterId;
        result.advice = {
          basis: 'national',
          topicId: null,
          counterId,
          digitalHelp,
          reason: nationalReason({ productName: layer.product.name, counterName: counterName(counterId), digitalHelp, lang }),
          product: { name: layer.product.name, uri: layer.product.uri },
        };
        return routed(false);
      }
      case 'fallback':
        if (fallbackCounterId === undefined) return routed(true);
        result.advice = {
          basis: 'fallback',
          topicId: null,
          counterId: fallbackCounterId,
          digitalHelp: false,
          reason: fallbackReason(counterName(fallbackCounterId), lang),
          product: null,
        };
        return routed(true);
      case 'none':
        return routed(false);
    }
  };

  return {
    get content() {
      return content();
    },
    routingContent: routing,
    route(query, options = {}) {
      try {
        return route(String(query ?? ''), options).result;
      } catch {
        // A desk tool must always answer; an unforeseen input gets "no advice", not an error page.
        return noAdvice(String(query ?? '').trim(), options.lang ?? 'nl');
      }
    },
    couldUseNational(query, options = {}) {
      try {
        return route(String(query ?? ''), { ...options, national: undefined }).couldUseNational;
      } catch {
        return false;
      }
    },
    suggest(query, { lang = 'nl', limit = DEFAULT_SUGGEST_LIMIT } = {}) {
      return suggestTopics(index, String(query ?? '').slice(0, MAX_QUERY_LENGTH), limit).flatMap(({ topic, score }) =>
        topics.has(topic) ? [{ topicId: topics.id(topic), title: topics.title(topic, lang), counterId: topics.counter(topic), score }] : [],
      );
    },
    adviseTopic(topicId, { lang = 'nl', digitalHelp = false, cueIds } = {}) {
      const topic = topics.numberOf(topicId);
      if (topic < 0) return null;
      return buildAdvice(topic, digitalHelp || cuesAskForDigitalHelp(topic, cueCounters(cueIds)), lang);
    },
  };
}

/**
 * Random letters ("qwxz plok") and a lone greeting get no advice; a question with a word that the
 * table or the national list knows, or a sentence with ordinary function words ("mijn buren maken
 * lawaai"), is a real question that deserves the general counter.
 */
function isRealQuestion(text: string, isKnownWord: (word: string) => boolean): boolean {
  const words = toWords(text).filter((word) => word.length >= 2 && !/^\d+$/.test(word));
  const meaningful = words.filter((word) => !isStopWord(word));
  if (meaningful.length === 0) return false;
  return meaningful.some(isKnownWord) || words.some(isStopWord);
}

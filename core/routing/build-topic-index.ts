/**
 * Builds the topic index from a tenant's content, at publish time and for drafts. MiniSearch
 * does the indexing (tokens, term frequencies, field lengths); its index is then repacked into
 * postings that load and search without it (topic-postings.ts, search-postings.ts).
 *
 * Building first collects the vocabulary: every stem in the topics, plus the parts of their
 * compounds ("hond" from "hondenbelasting"). All text goes through the same term analyser as
 * the questions do.
 */
import MiniSearch from 'minisearch';
import type { Content, Topic } from '../content/schema';
import { toWords } from './normalise';
import { postingsFromMiniSearch } from './minisearch-postings';
import type { TopicDocument, TopicField, TopicIndex } from './search-index';
import { loadTopicIndex, packTerms, type SerialisedTopicIndex } from './serialised-topic-index';
import type { StemLanguage } from './stem';
import { createTermAnalyser, indexTerms, type TermAnalyser } from './term-analyser';
import { findTerm, type TermList } from './topic-postings';

/** The language each field is stemmed in; a question is read in both, so it meets either. */
const FIELD_LANGUAGE: Record<TopicField, StemLanguage> = {
  titleNl: 'nl',
  titleEn: 'en',
  keywords: 'both',
  domain: 'both',
  counterHelpsWith: 'nl',
  compoundParts: 'both',
};

const FIELDS = Object.keys(FIELD_LANGUAGE) as TopicField[];

type DocumentText = Omit<TopicDocument, 'compoundParts'>;

function toDocumentTexts(content: Content): DocumentText[] {
  const helpsWith = new Map(content.counters.map((counter) => [counter.id, counter.helpsWith.join('. ')]));
  return content.topics.map((topic: Topic) => ({
    id: topic.id,
    titleNl: topic.title.nl,
    titleEn: topic.title.en,
    keywords: distinctWords(topic.keywords, [topic.title.nl, topic.title.en]),
    domain: topic.domain,
    counterHelpsWith: helpsWith.get(topic.counter) ?? '',
  }));
}

function withCompoundParts(text: DocumentText, splitter: TermAnalyser): TopicDocument {
  const words = toWords(`${text.titleNl} ${text.titleEn} ${text.keywords}`);
  return { ...text, compoundParts: [...new Set(words.flatMap((word) => splitter.compoundParts(word)))].join(' ') };
}

/**
 * Keywords are a set of ways to say the topic: "afspraak maken", "online afspraak" and
 * "afspraak via internet" must not make "afspraak" count three times, nor count again a
 * word that the title already has. One word, one vote per topic.
 */
function distinctWords(phrases: readonly string[], titles: readonly string[]): string {
  const inTitle = new Set(titles.flatMap((title) => toWords(title)));
  return [...new Set(phrases.flatMap((phrase) => toWords(phrase)))].filter((word) => !inTitle.has(word)).join(' ');
}

const fieldLanguage = (field: string | undefined): StemLanguage => FIELD_LANGUAGE[field as TopicField] ?? 'both';

/** Every distinct word of the texts, with the language its field is stemmed in. */
function textWords(texts: readonly DocumentText[]): [string, StemLanguage][] {
  const seen = new Map<string, [string, StemLanguage]>();
  for (const text of texts) {
    for (const field of FIELDS) {
      if (field === 'compoundParts') continue;
      const language = FIELD_LANGUAGE[field];
      for (const word of toWords(text[field])) seen.set(`${language}:${word}`, [word, language]);
    }
  }
  return [...seen.values()];
}

/**
 * Per topic, in the index's topic order, the positions of its naming terms in the index
 * (topic-names.ts): the terms of its keywords of one word. A term the index does not have can
 * match nothing, so it need not be kept.
 */
function topicNameTerms(topics: readonly Topic[], documentIds: readonly string[], terms: TermList): number[][] {
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  return documentIds.map((topicId) => {
    const positions = new Set<number>();
    for (const keyword of topicById.get(topicId)?.keywords ?? []) {
      const [word, ...rest] = toWords(keyword);
      if (word === undefined || rest.length > 0) continue;
      for (const term of indexTerms(word, 'both')) {
        const position = findTerm(terms, term);
        if (position >= 0) positions.add(position);
      }
    }
    return [...positions].sort((a, b) => a - b);
  });
}

/** The index in its JSON form, as a bundle carries it. */
export function buildSerialisedTopicIndex(content: Content): SerialisedTopicIndex {
  const texts = toDocumentTexts(content);
  const words = textWords(texts);
  // First the stems of whole words; the compounds are split against those.
  const splitter = createTermAnalyser(new Set(words.flatMap(([word, language]) => indexTerms(word, language))));
  const documents = texts.map((text) => withCompoundParts(text, splitter));

  const search = new MiniSearch<TopicDocument>({
    fields: FIELDS,
    tokenize: (text: string) => toWords(text),
    processTerm: (word: string, field?: string) => indexTerms(word, fieldLanguage(field)),
  });
  search.addAll(documents);
  const postings = postingsFromMiniSearch(search.toJSON());
  return { ...postings, topicNames: topicNameTerms(content.topics, postings.documentIds, packTerms(postings.terms)) };
}

export function buildTopicIndex(content: Content): TopicIndex {
  return loadTopicIndex(buildSerialisedTopicIndex(content));
}

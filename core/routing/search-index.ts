/**
 * The MiniSearch index over the topics. Each topic is one document with its titles in both
 * languages, its keywords, its domain, what its counter helps with, and the parts of the
 * compounds in its titles and keywords. All text goes through the same term analyser as the
 * questions do.
 *
 * Building first collects the vocabulary: every stem in the topics, plus the parts of their
 * compounds ("hond" from "hondenbelasting"). Questions are then read against exactly the
 * terms the index holds, so a serialised index gives that vocabulary back without re-reading
 * the topics.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Content, Topic } from '../content/schema';
import { toWords } from './normalise';
import type { StemLanguage } from './stem';
import { createTermAnalyser, type TermAnalyser } from './term-analyser';

interface TopicDocument {
  id: string;
  titleNl: string;
  titleEn: string;
  keywords: string;
  domain: string;
  counterHelpsWith: string;
  /** "huur toeslag zorg toeslag" for "huurtoeslag, zorgtoeslag": so "toeslag" finds them, less strongly. */
  compoundParts: string;
}

export type TopicField = Exclude<keyof TopicDocument, 'id'>;

const FIELD_LANGUAGE: Record<TopicField, StemLanguage> = {
  titleNl: 'nl',
  titleEn: 'en',
  keywords: 'both',
  domain: 'both',
  counterHelpsWith: 'nl',
  compoundParts: 'both',
};

const FIELDS = Object.keys(FIELD_LANGUAGE) as TopicField[];

/** How much a match in each field counts: keywords and titles say what a topic is about. */
export const FIELD_BOOST: Record<TopicField, number> = {
  titleNl: 2,
  titleEn: 1.5,
  keywords: 2,
  domain: 0.5,
  counterHelpsWith: 0.3,
  compoundParts: 1,
};

/**
 * How much a match in each field shows that the question is about the topic. What the
 * counter helps with in general ("bijzondere bijstand" for every Werk en Inkomen topic)
 * explains a word only weakly, and so does a word hidden in a compound ("adres" in
 * "emailadres").
 */
export const FIELD_EVIDENCE: Record<TopicField, number> = {
  titleNl: 1,
  titleEn: 1,
  keywords: 1,
  domain: 0.6,
  counterHelpsWith: 0.4,
  compoundParts: 0.6,
};

/**
 * The version of the analysis that turns text into index terms (normalising, stop words,
 * stemming, compounds, the fields and how they are read). A serialised index is only valid
 * for the analysis that built it: bump this whenever any of that changes, so bundles that
 * were compiled before a deploy get their index rebuilt from their content.
 */
export const ANALYSIS_VERSION = 2;

export interface TopicIndex {
  readonly search: MiniSearch<TopicDocument>;
  readonly analyser: TermAnalyser;
}

export type SerialisedTopicIndex = AsPlainObject;

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

function miniSearchOptions(indexTerms: (word: string, language: StemLanguage) => string[]) {
  return {
    fields: FIELDS,
    tokenize: (text: string) => toWords(text),
    processTerm: (word: string, field?: string) => indexTerms(word, fieldLanguage(field)),
  };
}

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

export function buildTopicIndex(content: Content): TopicIndex {
  const texts = toDocumentTexts(content);
  const words = textWords(texts);
  // First the stems of whole words; the compounds are split against those.
  const stemmer = createTermAnalyser(new Set());
  const splitter = createTermAnalyser(new Set(words.flatMap(([word, language]) => stemmer.indexTerms(word, language))));
  const documents = texts.map((text) => withCompoundParts(text, splitter));

  const indexed = new Set<string>();
  const search = new MiniSearch<TopicDocument>(
    miniSearchOptions((word, language) => {
      const terms = stemmer.indexTerms(word, language);
      for (const term of terms) indexed.add(term);
      return terms;
    }),
  );
  search.addAll(documents);
  return { search, analyser: createTermAnalyser(indexed) };
}

export function serialiseTopicIndex(index: TopicIndex): SerialisedTopicIndex {
  return index.search.toJSON();
}

export function loadTopicIndex(serialised: SerialisedTopicIndex): TopicIndex {
  const analyser = createTermAnalyser(new Set(serialised.index.map(([term]) => term)));
  const search = MiniSearch.loadJS<TopicDocument>(serialised, miniSearchOptions(analyser.indexTerms));
  return { search, analyser };
}

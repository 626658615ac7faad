/**
 * The index over the topics. Each topic is one document with its titles in both languages, its
 * keywords, its domain, what its counter helps with, and the parts of the compounds in its
 * titles and keywords; build-topic-index.ts builds it (and says how each field is stemmed), this
 * file holds what a loaded index is, its fields' weights, and its JSON form.
 *
 * Questions are read against exactly the terms the index holds, so a serialised index gives
 * the vocabulary back without re-reading the topics. Loading needs no MiniSearch: the widget
 * that loads a bundle does not download it.
 */
import { createTermAnalyser, type TermAnalyser } from './term-analyser';
import { loadTopicNames, type NamesTopic, type PackedTopicNames } from './topic-names';
import { termVocabulary, type TopicPostings } from './topic-postings';

export interface TopicDocument {
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
export const ANALYSIS_VERSION = 3;

export interface TopicIndex {
  readonly postings: TopicPostings;
  readonly analyser: TermAnalyser;
  readonly namesTopic: NamesTopic;
  /** Per topic, in the postings' topic order, the positions of the terms that name it (topic-names.ts). */
  readonly topicNames: PackedTopicNames;
}

/** The index over loaded postings and naming terms, from JSON (above) or from a binary routing bundle. */
export function topicIndexOf(postings: TopicPostings, topicNames: PackedTopicNames): TopicIndex {
  return { postings, analyser: createTermAnalyser(termVocabulary(postings)), topicNames, namesTopic: loadTopicNames(postings, topicNames) };
}

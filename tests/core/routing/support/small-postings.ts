/**
 * A small index of three topics in two fields, built by MiniSearch and repacked into postings:
 * what the tests of the postings and of their repacking read.
 */
import MiniSearch from 'minisearch';
import { postingsFromMiniSearch } from '../../../../core/routing/minisearch-postings';
import {
  postingField,
  postingTermFrequency,
  postingTopic,
  type SerialisedPostings,
  type TopicPostings,
} from '../../../../core/routing/topic-postings';
import { termsOf } from './terms-of';

export type TopicText = { id: string; title: string; body: string };

export const TOPICS: TopicText[] = [
  { id: 'paspoort', title: 'paspoort aanvragen', body: 'pas pas reis Zorg' },
  { id: 'toeslag', title: 'huur toeslag', body: 'toeslag écht aanvragen' },
  { id: 'leeg', title: 'ander', body: '' },
];

export function miniSearchOf(topics: readonly TopicText[]): MiniSearch<TopicText> {
  const miniSearch = new MiniSearch<TopicText>({
    fields: ['title', 'body'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
  });
  miniSearch.addAll(topics);
  return miniSearch;
}

export const serialised = (): SerialisedPostings => postingsFromMiniSearch(miniSearchOf(TOPICS).toJSON());

/** Every posting as [term, field, topic id, term frequency], in index order. */
export function decoded(postings: TopicPostings): [string, string, string, number][] {
  return termsOf(postings).flatMap((term, at) =>
    Array.from(
      postings.postings.subarray(postings.termStart[at], postings.termStart[at + 1]),
      (posting): [string, string, string, number] => [
        term,
        postings.fields[postingField(posting)]!,
        postings.documentIds[postingTopic(posting)]!,
        postingTermFrequency(posting),
      ],
    ),
  );
}

import type MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { postingsFromMiniSearch } from '../../../core/routing/minisearch-postings';
import { loadPostings } from '../../../core/routing/serialised-topic-index';
import { decoded, miniSearchOf, serialised, TOPICS, type TopicText } from './support/small-postings';

/** The same, read straight from MiniSearch's own serialised index, sorted by term, field and topic. */
function miniSearchPostings(miniSearch: MiniSearch<TopicText>): [string, string, string, number][] {
  const { index, fieldIds, documentIds } = miniSearch.toJSON();
  const fieldName = Object.fromEntries(Object.entries(fieldIds).map(([name, id]) => [id, name]));
  const rows = index.flatMap(([term, byField]) =>
    Object.entries(byField).flatMap(([field, byTopic]) =>
      Object.entries(byTopic).map(([topic, frequency]) => ({ term, field: Number(field), topic: Number(topic), frequency })),
    ),
  );
  rows.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.field - b.field || a.topic - b.topic));
  return rows.map(({ term, field, topic, frequency }) => [term, fieldName[field]!, String(documentIds[topic]), frequency]);
}

describe('postingsFromMiniSearch', () => {
  it('keeps every posting of MiniSearch’s index, with its field, topic and term frequency', () => {
    const miniSearch = miniSearchOf(TOPICS);
    const postings = loadPostings(postingsFromMiniSearch(miniSearch.toJSON()));
    expect(decoded(postings)).toEqual(miniSearchPostings(miniSearch));
    expect(decoded(postings)).toContainEqual(['pas', 'body', 'paspoort', 2]);
  });

  it('sorts the terms by UTF-16 code units, so that a prefix is a range', () => {
    const { terms } = serialised();
    expect(terms).toEqual(['Zorg', 'aanvragen', 'ander', 'huur', 'pas', 'paspoort', 'reis', 'toeslag', 'écht']);
  });

  it('keeps the field lengths per topic and the average per field', () => {
    const postings = serialised();
    expect(postings.fields).toEqual(['title', 'body']);
    expect(postings.documentIds).toEqual(['paspoort', 'toeslag', 'leeg']);
    // Distinct words per field, as MiniSearch counts them: "pas pas reis Zorg" has three.
    expect(postings.fieldLength).toEqual([2, 3, 2, 3, 1, 1]);
    expect(postings.averageFieldLength).toEqual(miniSearchOf(TOPICS).toJSON().averageFieldLength);
  });
});

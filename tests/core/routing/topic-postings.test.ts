import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  findTerm,
  isSerialisedPostings,
  loadPostings,
  postingField,
  postingTermFrequency,
  postingTopic,
  type SerialisedPostings,
  type TopicPostings,
} from '../../../core/routing/topic-postings';
import { postingsFromMiniSearch } from '../../../core/routing/minisearch-postings';
import { termsOf } from './support/terms-of';

type TopicText = { id: string; title: string; body: string };

const TOPICS: TopicText[] = [
  { id: 'paspoort', title: 'paspoort aanvragen', body: 'pas pas reis Zorg' },
  { id: 'toeslag', title: 'huur toeslag', body: 'toeslag écht aanvragen' },
  { id: 'leeg', title: 'ander', body: '' },
];

function miniSearchOf(topics: readonly TopicText[]): MiniSearch<TopicText> {
  const miniSearch = new MiniSearch<TopicText>({
    fields: ['title', 'body'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
  });
  miniSearch.addAll(topics);
  return miniSearch;
}

const serialised = (): SerialisedPostings => postingsFromMiniSearch(miniSearchOf(TOPICS).toJSON());

/** Every posting as [term, field, topic id, term frequency], in index order. */
function decoded(postings: TopicPostings): [string, string, string, number][] {
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

describe('loadPostings', () => {
  it('gives back the same index after a round trip through JSON', () => {
    const original = serialised();
    const overTheWire: unknown = JSON.parse(JSON.stringify(original));
    expect(isSerialisedPostings(overTheWire)).toBe(true);
    expect(overTheWire).toEqual(original);
    const loaded = loadPostings(overTheWire as SerialisedPostings);
    expect(decoded(loaded)).toEqual(decoded(loadPostings(original)));
    expect([...termsOf(loaded)].sort()).toEqual(termsOf(loaded));
  });
});

describe('isSerialisedPostings', () => {
  it('accepts what postingsFromMiniSearch made', () => {
    expect(isSerialisedPostings(serialised())).toBe(true);
  });

  it('rejects values that are not objects', () => {
    for (const value of [null, undefined, 'postings-1', 42, true]) expect(isSerialisedPostings(value)).toBe(false);
  });

  it('rejects another format, or a missing or non-array part', () => {
    expect(isSerialisedPostings({ ...serialised(), format: 'postings-0' })).toBe(false);
    expect(isSerialisedPostings({ ...serialised(), terms: undefined })).toBe(false);
    expect(isSerialisedPostings({ ...serialised(), postings: {} })).toBe(false);
    // MiniSearch's own serialised index is not packed postings.
    expect(isSerialisedPostings(miniSearchOf(TOPICS).toJSON())).toBe(false);
  });

  it('rejects parts whose lengths do not fit together', () => {
    const valid = serialised();
    expect(isSerialisedPostings({ ...valid, fieldLength: valid.fieldLength.slice(1) })).toBe(false);
    expect(isSerialisedPostings({ ...valid, postingCounts: valid.postingCounts.slice(1) })).toBe(false);
    expect(isSerialisedPostings({ ...valid, postings: valid.postings.slice(1) })).toBe(false);
    expect(isSerialisedPostings({ ...valid, postingCounts: valid.postingCounts.map((count, at) => (at === 0 ? count + 1 : count)) })).toBe(
      false,
    );
  });

  it('rejects more fields than a packed posting can number', () => {
    const fields = Array.from({ length: 9 }, (_, at) => `field${at}`);
    const valid = serialised();
    expect(
      isSerialisedPostings({ ...valid, fields, fieldLength: new Array<number>(valid.documentIds.length * fields.length).fill(1) }),
    ).toBe(false);
  });
});

describe('findTerm', () => {
  const postings = loadPostings(serialised());

  it('finds the position of every term of the index', () => {
    termsOf(postings).forEach((term, at) => expect(findTerm(postings, term)).toBe(at));
  });

  it('returns -1 for a term the index does not have, wherever it would sort', () => {
    // Before the first ("Zorg"), between terms, a prefix of a term, and after the last ("écht").
    for (const term of ['', 'Aap', 'b', 'paspoorten', 'pa', 'zzz', 'één']) expect(findTerm(postings, term)).toBe(-1);
  });

  it('returns -1 in an index without terms', () => {
    const empty = loadPostings(postingsFromMiniSearch(miniSearchOf([{ id: 'leeg', title: '', body: '' }]).toJSON()));
    expect(termsOf(empty)).toEqual([]);
    expect(findTerm(empty, 'pas')).toBe(-1);
  });
});

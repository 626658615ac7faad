import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../core/content/parse-content';
import type { Content, Topic } from '../../../core/content/schema';
import type { TopicIndex } from '../../../core/routing/search-index';
import { loadTopicIndex, type SerialisedTopicIndex } from '../../../core/routing/serialised-topic-index';
import { buildSerialisedTopicIndex, buildTopicIndex } from '../../../core/routing/build-topic-index';
import data from '../../../data/voorbeeldstad.json';
import { termsOf } from './support/terms-of';

const TOPICS: Topic[] = [
  {
    id: 'hondenbelasting',
    domain: 'Belastingen',
    title: { nl: 'Hondenbelasting betalen', en: 'Pay the dog tax' },
    keywords: ['hond', 'belasting voor mijn hond', 'aanslag'],
    counter: 'ido',
  },
  {
    id: 'parkeervergunning',
    domain: 'Parkeren',
    title: { nl: 'Parkeervergunning aanvragen', en: 'Apply for a parking permit' },
    keywords: ['parkeren bij mijn huis', 'vergunning', 'aanvragen'],
    counter: 'ido',
  },
  {
    id: 'paspoort',
    domain: 'Reisdocumenten',
    title: { nl: 'Paspoort aanvragen', en: 'Apply for a passport' },
    keywords: ['reisdocument', 'paspoort kwijt'],
    counter: 'ido',
  },
];

/** Voorbeeldstad's counters and locations, with three topics of our own. */
function content(): Content {
  const parsed = parseContent({ ...structuredClone(data), topics: TOPICS });
  if (!parsed.ok) throw new Error(`test content is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.content;
}

/** The topic's number in the index; -1 for a topic it does not have. */
const topicNumber = (index: TopicIndex, topicId: string) => index.postings.documentIds.indexOf(topicId);

/** The topics that a word of a question names, through any of its index terms. */
function topicsNamedBy(index: TopicIndex, word: string): string[] {
  const terms = index.analyser.indexTerms(word, 'both');
  return TOPICS.map((topic) => topic.id).filter((topicId) => terms.some((term) => index.namesTopic(topicNumber(index, topicId), term)));
}

const index = buildTopicIndex(content());

describe('topic names', () => {
  it('lets a one-word keyword name its topic, and no other', () => {
    expect(topicsNamedBy(index, 'hond')).toEqual(['hondenbelasting']);
    expect(topicsNamedBy(index, 'aanslag')).toEqual(['hondenbelasting']);
    expect(topicsNamedBy(index, 'vergunning')).toEqual(['parkeervergunning']);
    expect(topicsNamedBy(index, 'reisdocument')).toEqual(['paspoort']);
  });

  it('does not let a word of a keyword of several words name the topic', () => {
    // "parkeren bij mijn huis", "belasting voor mijn hond", "paspoort kwijt".
    expect(topicsNamedBy(index, 'parkeren')).toEqual([]);
    expect(topicsNamedBy(index, 'belasting')).toEqual([]);
    expect(topicsNamedBy(index, 'kwijt')).toEqual([]);
  });

  it('does not let a title word name the topic, unless it is also a one-word keyword', () => {
    expect(topicsNamedBy(index, 'betalen')).toEqual([]);
    expect(topicsNamedBy(index, 'paspoort')).toEqual([]);
    // Both topics have "aanvragen" in their title; only the parking permit has it as a keyword.
    expect(topicsNamedBy(index, 'aanvragen')).toEqual(['parkeervergunning']);
  });

  it('names nothing for a term the index lacks or a topic it does not have', () => {
    expect(index.namesTopic(topicNumber(index, 'hondenbelasting'), 'fiets')).toBe(false);
    expect(index.namesTopic(topicNumber(index, 'bestaat-niet'), 'hond')).toBe(false);
    expect(index.namesTopic(index.postings.documentCount, 'hond')).toBe(false);
  });

  it('gives the same answers after buildSerialisedTopicIndex, JSON and loadTopicIndex', () => {
    const loaded = loadTopicIndex(JSON.parse(JSON.stringify(buildSerialisedTopicIndex(content()))) as SerialisedTopicIndex);
    for (const topic of TOPICS) {
      for (const term of termsOf(index.postings))
        expect(loaded.namesTopic(topicNumber(loaded, topic.id), term), `${topic.id} / ${term}`).toBe(
          index.namesTopic(topicNumber(index, topic.id), term),
        );
    }
    expect(topicsNamedBy(loaded, 'hond')).toEqual(['hondenbelasting']);
    expect(topicsNamedBy(loaded, 'aanvragen')).toEqual(['parkeervergunning']);
  });
});

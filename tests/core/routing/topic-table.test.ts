import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../core/content/schema';
import { topicTableOf } from '../../../core/routing/topic-table';

const topic = (id: string, extra: Partial<Topic> = {}): Topic => ({
  id,
  domain: 'Documenten',
  title: { nl: `Titel ${id}`, en: `Title ${id}` },
  keywords: [],
  counter: 'burgerzaken',
  ...extra,
});

const topics = [
  topic('paspoort', { digitalHelp: 'ido', uplUris: ['https://upl/paspoort'] }),
  topic('rijbewijs', { uplUris: ['https://upl/rijbewijs', 'https://upl/paspoort'] }),
  topic('verhuizen', { counter: 'klantcontactcentrum' }),
];

describe('topicTableOf', () => {
  it('numbers the topics as the index numbers its documents, and reads each topic by its number', () => {
    const table = topicTableOf(topics, ['paspoort', 'rijbewijs', 'verhuizen']);
    expect([table.count, table.documentCount]).toEqual([3, 3]);
    expect(table.numberOf('verhuizen')).toBe(2);
    expect(table.numberOf('onbekend')).toBe(-1);
    expect([table.id(0), table.title(0, 'en'), table.domain(0), table.counter(2), table.digitalHelp(0), table.digitalHelp(1)]).toEqual([
      'paspoort',
      'Title paspoort',
      'Documenten',
      'klantcontactcentrum',
      'ido',
      undefined,
    ]);
  });

  it('follows the index’s order when it differs, and puts topics the index lacks after its documents', () => {
    const table = topicTableOf(topics, ['verhuizen', 'weg', 'paspoort']);
    expect([table.count, table.documentCount]).toEqual([4, 3]);
    expect([0, 2, 3].map((at) => table.id(at))).toEqual(['verhuizen', 'paspoort', 'rijbewijs']);
    // A document whose topic the content no longer has is no topic.
    expect(table.has(1)).toBe(false);
    expect(table.numberOf('weg')).toBe(-1);
    expect(table.numberOf('rijbewijs')).toBe(3);
  });

  it('finds the topic that covers a national product: the last one that names it, as a map of all would', () => {
    const table = topicTableOf(topics, ['paspoort', 'rijbewijs', 'verhuizen']);
    expect(table.coveringTopic('https://upl/rijbewijs')).toBe(1);
    expect(table.coveringTopic('https://upl/paspoort')).toBe(1);
    expect(table.coveringTopic('https://upl/onbekend')).toBe(-1);
  });
});

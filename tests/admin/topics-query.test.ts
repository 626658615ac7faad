import { describe, expect, it } from 'vitest';
import { domainsOf, EMPTY_QUERY, nextSort, queryTopics } from '../../admin/views/topics-query';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

const content = voorbeeldstad();
const counterName = (id: string) => content.counters.find((c) => c.id === id)?.name ?? id;

describe('queryTopics', () => {
  it('returns every topic with its index in the draft when nothing is asked', () => {
    const rows = queryTopics(content.topics, EMPTY_QUERY);
    expect(rows).toHaveLength(content.topics.length);
    expect(rows[3]).toEqual({ topic: content.topics[3], index: 3 });
  });

  it('searches titles, ids and keywords, ignoring case and accents', () => {
    expect(queryTopics(content.topics, { ...EMPTY_QUERY, search: 'DEURWAARDER' }).map((r) => r.topic.id)).toContain('schulden');
    expect(queryTopics(content.topics, { ...EMPTY_QUERY, search: 'Geldzörgen' }).map((r) => r.topic.id)).toEqual(['schulden']);
  });

  it('filters by counter, including topics where it gives digital help', () => {
    const rows = queryTopics(content.topics, { ...EMPTY_QUERY, counter: 'ido' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(({ topic }) => topic.counter === 'ido' || topic.digitalHelp === 'ido')).toBe(true);
  });

  it('filters by domain', () => {
    const rows = queryTopics(content.topics, { ...EMPTY_QUERY, domain: 'Geld en schulden' });
    expect(rows.every(({ topic }) => topic.domain === 'Geld en schulden')).toBe(true);
  });

  it('sorts by the counter’s name, both ways', () => {
    const up = queryTopics(content.topics, { ...EMPTY_QUERY, sort: { column: 'counter', direction: 'ascending' } }, counterName);
    const names = up.map(({ topic }) => counterName(topic.counter));
    expect(names).toEqual([...names].sort(new Intl.Collator('nl', { sensitivity: 'base' }).compare));
    const down = queryTopics(content.topics, { ...EMPTY_QUERY, sort: { column: 'counter', direction: 'descending' } }, counterName);
    expect(counterName(down[0]!.topic.counter)).toBe(names.at(-1));
  });
});

describe('nextSort', () => {
  it('starts ascending and flips on the same column', () => {
    expect(nextSort(null, 'domain')).toEqual({ column: 'domain', direction: 'ascending' });
    expect(nextSort({ column: 'domain', direction: 'ascending' }, 'domain')).toEqual({ column: 'domain', direction: 'descending' });
    expect(nextSort({ column: 'domain', direction: 'descending' }, 'id')).toEqual({ column: 'id', direction: 'ascending' });
  });
});

describe('domainsOf', () => {
  it('lists each domain once, sorted', () => {
    const domains = domainsOf(content.topics);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains).toContain('Geld en schulden');
  });
});

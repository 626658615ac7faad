/** Search, filter and sort for the topics table. Pure, so the table stays a thin view. */
import type { Topic } from '../../core/content/schema';

export type TopicColumn = 'id' | 'titleNl' | 'titleEn' | 'domain' | 'counter' | 'digitalHelp';
export type SortDirection = 'ascending' | 'descending';

export interface TopicQuery {
  search: string;
  counter: string;
  domain: string;
  sort: { column: TopicColumn; direction: SortDirection } | null;
}

export const EMPTY_QUERY: TopicQuery = { search: '', counter: '', domain: '', sort: null };

/** A topic with its place in the draft, which the edits need. */
export interface IndexedTopic {
  topic: Topic;
  index: number;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const valueOf: Record<TopicColumn, (topic: Topic, counterName: (id: string) => string) => string> = {
  id: (t) => t.id,
  titleNl: (t) => t.title.nl,
  titleEn: (t) => t.title.en,
  domain: (t) => t.domain,
  counter: (t, name) => name(t.counter),
  digitalHelp: (t, name) => (t.digitalHelp ? name(t.digitalHelp) : ''),
};

export function queryTopics(topics: readonly Topic[], query: TopicQuery, counterName: (id: string) => string = (id) => id): IndexedTopic[] {
  const words = fold(query.search).split(/\s+/).filter(Boolean);
  const matches = (topic: Topic) => {
    if (query.counter && topic.counter !== query.counter && topic.digitalHelp !== query.counter) return false;
    if (query.domain && topic.domain !== query.domain) return false;
    if (words.length === 0) return true;
    const haystack = fold([topic.id, topic.title.nl, topic.title.en, topic.domain, ...topic.keywords].join(' '));
    return words.every((word) => haystack.includes(word));
  };
  const rows = topics.map((topic, index) => ({ topic, index })).filter(({ topic }) => matches(topic));
  const { sort } = query;
  if (sort === null) return rows;
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const read = valueOf[sort.column];
  return rows.sort((a, b) => sign * collator.compare(read(a.topic, counterName), read(b.topic, counterName)) || a.index - b.index);
}

/** Clicking a sorted column's header flips it; another column starts ascending. */
export function nextSort(current: TopicQuery['sort'], column: TopicColumn): NonNullable<TopicQuery['sort']> {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}

export function domainsOf(topics: readonly Topic[]): string[] {
  return [...new Set(topics.map((topic) => topic.domain).filter(Boolean))].sort(new Intl.Collator('nl').compare);
}

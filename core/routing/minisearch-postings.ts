/**
 * MiniSearch's serialised index repacked into postings (topic-postings.ts), when an index is
 * built. A file of its own: the widget's engine chunk loads indexes and never builds one, so it
 * leaves this out (vite.config.ts); only a bundle without a current index needs it.
 */
import type { AsPlainObject } from 'minisearch';
import { MAX_FIELDS, MAX_TOPICS, packPosting, POSTINGS_FORMAT, type SerialisedPostings } from './topic-postings';

/** Repacks the index MiniSearch serialised (`toJSON`) for a store-only, never-edited index. */
export function postingsFromMiniSearch(index: AsPlainObject): SerialisedPostings {
  const fields = Object.entries(index.fieldIds)
    .sort(([, a], [, b]) => a - b)
    .map(([field]) => field);
  if (fields.length > MAX_FIELDS || index.nextId > MAX_TOPICS) throw new Error('Too many fields or topics for packed postings');
  const documentIds = new Array<string>(index.nextId).fill('');
  for (const [shortId, id] of Object.entries(index.documentIds)) documentIds[Number(shortId)] = String(id);
  const fieldLength = new Array<number>(index.nextId * fields.length).fill(0);
  for (const [shortId, lengths] of Object.entries(index.fieldLength)) {
    lengths.forEach((length, field) => (fieldLength[Number(shortId) * fields.length + field] = length ?? 0));
  }

  const entries = [...index.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const postingCounts: number[] = [];
  const postings: number[] = [];
  for (const [, byField] of entries) {
    const before = postings.length;
    for (const [field, byTopic] of Object.entries(byField).sort(([a], [b]) => Number(a) - Number(b))) {
      for (const [topic, termFrequency] of Object.entries(byTopic).sort(([a], [b]) => Number(a) - Number(b))) {
        postings.push(packPosting(Number(topic), termFrequency, Number(field)));
      }
    }
    postingCounts.push(postings.length - before);
  }
  return {
    format: POSTINGS_FORMAT,
    documentIds,
    fields,
    averageFieldLength: fields.map((_, field) => index.averageFieldLength[field] ?? 0),
    fieldLength,
    terms: entries.map(([term]) => term),
    postingCounts,
    postings,
  };
}

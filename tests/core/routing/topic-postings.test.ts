import { describe, expect, it } from 'vitest';
import { postingsFromMiniSearch } from '../../../core/routing/minisearch-postings';
import { loadPostings } from '../../../core/routing/serialised-topic-index';
import { findTerm } from '../../../core/routing/topic-postings';
import { miniSearchOf, serialised } from './support/small-postings';
import { termsOf } from './support/terms-of';

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

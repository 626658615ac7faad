import { describe, expect, it } from 'vitest';
import { isSerialisedPostings, loadPostings } from '../../../core/routing/serialised-topic-index';
import type { SerialisedPostings } from '../../../core/routing/topic-postings';
import { decoded, miniSearchOf, serialised, TOPICS } from './support/small-postings';
import { termsOf } from './support/terms-of';

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

import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, strongEtag } from '../../../worker/http/etag';

describe('strongEtag', () => {
  it('is the quoted SHA-256 of the text', async () => {
    expect(await strongEtag('abc')).toBe('"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"');
  });
});

describe('ifNoneMatchHits', () => {
  const etag = '"abc"';

  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    ['', false],
  ])('If-None-Match %j hits: %s', (header, hits) => {
    expect(ifNoneMatchHits(header, etag)).toBe(hits);
  });

  it('misses without the header', () => {
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
  });
});

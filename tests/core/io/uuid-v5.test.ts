/**
 * The HSDS export's ids are the `uuid` package's version-5 UUIDs (core/io/hsds.ts). A directory
 * consumer keys on them across exports, so these pins catch an upgrade or a swap that would
 * change every id.
 */
import { v5 as uuidV5 } from 'uuid';
import { describe, expect, it } from 'vitest';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  // The expected values are Python's uuid.uuid5, the reference implementation of RFC 9562.
  it.each([
    ['python.org', DNS, '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    ['https://loketwijzer.example/é', URL_NAMESPACE, 'f9f96050-f329-5180-a87b-4846447e17a6'],
    ['a'.repeat(200), DNS, 'fe30bfa6-ef90-59b3-b108-118411d0f0ab'],
    ['', DNS, '4ebd0208-8328-5d69-8c44-ec50939c0967'],
  ])('derives the RFC 9562 UUID of %j', (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });

  it('names the URL namespace that the HSDS ids are derived from', () => {
    expect(uuidV5.URL).toBe(URL_NAMESPACE);
  });
});

import { describe, expect, it } from 'vitest';
import { sha1, uuidV5 } from '../../../core/io/uuid-v5';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ])('hashes %j as FIPS 180 says', (text, digest) => {
    expect(hex(sha1(new TextEncoder().encode(text)))).toBe(digest);
  });

  it('hashes a message that spans several blocks', () => {
    expect(hex(sha1(new TextEncoder().encode('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });
});

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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_BITS, CODE_LENGTH, formatCode, generateCode, normaliseCode } from '../../../core/referrals/referral-code';

const cryptoBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

/**
 * Random bytes from fast-check, repeated as a stream, so the properties hold for any bytes, biased
 * ones included. A stream needs one byte under 248 to ever give a character.
 */
const byteStreams = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 })
  .filter((seed) => seed.some((byte) => byte < 248))
  .map((seed) => {
    let next = 0;
    return (bytes: Uint8Array) => bytes.map(() => seed[next++ % seed.length] ?? 0);
  });

describe('referral codes', () => {
  it('have at least 40 bits: 10 characters of an alphabet of 31', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_LENGTH).toBe(10);
    expect(CODE_BITS).toBeGreaterThanOrEqual(40);
  });

  it('use an alphabet without look-alikes', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it('are generated from the alphabet only, at their full length, for any random bytes that hold a usable one', () => {
    fc.assert(
      fc.property(byteStreams, (random) => {
        const code = generateCode(random);
        expect(code).toHaveLength(CODE_LENGTH);
        expect([...code].every((char) => CODE_ALPHABET.includes(char))).toBe(true);
      }),
    );
  });

  it('read back from their grouped, lower-case or spaced form', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const code = generateCode(cryptoBytes);
        const grouped = formatCode(code);
        expect(grouped).toMatch(/^[^-]{5}-[^-]{5}$/);
        expect(normaliseCode(grouped)).toBe(code);
        expect(normaliseCode(grouped.toLowerCase())).toBe(code);
        expect(normaliseCode(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
      }),
    );
  });

  it('are spread over the whole alphabet by crypto.getRandomValues', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) for (const char of generateCode(cryptoBytes)) seen.add(char);
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });

  it('never favour a character: bytes 248 and above are drawn again', () => {
    const bytes = [248, 255, 0, 30, 31, 247, 62, 93, 124, 155, 186, 217];
    let next = 0;
    const code = generateCode((array) => array.map(() => bytes[next++ % bytes.length] ?? 0));
    // 248 and 255 are skipped; 0, 31, 62, … are index 0 ('2'), 30 and 247 are index 30 ('Z').
    expect(code).toBe('2Z2Z222222');
  });

  it.each(['', 'K7M2', 'K7M2X-R9PQZ-ABCD', 'K7M2O-R9PQZ', 'K7M21-R9PQZ', 'K7M2I-R9PQZ', 'K7M2L-R9PQZ', 'K7M2X_R9PQZ'])(
    'refuses "%s" as a code',
    (input) => {
      expect(normaliseCode(input)).toBeNull();
    },
  );
});

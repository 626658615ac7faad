/**
 * Referral codes: short, unguessable and easy to read aloud or type from a slip. The alphabet
 * leaves out look-alikes (0/O, 1/I/L), so what a resident reads is what the counter types.
 * Ten characters of 31 give 49.5 bits from `crypto.getRandomValues`, without modulo bias.
 */

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 10;
/** What `normaliseCode` accepts, so a longer code format later still reads. */
const MIN_LENGTH = 8;
const MAX_LENGTH = 12;
const GROUP = 5;

/** log2(31^10) ≈ 49.5. */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** Bytes at or above this would favour the first characters of the alphabet: they are drawn again. */
const UNBIASED_LIMIT = 256 - (256 % CODE_ALPHABET.length);

/** Fills the array with random bytes: `(bytes) => crypto.getRandomValues(bytes)` in the worker. */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

/** A new code, compact (no hyphen): "K7M2XR9PQZ". */
export function generateCode(random: RandomBytes): string {
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of random(new Uint8Array(CODE_LENGTH * 2))) {
      if (byte < UNBIASED_LIMIT && code.length < CODE_LENGTH) code += CODE_ALPHABET.charAt(byte % CODE_ALPHABET.length);
    }
  }
  return code;
}

/** For the slip and the screen: "K7M2X-R9PQZ". */
export function formatCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * What someone typed or scanned, as the compact code: hyphens, spaces and case do not matter.
 * Null when it cannot be a code.
 */
export function normaliseCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (compact.length < MIN_LENGTH || compact.length > MAX_LENGTH) return null;
  for (const char of compact) if (!CODE_ALPHABET.includes(char)) return null;
  return compact;
}

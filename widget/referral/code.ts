/**
 * Referral codes as people read, type and say them. The API issues codes like "K7M2X-R9PQZ" from an
 * alphabet without look-alikes; staff may type them in lower case, without the hyphen or with spaces.
 */

/** Upper case, letters and digits only: "k7m2x r9pqz" and "K7M2X-R9PQZ" both give "K7M2XR9PQZ". */
export function compactCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** The groups of a code as the API writes it ("K7M2X-R9PQZ"): large and easy to read out, one at a time. */
export function codeGroups(code: string): string[] {
  return code
    .toUpperCase()
    .split(/[^0-9A-Z]+/)
    .filter(Boolean);
}

/** Plausible before asking the server: 6 to 12 letters and digits. */
export function isCodeShaped(input: string): boolean {
  return /^[0-9A-Z]{6,12}$/.test(compactCode(input));
}

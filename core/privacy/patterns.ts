/**
 * The forms of personal data that a regular expression recognises by itself: e-mail addresses,
 * phone numbers, postcodes with a house number and nine-digit BSN candidates. Each is global, for
 * `matchAll`.
 */

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Between two digits of a phone number: a space, a dash, a dot, a slash or brackets. */
const SEP = String.raw`[\s.\-/()]{0,2}`;
/** +31, 0031 or +31 (0), in place of the leading 0 of a Dutch number. */
const NL_PREFIX = String.raw`(?:(?:\+|00)31${SEP}(?:\(0\)${SEP})?|\(?0)`;

function digits(count: number): string {
  return `(?:${SEP}\\d){${count}}`;
}

export const PHONE_PATTERNS: readonly RegExp[] = [
  // Mobile and geographic numbers: ten digits with the 0 (06-12345678, 010-1234567, 020 123 4567, +31 6 1234 5678).
  new RegExp(String.raw`(?<![\w+])${NL_PREFIX}[1-9]${digits(8)}(?!\d)`, 'g'),
  // Not here: 0800/090x information numbers and the municipal 14 0xx numbers. They belong to
  // organisations, not to residents, and staff must be able to write "bel 14 0999".
  // Other countries: + or 00 and a country code other than 31.
  new RegExp(String.raw`(?<![\w+])(?:\+|00)(?!31)[1-9]\d{0,2}${digits(6)}(?:${SEP}\d){0,7}(?!\d)`, 'g'),
];

/**
 * A postcode (four digits, the first not 0, and two letters) next to a house number, in either
 * order: "1234 AB 12", "1234AB, 12a", "Kerkstraat 12, 1234 AB". Lower-case letters count only when
 * they touch the digits ("1234ab 12"), so "1500 en 3" is not an address.
 */
const POSTCODE = String.raw`[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})`;
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?[A-Za-z](?![\p{L}\d])|-\d{1,4})?`;
export const POSTCODE_HOUSE_NUMBER_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}\d])${POSTCODE}[\s,]{1,3}${HOUSE_NUMBER}(?![\p{L}\d])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\d])\d{1,5}[A-Za-z]?,?\s{1,2}${POSTCODE}(?![\p{L}\d])`, 'gu'),
];

/** Nine digits, optionally grouped with spaces or dots ("123 456 782", "123.456.782"). */
export const NINE_DIGITS = /(?<![\d.,])\d(?:[ .]?\d){8}(?!\d|[.,]\d)/g;

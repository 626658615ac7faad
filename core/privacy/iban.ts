/**
 * IBANs in free text: a country code, two check digits and the account, with or without spaces,
 * accepted only when the ISO 13616 mod-97 check holds. Countries with a known length are held to
 * it; any other country code may have 15 to 34 characters.
 */

const LENGTHS: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  ES: 24,
  IT: 27,
  LU: 20,
  AT: 20,
  CH: 21,
  PL: 28,
  PT: 25,
  IE: 22,
  DK: 18,
  SE: 24,
  NO: 15,
  FI: 18,
  TR: 26,
  MA: 28,
};

const START = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})/g;
const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/** ISO 13616: move the first four characters to the end, letters become 10 to 35, the remainder mod 97 is 1. */
export function passesMod97(iban: string): boolean {
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.toUpperCase();
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function allowedLengths(country: string): number[] {
  const known = LENGTHS[country];
  if (known) return [known];
  return Array.from({ length: MAX_LENGTH - MIN_LENGTH + 1 }, (_, i) => MAX_LENGTH - i);
}

export interface TextMatch {
  index: number;
  text: string;
}

export function findIbans(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const start of text.matchAll(START)) {
    const from = start.index;
    // Collect the compact characters, remembering where each prefix ends in the text.
    let compact = '';
    const ends: number[] = [];
    for (let i = from; i < text.length && compact.length < MAX_LENGTH; i++) {
      const char = text.charAt(i);
      if (/[A-Za-z0-9]/.test(char)) {
        compact += char;
        ends[compact.length] = i + 1;
      } else if (char !== ' ' || text.charAt(i - 1) === ' ') {
        break;
      }
    }
    const country = (start[1] ?? '').toUpperCase();
    for (const length of allowedLengths(country)) {
      const end = ends[length];
      if (end === undefined || /[A-Za-z0-9]/.test(text.charAt(end))) continue;
      if (passesMod97(compact.slice(0, length))) {
        found.push({ index: from, text: text.slice(from, end) });
        break;
      }
    }
  }
  return found;
}

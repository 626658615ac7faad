/**
 * Turns free text into comparable words: lower case, no diacritics ("café" = "cafe",
 * "geïnteresseerd" = "geinteresseerd"), no punctuation. Residents type on phones, so the
 * same word arrives with and without accents, capitals and apostrophes.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** "can't" and "don't" stay one word, so the stop-word list can catch them. */
const APOSTROPHES = /['\u2018\u2019`]/g;
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/gu;

export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_A_WORD_CHARACTER, ' ')
    .trim();
}

/** Words of the normalised text, in order. */
export function toWords(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * Words of a text with where they stand, for the name and street rules: whether a word is
 * capitalised, and whether it opens a sentence (where every word is capitalised, so capitals say
 * nothing). Markers such as "[naam]" left by an earlier step are no words.
 */

export interface TextToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital and goes on in lower case ("Bakker", "Al-Hassan", "Öztürk"). */
  capitalised: boolean;
  /** A word in capitals or with a capital inside ("UWV", "DigiD", "ID-kaart"): an acronym or brand, not a name. */
  acronym: boolean;
  /** The first word of the text or of a sentence. */
  sentenceStart: boolean;
  numeric: boolean;
}

const WORD = /\[[a-z-]+\]|[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]|\d+[\p{L}]?/gu;
const SENTENCE_END = /[.!?:;\n]\s*["'“‘(]?\s*$/;

function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function tokenise(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const between = text.slice(previousEnd, start);
    previousEnd = start + word.length;
    if (word.startsWith('[')) continue;
    const parts = word.split(/[-'’]/).filter((part) => part.length > 1);
    const acronym = parts.some((part) => /\p{Lu}.*\p{Lu}/u.test(part) || /^\p{Ll}+\p{Lu}/u.test(part));
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      // "al-Khatib", "el-Amrani": a lower-case particle before a capitalised name.
      capitalised: !acronym && (startsUpper(word) || (parts.length > 1 && startsUpper(parts[parts.length - 1] ?? ''))),
      acronym,
      sentenceStart:
        tokens.length === 0 ? text.slice(0, start).trim() === '' || SENTENCE_END.test(text.slice(0, start)) : SENTENCE_END.test(between),
      numeric: /^\d/.test(word),
    });
  }
  return tokens;
}

/**
 * The words of a product name or a question as the national layer compares them: normalised,
 * without stop words, each with the word itself and its Dutch and English stems, so that
 * "belastingen" finds "belasting" and "permits" finds "permit".
 */
import { toWords } from '../routing/normalise';
import { stemsOf, stemWord } from '../routing/stem';
import { isStopWord } from '../routing/stop-words';

export interface ComparableWord {
  word: string;
  /** The word itself and its stems. */
  forms: string[];
}

export function formsOf(word: string): string[] {
  return [...new Set([word, ...stemWord(word, 'both')])];
}

export function comparableWords(text: string): ComparableWord[] {
  const words = [...new Set(toWords(text))].filter((word) => word.length >= 2 && !isStopWord(word));
  return words.map((word) => ({ word, forms: formsOf(word) }));
}

/** As formsOf, with the stems remembered that the table's engine also asks for. */
export function queryFormsOf(word: string): string[] {
  return [...new Set([word, ...stemsOf(word, 'both')])];
}

/** The words of a question, with their forms. */
export function queryWords(text: string): ComparableWord[] {
  const words = [...new Set(toWords(text))].filter((word) => word.length >= 2 && !isStopWord(word));
  return words.map((word) => ({ word, forms: queryFormsOf(word) }));
}

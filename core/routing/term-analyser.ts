/**
 * One pipeline from words to index terms, used for indexing the topics and for reading a
 * question, so both sides agree: normalise → drop stop words → stem (Dutch and English) →
 * split compounds into the parts that the index knows.
 */
import { decompound } from './decompound';
import { toWords } from './normalise';
import { joinSeparableVerbs } from './separable-verbs';
import { dutchVerbFormStems, stemsOf, type StemLanguage } from './stem';
import { isStopWord } from './stop-words';
import { unswapNeighbours } from './transposed-letters';
import { wordWeight } from './weak-words';

const MIN_WORD_LENGTH = 2;
const ONLY_DIGITS = /^\d+$/;
const MIN_STEMMED_PART_LENGTH = 4;

/** One meaningful word of a question and the index terms that stand for it. */
export interface QueryWord {
  word: string;
  /** Stems of the word itself (and of its infinitive, for an inflected verb). */
  stems: string[];
  /** Stems of its compound parts before the last ("huur" in "huurtoeslag"): weak evidence. */
  modifierStems: string[];
  /** Stems of the last part, which says what kind of thing it is ("toeslag" in "huurtoeslag"). */
  headStems: string[];
  /** How much the word says about the topic: 1, or less for people and devices ("moeder", "computer"). */
  weight: number;
}

export interface TermAnalyser {
  /** Index terms for one word of topic text: its stems (none for stop words). */
  indexTerms: (word: string, language: StemLanguage) => string[];
  /** The meaningful parts of a compound ("honden", "belasting" in "hondenbelasting"), or none. */
  compoundParts: (word: string) => string[];
  /** The meaningful words of a question, in order, without repeats. */
  queryWords: (text: string) => QueryWord[];
  /** Whether the topics use this (normalised) word. */
  isKnownWord: (word: string) => boolean;
}

/** Amounts, dates and single letters say nothing about the topic. */
function isMeaningfulWord(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && !ONLY_DIGITS.test(word) && !isStopWord(word);
}

/** Index terms for one word of topic text: its stems (none for stop words). Needs no vocabulary. */
export function indexTerms(word: string, language: StemLanguage): string[] {
  return isMeaningfulWord(word) ? stemsOf(word, language) : [];
}

/**
 * @param vocabulary stems that occur in the topics. Compounds are split only into words
 *   whose stems it holds, and a question's parts only carry stems it holds.
 */
export function createTermAnalyser(vocabulary: Pick<ReadonlySet<string>, 'has'>): TermAnalyser {
  const known = (stem: string) => vocabulary.has(stem);
  const isKnownWord = (word: string) => !isStopWord(word) && stemsOf(word, 'both').some(known);
  // Stricter for compound parts: the English stemmer cuts Dutch fragments down to known
  // stems ("iding" → "id"), so a part counts by its Dutch stem, and a short part only as is.
  const isKnownPart = (part: string) =>
    !isStopWord(part) && (known(part) || (part.length >= MIN_STEMMED_PART_LENGTH && stemsOf(part, 'nl').some(known)));
  const parts = (word: string): string[] => decompound(word, isKnownPart);
  const knownStems = (words: readonly string[], language: StemLanguage) => words.flatMap((part) => stemsOf(part, language).filter(known));

  return {
    isKnownWord,
    compoundParts: (word) => (isMeaningfulWord(word) ? parts(word).filter(isMeaningfulWord) : []),
    indexTerms,
    queryWords(text) {
      const words = toWords(text);
      const meaningful = unique([...words, ...joinSeparableVerbs(words)].filter(isMeaningfulWord));
      return meaningful.map((word) => {
        let wordStems = unique([...stemsOf(word, 'both'), ...dutchVerbFormStems(word).filter(known)]);
        let wordParts = parts(word);
        if (!wordStems.some(known) && wordParts.length === 0) {
          const repaired = unswapNeighbours(word, (candidate) => isKnownWord(candidate) || parts(candidate).length > 0);
          if (repaired !== undefined) {
            wordStems = unique([...wordStems, ...stemsOf(repaired, 'both')]);
            wordParts = parts(repaired);
          }
        }
        const isNew = (stem: string) => !wordStems.includes(stem);
        const headStems = knownStems(wordParts.slice(-1), 'both').filter(isNew);
        return {
          word,
          stems: wordStems,
          headStems,
          modifierStems: knownStems(wordParts.slice(0, -1), 'both').filter((stem) => isNew(stem) && !headStems.includes(stem)),
          weight: wordWeight(word),
        };
      });
    },
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * What counts as a known Dutch word, and which words are first names or surnames, from the word
 * lists of `@zxcvbn-ts/language-nl-be` (a maintained package: Dutch subtitle and Wikipedia word
 * frequencies, and Dutch and Belgian first names and surnames). About 36,000 words, about 150 kB
 * gzipped: small enough for the worker and for a lazy widget chunk, where a full spelling
 * dictionary (2.5 MB and affix rules) is not. What the lists miss, compounds and inflections
 * ("mantelzorger", "zorgtoeslag"), is known through its parts.
 */
import { dictionary } from '@zxcvbn-ts/language-nl-be';
import { decompound } from '../routing/decompound';

/** The first this many words of the frequency list are everyday words, even when they are names too ("wil", "mag", "roos"). */
const EVERYDAY_RANK = 2000;
/** Endings a Dutch word takes on a known stem: plurals, diminutives, agent nouns, adjective forms. */
const INFLECTIONS = ['tjes', 'jes', 'tje', 'je', 'ers', 'er', 'en', 'es', 'e', 's', "'s", 'd', 't'] as const;
const MIN_STEM_LENGTH = 3;

export interface Lexicon {
  /** In the word lists, or made of words in them. */
  isKnown: (word: string) => boolean;
  /** In the word lists as they stand, without decompounding. */
  isListed: (word: string) => boolean;
  /** One of the most frequent Dutch words. */
  isEveryday: (word: string) => boolean;
  /** A first name or surname in the name lists. */
  isName: (word: string) => boolean;
}

interface WordLists {
  rank: Map<string, number>;
  wikipedia: Set<string>;
  names: Set<string>;
}

let lists: WordLists | undefined;

/** Built on first use, not at import: an isolate that never reduces text never pays for it. */
function wordLists(): WordLists {
  lists ??= {
    rank: new Map(dictionary.commonWords.map((word, index) => [word, index])),
    wikipedia: new Set(dictionary.wikipedia),
    names: new Set([...dictionary.boysFirstnames, ...dictionary.girlsFirstnames, ...dictionary.lastnames]),
  };
  return lists;
}

/** Words an isolate remembers per lexicon: questions repeat their words, decompounding them is the costly part. */
const MEMO_SIZE = 20_000;

function memoised(test: (word: string) => boolean): (word: string) => boolean {
  const memo = new Map<string, boolean>();
  return (word) => {
    let known = memo.get(word);
    if (known === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      known = test(word);
      memo.set(word, known);
    }
    return known;
  };
}

const NO_TENANT_WORDS: ReadonlySet<string> = new Set();
// One lexicon per set of tenant words: the worker keeps one set per published content.
const lexicons = new WeakMap<ReadonlySet<string>, Lexicon>();

/** The lexicon, with the tenant's own words (lower case) counted as known. */
export function dutchLexicon(tenantWords: ReadonlySet<string> = NO_TENANT_WORDS): Lexicon {
  let lexicon = lexicons.get(tenantWords);
  if (!lexicon) {
    lexicon = buildLexicon(tenantWords);
    lexicons.set(tenantWords, lexicon);
  }
  return lexicon;
}

function buildLexicon(tenantWords: ReadonlySet<string>): Lexicon {
  const { rank, wikipedia, names } = wordLists();
  const isListed = (word: string) => rank.has(word) || wikipedia.has(word) || tenantWords.has(word);
  const isKnownWhole = (word: string) => isListed(word) || decompound(word, isListed).length > 0;
  const isEveryday = (word: string) => (rank.get(word) ?? EVERYDAY_RANK) < EVERYDAY_RANK;
  const isName = (word: string) => names.has(word) && !tenantWords.has(word);
  const isKnownWord = (word: string) =>
    isKnownWhole(word) ||
    INFLECTIONS.some(
      (ending) => word.length - ending.length >= MIN_STEM_LENGTH && word.endsWith(ending) && isKnownWhole(word.slice(0, -ending.length)),
    );
  return {
    isListed,
    // "amsterdam-noord", "e-mailadres": known when every part is, and none is a name.
    isKnown: memoised(
      (word) =>
        isKnownWord(word) ||
        (word.includes('-') &&
          word.split('-').every((part) => part.length < 2 || (isKnownWord(part) && !(isName(part) && !isEveryday(part))))),
    ),
    isEveryday,
    isName,
  };
}

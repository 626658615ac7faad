/**
 * "No confident advice on a generic word alone." A topic that explains only generic words of a
 * question ("vergunning" in "verblijfsvergunning verlengen", "permit" in "residence permit") has
 * matched what kind of thing is asked, not which one: the distinctive part is unknown to the
 * table. Generic words come from the national product list (generic-words.ts) and
 * data/national/everyday-words.json.
 *
 * A compound counts as generic evidence when the table knows only its generic head
 * ("motorrijtuigenbelasting": belasting, with "motorrijtuigen" unknown); with a known modifier
 * ("hondenbelasting" in a table that knows "honden") it is real evidence.
 */
import genericWords from '../../data/national/generic-words.json';
import { stemsOf } from './stem';
import type { QueryWord, TermAnalyser } from './term-analyser';

const GENERIC_FORMS: ReadonlySet<string> = new Set(genericWords.flatMap((word) => [word, ...stemsOf(word, 'both')]));

export function isGenericForm(form: string): boolean {
  return GENERIC_FORMS.has(form);
}

/** A compound the table knows only by its generic head: "motorrijtuigenbelasting", "verblijfsvergunning". */
function isUnknownCompoundOfGenericHead(word: QueryWord, analyser: TermAnalyser): boolean {
  return !analyser.isKnownWord(word.word) && word.modifierStems.length === 0 && word.headStems.some(isGenericForm);
}

export function isGenericEvidence(word: QueryWord, analyser: TermAnalyser): boolean {
  return isGenericForm(word.word) || word.stems.some(isGenericForm) || isUnknownCompoundOfGenericHead(word, analyser);
}

/**
 * Whether the topic (its explained words as a bit set over their positions) rests on generic
 * words alone while the distinctive part of the question is unknown to the table: the modifier
 * of a compound ("motorrijtuigen" in "motorrijtuigenbelasting"), or another word that the table
 * does not know and the national list does (`isNationalWord`); or a generic word is all the
 * question says ("certificaat", "vergunning"). "belasting aangifte doen" stays the table's:
 * nothing in it is unknown. So does "uittreksel" alone when a topic is named by it exactly
 * (`named`: a distinctive title or keyword word, score-topics.ts).
 */
export function restsOnGenericWords(
  explainedWords: number,
  words: readonly QueryWord[],
  analyser: TermAnalyser,
  isNationalWord: (word: string) => boolean,
  named: boolean,
): boolean {
  let onlyGeneric = false;
  let distinctivePartUnknown = false;
  let meaningful = 0;
  for (let i = 0; i < words.length && i < 32; i++) {
    const word = words[i]!;
    if (word.weight >= 1) meaningful++;
    if ((explainedWords & (1 << i)) !== 0) {
      if (!isGenericEvidence(word, analyser)) return false;
      onlyGeneric = true;
      if (isUnknownCompoundOfGenericHead(word, analyser)) distinctivePartUnknown = true;
    } else if (word.weight >= 1 && !analyser.isKnownWord(word.word) && isNationalWord(word.word)) {
      distinctivePartUnknown = true;
    }
  }
  return onlyGeneric && (distinctivePartUnknown || (meaningful === 1 && !named));
}

/**
 * Generic words say what kind of thing is asked ("belasting", "vergunning", "permit"), not
 * which one. The national list shows which Dutch words are generic: they qualify or head the
 * names of many different products ("motorrijtuigenbelasting", "erfbelasting", "hondenbelasting";
 * "strafblad inzage", "politiegegevens inzage"), while a subject such as "rijbewijs" or
 * "paspoort" opens its names. data/national/everyday-words.json adds the English ones and a few
 * Dutch ones the list does not show (its names use "verlenging" twice, residents say it daily).
 *
 * Measured on upl-2023-07 (1,121 products): at MIN_PRODUCTS = 8 the list yields 36 generic
 * words, among them vergunning (82 products), melding, subsidie, ontheffing, belasting (34),
 * vergoeding (28), uitkering, aangifte (12), certificaat (10) and lening (9); subjects stay out
 * (rijbewijs 1, paspoort 5, toeslag 7).
 */
import { formsOf } from './name-words';
import type { UplProduct } from './upl-products';
import { toWords } from '../routing/normalise';
import { isStopWord } from '../routing/stop-words';

/** A word that qualifies or heads at least this many products is generic. */
export const MIN_PRODUCTS = 8;
const MIN_HEAD_LENGTH = 5;
const MIN_MODIFIER_LENGTH = 3;

/** The words of the list that qualify or head at least MIN_PRODUCTS products, with their counts. */
export function genericWordsOfList(products: readonly UplProduct[]): Map<string, number> {
  const names = products.map((product) => toWords(product.name).filter((word) => !isStopWord(word)));
  const vocabulary = new Set(names.flat().filter((word) => word.length >= MIN_HEAD_LENGTH));
  const counts = new Map<string, number>();
  for (const words of names) {
    const inThisProduct = new Set<string>();
    words.forEach((word, position) => {
      // Not the first word: a qualifier ("inzage" in "strafblad inzage").
      if (position > 0) inThisProduct.add(word);
      // The head of a compound ("belasting" in "erfbelasting").
      for (let start = MIN_MODIFIER_LENGTH; start <= word.length - MIN_HEAD_LENGTH; start++) {
        const head = word.slice(start);
        if (vocabulary.has(head)) inThisProduct.add(head);
      }
    });
    for (const word of inThisProduct) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Map([...counts].filter(([, count]) => count >= MIN_PRODUCTS).sort((a, b) => b[1] - a[1]));
}

/** The word forms (words and their stems) of generic words, for quick lookups. */
export function genericForms(words: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const word of words) for (const form of formsOf(word)) forms.add(form);
  return forms;
}

/**
 * One index over the national product list, shared by all tenants: which product a question
 * names, by the product's own name ("motorrijtuigenbelasting te hoog") or by the words residents
 * use for it ("wegenbelasting", "residence permit").
 *
 * A product counts as named when every distinctive (not generic) word of its name is in the
 * question, or every word of one of its everyday phrases: "politie" names "politie klacht"
 * ("klacht" is generic), "vaarbewijs" alone names neither "klein vaarbewijs" nor "groot
 * vaarbewijs". Of several named products the one that explains most words of the question wins
 * ("oldtimer" + "wegenbelasting": the oldtimer exemption, not the tax itself), then a phrase
 * over a name ("wegenbelasting ... auto": the tax, not "auto-aanpassing"), then the rarer name.
 */
import { comparableWords, queryFormsOf, queryWords, type ComparableWord } from './name-words';
import type { EverydayWords } from './everyday-words';
import { genericForms, genericWordsOfList } from './generic-words';
import { isNationalOnly } from './national-only';
import type { UplProduct } from './upl-products';
import { toWords } from '../routing/normalise';
import { isStopWord } from '../routing/stop-words';

export interface NamedProduct {
  product: UplProduct;
  nationalOnly: boolean;
  /** The question's words that named it. */
  words: string[];
}

export interface NationalIndex {
  readonly products: readonly UplProduct[];
  /** The product that the question names, or null. */
  findProduct: (question: string) => NamedProduct | null;
  /** Whether a word (or one of its stems) is generic: it says what kind of thing, not which one. */
  isGeneric: (form: string) => boolean;
  /** Whether any product name or everyday phrase uses this word. */
  isKnownWord: (word: string) => boolean;
  /** Products whose name contains all words of the text, best first: for the admin's search. */
  search: (text: string, limit?: number) => UplProduct[];
}

/**
 * The index as data: built from the list once, at `npm run data:national` (stemming 1,121 names
 * takes a second), and loaded in a few milliseconds per isolate. Word forms are numbered once.
 */
export interface SerialisedNationalIndex {
  format: typeof NATIONAL_INDEX_FORMAT;
  /** What every product URI of the list starts with; `products` holds the rest. */
  uriPrefix: string;
  /** name, uri after the prefix, layers (rijk, provincie, waterschap, gemeente as 1, 2, 4, 8), audience (residents 1, businesses 2). */
  products: [string, string, number, number][];
  forms: string[];
  /** Per product, per word of its name: the ids of its forms, led by -1 for a generic word. */
  names: number[][][];
  /** Per everyday phrase: its product and, per word, the ids of its forms. */
  phrases: [number, number[][]][];
  generic: number[];
  /** Per form id: the products whose name has it. */
  postings: number[][];
  /** Per product, per word of its name: how rare the word is among names (log-IDF, thousandths). */
  weights: number[][];
}

export const NATIONAL_INDEX_FORMAT = 1;
const LAYERS = ['rijk', 'provincie', 'waterschap', 'gemeente'] as const;

export function serialiseNationalIndex(products: readonly UplProduct[], everyday: EverydayWords): SerialisedNationalIndex {
  const generic = genericForms([...genericWordsOfList(products).keys(), ...everyday.genericWords.nl, ...everyday.genericWords.en]);
  const forms: string[] = [];
  const formIds = new Map<string, number>();
  const idOf = (form: string) => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = forms.length;
      forms.push(form);
      formIds.set(form, id);
    }
    return id;
  };
  const names = products.map((product) =>
    comparableWords(product.name).map(({ forms: wordForms }) => {
      const ids = wordForms.map(idOf);
      // Generic words are marked by a leading -1.
      return wordForms.some((form) => generic.has(form)) ? [-1, ...ids] : ids;
    }),
  );
  const productByName = new Map(products.map((product, index) => [product.name, index]));
  const phrases: [number, number[][]][] = [];
  for (const entry of everyday.products) {
    const product = productByName.get(entry.product);
    if (product === undefined) continue; // everyday-words.test.ts names every unknown product
    for (const text of [...entry.nl, ...entry.en]) {
      const words = comparableWords(text).map((word) => word.forms.map(idOf));
      if (words.length > 0) phrases.push([product, words]);
    }
  }
  const genericIds = [...generic].map(idOf);
  // Rarer words weigh more: they say more precisely which product.
  const postings: number[][] = forms.map(() => []);
  names.forEach((words, product) => {
    for (const id of new Set(words.flat().filter((id) => id >= 0))) postings[id]!.push(product);
  });
  const weights = names.map((words) =>
    words.map((ids) => {
      const spread = Math.max(1, ...ids.filter((id) => id >= 0).map((id) => postings[id]!.length));
      return Math.round(1000 * Math.log(1 + products.length / spread));
    }),
  );
  const uriPrefix = commonPrefix(products.map((product) => product.uri));
  return {
    format: NATIONAL_INDEX_FORMAT,
    uriPrefix,
    products: products.map((product) => [
      product.name,
      product.uri.slice(uriPrefix.length),
      LAYERS.reduce((mask, layer, bit) => (product.layers.includes(layer) ? mask | (1 << bit) : mask), 0),
      (product.forResidents ? 1 : 0) | (product.forBusinesses ? 2 : 0),
    ]),
    forms,
    names,
    phrases,
    generic: genericIds,
    postings,
    weights,
  };
}

export function buildNationalIndex(products: readonly UplProduct[], everyday: EverydayWords): NationalIndex {
  return loadNationalIndex(serialiseNationalIndex(products, everyday));
}

function commonPrefix(texts: readonly string[]): string {
  let prefix = texts[0] ?? '';
  for (const text of texts) while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

export function loadNationalIndex(data: SerialisedNationalIndex): NationalIndex {
  // Product objects are made when asked for: the worker needs a handful, the admin all of them once.
  // The heap stays at the compact arrays of the data (bench/national-index.ts).
  const { uriPrefix, names, postings, weights, phrases } = data;
  const made: (UplProduct | undefined)[] = [];
  const productAt = (index: number): UplProduct => {
    let product = made[index];
    if (product === undefined) {
      const [name, uri, layers, audience] = data.products[index]!;
      product = {
        name,
        uri: uriPrefix + uri,
        layers: LAYERS.filter((_layer, bit) => (layers & (1 << bit)) !== 0),
        forResidents: (audience & 1) !== 0,
        forBusinesses: (audience & 2) !== 0,
      };
      made[index] = product;
    }
    return product;
  };
  let all: UplProduct[] | undefined;
  const allProducts = () => (all ??= data.products.map((_tuple, index) => productAt(index)));
  // Loading only numbers the forms and files the phrases: everything else was built by serialise.
  const formIds = new Map<string, number>();
  data.forms.forEach((form, id) => formIds.set(form, id));
  const generic = new Set(data.generic);
  const phrasesByForm = new Map<number, number[]>();
  phrases.forEach(([, words], phrase) => {
    for (const id of words[0]!) {
      const list = phrasesByForm.get(id);
      if (list === undefined) phrasesByForm.set(id, [phrase]);
      else list.push(phrase);
    }
  });

  const findProduct = (question: string): NamedProduct | null => {
    const words = queryWords(question);
    if (words.length === 0) return null;
    // Form id → the question word it came from.
    const wordOf = new Map<number, ComparableWord>();
    for (const word of words) {
      for (const form of word.forms) {
        const id = formIds.get(form);
        if (id !== undefined && !wordOf.has(id)) wordOf.set(id, word);
      }
    }
    const matchOf = (ids: readonly number[]) => {
      for (const id of ids) {
        const word = id >= 0 ? wordOf.get(id) : undefined;
        if (word !== undefined) return word;
      }
      return undefined;
    };

    interface Candidate {
      product: number;
      /** Everyday phrases are reviewed data: they beat a name that shares as many words. */
      phrase: boolean;
      specificity: number;
      words: Set<string>;
    }
    let best: Candidate | undefined;
    // The product that explains more of the question wins, then a phrase, then the more specific name, then the shorter.
    const beats = (a: Candidate, b: Candidate) =>
      a.words.size !== b.words.size
        ? a.words.size > b.words.size
        : a.phrase !== b.phrase
          ? a.phrase
          : a.specificity !== b.specificity
            ? a.specificity > b.specificity
            : names[a.product]!.length < names[b.product]!.length;
    const consider = (candidate: Candidate) => {
      if (best === undefined || beats(candidate, best)) best = candidate;
    };

    // By name: every distinctive word of the name is in the question.
    const seen = new Set<number>();
    for (const id of wordOf.keys()) {
      for (const product of postings[id] ?? []) {
        if (seen.has(product)) continue;
        seen.add(product);
        const weightsOf = weights[product]!;
        const matched = new Set<string>();
        let specificity = 0;
        let distinctive = 0;
        let complete = true;
        names[product]!.forEach((ids, position) => {
          const isGeneric = ids[0] === -1;
          const word = matchOf(ids);
          if (word === undefined) {
            if (!isGeneric) complete = false;
            return;
          }
          matched.add(word.word);
          specificity += weightsOf[position]!;
          if (!isGeneric) distinctive++;
        });
        if (complete && distinctive > 0) consider({ product, phrase: false, specificity, words: matched });
      }
    }
    // By an everyday phrase: every word of the phrase is in the question. It names the product
    // as well as its full name would.
    for (const id of wordOf.keys()) {
      for (const phrase of phrasesByForm.get(id) ?? []) {
        const [product, phraseWords] = phrases[phrase]!;
        const matched = phraseWords.map(matchOf);
        if (matched.some((match) => match === undefined)) continue;
        const specificity = weights[product]!.reduce((sum, weight) => sum + weight, 0);
        consider({ product, phrase: true, specificity, words: new Set(matched.map((match) => match!.word)) });
      }
    }
    if (best === undefined) return null;
    const product = productAt(best.product);
    return { product, nationalOnly: isNationalOnly(product), words: [...best.words] };
  };

  return {
    get products() {
      return allProducts();
    },
    findProduct,
    isGeneric: (form) => {
      const id = formIds.get(form);
      return id !== undefined && generic.has(id);
    },
    isKnownWord: (word) => queryFormsOf(word).some((form) => formIds.has(form)),
    search(text, limit = 10) {
      const wanted = toWords(text).filter((word) => !isStopWord(word));
      if (wanted.length === 0) return [];
      return allProducts()
        .filter((product) => wanted.every((word) => product.name.toLowerCase().includes(word)))
        .sort((a, b) => a.name.length - b.name.length)
        .slice(0, limit);
    },
  };
}

/**
 * Which layer answers a question: the tenant's table, the national product list, or the
 * tenant's general counter (fallback). The table comes first, except where it would answer
 * on a generic word alone, or where the question names a product by a word the table does not
 * know ("motorrijtuigenbelasting te hoog" is about the national tax, whatever "te hoog" matches
 * in the table). A product that a topic covers (its `uplUris`) always goes to that topic.
 * Products that not only the Rijk provides (the gemeente's own, or shared) never go national.
 */
import type { Decision } from '../routing/decide-advice';
import type { NamedProduct } from './national-index';
import type { UplProduct } from './upl-products';

export type Layer =
  | { kind: 'table' }
  /** `topic`: the covering topic's number in the table (core/routing/topic-table.ts). */
  | { kind: 'covering-topic'; topic: number }
  | { kind: 'national'; product: UplProduct }
  | { kind: 'fallback' }
  | { kind: 'none' };

export interface LayerInput {
  decision: Decision;
  /** The question words that the table's best topic explains (weak words such as "husband" left out). */
  explained: () => readonly string[];
  /** Whether the table's advice rests on generic words alone, the distinctive part unknown. Lazy. */
  generic: () => boolean;
  /** The product of the national list that the question names. Lazy: most questions never need it. */
  named: () => NamedProduct | null;
  isKnownToTable: (word: string) => boolean;
  /** The number of the topic that covers the product (its `uplUris`), or undefined. */
  coveringTopic: (uri: string) => number | undefined;
  isRealQuestion: () => boolean;
}

export function chooseLayer({ decision, explained, generic, named, isKnownToTable, coveringTopic, isRealQuestion }: LayerInput): Layer {
  const confident = decision.kind === 'clarify' || (decision.kind === 'advise' && !generic());
  const product = named();
  if (product !== null) {
    const topic = coveringTopic(product.product.uri);
    // The table covers it: the table decides between its topics ("zorgtoeslag terugbetalen"),
    // and when it is unsure, the topic that names the product answers.
    if (topic !== undefined) return confident ? { kind: 'table' } : { kind: 'covering-topic', topic };
    // The table does not know a word that names the product, or its topic explains nothing but
    // the words that name the product ("residence permit" is not a residents' parking permit).
    const namedBeyondTable =
      product.words.some((word) => !isKnownToTable(word)) ||
      (product.nationalOnly && decision.kind === 'advise' && explained().every((word) => product.words.includes(word)));
    if (!confident || namedBeyondTable) {
      return product.nationalOnly ? { kind: 'national', product: product.product } : { kind: 'fallback' };
    }
  }
  if (confident) return { kind: 'table' };
  return isRealQuestion() ? { kind: 'fallback' } : { kind: 'none' };
}

/**
 * The topics of a binary routing bundle (routing-bundle-bytes.ts) as typed arrays, read by the
 * engine through its TopicTable (core/routing/topic-table.ts) without making a string until a
 * route uses a topic: as JS objects the 300 topics of a synthetic tenant took about 100 KB of
 * heap per engine, and a route reads two to five of them.
 *
 * Per topic, in the table's order (the index's documents, then topics the index lacks), three
 * strings one after the other in `chars` (id, Dutch title, English title) and three numbers in
 * `fields` (domain, counter, digital-help counter + 1, or 0 for none) into a list of `names`.
 * `idOrder` holds the topic numbers sorted by id, for a binary search by id.
 */
import type { Lang, Topic } from '../content/schema';
import { smallestUintArray, type UintArray } from '../routing/topic-postings';
import type { TopicTable } from '../routing/topic-table';

/** The fields of a topic that a routing bundle keeps: all but the keywords (always empty there). */
export type TableTopic = Omit<Topic, 'keywords'>;

export interface PackedTopics {
  chars: UintArray;
  stringStart: UintArray;
  fields: UintArray;
  idOrder: UintArray;
  /** Domains and counter ids, each once. */
  names: string[];
  /** Per national product a topic covers, in topic order: the product's URI and the topic's number. */
  covered: [string, number][];
}

const STRINGS_PER_TOPIC = 3;
const [ID, TITLE_NL, TITLE_EN] = [0, 1, 2];
const [DOMAIN, COUNTER, DIGITAL_HELP] = [0, 1, 2];

/** By UTF-16 code units, as the index sorts its terms (and as `<` compares strings). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function packTopics(topics: readonly TableTopic[]): PackedTopics {
  const chars: number[] = [];
  const stringStart: number[] = [0];
  const fields: number[] = [];
  const names: string[] = [];
  const nameNumbers = new Map<string, number>();
  const nameNumber = (name: string) => {
    let number = nameNumbers.get(name);
    if (number === undefined) nameNumbers.set(name, (number = names.push(name) - 1));
    return number;
  };
  for (const topic of topics) {
    for (const text of [topic.id, topic.title.nl, topic.title.en]) {
      for (let at = 0; at < text.length; at++) chars.push(text.charCodeAt(at));
      stringStart.push(chars.length);
    }
    fields.push(
      nameNumber(topic.domain),
      nameNumber(topic.counter),
      topic.digitalHelp === undefined ? 0 : nameNumber(topic.digitalHelp) + 1,
    );
  }
  const idOrder = topics.map((_, at) => at).sort((a, b) => byCodeUnits(topics[a]!.id, topics[b]!.id));
  return {
    chars: smallestUintArray(chars),
    stringStart: smallestUintArray(stringStart),
    fields: smallestUintArray(fields),
    idOrder: smallestUintArray(idOrder),
    names,
    covered: topics.flatMap((topic, at) => (topic.uplUris ?? []).map((uri): [string, number] => [uri, at])),
  };
}

/** Whether the parts hold together for `count` topics; a corrupt buffer must not be read past its parts. */
export function isPackedTopics({ chars, stringStart, fields, idOrder }: Omit<PackedTopics, 'names' | 'covered'>, count: number): boolean {
  return (
    stringStart.length === STRINGS_PER_TOPIC * count + 1 &&
    stringStart[STRINGS_PER_TOPIC * count]! <= chars.length &&
    fields.length === STRINGS_PER_TOPIC * count &&
    idOrder.length === count
  );
}

/**
 * The table over packed topics; `documentCount` of them are the index's documents. `covered`
 * is read only when a question names a national product (a JSON part of the bundle).
 *
 * A class, not an object of closures: a worker keeps hundreds of these, and each closure cost
 * about 350 bytes there (with the function name that the bundler keeps, as wrangler does).
 */
export class BinaryTopicTable implements TopicTable {
  readonly count: number;
  private byUri: Map<string, number> | undefined;

  constructor(
    private readonly packed: Omit<PackedTopics, 'covered'>,
    readonly documentCount: number,
    private readonly covered: () => readonly (readonly [string, number])[],
  ) {
    this.count = packed.idOrder.length;
  }

  private text(topic: number, which: number): string {
    const { chars, stringStart } = this.packed;
    const at = topic * STRINGS_PER_TOPIC + which;
    return String.fromCharCode(...chars.subarray(stringStart[at], stringStart[at + 1]));
  }

  /** Topic `topic`'s id against `id` by code units: negative when it sorts before. */
  private compareId(topic: number, id: string): number {
    const { chars, stringStart } = this.packed;
    const start = stringStart[topic * STRINGS_PER_TOPIC + ID]!;
    const length = stringStart[topic * STRINGS_PER_TOPIC + ID + 1]! - start;
    const common = Math.min(length, id.length);
    for (let at = 0; at < common; at++) {
      const difference = chars[start + at]! - id.charCodeAt(at);
      if (difference !== 0) return difference;
    }
    return length - id.length;
  }

  private name(topic: number, field: number): number {
    return this.packed.fields[topic * STRINGS_PER_TOPIC + field]!;
  }

  numberOf(id: string): number {
    if (typeof id !== 'string') return -1;
    const { idOrder } = this.packed;
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compareId(idOrder[middle]!, id) < 0) low = middle + 1;
      else high = middle;
    }
    return low < this.count && this.compareId(idOrder[low]!, id) === 0 ? idOrder[low]! : -1;
  }

  has(topic: number): boolean {
    return topic >= 0 && topic < this.count;
  }

  id(topic: number): string {
    return this.text(topic, ID);
  }

  title(topic: number, lang: Lang): string {
    return this.text(topic, lang === 'en' ? TITLE_EN : TITLE_NL);
  }

  domain(topic: number): string {
    return this.packed.names[this.name(topic, DOMAIN)]!;
  }

  counter(topic: number): string {
    return this.packed.names[this.name(topic, COUNTER)]!;
  }

  digitalHelp(topic: number): string | undefined {
    const name = this.name(topic, DIGITAL_HELP);
    return name === 0 ? undefined : this.packed.names[name - 1];
  }

  coveringTopic(uri: string): number {
    // As the table over topics in memory: the last topic that covers a product wins.
    this.byUri ??= new Map(this.covered());
    return this.byUri.get(uri) ?? -1;
  }
}

/** The topics back as objects (with empty keywords), for the whole content when it is read. */
export function tableTopics(table: TopicTable, covered: readonly (readonly [string, number])[], keywords: string[]): Topic[] {
  const uplUris = new Map<number, string[]>();
  for (const [uri, topic] of covered) uplUris.set(topic, [...(uplUris.get(topic) ?? []), uri]);
  return Array.from({ length: table.count }, (_, at): Topic => {
    const digitalHelp = table.digitalHelp(at);
    const uris = uplUris.get(at);
    return {
      id: table.id(at),
      domain: table.domain(at),
      title: { nl: table.title(at, 'nl'), en: table.title(at, 'en') },
      keywords,
      counter: table.counter(at),
      ...(digitalHelp !== undefined && { digitalHelp }),
      ...(uris !== undefined && { uplUris: uris }),
    };
  });
}

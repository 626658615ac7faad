/**
 * The words of a tenant's own content (its counters, addresses, topics, keywords), lower case: the
 * reduction never takes them for names or streets, so "Stationsplein" (the counter's address) and
 * "Voorbeeldstadpas" stay. Walks every string of the content, whatever its shape.
 */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

function collect(value: unknown, words: Set<string>): void {
  if (typeof value === 'string') {
    for (const [word] of value.matchAll(WORD)) {
      const lower = word.toLowerCase();
      words.add(lower);
      for (const part of lower.split('-')) if (part) words.add(part);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, words);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collect(item, words);
  }
}

export function tenantWords(content: unknown): ReadonlySet<string> {
  const words = new Set<string>();
  collect(content, words);
  return words;
}

/** What the keyword add field puts in a topic's list (see components/keyword-list.tsx). */

/** The typed words, split on commas, without empties and without ones the list has already (in any case). */
export function newKeywords(typed: string, existing: readonly string[]): string[] {
  const known = new Set(existing.map((item) => item.toLowerCase()));
  const added: string[] = [];
  for (const word of typed.split(',').map((part) => part.trim().replace(/\s+/g, ' '))) {
    if (word === '' || known.has(word.toLowerCase())) continue;
    known.add(word.toLowerCase());
    added.push(word);
  }
  return added;
}

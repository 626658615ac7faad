/**
 * Repairs the commonest typo: two neighbouring letters swapped ("rijbewjis", "zorgtoesalg").
 * The search's typo tolerance counts edits one letter at a time (Levenshtein), so a swap costs
 * two edits and falls outside the one edit that a word of this length is allowed.
 */
const MIN_LENGTH = 5;

/** The first spelling with two neighbours swapped back that `isKnownWord` accepts, if any. */
export function unswapNeighbours(word: string, isKnownWord: (candidate: string) => boolean): string | undefined {
  if (word.length < MIN_LENGTH) return undefined;
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] === word[i + 1]) continue;
    const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (isKnownWord(candidate)) return candidate;
  }
  return undefined;
}

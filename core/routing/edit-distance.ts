/**
 * Levenshtein distance with a ceiling, for typo-tolerant term matching: only "is it within 1
 * or 2 edits" matters, so a row whose smallest cell already exceeds the ceiling ends the work.
 */

// Reused between calls: matching a question scans the vocabulary, and a fresh pair of rows per
// term would be most of the garbage a route makes.
let previous = new Int32Array(64);
let current = new Int32Array(64);

/** The edit distance between `a` and `b` when it is at most `max`, otherwise `max + 1`. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previous.length) {
    previous = new Int32Array(b.length + 1);
    current = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const cell = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance > max ? max + 1 : distance;
}

/**
 * Levenshtein distance with a ceiling, for typo-tolerant term matching: only "is it within 1
 * or 2 edits" matters. So only the cells at most `max` off the diagonal are worked out (the
 * others are more than `max` edits away anyway), and a row whose smallest cell already exceeds
 * the ceiling ends the work. A hostile question of 500 characters compares dozens of words with
 * every term of the index; the full table made that the slowest part of routing it.
 */

import type { UintArray } from './topic-postings';

// Reused between calls: matching a question scans the vocabulary, and a fresh pair of rows per
// term would be most of the garbage a route makes.
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * The edit distance between `a` and `b` when it is at most `max`, otherwise `max + 1`. `b` is
 * the UTF-16 code units `bChars[bStart]` up to `bChars[bEnd]`: the index keeps its terms so
 * (topic-postings.ts), and a string per compared term would be garbage.
 */
export function editDistanceWithin(a: string, bChars: UintArray, bStart: number, bEnd: number, max: number): number {
  const over = max + 1;
  const bLength = bEnd - bStart;
  if (Math.abs(a.length - bLength) > max) return over;
  if (bLength + 2 > previous.length) {
    previous = new Int32Array(bLength + 2);
    current = new Int32Array(bLength + 2);
  }
  // Row 0: turning "" into b's first j letters takes j insertions. Row 1 reads it up to max + 1
  // only, and each later row reads only what the row before wrote (its band and the cells just
  // outside), so the rest of row 0 is never read: most terms are rejected within a few rows, and
  // filling the whole row cost as much as that work.
  const firstRowEnd = Math.min(bLength, max + 1);
  for (let j = 0; j <= firstRowEnd; j++) previous[j] = j <= max ? j : over;
  previous[firstRowEnd + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - max);
    const high = Math.min(bLength, i + max);
    // The cells just outside the band read as "too far" in this row and the next.
    current[low - 1] = low === 1 ? Math.min(i, over) : over;
    current[high + 1] = over;
    let rowMin = current[low - 1]!;
    const code = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const substitution = previous[j - 1]! + (code === bChars[bStart + j - 1] ? 0 : 1);
      const cell = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1, over);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return over;
    const done = previous;
    previous = current;
    current = done;
  }
  return Math.min(previous[bLength]!, over);
}

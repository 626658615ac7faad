import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../../core/routing/edit-distance';

const SEED = 20260611;

/** The textbook full-matrix Levenshtein distance, without a ceiling or reused rows: the oracle. */
function levenshtein(a: string, b: string): number {
  const matrix = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = matrix[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      matrix[i]![j] = Math.min(substitution, matrix[i - 1]![j]! + 1, matrix[i]![j - 1]! + 1);
    }
  }
  return matrix[a.length]![b.length]!;
}

/** `b` placed between other code units, as a term sits among the index's terms. */
function within(a: string, b: string, max: number): number {
  const chars = Uint16Array.from(`xy${b}zz`, (char) => char.charCodeAt(0));
  return editDistanceWithin(a, chars, 2, 2 + b.length, max);
}

describe('editDistanceWithin', () => {
  it('gives the distance of known pairs', () => {
    expect(within('kitten', 'sitting', 3)).toBe(3);
    expect(within('paspoort', 'paspoort', 2)).toBe(0);
    expect(within('toeslag', 'toeslog', 2)).toBe(1);
    expect(within('toeslag', 'toeslach', 2)).toBe(2);
    expect(within('flaw', 'lawn', 2)).toBe(2);
  });

  it('counts every letter of the other word against an empty one', () => {
    expect(within('', '', 0)).toBe(0);
    expect(within('', 'ab', 2)).toBe(2);
    expect(within('abc', '', 3)).toBe(3);
  });

  it('counts one insertion, deletion or substitution at either end as one edit', () => {
    for (const other of ['xhuur', 'huurx', 'uur', 'huu', 'xuur', 'huux']) {
      expect(within('huur', other, 2)).toBe(1);
      expect(within(other, 'huur', 2)).toBe(1);
    }
  });

  it('returns max + 1 when the distance is over the ceiling', () => {
    expect(within('kitten', 'sitting', 2)).toBe(3);
    expect(within('kitten', 'sitting', 0)).toBe(1);
    expect(within('abcd', 'wxyz', 1)).toBe(2);
    // Lengths alone already differ by more than the ceiling.
    expect(within('a', 'abcdef', 2)).toBe(3);
  });

  it('is the Levenshtein distance, capped at max + 1, for short words over a small alphabet', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(within(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('reads only the given range of the code units', () => {
    const chars = Uint16Array.from('huurtoeslag', (char) => char.charCodeAt(0));
    expect(editDistanceWithin('toeslag', chars, 4, 11, 2)).toBe(0);
    expect(editDistanceWithin('huur', chars, 0, 4, 2)).toBe(0);
    expect(editDistanceWithin('huur', chars, 0, 5, 2)).toBe(1);
  });

  it('gives the same answer after a longer word has grown its reused rows', () => {
    const long = 'a'.repeat(100);
    expect(within('b'.repeat(100), long, 1)).toBe(2);
    expect(within(`${long}b`, `${long}c`, 1)).toBe(1);
    expect(within('ab', 'ba', 2)).toBe(2);
  });
});

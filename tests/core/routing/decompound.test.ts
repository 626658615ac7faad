import { describe, expect, it } from 'vitest';
import { decompound } from '../../../core/routing/decompound';

const known = (...words: string[]) => {
  const set = new Set(words);
  return (part: string) => set.has(part);
};

describe('decompound', () => {
  it('splits a compound into known words', () => {
    expect(decompound('huurtoeslag', known('huur', 'toeslag'))).toEqual(['huur', 'toeslag']);
    expect(decompound('schuldhulpverlening', known('schuld', 'hulp', 'verlening'))).toEqual(['schuld', 'hulp', 'verlening']);
  });

  it('skips a linking s or e between the parts', () => {
    expect(decompound('activeringscode', known('activering', 'code'))).toEqual(['activering', 'code']);
    expect(decompound('ziektewet', known('ziekte', 'wet', 'ziek'))).toEqual(['ziekte', 'wet']);
  });

  it('prefers the split with the fewest parts', () => {
    expect(decompound('kinderopvangtoeslag', known('kinder', 'opvang', 'kinderopvang', 'toeslag'))).toEqual(['kinderopvang', 'toeslag']);
  });

  it('splits off a known last part when the rest is unknown: it says what kind of thing it is', () => {
    expect(decompound('kinderopvangtoeslag', known('toeslag'))).toEqual(['kinderopvang', 'toeslag']);
  });

  it('does not split into unknown parts, nor off short heads or short rest parts', () => {
    expect(decompound('huurtoeslag', known('huur'))).toEqual([]);
    expect(decompound('verlopen', known('lopen'))).toEqual([]);
    expect(decompound('abctoeslag', known('toeslag'))).toEqual([]);
  });

  it('does not return the whole word as a split of itself', () => {
    expect(decompound('toeslag', known('toeslag'))).toEqual([]);
  });
});

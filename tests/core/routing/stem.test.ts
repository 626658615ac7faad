import { describe, expect, it } from 'vitest';
import { dutchVerbFormStems, stemWord, stemsOf } from '../../../core/routing/stem';

describe('stemWord', () => {
  it('gives the Dutch and the English stem when they differ', () => {
    expect(stemWord('schulden')).toEqual(['schuld', 'schulden']);
    expect(stemWord('debts')).toEqual(['debt']);
  });

  it('leaves short words and words with digits alone', () => {
    expect(stemWord('ww')).toEqual(['ww']);
    expect(stemWord('nt2')).toEqual(['nt2']);
  });
});

describe('dutchVerbFormStems', () => {
  it('finds the infinitive of an inflected verb, which the stemmer leaves alone', () => {
    expect(dutchVerbFormStems('verloopt')).toContain(stemWord('verlopen', 'nl')[0]);
    expect(dutchVerbFormStems('verhuisd')).toContain(stemWord('verhuizen', 'nl')[0]);
    expect(dutchVerbFormStems('gestopt')).toContain(stemWord('stoppen', 'nl')[0]);
    expect(dutchVerbFormStems('ingelogd')).toContain(stemWord('inloggen', 'nl')[0]);
  });

  it('guesses nothing for words that do not end like a verb form', () => {
    expect(dutchVerbFormStems('toeslagen')).toEqual([]);
    expect(dutchVerbFormStems('brief')).toEqual([]);
  });
});

describe('stemsOf', () => {
  it('gives the stems of stemWord, remembered for every engine on the page or in the isolate', () => {
    const first = stemsOf('belastingen', 'both');
    expect(first).toEqual(stemWord('belastingen', 'both'));
    expect(stemsOf('belastingen', 'both')).toBe(first);
    expect(stemsOf('belastingen', 'nl')).toEqual(stemWord('belastingen', 'nl'));
  });

  it('forgets what it remembered once it holds 10,000 words of a language, so arbitrary questions cannot fill memory', () => {
    const first = stemsOf('aanvraagformulieren', 'en');
    for (let i = 0; i < 10_000; i++) stemsOf(`woord${i}x`, 'en');
    const again = stemsOf('aanvraagformulieren', 'en');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});

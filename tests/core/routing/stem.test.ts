import { describe, expect, it } from 'vitest';
import { dutchVerbFormStems, stemWord } from '../../../core/routing/stem';

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

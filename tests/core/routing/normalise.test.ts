import { describe, expect, it } from 'vitest';
import { normaliseText, toWords } from '../../../core/routing/normalise';
import { joinSeparableVerbs } from '../../../core/routing/separable-verbs';

describe('normalising text', () => {
  it('lower-cases and removes diacritics and punctuation', () => {
    expect(normaliseText('Ik ben geïnteresseerd in één CAFÉ-bezoek!')).toBe('ik ben geinteresseerd in een cafe bezoek');
  });

  it('keeps English contractions as one word', () => {
    expect(toWords("I can’t log in, don't know why")).toEqual(['i', 'cant', 'log', 'in', 'dont', 'know', 'why']);
  });

  it('gives no words for punctuation only', () => {
    expect(toWords(' ?! ... ')).toEqual([]);
  });
});

describe('joinSeparableVerbs', () => {
  it('joins a Dutch verb that the sentence splits', () => {
    expect(joinSeparableVerbs(toWords('Hoe vraag ik AOW aan?'))).toEqual(['aanvragen']);
    expect(joinSeparableVerbs(toWords('Ik betaal het niet terug'))).toEqual(['terugbetalen']);
  });

  it('adds nothing when the verb is already whole or the particle is missing', () => {
    expect(joinSeparableVerbs(toWords('ik wil aanvragen'))).toEqual([]);
    expect(joinSeparableVerbs(toWords('ik vraag het'))).toEqual([]);
  });
});

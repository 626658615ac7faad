import { describe, expect, it } from 'vitest';
import { feedbackGroupKey } from '../../../core/feedback/feedback';
import { missingKeywords } from '../../../core/feedback/missing-keywords';
import { voorbeeldstad } from '../support/voorbeeldstad';

const given = { topicId: 'digid-aanvragen', counterId: 'ido', basis: 'table' as const };

describe('feedbackGroupKey', () => {
  it('groups the same question regardless of case and spacing, with the same given and expected answer', () => {
    const key = feedbackGroupKey('Paspoort  kwijt', given, { counterId: 'burgerzaken' });
    expect(feedbackGroupKey('paspoort kwijt', given, { counterId: 'burgerzaken' })).toBe(key);
    expect(feedbackGroupKey('paspoort kwijt', given, { counterId: 'burgerzaken', topicId: 'paspoort-id-kaart' })).not.toBe(key);
    expect(feedbackGroupKey('paspoort kwijt', { ...given, basis: 'fallback' }, { counterId: 'burgerzaken' })).not.toBe(key);
    expect(feedbackGroupKey('paspoort kwijt', given, null)).not.toBe(key);
  });

  it('cannot be fooled by a separator inside a question or an id', () => {
    const a = feedbackGroupKey('a","b', { topicId: null, counterId: 'c', basis: null }, null);
    const b = feedbackGroupKey('a', { topicId: 'b', counterId: 'c', basis: null }, null);
    expect(a).not.toBe(b);
  });
});

describe('missingKeywords', () => {
  const content = voorbeeldstad();
  const bijstand = content.topics.find((topic) => topic.id === 'bijstand')!;

  it('offers the question’s words that the topic lacks, without function words or numbers', () => {
    expect(missingKeywords('Ik wil mijn uitkering stoppen in maart 2027', bijstand)).toEqual(['stoppen', 'maart']);
  });

  it('offers no marker of the reduction', () => {
    expect(missingKeywords('[naam] wil stoppen', bijstand)).toEqual(['stoppen']);
  });

  it('offers nothing the topic already knows', () => {
    expect(missingKeywords(bijstand.title.nl, bijstand)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { counterNameInSentence, titleInSentence } from '../../../core/routing/reason';

describe('reason wording', () => {
  it('puts "het" before counter names that are het-words and leaves the others alone', () => {
    expect(counterNameInSentence('Sociaal Loket')).toBe('het Sociaal Loket');
    expect(counterNameInSentence('Informatiepunt Digitale Overheid')).toBe('het Informatiepunt Digitale Overheid');
    expect(counterNameInSentence('Taalhuis')).toBe('het Taalhuis');
    expect(counterNameInSentence('Het Juridisch Loket')).toBe('het Juridisch Loket');
    expect(counterNameInSentence('Burgerzaken')).toBe('Burgerzaken');
    expect(counterNameInSentence('Werk en Inkomen')).toBe('Werk en Inkomen');
  });

  it('starts a title with a small letter inside a sentence, unless the first word has more capitals', () => {
    expect(titleInSentence('Geldzorgen of schulden')).toBe('geldzorgen of schulden');
    expect(titleInSentence('DigiD-app installeren en gebruiken')).toBe('DigiD-app installeren en gebruiken');
    expect(titleInSentence('WOZ-waarde of bezwaar')).toBe('WOZ-waarde of bezwaar');
    expect(titleInSentence('MijnOverheid en de Berichtenbox')).toBe('MijnOverheid en de Berichtenbox');
  });
});

import { describe, expect, it } from 'vitest';
import { en, enDesk, enFeedback, enForms } from '../../widget/i18n/en';
import { loadMessages, messagesFor, messagesWith, resolveLang } from '../../widget/i18n';
import { nl } from '../../widget/i18n/nl';
import { nlDesk } from '../../widget/i18n/nl-desk';
import { nlFeedback } from '../../widget/i18n/nl-feedback';
import { nlForms } from '../../widget/i18n/nl-forms';

/** Each part of the text in both languages: what every page has, what the desk and feedback chunks bring, and what their forms share. */
const PARTS = [
  { name: 'widget', nl, en },
  { name: 'desk', nl: nlDesk, en: enDesk },
  { name: 'feedback', nl: nlFeedback, en: enFeedback },
  { name: 'forms', nl: nlForms, en: enForms },
];

/** Every key path with the kind of value there ("string", "function/1", "object"). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path} function/${value.length}`];
  if (typeof value !== 'object' || value === null) return [`${path} ${typeof value}`];
  return Object.entries(value)
    .flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
    .sort();
}

describe('interface text', () => {
  it.each(PARTS)('has the same keys, with the same kinds of values, in Dutch and English: $name', (part) => {
    expect(shape(part.en)).toEqual(shape(part.nl));
  });

  it('gives every text to one part only, so a chunk never overrides what the page already has', () => {
    const keys = PARTS.flatMap((part) => Object.keys(part.nl));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('has no empty texts', () => {
    for (const messages of PARTS.flatMap((part) => [part.nl, part.en])) {
      const empty = Object.entries(messages).filter(([, value]) => value === '');
      expect(empty).toEqual([]);
    }
  });

  it('adds a chunk’s Dutch to the Dutch texts, and the English chunk’s part to the English texts', async () => {
    expect(messagesFor('nl')).toBe(nl);
    const deskDutch = { ...nlForms, ...nlDesk };
    expect(messagesWith(nl, 'desk', deskDutch)).toMatchObject({ ...nl, ...nlForms, ...nlDesk });
    expect(messagesWith(nl, 'desk', deskDutch)).toBe(messagesWith(nl, 'desk', deskDutch));
    const english = await loadMessages('en');
    expect(messagesWith(english, 'desk', deskDutch)).toMatchObject({ ...en, ...enForms, ...enDesk });
    expect(messagesWith(english, 'feedback', { ...nlForms, ...nlFeedback })).toMatchObject({ ...en, ...enForms, ...enFeedback });
  });

  it('speaks Dutch unless English is asked for', () => {
    expect(resolveLang('en')).toBe('en');
    expect(resolveLang('nl')).toBe('nl');
    expect(resolveLang('de')).toBe('nl');
    expect(resolveLang(null)).toBe('nl');
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../widget/i18n/en';
import { nl } from '../../widget/i18n/nl';
import { resolveLang } from '../../widget/i18n';

/** Every key path with the kind of value there ("string", "function/1", "object"). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path} function/${value.length}`];
  if (typeof value !== 'object' || value === null) return [`${path} ${typeof value}`];
  return Object.entries(value)
    .flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
    .sort();
}

describe('interface text', () => {
  it('has the same keys, with the same kinds of values, in Dutch and English', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  it('has no empty texts', () => {
    for (const messages of [nl, en]) {
      const empty = Object.entries(messages).filter(([, value]) => value === '');
      expect(empty).toEqual([]);
    }
  });

  it('speaks Dutch unless English is asked for', () => {
    expect(resolveLang('en')).toBe('en');
    expect(resolveLang('nl')).toBe('nl');
    expect(resolveLang('de')).toBe('nl');
    expect(resolveLang(null)).toBe('nl');
  });
});

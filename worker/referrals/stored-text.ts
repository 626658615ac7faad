/**
 * Free text as the worker stores it: reduced (core/privacy/reduce-free-text.ts) with the tenant's
 * own words kept, and cut to the column's length, never through a marker. The worker is
 * authoritative: whatever the widget sent, this is what reaches D1.
 */
import type { Content } from '../../core/content/schema';
import { reduceFreeText, tenantWords } from '../../core/privacy';

// Content objects are immutable per tenant@version, so their word sets are too.
const wordsOfContent = new WeakMap<object, ReadonlySet<string>>();

export function tenantWordsOf(content: Content | object): ReadonlySet<string> {
  let words = wordsOfContent.get(content);
  if (!words) {
    words = tenantWords(content);
    wordsOfContent.set(content, words);
  }
  return words;
}

/** The reduced text, at most `maxLength` characters; null when nothing is left. */
export function storableText(text: string, words: ReadonlySet<string>, maxLength: number): string | null {
  const reduced = reduceFreeText(text, { tenantWords: words });
  const cut = reduced.length <= maxLength ? reduced : reduced.slice(0, maxLength).replace(/\[[a-z-]*$/, '');
  return cut.trim() || null;
}

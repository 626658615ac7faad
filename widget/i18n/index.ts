/**
 * Interface text per language. Dutch is part of widget.js; English is a separate chunk that
 * loads only for `lang="en"`.
 */
import type { Lang } from '../../core/content/schema';
import { nl, type Messages } from './nl';

export type { Messages };

const loaded: Partial<Record<Lang, Messages>> = { nl };

/** Dutch unless English is asked for: Dutch B1 is the default language of the widget. */
export function resolveLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'nl';
}

/** The messages for `lang` if they are loaded; see `loadMessages`. */
export function messagesFor(lang: Lang): Messages | undefined {
  return loaded[lang];
}

export async function loadMessages(lang: Lang): Promise<Messages> {
  return (loaded[lang] ??= lang === 'en' ? (await import('./en')).en : nl);
}

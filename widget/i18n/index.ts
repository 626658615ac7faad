/**
 * Interface text per language. The Dutch that every page needs is part of widget.js; desk mode's
 * and the feedback form's Dutch come with their own chunks (nl-desk.ts, nl-feedback.ts, and
 * nl-forms.ts, which the two forms share), which pass it to `messagesWith`. English is a separate
 * chunk, with all its parts, that loads only for `lang="en"`.
 */
import type { Lang } from '../../core/content/schema';
import type { DeskTexts } from './nl-desk';
import type { FeedbackTexts } from './nl-feedback';
import type { FormTexts } from './nl-forms';
import { nl, type Messages } from './nl';

export type { DeskTexts, FeedbackTexts, FormTexts, Messages };
export type DeskMessages = Messages & FormTexts & DeskTexts;
export type FeedbackMessages = Messages & FormTexts & FeedbackTexts;

/** The texts a lazy chunk brings, by chunk: each form's own and what the two forms share. */
interface ChunkTexts {
  desk: FormTexts & DeskTexts;
  feedback: FormTexts & FeedbackTexts;
}

const loaded: Partial<Record<Lang, Messages>> = { nl };
let english: ChunkTexts | undefined;

/** Dutch unless English is asked for: Dutch B1 is the default language of the widget. */
export function resolveLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'nl';
}

/** The messages for `lang` if they are loaded; see `loadMessages`. */
export function messagesFor(lang: Lang): Messages | undefined {
  return loaded[lang];
}

export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'nl') return nl;
  if (!loaded.en) {
    const module = await import('./en');
    english = module.enChunks;
    loaded.en = module.en;
  }
  return loaded.en;
}

/** One object per language and chunk, made once: renders pass the same texts every time. */
const combined = new Map<string, Messages>();

/**
 * `t` (from `messagesFor`) with a chunk's own texts: `dutch`, which the chunk brings, or the
 * English chunk's part when `t` is English.
 */
export function messagesWith<Part extends keyof ChunkTexts>(t: Messages, part: Part, dutch: ChunkTexts[Part]): Messages & ChunkTexts[Part] {
  const englishPart = t === loaded.en ? english?.[part] : undefined;
  const key = `${englishPart ? 'en' : 'nl'} ${part}`;
  let messages = combined.get(key);
  if (!messages) {
    messages = { ...t, ...(englishPart ?? dutch) };
    combined.set(key, messages);
  }
  return messages as Messages & ChunkTexts[Part];
}

/** The messages of the conversation log. Texts are rendered from keys, so they follow `lang`. */
import type { Advice, Clarify } from '../../core/api/route-response';

/** Notes in either mode: their texts come with widget.js. */
export type ResidentNoteKey = 'noMatch' | 'personalData' | 'feedbackSent' | 'feedbackQueued';
/** Notes at the desk only: their texts come with the desk chunk (i18n/nl-desk.ts). */
export type NoteKey = ResidentNoteKey | 'cueChangedAdvice' | 'slipCopied' | 'slipCopyFailed' | 'referralSaved' | 'signalSaved';

export type LogMessage =
  | { id: number; from: 'user'; text: string }
  | { id: number; from: 'assistant'; kind: 'advice'; advice: Advice }
  /** `question`: the words that led to it, kept for the slip; `chosen`: the option picked, if any. */
  | { id: number; from: 'assistant'; kind: 'clarify'; clarify: Clarify; question: string; chosen?: string }
  | { id: number; from: 'assistant'; kind: 'note'; note: NoteKey }
  /** A ticked signal points to another counter as well: the card shows it, the log says it. */
  | { id: number; from: 'assistant'; kind: 'hint'; counterName: string };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type NewLogMessage = WithoutId<LogMessage>;

/**
 * The conversation of one `<loket-wijzer>`: the log, the advice on screen, the clarifying question
 * nobody answered yet, the ticked cues and the anonymous signals these lead to. No DOM and no Lit
 * rendering: the element renders what this holds, and tests/widget/conversation-controller.test.ts
 * drives it in Node with the real engine.
 */
import type { ReactiveControllerHost } from '../element/reactive-controller';
import type { Advice, ClarifyOption } from '../../core/api/route-response';
import type { Lang } from '../../core/content/schema';
import type { Engine } from '../../core/routing/engine';
import type { Answered } from '../feedback';
import { loadNational } from '../national/national-layer';
import { questionSignal, type SignalMode, type SignalPayload } from '../signals/signals';
import { answer, couldUseNational, type Answer, type Question } from './answer';
import { findTopic } from './content';
import type { LogMessage, NewLogMessage, NoteKey } from './log';

/** The advice on screen, with the question it answers (kept for the slip and for re-routing on a cue). */
export type Current = Extract<Answer, { kind: 'advice' }> & { question: Question };

/** What the last question led to when no advice is on screen (the desk layout says it). */
export type Outcome = 'start' | 'clarify' | 'noMatch' | 'personalData';

/** Desk mode's re-routing on a ticked cue (desk/reroute.ts): passed in, so it stays in the desk chunk. */
export type Reroute = typeof import('../desk/reroute').reroute;

/** A clarifying question on screen that nobody answered yet: abandoned if the user moves on. */
interface PendingClarify {
  question: string;
  topicIds: string[];
}

export interface ConversationOptions {
  /** The engine once the bundle is in; null before, and a question then does nothing. */
  engine: () => Engine | null;
  lang: () => Lang;
  mode: () => SignalMode;
  /** Anonymous and fire-and-forget (signals/signals.ts). */
  signal: (payload: SignalPayload) => void;
  /** Advice is on screen: the answer to a question, or a changed one after a cue was ticked. */
  onAdvice?: (advice: Advice, cause: 'question' | 'cue') => void;
  /** Any answer is on screen (advice, clarify or none): what a correction can be about. */
  onAnswered?: (answered: Answered) => void;
}

/** A plain class the element drives (it has no part in the element's life cycle); it asks the host to render. */
export class ConversationController {
  messages: LogMessage[] = [];
  current: Current | null = null;
  cueIds: string[] = [];
  /** The last question answered, whatever the answer: what a correction is about. */
  answered: Answered | null = null;
  #pending: PendingClarify | null = null;
  #nextId = 1;
  readonly #host: Pick<ReactiveControllerHost, 'requestUpdate'>;
  readonly #options: ConversationOptions;

  constructor(host: Pick<ReactiveControllerHost, 'requestUpdate'>, options: ConversationOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The clarifying question that waits for an answer, if any. */
  get pendingClarify(): Readonly<PendingClarify> | null {
    return this.#pending;
  }

  /** What the last question led to, read from the log since the user last spoke. */
  get outcome(): Outcome {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const message = this.messages[i] as LogMessage;
      if (message.from === 'user') break;
      if (message.kind === 'clarify') return 'clarify';
      if (message.kind === 'note' && (message.note === 'noMatch' || message.note === 'personalData')) return message.note;
    }
    return this.messages.length === 0 ? 'start' : 'noMatch';
  }

  /** Whether the quick-start topics fit: nothing asked yet, or the last question found nothing. */
  get offersQuickTopics(): boolean {
    const last = this.messages.at(-1);
    return last === undefined || (last.from === 'assistant' && last.kind === 'note' && last.note === 'noMatch');
  }

  /** An assistant's note in the log (personal data refused, slip copied, referral saved …). */
  note(note: NoteKey): void {
    this.#push({ from: 'assistant', kind: 'note', note });
  }

  /** Asks the engine and shows the answer. `said`: what goes in the log as the user's words. */
  async ask(question: Question, said = question.text): Promise<void> {
    const engine = this.#options.engine();
    if (!engine) return;
    this.abandonClarify();
    this.#push({ from: 'user', text: said });
    const options = { lang: this.#options.lang(), cueIds: this.cueIds };
    // The national list comes only when it could change the answer; without it (offline) the table answers.
    if (couldUseNational(engine, question, options)) await loadNational();
    const result = answer(engine, question, options);
    this.answered = { id: this.#nextId, question: question.text, advice: result.kind === 'advice' ? result.advice : null };
    if (result.kind === 'advice') {
      this.current = { ...result, question };
      this.#push({ from: 'assistant', kind: 'advice', advice: result.advice });
      // National guidance and the fallback are gaps in the table too: the municipality should see them.
      if (result.advice.basis !== 'table' && !question.topicId) this.#signalQuestion('unanswered', question.text);
    } else {
      this.current = null;
      if (result.kind === 'clarify') {
        this.#pending = { question: question.text, topicIds: result.clarify.options.map((option) => option.topicId) };
      } else if (!question.topicId) {
        this.#signalQuestion('unanswered', question.text);
      }
      this.#push(
        result.kind === 'clarify'
          ? { from: 'assistant', kind: 'clarify', clarify: result.clarify, question: question.text }
          : { from: 'assistant', kind: 'note', note: 'noMatch' },
      );
    }
    this.#options.onAnswered?.(this.answered);
    if (result.kind === 'advice') this.#options.onAdvice?.(result.advice, 'question');
  }

  /** An option of a clarifying question was chosen: it is answered, not abandoned. */
  clarify(message: Extract<LogMessage, { kind: 'clarify' }>, option: ClarifyOption): Promise<void> {
    this.messages = this.messages.map((m) => (m.id === message.id ? { ...message, chosen: option.topicId } : m));
    this.#pending = null;
    return this.ask({ text: message.question, topicId: option.topicId }, option.label);
  }

  /** Desk mode: another topic for the same words, from the card's alternatives. */
  async chooseAlternative(topicId: string): Promise<void> {
    const content = this.#options.engine()?.content;
    const topic = content && findTopic(content, topicId);
    if (topic && this.current) await this.ask({ text: this.current.question.text, topicId }, topic.title[this.#options.lang()]);
  }

  /** Desk mode: a cue was ticked or unticked; with the desk's `reroute`, the advice follows it. */
  tickCue(cueId: string, ticked: boolean, reroute?: Reroute): void {
    const before = this.cueIds;
    this.cueIds = ticked ? [...before, cueId] : before.filter((id) => id !== cueId);
    this.#host.requestUpdate();
    const engine = this.#options.engine();
    if (!engine || !this.current || !reroute) return;
    const { question } = this.current;
    const result = reroute(engine, question, this.current, { before, now: this.cueIds }, this.#options.lang());
    if (!result) return;
    this.current = { ...result.answer, question };
    // A correction is about the advice on screen, as the signals changed it.
    if (this.answered) this.answered = { ...this.answered, advice: result.answer.advice };
    for (const message of result.messages) this.#push(message);
    if (result.changed) this.#options.onAdvice?.(result.answer.advice, 'cue');
  }

  /** The user moved on from a clarifying question without choosing: a gap the admin should see. */
  abandonClarify(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    this.#signalQuestion('clarify-abandoned', pending.question, pending.topicIds);
  }

  /** Nothing of the conversation stays; a pending clarifying question goes without a signal. */
  clear(): void {
    this.#pending = null;
    this.answered = null;
    this.messages = [];
    this.current = null;
    this.cueIds = [];
    this.#host.requestUpdate();
  }

  #signalQuestion(kind: 'unanswered' | 'clarify-abandoned', question: string, topicIds?: readonly string[]): void {
    this.#options.signal(questionSignal(kind, question, this.#options.mode(), topicIds));
  }

  #push(message: NewLogMessage): void {
    this.messages = [...this.messages, { ...message, id: this.#nextId++ }];
    this.#host.requestUpdate();
  }
}

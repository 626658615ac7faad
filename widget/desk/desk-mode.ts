/**
 * Desk mode's part of <loket-wijzer>, in the desk chunk so that widget.js (every resident page and
 * every first answer) does not carry it: the referral form's state and the kept-text check, which
 * advice the form was last filled in for, the layout around the element's conversation and advice
 * card, copying and printing the slip, and the frame the first advice's extras wait for.
 */
import type { nothing, TemplateResult } from '../element/html';
import type { ReactiveControllerHost } from '../element/reactive-controller';
import type { Bundle } from '../../core/bundle/bundle';
import type { Content, Lang } from '../../core/content/schema';
import type { ConversationController, Current } from '../conversation/conversation-controller';
import { messagesWith, type DeskMessages, type Messages } from '../i18n';
import { nlDesk } from '../i18n/nl-desk';
import { nlForms } from '../i18n/nl-forms';
import type { DeskCardParts } from '../views/advice-card';
import { openSlipForPrint } from '../views/slip';
import { deskCardParts } from './desk-card-parts';
import { deskLayout } from './desk-layout';
import { KeptText } from './kept-text';
import { ReferralController } from './referral-controller';
import { keptText } from './referral-form';
import { reroute } from './reroute';

/** The desk's Dutch, with what its referral form shares with the feedback form. */
const DUTCH = { ...nlForms, ...nlDesk };

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
type View = TemplateResult | typeof nothing;

/** Same counter, topic and digital-help step: the same referral. */
const adviceKey = (current: Current | null | undefined) =>
  current ? `${current.advice.topicId} ${current.advice.counterId} ${current.advice.digitalHelp}` : '';

/** What the element renders of the desk: its texts, its bundle and conversation, and the views it makes itself. */
export interface DeskRenderProps {
  t: Messages;
  lang: Lang;
  level: number;
  api: string;
  tenant: string;
  bundle: Bundle;
  conversation: ConversationController;
  status: View;
  /** False: the handover, referral form and slip at once (the warm-up render); else they follow the first advice a frame later. */
  extrasLater?: boolean | undefined;
  /** The question form and the log, with the desk's texts. */
  conversationView: (t: DeskMessages) => TemplateResult;
  /** The card, with desk mode's additions once there is advice. */
  adviceCard: (now: Date, desk: DeskCardParts | undefined) => View;
  feedback: (sourceDeskId: string | undefined) => View;
  onAlternative: (topicId: string) => void;
  onReset: () => void;
}

export class DeskMode {
  readonly #host: Host;
  /** The conversation, once the first answer's chunk is there. */
  readonly #conversation: () => ConversationController | undefined;
  readonly #referral: ReferralController;
  readonly #kept: KeptText;
  /** The advice the referral form was last filled in for. */
  #referralFor = '';
  /** The first advice's handover, referral form and slip wait a frame (DeskLayoutProps.extrasLater). */
  #extras: 'later' | 'scheduled' | 'shown' = 'later';

  constructor(host: Host, conversation: () => ConversationController | undefined) {
    this.#host = host;
    this.#conversation = conversation;
    this.#referral = new ReferralController(host, {
      onRecorded: (what) => conversation()?.note(what === 'referral' ? 'referralSaved' : 'signalSaved'),
    });
    this.#kept = new KeptText(host);
  }

  /** The slip is folded until a referral is recorded; a closed <details> would print empty. */
  readonly beforePrint = (): void => openSlipForPrint(this.#host.renderRoot);

  /** Before a render: the tenant's desks, and a fresh form for new advice. */
  prepare(tenant: string, bundle: Bundle | undefined): void {
    if (bundle) this.#referral.useTenant(tenant, bundle.content.sourceDesks);
    // A referral belongs to one advice: a new one (or none) starts the form again.
    const key = adviceKey(this.#conversation()?.current);
    if (key !== this.#referralFor) {
      this.#referralFor = key;
      this.#referral.reset();
    }
  }

  /** After a render: once the first advice is on screen, its extras follow after the frame that shows the card. */
  updated(): void {
    if (this.#extras !== 'later' || !this.#conversation()?.current) return;
    this.#extras = 'scheduled';
    // requestAnimationFrame runs before that frame's paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#extras = 'shown';
        this.#host.requestUpdate();
      }),
    );
  }

  /** Idle time before the first question: what the first kept text needs (kept-text.ts). */
  warmUp(content: Content): void {
    void this.#kept.prepare(content);
  }

  /** "Nieuwe inwoner". */
  reset(): void {
    this.#referral.reset();
  }

  /** When the question holds what a signal would not keep: what it would keep instead. */
  keptQuestion(t: DeskMessages, query: string, content: Content): { id: string; view: TemplateResult } | undefined {
    const kept = this.#kept.of(query, content);
    if (!kept || kept === query.trim()) return undefined;
    const id = 'lw-question-kept';
    return { id, view: keptText(t, id, kept) };
  }

  render(p: DeskRenderProps): TemplateResult {
    const { content, publishedAt } = p.bundle;
    const { conversation } = p;
    const { current, cueIds, messages } = conversation;
    const t = messagesWith(p.t, 'desk', DUTCH);
    const now = new Date();
    const referral = this.#referral;
    const target = { api: p.api, tenant: p.tenant };
    return deskLayout({
      t,
      lang: p.lang,
      level: p.level,
      content,
      publishedAt,
      now,
      current: current && { advice: current.advice, question: current.question.text },
      cueIds,
      outcome: conversation.outcome,
      status: p.status,
      conversation: p.conversationView(t),
      adviceCard: p.adviceCard(
        now,
        current
          ? deskCardParts({
              t,
              lang: p.lang,
              content,
              counterId: current.advice.counterId,
              alternatives: current.alternatives,
              level: p.level + 2,
              onAlternative: p.onAlternative,
            })
          : undefined,
      ),
      feedback: p.feedback(referral.deskId),
      canReset: messages.length > 0,
      extrasLater: p.extrasLater ?? this.#extras !== 'shown',
      onReset: p.onReset,
      onCue: (id, ticked) => conversation.tickCue(id, ticked, reroute),
      onCopy: (text) => void this.#copySlip(text, conversation),
      onBeforePrint: this.beforePrint,
      referral,
      keptText: (text) => this.#kept.of(text, content) ?? null,
      onRecord: () => {
        const advice = conversation.current?.advice;
        if (advice) void referral.record({ ...target, advice });
      },
      onSignalOnly: () => void referral.recordSignalOnly(target),
    });
  }

  async #copySlip(text: string, conversation: ConversationController): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      conversation.note('slipCopied');
    } catch {
      conversation.note('slipCopyFailed');
    }
  }
}

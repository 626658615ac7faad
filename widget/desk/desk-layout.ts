/**
 * Desk mode around the shared conversation: two columns on a wide screen (question and signals
 * left, advice, handover and referral slip right), one column on a narrow one.
 */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Advice } from '../../core/api/route-response';
import type { Content, Lang } from '../../core/content/schema';
import type { DeskMessages } from '../i18n';
import { buildSlip, slipText } from '../slip/slip';
import { cueChecklist } from '../views/cue-checklist';
import { handover } from '../views/handover';
import { heading } from '../views/heading';
import { slipView } from '../views/slip';
import type { ReferralController } from './referral-controller';
import { referralForm } from './referral-form';

/** `start`: nothing asked yet. The others: the last question gave no advice, and why. */
export type DeskOutcome = 'start' | 'clarify' | 'noMatch' | 'personalData';

const OUTCOME_TEXT = {
  clarify: 'outcomeClarify',
  noMatch: 'outcomeNoMatch',
  personalData: 'outcomePersonalData',
} as const satisfies Record<Exclude<DeskOutcome, 'start'>, keyof DeskMessages>;

/** The placeholder before the first question; after a question without advice, what happened instead. */
function noAdvice(p: DeskLayoutProps): TemplateResult {
  if (p.outcome === 'start') return html`<p class="empty-advice">${p.t.emptyAdvice}</p>`;
  return html`<section class="card outcome" aria-labelledby="lw-outcome-heading">
    ${heading(p.level + 1, p.t.outcomeTitle, { id: 'lw-outcome-heading', size: 'card' })}
    <p>${p.t[OUTCOME_TEXT[p.outcome]]}</p>
  </section>`;
}

export interface DeskLayoutProps {
  t: DeskMessages;
  lang: Lang;
  level: number;
  content: Content;
  publishedAt: string;
  now: Date;
  /** The advice on screen and the question it answers, in the resident's own words. */
  current: { advice: Advice; question: string } | null;
  cueIds: readonly string[];
  /** Without advice on screen: what the last question led to, so the panel says what happened. */
  outcome: DeskOutcome;
  status: TemplateResult | typeof nothing;
  conversation: TemplateResult;
  adviceCard: TemplateResult | typeof nothing;
  /** "Klopt dit niet?" under the answer, whatever it was (advice, a clarifying question, none). */
  feedback: TemplateResult | typeof nothing;
  canReset: boolean;
  /**
   * The first advice of a page: its handover, referral form and slip (below the first screen at
   * 1280×800) come a frame after the card, so the counter shows without waiting for them to be
   * built and laid out (issue 17: the first answer's long task). Later answers update them in place.
   */
  extrasLater?: boolean;
  onReset: () => void;
  onCue: (cueId: string, ticked: boolean) => void;
  onCopy: (text: string) => void;
  /** Opens the folded slip, so that it prints. */
  onBeforePrint: () => void;
  referral: ReferralController;
  /** What the server will store of a text; null while that is not known. */
  keptText: (text: string) => string | null;
  onRecord: () => void;
  onSignalOnly: () => void;
}

function formProps(p: DeskLayoutProps) {
  return {
    t: p.t,
    content: p.content,
    level: p.level + 1,
    referral: p.referral,
    keptNote: p.keptText(p.referral.note),
    onRecord: p.onRecord,
    onSignalOnly: p.onSignalOnly,
  };
}

function extras(p: DeskLayoutProps): TemplateResult {
  if (!p.current) {
    // A question without advice may still show what fails residents: signals without a referral.
    return html`${noAdvice(p)} ${p.feedback} ${p.canReset ? referralForm({ ...formProps(p), withAdvice: false }) : nothing}`;
  }
  const slip = buildSlip(p.content, p.publishedAt, p.current.advice, p.current.question, p.referral.created ?? undefined);
  const first = slip.steps[0]?.counter;
  return html`${first ? handover({ t: p.t, counter: first, level: p.level + 1 }) : nothing}
  ${referralForm({ ...formProps(p), withAdvice: p.current.advice.topicId !== null })}
  ${slipView({
    t: p.t,
    lang: p.lang,
    slip,
    level: p.level + 1,
    now: p.now,
    qr: p.referral.qr,
    onPrint: () => {
      p.onBeforePrint();
      window.print();
    },
    onCopy: () => p.onCopy(slipText(slip, p.t, p.lang, p.now)),
  })}`;
}

export function deskLayout(p: DeskLayoutProps): TemplateResult {
  return html`<div class="desk">
    <div class="desk-head">
      ${heading(p.level, p.t.deskTitle, { size: 'title' })}
      ${p.canReset ? html`<button type="button" class="button secondary" @click=${p.onReset}>${p.t.newResident}</button>` : nothing}
    </div>
    ${p.status}
    <div class="columns">
      <div class="column">
        ${p.conversation}
        ${
          // Under the conversation, where the answer was said: the advice column keeps the counter,
          // the handover and the referral within two screens at 1280×800.
          p.current ? p.feedback : nothing
        }
        ${
          p.content.recognitionCues.length > 0
            ? cueChecklist({ t: p.t, lang: p.lang, cues: p.content.recognitionCues, ticked: p.cueIds, onToggle: p.onCue })
            : nothing
        }
      </div>
      <div class="column">${p.adviceCard} ${p.current && p.extrasLater ? nothing : extras(p)}</div>
    </div>
  </div>`;
}

/** The warm-handover steps for the desk: consent, contact together, pass on only the question. */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Counter } from '../../core/content/schema';
import type { DeskMessages } from '../i18n';
import { telHref } from '../text/format';
import { heading } from './heading';

export interface HandoverProps {
  t: DeskMessages;
  counter: Counter;
  level: number;
}

function contactStep(t: DeskMessages, counter: Counter): TemplateResult {
  if (counter.appointment === 'required') return html`${t.handoverBook(counter.name)}`;
  if (!counter.phone) return html`${t.handoverVisit(counter.name)}`;
  return html`${t.handoverCall(counter.name)}`;
}

export function handover({ t, counter, level }: HandoverProps): TemplateResult {
  return html`<section part="handover" class="card handover" aria-labelledby="lw-handover-heading">
    ${heading(level, t.handoverTitle, { id: 'lw-handover-heading', size: 'card' })}
    <ol class="numbered">
      <li>${t.handoverConsent}</li>
      <li>
        ${contactStep(t, counter)}
        ${counter.phone ? html`<br /><a class="link" href=${telHref(counter.phone)}>${t.phone} ${counter.phone}</a>` : nothing}
      </li>
      <li>${t.handoverMinimum}</li>
    </ol>
    ${counter.handover ? html`<p class="tip"><strong>${t.handoverTip}:</strong> <span lang="nl">${counter.handover}</span></p>` : nothing}
  </section>`;
}

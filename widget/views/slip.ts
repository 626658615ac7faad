/**
 * The referral slip (verwijskaart) as a card on screen; in print it is the only thing the widget
 * shows. Print and copy buttons sit outside the paper so they never end up on it. The paper is
 * folded until a referral is recorded (then it carries the code and QR code to hand over), so the
 * desk's buttons stay in the first screens; printing opens it (see openSlipForPrint).
 */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Lang } from '../../core/content/schema';
import { formatWeekHours } from '../../core/hours';
import type { DeskMessages } from '../i18n';
import type { QrImage } from '../referral/qr';
import { codeGroups } from '../referral/code';
import { slipDates, stepLabel, type Slip, type SlipReferral } from '../slip/slip';
import { addressLine } from '../text/address-line';
import { telHref, websiteLabel } from '../text/format';
import { heading } from './heading';

export interface SlipProps {
  t: DeskMessages;
  lang: Lang;
  slip: Slip;
  level: number;
  now: Date;
  /** The QR code of the referral's confirmation URL, once it is drawn. */
  qr?: QrImage | null;
  onPrint: () => void;
  onCopy: () => void;
}

/** The code, large and in groups of four, and the QR code with the same code and URL as its text. */
function referralBlock(t: DeskMessages, referral: SlipReferral, qr: QrImage | null | undefined): TemplateResult {
  const label = t.slipQrLabel(referral.code, referral.confirmUrl);
  return html`<div class="slip-referral">
    <div class="slip-code-box">
      <p class="slip-code-line" id="lw-slip-code" tabindex="-1">
        <span class="slip-code-label">${t.slipCode}</span>
        <span class="slip-code"
          >${codeGroups(referral.code).map((group, i) => html`${i > 0 ? ' ' : ''}<span class="slip-code-group">${group}</span>`)}</span
        >
      </p>
      <p class="slip-code-hint">${t.slipCodeHint}</p>
    </div>
    ${
      qr
        ? html`<figure class="slip-qr">
            <svg class="qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-labelledby="lw-qr-title" shape-rendering="crispEdges">
              <title id="lw-qr-title">${label}</title>
              <rect width=${qr.size} height=${qr.size} fill="#ffffff"></rect>
              <path d=${qr.path} fill="#000000"></path>
            </svg>
            <figcaption class="slip-url">${t.slipQrCaption} <span class="url">${referral.confirmUrl}</span></figcaption>
          </figure>`
        : nothing
    }
  </div>`;
}

export function slipView({ t, lang, slip, level, now, qr, onPrint, onCopy }: SlipProps): TemplateResult {
  return html`<section part="slip" class="card slip" aria-labelledby="lw-slip-heading">
    <details class="slip-details" ?open=${slip.referral !== undefined}>
      <summary class="summary"><span class="summary-text">${t.slipShow}</span></summary>
      <div class="paper">
        ${heading(level, html`${t.slipTitle} <span class="slip-tenant">${slip.tenantName}</span>`, { id: 'lw-slip-heading', size: 'card' })}
        ${slip.referral ? referralBlock(t, slip.referral, qr) : nothing}
        <p class="slip-question"><strong>${t.slipQuestion}:</strong> “${slip.question}”</p>
        ${slip.steps.map(
          (step) =>
            html`<div class="slip-step">
              <p class="slip-counter">
                <span class="slip-order">${stepLabel(step, t)}:</span> <strong>${step.counter.name}</strong>
                ${step.counter.organisation ? html`<br /><span class="muted">${step.counter.organisation}</span>` : nothing}
              </p>
              ${step.locations.map(
                (place) =>
                  html`<p>
                    ${place.name}<br />${addressLine(place)}<br />
                    ${t.openingHours}: ${formatWeekHours(place.hours, lang)}
                  </p>`,
              )}
              <p>
                ${
                  step.counter.phone
                    ? html`${t.phone}: <a class="link" href=${telHref(step.counter.phone)}>${step.counter.phone}</a><br />`
                    : nothing
                }
                ${step.counter.website ? html`${t.website}: ${websiteLabel(step.counter.website)}<br />` : nothing}
                ${t.appointmentKinds[step.counter.appointment]}
              </p>
              ${
                step.counter.bring.length > 0
                  ? html`<p><strong>${t.bring}:</strong> <span lang="nl">${step.counter.bring.join('; ')}</span></p>`
                  : nothing
              }
            </div>`,
        )}
        <p class="slip-footer">${slipDates(slip, t, now).join(' ')}</p>
      </div>
    </details>
    <div class="actions">
      <button type="button" part="print-button" class="button secondary" @click=${onPrint}>${t.slipPrint}</button>
      <button type="button" part="copy-button" class="button secondary" @click=${onCopy}>${t.slipCopy}</button>
    </div>
  </section>`;
}

/** A closed <details> prints closed: open the slip first, for our button and for Ctrl+P alike. */
export function openSlipForPrint(root: ParentNode): void {
  const details = root.querySelector<HTMLDetailsElement>('.slip-details');
  if (details) details.open = true;
}

/**
 * Where a counter is, when it is open, how to reach it and what to bring. The counters' own
 * texts exist only in Dutch (the content schema translates topic titles and cues, not these),
 * so they carry lang="nl" for screen readers when the interface is English.
 */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Counter, Lang, Location } from '../../core/content/schema';
import { describeOpening, openingStatus } from '../../core/hours';
import type { Messages } from '../i18n';
import { rangesText, telHref, websiteLabel } from '../text/format';
import { heading } from './heading';

export interface CounterDetailsProps {
  t: Messages;
  lang: Lang;
  counter: Counter;
  locations: Location[];
  level: number;
  now: Date;
  /** Only where, when and how to reach it: for the second step of a digital-help advice. */
  compact?: boolean;
  /** Desk mode: a line with the weekly hours of each location. */
  weekHours?: ((place: Location) => string) | undefined;
}

function location(p: CounterDetailsProps, place: Location): TemplateResult {
  const status = openingStatus(place, p.now);
  return html`<div class="location">
    <p class="place"><strong>${place.name}</strong><br />${place.address.street}<br />${place.address.postalCode} ${place.address.city}</p>
    <p class=${status.openNow ? 'status open' : 'status closed'}>${describeOpening(status, p.lang)}</p>
    <p>${status.todayHours.length > 0 ? `${p.t.today}: ${rangesText(status.todayHours)}` : p.t.closedToday}</p>
    ${p.weekHours && !p.compact ? html`<p>${p.t.openingHours}: ${p.weekHours(place)}</p>` : nothing}
    ${place.accessibility && !p.compact ? html`<p class="muted" lang="nl">${place.accessibility}</p>` : nothing}
  </div>`;
}

export function list(items: readonly string[]): TemplateResult {
  return html`<ul class="list" lang="nl">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

export function counterDetails(p: CounterDetailsProps): TemplateResult {
  const { t, counter } = p;
  // Desk: several locations side by side across the card rather than stacked in one column.
  const spread = p.weekHours !== undefined && !p.compact && p.locations.length > 1;
  return html`<div class="details">
    <section class=${spread ? 'block where-spread' : 'block'}>
      ${heading(p.level, t.where)}
      ${p.locations.length > 0 ? html`<div class="places">${p.locations.map((place) => location(p, place))}</div>` : html`<p>${t.noLocation}</p>`}
    </section>
    <section class="block">
      ${heading(p.level, t.contact)}
      <ul class="plain">
        ${counter.phone ? html`<li>${t.phone}: <a class="link" href=${telHref(counter.phone)}>${counter.phone}</a></li>` : nothing}
        ${
          counter.website
            ? html`<li>
                ${t.website}:
                <a class="link" href=${counter.website} target="_blank" rel="noopener noreferrer"
                  >${websiteLabel(counter.website)}<span class="vh"> (${t.newWindow})</span></a
                >
              </li>`
            : nothing
        }
        ${counter.email && !p.compact ? html`<li><a class="link" href="mailto:${counter.email}">${counter.email}</a></li>` : nothing}
      </ul>
    </section>
    <section class="block">
      ${heading(p.level, t.appointment)}
      <p>${t.appointmentKinds[counter.appointment]}</p>
    </section>
    ${
      p.compact
        ? nothing
        : html`<section class="block">
            ${heading(p.level, t.bring)} ${counter.bring.length > 0 ? list(counter.bring) : html`<p>${t.nothingToBring}</p>`}
          </section>`
    }
  </div>`;
}

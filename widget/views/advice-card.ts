/**
 * The advice card: which counter, why, and everything the resident needs to get there.
 * Its heading takes focus when a new answer arrives (see the component's focus note).
 */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Advice } from '../../core/api/route-response';
import type { Content, Counter, Lang, Location } from '../../core/content/schema';
import { adviceSteps, cueHints, locationsOf } from '../conversation/content';
import type { Messages } from '../i18n';
import { ADVICE_HEADING_ID } from './advice-heading-id';
import { counterDetails } from './counter-details';
import { heading } from './heading';

/** What desk mode adds to the card; it comes with the desk chunk, so resident pages skip its code. */
export interface DeskCardParts {
  /** A location's weekly hours as one line. */
  weekHours: (place: Location) => string;
  /** After the counter's details: what it does and does not do. */
  about: (counter: Counter) => TemplateResult;
  /** At the end of the card: other topics to consider. */
  footer: TemplateResult | typeof nothing;
}

export interface AdviceCardProps {
  t: Messages;
  lang: Lang;
  content: Content;
  advice: Advice;
  cueIds: readonly string[];
  level: number;
  now: Date;
  desk?: DeskCardParts | undefined;
}

export function adviceCard(p: AdviceCardProps): TemplateResult {
  const { t, content, advice } = p;
  const [first, then] = adviceSteps(content, advice);
  if (!first) return html``;
  const hints = cueHints(content, advice, p.cueIds);
  const level = p.level;
  // National and fallback advice look different in layout too (a framed label, a dashed edge), not only
  // in words. The reason names the national product ("Landelijke regeling: motorrijtuigenbelasting. …").
  return html`<article
    part="advice"
    class="card advice ${advice.basis === 'table' ? '' : 'beyond-table'}"
    aria-labelledby=${ADVICE_HEADING_ID}
  >
    <p class="eyebrow">${{ table: t.adviceLabel, national: t.basisNational, fallback: t.basisFallback }[advice.basis]}</p>
    ${heading(level, first.name, { id: ADVICE_HEADING_ID, focusable: true, size: 'card' })}
    ${first.organisation ? html`<p class="muted">${first.organisation}</p>` : nothing}
    <p class="reason"><strong>${t.why}:</strong> ${advice.reason}</p>
    ${
      then
        ? html`<ol part="steps" class="steps" aria-label=${t.steps}>
            <li><strong>${t.stepFirst}:</strong> ${first.name}, ${t.stepOnlinePart}</li>
            <li><strong>${t.stepThen}:</strong> ${then.name}</li>
          </ol>`
        : nothing
    }
    ${hints.map((counter) => html`<p class="hint-box">${t.alsoConsider(counter.name)}</p>`)}
    ${p.desk ? nothing : html`<p lang="nl">${first.summary}</p>`}
    ${counterDetails({ t, counter: first, locations: locationsOf(content, first), level: level + 1, now: p.now, lang: p.lang, weekHours: p.desk?.weekHours })}
    ${p.desk?.about(first) ?? nothing}
    ${
      then
        ? html`<section class="then">
            ${heading(level + 1, `${t.stepThen}: ${then.name}`)}
            ${counterDetails({ t, lang: p.lang, counter: then, locations: locationsOf(content, then), level: level + 2, now: p.now, compact: true })}
          </section>`
        : nothing
    }
    ${p.desk?.footer ?? nothing}
  </article>`;
}

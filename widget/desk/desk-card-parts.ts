/** The desk's additions to the advice card: weekly hours, what a counter does and does not do, other topics. */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Alternative } from '../../core/api/route-response';
import type { Content, Counter, Lang } from '../../core/content/schema';
import { formatWeekHours } from '../../core/hours';
import { findTopic } from '../conversation/content';
import type { DeskMessages } from '../i18n';
import type { DeskCardParts } from '../views/advice-card';
import { list } from '../views/counter-details';
import { heading } from '../views/heading';

export interface DeskCardPartsProps {
  t: DeskMessages;
  lang: Lang;
  content: Content;
  counterId: string;
  alternatives: readonly Alternative[];
  /** Level of the card's own headings. */
  level: number;
  onAlternative: (topicId: string) => void;
}

/** Up to three other topics the engine found, one per counter that the advice does not name. */
function otherTopics(p: DeskCardPartsProps): TemplateResult | typeof nothing {
  const seen = new Set([p.counterId]);
  const topics = p.alternatives.flatMap((alternative) => {
    const topic = findTopic(p.content, alternative.topicId);
    if (!topic || seen.has(alternative.counterId)) return [];
    seen.add(alternative.counterId);
    return [topic];
  });
  if (topics.length === 0) return nothing;
  return html`<section class="block">
    ${heading(p.level, p.t.otherTopics)}
    <div class="options">
      ${topics
        .slice(0, 3)
        .map(
          (topic) =>
            html`<button type="button" class="button secondary" @click=${() => p.onAlternative(topic.id)}>${topic.title[p.lang]}</button>`,
        )}
    </div>
  </section>`;
}

export function deskCardParts(p: DeskCardPartsProps): DeskCardParts {
  return {
    weekHours: (place) => formatWeekHours(place.hours, p.lang),
    // Long lists, read when in doubt rather than at every answer: folded, so that the counter,
    // why, where and when, and the buttons to hand over and record fit the first screens.
    about: (counter: Counter) =>
      html`<details class="more">
        <summary class="summary"><span class="summary-text">${p.t.moreAboutCounter}</span></summary>
        <div class="two more-body">
          <section class="block">${heading(p.level, p.t.whatTheyDo)} ${list(counter.helpsWith)}</section>
          ${
            counter.doesNot.length > 0
              ? html`<section class="block">${heading(p.level, p.t.whatTheyDont)} ${list(counter.doesNot)}</section>`
              : nothing
          }
        </div>
      </details>`,
    footer: otherTopics(p),
  };
}

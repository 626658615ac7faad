/** Quick-start chips: one tap asks about a common topic. */
import { html, type TemplateResult } from '../element/html';
import type { Lang, Topic } from '../../core/content/schema';
import type { Messages } from '../i18n';

export interface ChipsProps {
  t: Messages;
  lang: Lang;
  topics: readonly Topic[];
  onPick: (topic: Topic) => void;
}

export function chips({ t, lang, topics, onPick }: ChipsProps): TemplateResult {
  return html`<div part="chips" class="chips" role="group" aria-labelledby="lw-chips-label">
    <p id="lw-chips-label" class="chips-label">${t.quickStart}</p>
    <ul class="chip-list">
      ${topics.map(
        (topic) =>
          html`<li><button type="button" part="chip" class="chip" @click=${() => onPick(topic)}>${topic.title[lang]}</button></li>`,
      )}
    </ul>
  </div>`;
}

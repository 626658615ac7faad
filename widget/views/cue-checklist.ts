/** "Herken de signalen": the tenant's recognition cues as a collapsible checklist (desk mode). */
import { html, type TemplateResult } from '../element/html';
import type { Lang, RecognitionCue } from '../../core/content/schema';
import type { DeskMessages } from '../i18n';

export interface CueChecklistProps {
  t: DeskMessages;
  lang: Lang;
  cues: readonly RecognitionCue[];
  ticked: readonly string[];
  onToggle: (cueId: string, ticked: boolean) => void;
}

export function cueChecklist(p: CueChecklistProps): TemplateResult {
  const count = p.ticked.length;
  return html`<details part="cues" class="card cues">
    <summary class="summary">
      <span class="summary-text">${p.t.cuesTitle}</span>
      ${count > 0 ? html`<span class="badge">${p.t.cuesTicked(count)}</span>` : ''}
    </summary>
    <fieldset class="fieldset">
      <legend class="vh">${p.t.cuesTitle}</legend>
      <p class="muted">${p.t.cuesIntro}</p>
      ${p.cues.map(
        (cue) =>
          html`<div class="check">
            <input
              type="checkbox"
              id="lw-cue-${cue.id}"
              .checked=${p.ticked.includes(cue.id)}
              @change=${(event: Event) => p.onToggle(cue.id, (event.target as HTMLInputElement).checked)}
            />
            <label for="lw-cue-${cue.id}">${cue.text[p.lang]}</label>
          </div>`,
      )}
    </fieldset>
  </details>`;
}

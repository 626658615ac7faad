/** The question field: an ARIA 1.2 combobox with a listbox of topic suggestions. */
import { html, nothing, type TemplateResult } from '../element/html';
import type { TopicSuggestion } from '../../core/routing/engine';
import type { Messages } from '../i18n';

export interface QuestionFormProps {
  t: Messages;
  label: string;
  value: string;
  items: TopicSuggestion[];
  open: boolean;
  active: number;
  onInput: (event: InputEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onBlur: () => void;
  onSubmit: (event: SubmitEvent) => void;
  onPick: (item: TopicSuggestion) => void;
  /** Desk mode: "Bewaard wordt: …" under the field, with its id for aria-describedby. */
  kept?: { id: string; view: TemplateResult };
}

const LISTBOX_ID = 'lw-suggestions';
const optionId = (index: number) => `lw-suggestion-${index}`;

export function questionForm(p: QuestionFormProps): TemplateResult {
  const expanded = p.open && p.items.length > 0;
  return html`<form part="form" class="form" role="search" @submit=${p.onSubmit}>
    <label for="lw-question" class="label">${p.label}</label>
    <p id="lw-question-hint" class="hint">${p.t.questionHint}</p>
    <div class="field">
      <div class="combobox">
        <input
          id="lw-question"
          part="input"
          class="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="true"
          enterkeyhint="search"
          maxlength="500"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${LISTBOX_ID}
          aria-activedescendant=${expanded && p.active >= 0 ? optionId(p.active) : nothing}
          aria-describedby=${p.kept ? `lw-question-hint ${p.kept.id}` : 'lw-question-hint'}
          .value=${p.value}
          @input=${p.onInput}
          @keydown=${p.onKeyDown}
          @blur=${p.onBlur}
        />
        <ul id=${LISTBOX_ID} part="listbox" class="listbox" role="listbox" aria-label=${p.t.suggestionsLabel} ?hidden=${!expanded}>
          ${
            expanded
              ? p.items.map(
                  (item, index) =>
                    html`<li
                      id=${optionId(index)}
                      part="option"
                      class="option"
                      role="option"
                      aria-selected=${index === p.active ? 'true' : 'false'}
                      @mousedown=${(event: MouseEvent) => event.preventDefault()}
                      @click=${() => p.onPick(item)}
                    >
                      ${item.title}
                    </li>`,
                )
              : nothing
          }
        </ul>
      </div>
      <button part="ask-button" class="button primary" type="submit">${p.t.ask}</button>
    </div>
    ${p.kept?.view ?? nothing}
  </form>`;
}

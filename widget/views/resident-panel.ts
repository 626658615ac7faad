/**
 * Resident mode: a button that opens the assistant in place (a disclosure, not a dialog, so the
 * page stays usable around it), with a note that it is automatic and how to reach a person.
 */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Messages } from '../i18n';
import { telHref } from '../text/format';
import { heading } from './heading';

export interface ResidentPanelProps {
  t: Messages;
  open: boolean;
  /** No launcher: the panel is always open (the `inline` attribute). */
  inline: boolean;
  level: number;
  /** The municipality's general number, when the content has one. */
  phone: string | undefined;
  onToggle: () => void;
  /** A pointer or the keyboard reached the button: time to fetch what the assistant needs. */
  onIntent: () => void;
  /** Status, conversation and advice. */
  body: unknown;
}

export function residentPanel(p: ResidentPanelProps): TemplateResult {
  const { t } = p;
  return html`${
      p.inline
        ? nothing
        : html`<button
            id="lw-launcher"
            part="launcher"
            class="launcher"
            type="button"
            aria-expanded=${p.open ? 'true' : 'false'}
            aria-controls="lw-panel"
            @click=${p.onToggle}
            @pointerenter=${p.onIntent}
            @focus=${p.onIntent}
          >
            ${t.residentOpen}
          </button>`
    }
    <div id="lw-panel" part="panel" class=${p.inline ? 'panel inline' : 'panel'} ?hidden=${!p.open}>
      ${heading(p.level, t.residentTitle, { size: 'title' })}
      <p part="note" class="note">
        ${t.automaticNote} ${p.phone ? html`${t.reachPerson} <a class="link" href=${telHref(p.phone)}>${p.phone}</a>.` : nothing}
      </p>
      ${p.body}
    </div>`;
}

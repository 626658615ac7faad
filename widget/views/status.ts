/** Loading, the alert when the widget cannot start, and the note that it works from its saved copy. */
import { html, nothing, type TemplateResult } from '../element/html';
import type { BundleState } from '../controllers/bundle-controller';
import type { Messages } from '../i18n';
import { formatDate } from '../text/format';

export interface StatusProps {
  t: Messages;
  state: BundleState;
  tenant: string;
  onRetry: () => void;
}

function errorText({ t, state, tenant }: StatusProps): string {
  if (state.status !== 'error') return '';
  if (state.error === 'unavailable') return t.errorUnavailable;
  if (state.error === 'tenant_not_found') return t.errorUnknownTenant(tenant);
  return t.errorMissingTenant;
}

export function status(p: StatusProps): TemplateResult | typeof nothing {
  const { t, state } = p;
  if (state.status === 'loading') return html`<p class="muted">${t.loading}</p>`;
  if (state.status === 'error') {
    return html`<div part="alert" class="alert" role="alert">
      <p>${errorText(p)}</p>
      ${
        state.error === 'unavailable'
          ? html`<button type="button" class="button secondary" @click=${p.onRetry}>${t.retry}</button>`
          : nothing
      }
    </div>`;
  }
  if (!state.offline) return nothing;
  return html`<p part="note" class="note">${t.offlineNote(formatDate(state.bundle.publishedAt, t.locale))}</p>`;
}

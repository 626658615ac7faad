/**
 * "Verwijzing vastleggen": the desk the resident comes from, optional signal categories and an
 * optional note with a warning up front. Errors sit next to their field and the field gets focus
 * (the controller does that after render); the outcome is said once, in the conversation log.
 */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Content } from '../../core/content/schema';
import { personalDataMessage } from '../../core/privacy/messages';
import { NOTE_MAX_LENGTH } from '../../core/referrals/referral';
import type { DeskMessages } from '../i18n';
import type { NoteProblem } from '../referral/referral';
import { heading } from '../views/heading';
import type { FieldError, ReferralController } from './referral-controller';

export interface ReferralFormProps {
  t: DeskMessages;
  content: Content;
  level: number;
  referral: ReferralController;
  /** False when the question found no advice: then only signal categories can be recorded. */
  withAdvice: boolean;
  /** The note as the server will store it; null while that is not known. */
  keptNote: string | null;
  onRecord: () => void;
  onSignalOnly: () => void;
}

export const FIELD_IDS = {
  desk: 'lw-ref-desk',
  signals: 'lw-ref-signals',
  note: 'lw-ref-note',
  form: 'lw-ref-error',
} as const;

function noteMessage(t: DeskMessages, problem: NoteProblem): string {
  if (problem.kind === 'too-long') return t.noteTooLong;
  // The server's own wording, so the desk reads the same explanation whichever side refuses.
  return personalDataMessage(problem.found, t.locale.startsWith('en') ? 'en' : 'nl');
}

export function errorText(t: DeskMessages, error: FieldError): string {
  if ('message' in error) return error.message;
  switch (error.field) {
    case 'desk':
      return t.sourceDeskMissing;
    case 'signals':
      return t.signalOnlyMissing;
    case 'note':
      return noteMessage(t, error.problem);
    case 'form':
      if (error.problem === 'too-many') return t.tooManyRequests;
      return error.problem === 'daily-limit' ? t.dailyLimitReached : t.recordFailed;
  }
}

function fieldError(t: DeskMessages, error: FieldError | null, field: FieldError['field']): TemplateResult | typeof nothing {
  if (error?.field !== field) return nothing;
  return html`<p class="field-error" id="${FIELD_IDS[field]}-error">${errorText(t, error)}</p>`;
}

const KEPT_NOTE_ID = 'lw-ref-note-kept';

/**
 * "Bewaard wordt: …" under a field. Read with the field (aria-describedby), not announced on every
 * keystroke: the conversation log is the widget's one live region.
 */
export function keptText(t: DeskMessages, id: string, kept: string): TemplateResult {
  return html`<p class="hint kept" id=${id}>${t.kept} <q class="kept-text">${kept}</q></p>`;
}

const describedBy = (...ids: Array<string | false>) => ids.filter(Boolean).join(' ');

export function referralForm(p: ReferralFormProps): TemplateResult {
  const { t, referral: r } = p;
  const { error } = r;
  const desks = p.content.sourceDesks;
  const categories = p.content.signalCategories;
  const left = NOTE_MAX_LENGTH - r.note.trim().length;
  const headingEl = heading(p.level, p.withAdvice ? t.referralTitle : t.signalTitle, { id: 'lw-referral-heading', size: 'card' });
  if (!p.withAdvice && categories.length === 0) return html``;
  if (r.created) {
    return html`<section part="referral" class="card referral" aria-labelledby="lw-referral-heading">
      ${headingEl}
      <p class="done"><strong>${t.referralRecorded(r.created.code)}</strong> ${t.referralSaved}</p>
    </section>`;
  }
  const signals =
    categories.length > 0
      ? html`<fieldset
          class="form-field signals"
          id=${FIELD_IDS.signals}
          tabindex="-1"
          aria-describedby=${describedBy('lw-ref-signals-hint', error?.field === 'signals' && 'lw-ref-signals-error')}
        >
          <legend class="label">${t.signalsTitle}</legend>
          <p class="hint" id="lw-ref-signals-hint">${t.signalsHint}</p>
          ${fieldError(t, error, 'signals')}
          ${categories.map(
            (category) =>
              html`<div class="check">
                <input
                  type="checkbox"
                  id="lw-ref-signal-${category.id}"
                  .checked=${r.signalIds.includes(category.id)}
                  @change=${(event: Event) => r.toggleSignal(category.id, (event.target as HTMLInputElement).checked)}
                />
                <label for="lw-ref-signal-${category.id}" lang="nl">${category.name}</label>
              </div>`,
          )}
        </fieldset>`
      : nothing;
  const busy = r.busy !== null;
  return html`<section part="referral" class="card referral" aria-labelledby="lw-referral-heading">
    ${headingEl}
    <p class="muted">${p.withAdvice ? t.referralIntro : t.signalIntro}</p>
    <form
      class="referral-form"
      novalidate
      aria-labelledby="lw-referral-heading"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        if (p.withAdvice) p.onRecord();
        else p.onSignalOnly();
      }}
    >
      <div class="form-field">
        <label class="label" for=${FIELD_IDS.desk}>${t.sourceDeskLabel}</label>
        <p class="hint" id="lw-ref-desk-hint">${t.sourceDeskHint}</p>
        ${fieldError(t, error, 'desk')}
        <select
          id=${FIELD_IDS.desk}
          class="input select"
          aria-describedby=${describedBy('lw-ref-desk-hint', error?.field === 'desk' && 'lw-ref-desk-error')}
          aria-invalid=${error?.field === 'desk' ? 'true' : 'false'}
          @change=${(event: Event) => r.setDesk((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${r.deskId === ''}>${t.sourceDeskChoose}</option>
          ${desks.map((desk) => html`<option value=${desk.id} ?selected=${r.deskId === desk.id}>${desk.name}</option>`)}
        </select>
      </div>
      ${p.withAdvice ? optionalFields(t, r, error, left, signals, p.keptNote) : signals}
      ${error?.field === 'form' ? html`<p class="field-error" id=${FIELD_IDS.form} tabindex="-1">${errorText(t, error)}</p>` : nothing}
      ${r.signalRecorded ? html`<p class="done">${t.signalSaved}</p>` : nothing}
      <div class="actions">
        ${
          p.withAdvice
            ? html`<button type="submit" class="button primary" aria-disabled=${busy ? 'true' : 'false'}>
                ${r.busy === 'referral' ? t.sending : t.referralSubmit}
              </button>`
            : nothing
        }
        ${
          categories.length > 0
            ? html`<button type="button" class="button secondary" aria-disabled=${busy ? 'true' : 'false'} @click=${p.onSignalOnly}>
                ${r.busy === 'signal' ? t.sending : t.signalOnly}
              </button>`
            : nothing
        }
      </div>
    </form>
  </section>`;
}

/**
 * With advice, signals and the note are optional: folded, so the buttons to record stay in the
 * first screens of the desk. Open when something in them is filled in or has an error, so an
 * error's field is never hidden when focus moves to it.
 */
function optionalFields(
  t: DeskMessages,
  r: ReferralController,
  error: FieldError | null,
  left: number,
  signals: TemplateResult | typeof nothing,
  kept: string | null,
): TemplateResult {
  const open = r.signalIds.length > 0 || r.note !== '' || error?.field === 'signals' || error?.field === 'note';
  const ticked = r.signalIds.length;
  return html`<details class="optional" ?open=${open}>
    <summary class="summary">
      <span class="summary-text">${t.optionalTitle}</span>
      ${ticked > 0 ? html`<span class="badge">${t.cuesTicked(ticked)}</span>` : nothing}
    </summary>
    <div class="optional-body">${signals} ${noteField(t, r, error, left, kept)}</div>
  </details>`;
}

function noteField(t: DeskMessages, r: ReferralController, error: FieldError | null, left: number, kept: string | null): TemplateResult {
  return html`<div class="form-field">
    <label class="label" for=${FIELD_IDS.note}>${t.noteLabel}</label>
    <p class="warning" id="lw-ref-note-warning">${t.noteWarning}</p>
    ${fieldError(t, error, 'note')}
    <textarea
      id=${FIELD_IDS.note}
      class="input textarea"
      rows="3"
      autocomplete="off"
      aria-describedby=${describedBy('lw-ref-note-warning', error?.field === 'note' && 'lw-ref-note-error', 'lw-ref-note-count', kept !== null && KEPT_NOTE_ID)}
      aria-invalid=${error?.field === 'note' ? 'true' : 'false'}
      .value=${r.note}
      @input=${(event: InputEvent) => r.setNote((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class=${left < 0 ? 'hint over' : 'hint'} id="lw-ref-note-count">${t.noteLeft(left)}</p>
    ${kept === null ? nothing : keptText(t, KEPT_NOTE_ID, kept)}
  </div>`;
}

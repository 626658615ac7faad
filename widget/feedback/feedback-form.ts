/**
 * "Klopt dit niet?" under every answer at the desk, "Had u hier iets aan? Ja / Nee" for a
 * resident. One click opens the choice of the right counter (typing filters it), an optional
 * topic and comment; choosing the counter and "Versturen" are the two clicks that send it.
 * Errors sit next to their field, which gets focus; the outcome is said in the conversation log.
 */
import { html, nothing, type TemplateResult } from '../element/html';
import type { Content, Counter, Lang } from '../../core/content/schema';
import { personalDataMessage } from '../../core/privacy/messages';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '../../core/feedback/limits';
import type { FeedbackMessages } from '../i18n';
import { FEEDBACK_IDS, type FeedbackController, type FeedbackError } from './feedback-controller';

export interface FeedbackFormProps {
  t: FeedbackMessages;
  lang: Lang;
  content: Content;
  mode: 'desk' | 'resident';
  feedback: FeedbackController;
  /** The desk this browser belongs to, sent along at the desk. */
  sourceDeskId?: string;
}

/** Lower case without diacritics, so "burger" finds "Burgerzaken" and "ido" finds "IDO". */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function matchingCounters(counters: readonly Counter[], filter: string, chosen: string): Counter[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  // The chosen counter stays visible, so the choice never disappears while typing.
  return counters.filter((counter) => counter.id === chosen || words.every((word) => fold(`${counter.name} ${counter.id}`).includes(word)));
}

function errorText(t: FeedbackMessages, lang: Lang, error: FeedbackError): string {
  if (error.field === 'counter') return t.feedbackCounterMissing;
  if (error.field === 'comment') return personalDataMessage(error.found, lang);
  return error.message ?? t.recordFailed;
}

function fieldError(t: FeedbackMessages, lang: Lang, error: FeedbackError | null, field: FeedbackError['field']) {
  if (error?.field !== field) return nothing;
  return html`<p class="field-error" id="${FEEDBACK_IDS[field]}-error" tabindex="-1">${errorText(t, lang, error)}</p>`;
}

function counterChoice(p: FeedbackFormProps): TemplateResult {
  const { t, feedback: f } = p;
  const desk = p.mode === 'desk';
  const counters = matchingCounters(p.content.counters, f.filter, f.counterId);
  const invalid = f.error?.field === 'counter';
  return html`<div class="fb-field">
      <label class="fb-label" for=${FEEDBACK_IDS.filter}>${desk ? t.feedbackFilterDesk : t.feedbackFilterResident}</label>
      <input
        id=${FEEDBACK_IDS.filter}
        class="input"
        type="text"
        autocomplete="off"
        aria-controls=${FEEDBACK_IDS.counter}
        aria-describedby=${invalid ? `${FEEDBACK_IDS.counter}-error` : nothing}
        .value=${f.filter}
        @input=${(event: InputEvent) => f.setFilter((event.target as HTMLInputElement).value)}
      />
    </div>
    <fieldset class="fb-field fb-counters" id=${FEEDBACK_IDS.counter} aria-invalid=${invalid ? 'true' : 'false'}>
      <legend class="fb-label">${desk ? t.feedbackCounterDesk : t.feedbackCounterResident}</legend>
      ${fieldError(t, p.lang, f.error, 'counter')} ${counters.length === 0 ? html`<p class="muted">${t.feedbackNoCounter}</p>` : nothing}
      ${counters.map(
        (counter) =>
          html`<div class="fb-radio">
            <input
              type="radio"
              name="lw-fb-counter"
              id="lw-fb-counter-${counter.id}"
              .checked=${f.counterId === counter.id}
              @change=${() => f.setCounter(counter.id)}
            />
            <label for="lw-fb-counter-${counter.id}" lang="nl">${counter.name}</label>
          </div>`,
      )}
    </fieldset>`;
}

function topicChoice(p: FeedbackFormProps): TemplateResult | typeof nothing {
  const { t, feedback: f } = p;
  if (!f.counterId) return nothing;
  const topics = p.content.topics
    .filter((topic) => topic.counter === f.counterId || topic.digitalHelp === f.counterId)
    .sort((a, b) => a.title[p.lang].localeCompare(b.title[p.lang], p.lang));
  if (topics.length === 0) return nothing;
  return html`<div class="fb-field">
    <label class="fb-label" for="lw-fb-topic">${p.mode === 'desk' ? t.feedbackTopicDesk : t.feedbackTopicResident}</label>
    <select id="lw-fb-topic" class="input" @change=${(event: Event) => f.setTopic((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${f.topicId === ''}>${t.feedbackTopicUnknown}</option>
      ${topics.map((topic) => html`<option value=${topic.id} ?selected=${f.topicId === topic.id}>${topic.title[p.lang]}</option>`)}
    </select>
  </div>`;
}

function commentField(p: FeedbackFormProps): TemplateResult {
  const { t, feedback: f } = p;
  const invalid = f.error?.field === 'comment';
  return html`<div class="fb-field">
    <label class="fb-label" for=${FEEDBACK_IDS.comment}>${t.feedbackComment}</label>
    <p class="hint" id="lw-fb-comment-warning">${t.noteWarning}</p>
    ${fieldError(t, p.lang, f.error, 'comment')}
    <input
      id=${FEEDBACK_IDS.comment}
      class="input"
      type="text"
      autocomplete="off"
      maxlength=${FEEDBACK_COMMENT_MAX_LENGTH}
      aria-describedby=${invalid ? `lw-fb-comment-warning ${FEEDBACK_IDS.comment}-error` : 'lw-fb-comment-warning'}
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${f.comment}
      @input=${(event: InputEvent) => f.setComment((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

function form(p: FeedbackFormProps): TemplateResult {
  const { t, feedback: f } = p;
  return html`<form
    class="fb-form"
    novalidate
    aria-label=${p.mode === 'desk' ? t.feedbackWrong : t.feedbackTitleResident}
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      void f.send(p.mode, p.sourceDeskId);
    }}
  >
    ${counterChoice(p)} ${topicChoice(p)} ${commentField(p)} ${f.error?.field === 'form' ? fieldError(t, p.lang, f.error, 'form') : nothing}
    <div class="fb-actions">
      <button type="submit" class="button primary" aria-disabled=${f.busy ? 'true' : 'false'}>
        ${f.busy ? t.sending : t.feedbackSend}
      </button>
      <button type="button" class="button secondary" @click=${() => f.cancel()}>${t.feedbackCancel}</button>
    </div>
  </form>`;
}

export function feedbackForm(p: FeedbackFormProps): TemplateResult {
  const { t, feedback: f } = p;
  const done = (text: string) => html`<p class="done" id=${FEEDBACK_IDS.done} tabindex="-1">${text}</p>`;
  let body: TemplateResult;
  switch (f.step) {
    case 'form':
      body = form(p);
      break;
    case 'sent':
      body = done(t.feedbackSent);
      break;
    case 'queued':
      body = done(t.feedbackQueued);
      break;
    case 'helped':
      body = done(t.feedbackThanks);
      break;
    case 'ask':
      body =
        p.mode === 'desk'
          ? html`<button type="button" class="button secondary" @click=${() => f.open()}>${t.feedbackWrong}</button>`
          : html`<div class="fb-ask" role="group" aria-labelledby="lw-fb-helpful">
              <span id="lw-fb-helpful">${t.feedbackHelpful}</span>
              <button type="button" class="button secondary" @click=${() => f.helped()}>${t.feedbackYes}</button>
              <button type="button" class="button secondary" @click=${() => f.open()}>${t.feedbackNo}</button>
            </div>`;
  }
  return html`<div part="feedback" class="fb">${body}</div>`;
}

/**
 * The conversation log: the one live region of the widget (role="log" is polite). Every message
 * starts with who sent it; for sighted users the bubbles' side and colour say the same.
 */
import { html, type TemplateResult } from '../element/html';
import type { Clarify, ClarifyOption } from '../../core/api/route-response';
import type { Content } from '../../core/content/schema';
import { adviceSteps } from '../conversation/content';
import type { LogMessage, ResidentNoteKey } from '../conversation/log';
import type { DeskMessages, Messages } from '../i18n';

export interface MessageLogProps {
  t: Messages;
  /** Desk mode: the texts with the desk's own, in which its notes and its advice sentence are. */
  desk?: DeskMessages | undefined;
  content: Content;
  messages: LogMessage[];
  onClarify: (message: Extract<LogMessage, { kind: 'clarify' }>, option: ClarifyOption) => void;
}

function adviceText(p: MessageLogProps, message: Extract<LogMessage, { kind: 'advice' }>): string {
  const { t } = p;
  const [first, then] = adviceSteps(p.content, message.advice);
  if (!first) return t.noMatch;
  // Who, in one sentence. The reason is said once, under "Waarom" in the card right next to it:
  // the card is where focus goes and what the user reads, so repeating it here only doubled it.
  if (then) return t.digitalHelpSentence(first.name, then.name);
  return p.desk ? p.desk.adviceSentenceDesk(first.name) : t.adviceSentenceResident(first.name);
}

function clarifyBody(p: MessageLogProps, message: Extract<LogMessage, { kind: 'clarify' }>, clarify: Clarify): TemplateResult {
  return html`<p>${clarify.question}</p>
    <div class="options" role="group" aria-label=${clarify.question}>
      ${clarify.options.map(
        (option) =>
          html`<button
            type="button"
            part="clarify-option"
            class="button secondary"
            aria-pressed=${message.chosen === option.topicId ? 'true' : 'false'}
            @click=${() => p.onClarify(message, option)}
          >
            ${option.label}
          </button>`,
      )}
    </div>`;
}

function body(p: MessageLogProps, message: LogMessage): TemplateResult | string {
  if (message.from === 'user') return message.text;
  switch (message.kind) {
    case 'advice':
      return adviceText(p, message);
    case 'clarify':
      return clarifyBody(p, message, message.clarify);
    case 'note':
      // Only the desk chunk notes what only the desk says (slip copied, referral recorded …).
      return p.desk ? p.desk[message.note] : p.t[message.note as ResidentNoteKey];
    case 'hint':
      return p.t.alsoConsider(message.counterName);
  }
}

export function messageLog(p: MessageLogProps): TemplateResult {
  const empty = p.messages.length === 0;
  // The log stays in the accessibility tree while empty, so the first message is announced too.
  return html`<div part="log" class=${empty ? 'log vh' : 'log'} role="log" aria-label=${p.t.logLabel}>
    ${p.messages.map(
      (message) =>
        html`<div part="message message-${message.from}" class="message ${message.from}">
          <span class="vh">${message.from === 'user' ? p.t.youSaid : p.t.assistantSaid} </span>${body(p, message)}
        </div>`,
    )}
  </div>`;
}

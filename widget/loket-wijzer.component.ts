import { html, nothing, type TemplateResult } from './element/html';
import { render } from './element/render';
import { adoptStyles } from './element/css';
import { ReactiveElement, type PropertyValues } from './element/reactive-element';
import type { ClarifyOption } from '../core/api/route-response';
import type { Content, Lang, Topic } from '../core/content/schema';
import type { TopicSuggestion } from '../core/routing/engine';
import { BundleController } from './controllers/bundle-controller';
import { whenIdle } from './controllers/idle';
import { SuggestionsController } from './controllers/suggestions-controller';
import type { Question } from './conversation/answer';
import { generalPhone, quickTopics } from './conversation/content';
import type { ConversationController, Current } from './conversation/conversation-controller';
import type { DeskCardParts } from './views/advice-card';
import type { LogMessage } from './conversation/log';
import { adviceEvent } from './events';
import { hasQueuedFeedback } from './feedback/feedback-queue-key';
import { focusRendered } from './focus';
import { loadMessages, messagesFor, messagesWith, resolveLang, type DeskMessages, type Messages } from './i18n';
import { styles } from './loket-wijzer.styles';
import type { SignalMode, SignalPayload } from './signals/signals';
import { ADVICE_HEADING_ID } from './views/advice-heading-id';
import { chips } from './views/chips';
import { messageLog } from './views/message-log';
import { questionForm } from './views/question-form';
import { residentPanel } from './views/resident-panel';
import { status } from './views/status';

type AnsweringModule = typeof import('./answering');
/** The first answer's chunk, and the conversation made with it. */
interface Answering {
  module: AnsweringModule;
  conversation: ConversationController;
}
type DeskModule = typeof import('./desk');
type ReadyDesk = Extract<Desk, { status: 'ready' }>;
type FeedbackModule = typeof import('./feedback');
type FeedbackController = InstanceType<FeedbackModule['FeedbackController']>;

/** Desk mode's chunk and what the element does only at the desk (desk/desk-mode.ts). */
type Desk =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; module: DeskModule; deskMode: InstanceType<DeskModule['DeskMode']> };

/** Any other value of the `mode` attribute is the default, resident mode. */
const modeConverter = { fromAttribute: (value: string | null): SignalMode => (value === 'desk' ? 'desk' : 'resident') };

const QUICK_TOPICS = 6;

/** Where this module was loaded from: the API lives on the same origin unless `api` says otherwise. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * Loketwijzer: turns a resident's question into a warm referral to the right counter.
 * It fetches the tenant's bundle once and answers every question in the page itself.
 *
 * Focus: when an answer with advice arrives after a question, focus moves to the advice card's
 * heading (tabindex=-1). The card is what the user acts on next, and at 320 px or 200% zoom it
 * would otherwise sit below the fold. The log still announces a one-line summary: it is the only
 * live region. Clarify questions and "no match" keep focus where it was, so the user can pick an
 * option or type again; ticking a signal never moves focus.
 *
 * @summary Warm-referral desk assistant for Dutch municipalities.
 *
 * @attr tenant - Id of the municipality, e.g. "voorbeeldstad". Required.
 * @attr mode - "desk" (counter staff: signals, handover, referral slip) or "resident" (default; opened from a button).
 * @attr lang - "nl" (default, Dutch B1) or "en".
 * @attr api - Base URL of the Loketwijzer API. Default: the origin that served widget.js.
 * @attr heading-level - Level of the widget's top headings, to fit the host page. Default 2.
 * @attr inline - Resident mode: shown open where it stands, without the launcher button. For a page
 *   that is about finding the right counter, where the resident came for the assistant.
 *
 * @fires lw-advice - The widget showed advice. `detail`: `{ topicId, counterId, digitalHelp }`, no question text.
 *
 * @csspart launcher - Resident mode: the button that opens the assistant.
 * @csspart panel - Resident mode: the assistant itself.
 * @csspart form - The question form.
 * @csspart input - The question field (a combobox).
 * @csspart ask-button - The button that asks the question.
 * @csspart listbox - The list of suggested topics.
 * @csspart option - One suggested topic.
 * @csspart chips - The quick-start topics.
 * @csspart chip - One quick-start topic.
 * @csspart log - The conversation log.
 * @csspart message - One message; also `message-user` or `message-assistant`.
 * @csspart clarify-option - A button that answers a clarifying question.
 * @csspart advice - The advice card.
 * @csspart steps - The two steps of a digital-help advice.
 * @csspart cues - Desk mode: the "Herken de signalen" checklist.
 * @csspart handover - Desk mode: the warm-handover steps.
 * @csspart referral - Desk mode: "Verwijzing vastleggen" (source desk, signal categories, note), or "Signaal vastleggen" without advice.
 * @csspart slip - Desk mode: the referral slip with its buttons; once recorded, with the code and its QR code.
 * @csspart feedback - "Klopt dit niet?" (desk) or "Had u hier iets aan?" (resident) under the answer.
 * @csspart print-button - Prints the referral slip.
 * @csspart copy-button - Copies the referral slip as plain text.
 * @csspart note - Notes such as "automatic assistant" and "information from <date>".
 * @csspart alert - The message shown when the widget cannot start.
 *
 * @cssproperty --lw-font-family - Font. Falls back to `--utrecht-document-font-family`, `--basis-text-font-family-default`, then system-ui.
 * @cssproperty --lw-color-text - Text colour. Falls back to `--utrecht-document-color`, `--basis-color-default-color-document`, then #1b1f24.
 * @cssproperty --lw-color-background - Background. Falls back to `--utrecht-document-background-color`, `--basis-color-default-bg-document`, then white.
 * @cssproperty --lw-color-primary - Buttons and accents. Falls back to `--nl-button-primary-background-color`, `--utrecht-button-primary-action-background-color`, then #1a4f8b.
 * @cssproperty --lw-color-on-primary - Text on primary. Falls back to `--nl-button-primary-color`, `--utrecht-button-primary-action-color`, then white.
 * @cssproperty --lw-color-link - Links. Falls back to `--nl-link-color`, `--utrecht-link-color`, then #1a4f8b.
 * @cssproperty --lw-color-focus - Focus outline. Falls back to `--utrecht-focus-outline-color`, `--basis-focus-outline-color`, then #1b1f24.
 * @cssproperty --lw-color-surface - Notes, the assistant's messages, hover backgrounds. Default #f3f5f8.
 * @cssproperty --lw-color-border - Border of the question field and the suggestion list. Falls back to `--utrecht-form-control-border-color`, `--basis-form-control-border-color`, then #6a7380 (4.8:1 on white).
 * @cssproperty --lw-color-highlight - Background of the digital-help steps and hints. Default #fff4d6.
 * @cssproperty --lw-radius - Corner radius. Falls back to `--utrecht-border-radius-md`, `--basis-border-radius-md`, then 6px.
 *
 * The button's border, hover, pressed, radius and padding, the form field's border width,
 * background, radius and padding, and the focus ring's style, width, offset and background follow
 * NL Design System tokens only: the full table is in the README, "Huisstijl (NL Design System)".
 */
export class LoketWijzer extends ReactiveElement {
  static override styles = styles;

  static override properties = {
    tenant: { type: String },
    mode: { converter: modeConverter },
    lang: { type: String },
    api: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    inline: { type: Boolean },
    open: { state: true },
    query: { state: true },
  };

  declare tenant: string;
  declare mode: SignalMode;
  /** Not reflected: the host page's own `lang` attribute stays as the page set it. */
  declare lang: string;
  declare api: string;
  declare headingLevel: number;
  /** Resident mode: open in place from the start, without the button that opens it. */
  declare inline: boolean;
  declare private open: boolean;
  declare private query: string;

  readonly #bundle = new BundleController(this);
  readonly #suggestions = new SuggestionsController(
    this,
    (query, limit) => this.#bundle.engine?.suggest(query, { lang: this.#language, limit }) ?? [],
  );
  /** The first answer's chunk and the conversation made with it; null until it has loaded. */
  #answering: Answering | null = null;
  #answeringRequest: Promise<void> | null = null;
  #warmedUp = false;
  /** Desk mode only; null in resident mode. */
  #desk: Desk | null = null;
  #feedbackModule: FeedbackModule | null = null;
  #feedback: FeedbackController | null = null;
  #feedbackRequested = false;
  #languageFailed = false;
  #bundleRequested = false;
  #focusAfterRender: 'advice' | 'input' | null = null;

  constructor() {
    super();
    this.tenant = '';
    this.mode = 'resident';
    this.api = '';
    this.headingLevel = 2;
    this.inline = false;
    this.open = false;
    this.query = '';
  }

  /** Closing or leaving the page with a clarifying question unanswered is abandoning it too. */
  readonly #onPageHide = () => this.#answering?.conversation.abandonClarify();
  readonly #onBeforePrint = () => {
    if (this.#desk?.status === 'ready') this.#desk.deskMode.beforePrint();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.#onPageHide);
    addEventListener('beforeprint', this.#onBeforePrint);
  }

  override disconnectedCallback(): void {
    removeEventListener('pagehide', this.#onPageHide);
    removeEventListener('beforeprint', this.#onBeforePrint);
    super.disconnectedCallback();
  }

  get #language(): Lang {
    return resolveLang(this.lang);
  }

  /** Undefined while the English messages are still loading. */
  get #t(): Messages | undefined {
    return messagesFor(this.#language);
  }

  get #level(): number {
    return Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel, 1), 5) : 2;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('tenant') || changed.has('api')) {
      // Another municipality's table: nothing of the conversation so far applies to it.
      this.#clearConversation();
      this.#bundleRequested = false;
      // Corrections made offline on an earlier visit are sent as soon as the widget is back.
      if (hasQueuedFeedback(this.tenant.trim())) this.#loadFeedback();
    }
    // The desk needs the bundle at once; a resident page fetches it only when someone reaches
    // for the button, so a visitor who never opens the assistant costs the page nothing.
    if (this.mode === 'desk' || this.open || this.inline) this.#requestBundle();
    // Should the English chunk fail to load, the widget carries on in Dutch rather than not at all.
    if (changed.has('lang') && !this.#t) {
      loadMessages(this.#language).then(
        () => this.requestUpdate(),
        () => {
          this.#languageFailed = true;
          this.requestUpdate();
        },
      );
    }
    if (changed.has('mode') && this.mode === 'desk' && !this.#desk) void this.#loadDesk();
    if (this.#desk?.status === 'ready') {
      const state = this.#bundle.state;
      this.#desk.deskMode.prepare(this.tenant.trim(), state.status === 'ready' ? state.bundle : undefined);
    }
    // The feedback form follows the last answer, and the tenant and API it is sent to.
    this.#feedback?.use(this.#apiBase, this.tenant.trim(), this.#answering?.conversation.answered ?? null);
  }

  #requestBundle(): void {
    if (this.#bundleRequested) return;
    this.#bundleRequested = true;
    void this.#loadAnswering();
    void this.#bundle.load(this.#apiBase, this.tenant.trim());
  }

  /**
   * The first answer's chunk, requested together with the bundle and the engine (the same chunk as
   * the engine: one request). Should it fail, the bundle controller says so, and its retry asks again.
   */
  #loadAnswering(): Promise<void> {
    return (this.#answeringRequest ??= import('./answering').then(
      (module) => {
        const conversation = new module.ConversationController(this, {
          engine: () => this.#bundle.engine,
          lang: () => this.#language,
          mode: () => this.mode,
          signal: (payload) => this.#signal(payload),
          onAdvice: (advice, cause) => {
            // Ticking a signal never moves focus; a new answer takes it to the card.
            if (cause === 'question') this.#focusAfterRender = 'advice';
            this.dispatchEvent(adviceEvent(advice));
          },
          onAnswered: () => this.#loadFeedback(),
        });
        this.#answering = { module, conversation };
        this.requestUpdate();
      },
      () => {
        this.#answeringRequest = null;
      },
    ));
  }

  #retry(): void {
    void this.#loadAnswering();
    this.#bundle.retry();
  }

  async #loadDesk(): Promise<void> {
    this.#desk = { status: 'loading' };
    try {
      const module = await import('./desk');
      this.#desk = { status: 'ready', module, deskMode: new module.DeskMode(this, () => this.#answering?.conversation) };
      this.#adoptChunkStyles();
    } catch {
      this.#desk = { status: 'failed' };
    }
    this.requestUpdate();
  }

  /** The element's styles with those of the chunks loaded so far. */
  #adoptChunkStyles(): void {
    const desk = this.#desk?.status === 'ready' ? [this.#desk.module.deskStyles] : [];
    const feedback = this.#feedbackModule ? [this.#feedbackModule.feedbackStyles] : [];
    adoptStyles(this.renderRoot as ShadowRoot, [...styles, ...desk, ...feedback]);
  }

  /** The feedback chunk, once the first answer is on screen: most visitors never need it. */
  #loadFeedback(): void {
    if (this.#feedbackRequested) return;
    this.#feedbackRequested = true;
    import('./feedback').then(
      (feedback) => {
        this.#feedbackModule = feedback;
        this.#feedback = new feedback.FeedbackController(this, {
          onDone: (outcome) => this.#answering?.conversation.note(outcome === 'sent' ? 'feedbackSent' : 'feedbackQueued'),
        });
        this.#adoptChunkStyles();
        this.requestUpdate();
      },
      () => {
        // Without the chunk there is no "Klopt dit niet?"; the assistant itself works on.
      },
    );
  }

  protected override updated(): void {
    if (
      !this.#warmedUp &&
      this.#answering &&
      this.#bundle.state.status === 'ready' &&
      (this.mode !== 'desk' || this.#desk?.status === 'ready')
    ) {
      this.#warmedUp = true;
      const answering = this.#answering;
      whenIdle(() => void this.#warmUp(answering));
    }
    if (this.mode === 'desk' && this.#desk?.status === 'ready') this.#desk.deskMode.updated();
    const target = this.#focusAfterRender;
    if (!target) return;
    // Opened before the bundle arrived: the field appears a render later, and focus goes there then.
    if (focusRendered(this.renderRoot, target === 'advice' ? ADVICE_HEADING_ID : 'lw-question')) this.#focusAfterRender = null;
  }

  get #apiBase(): string {
    return this.api || SCRIPT_ORIGIN;
  }

  /** Anonymous and fire-and-forget: the user never waits for it and never sees it fail. */
  #signal(payload: SignalPayload): void {
    if (this.#bundle.state.status === 'ready') this.#answering?.module.sendSignal(this.#apiBase, this.tenant.trim(), payload);
  }

  /** Asks the engine and shows the answer. `said`: what goes in the log as the user's words. */
  #ask(question: Question, said?: string): void {
    if (!this.#bundle.engine || !this.#answering) return;
    this.#suggestions.clear();
    void this.#answering.conversation.ask(question, said);
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.query.trim();
    if (!text) return;
    const answering = this.#answering;
    if (!answering) return;
    if (answering.module.containsPersonalData(text)) {
      this.#suggestions.clear();
      answering.conversation.note('personalData');
      return;
    }
    this.query = '';
    this.#ask({ text });
  }

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#suggestions.search(this.query);
  }

  #onKeyDown(event: KeyboardEvent): void {
    const picked = event.key === 'Enter' ? this.#suggestions.activeItem : undefined;
    if (picked) {
      event.preventDefault();
      this.#pickSuggestion(picked);
    } else if (this.#suggestions.handleKey(event.key)) {
      event.preventDefault();
      event.stopPropagation();
    } else if (event.key === 'Escape' && this.query) {
      this.query = '';
    }
  }

  #pickSuggestion(item: TopicSuggestion): void {
    this.query = '';
    this.#ask({ text: item.title, topicId: item.topicId });
  }

  #pickTopic(topic: Topic): void {
    this.#ask({ text: topic.title[this.#language], topicId: topic.id });
  }

  #onClarify(message: Extract<LogMessage, { kind: 'clarify' }>, option: ClarifyOption): void {
    this.#suggestions.clear();
    void this.#answering?.conversation.clarify(message, option);
  }

  #onAlternative(topicId: string): void {
    this.#suggestions.clear();
    void this.#answering?.conversation.chooseAlternative(topicId);
  }

  #clearConversation(): void {
    this.#answering?.conversation.clear();
    this.query = '';
    this.#suggestions.clear();
  }

  /** "Nieuwe inwoner": nothing of the previous resident's question stays on screen. */
  #reset(): void {
    this.#answering?.conversation.abandonClarify();
    this.#clearConversation();
    if (this.#desk?.status === 'ready') this.#desk.deskMode.reset();
    this.#focusAfterRender = 'input';
  }

  #toggle(): void {
    if (this.open) this.#answering?.conversation.abandonClarify();
    this.open = !this.open;
    this.#focusAfterRender = this.open ? 'input' : null;
  }

  /**
   * Idle time once the field is ready: the first answer's templates (the advice card; at the desk
   * the whole layout with its handover, slip and referral form) are prepared on a hidden element,
   * with an answer of its own that is thrown away. The renderer (widget/element/render.ts) then
   * clones them for the first real answer instead of parsing them in the same task, as for every
   * later answer (issue 17). At the desk the check of what a signal keeps of the question gets its
   * word lists ready too.
   */
  async #warmUp(answering: Answering): Promise<void> {
    const t = this.#t;
    const state = this.#bundle.state;
    const topic = state.status === 'ready' ? state.bundle.content.topics[0] : undefined;
    if (!t || state.status !== 'ready' || !topic) return;
    const title = topic.title[this.#language];
    const conversation = new answering.module.ConversationController(
      { requestUpdate: () => undefined },
      { engine: () => this.#bundle.engine, lang: () => this.#language, mode: () => this.mode, signal: () => undefined },
    );
    await conversation.ask({ text: title, topicId: topic.id });
    const warm = { module: answering.module, conversation };
    const desk = this.#desk;
    const content = state.bundle.content;
    // Rendered in the element's own root, hidden, and laid out once (offsetHeight), so the browser
    // has also matched the element's styles and shaped the card's words before the first answer:
    // its median time fell from 56 to 50-53 ms at a 4x slower CPU. Gone again in the same task, so
    // no one (nor a screen reader) ever meets it.
    const stage = document.createElement('div');
    stage.className = 'warm-up';
    this.renderRoot.append(stage);
    render(desk?.status === 'ready' ? this.#renderDesk(t, desk, warm, false) : this.#renderAnswering(t, content, warm), stage);
    void stage.offsetHeight;
    stage.remove();
    if (desk?.status !== 'ready') return;
    desk.deskMode.warmUp(content);
    // "Klopt dit niet?" comes with the desk's first answer: its chunk was fetched only as that
    // answer appeared, and the form came in under the card a round trip later (150 ms and more on
    // a slow network), evaluated and styled while the answer was being read.
    this.#loadFeedback();
    // A desk hears about national products all day ("huurtoeslag", "AOW"): their list (47 KB
    // gzipped) comes in idle time as well, and its search runs once, so the first such question
    // does not wait for it (440 ms at the slow network of bench/browser-timing.ts, against 25 ms).
    // A resident's page loads it only when a question needs it.
    whenIdle(() => void answering.module.loadNational().then((national) => national?.findProduct(title)));
  }

  #renderStatus(t: Messages): TemplateResult | typeof nothing {
    return status({ t, state: this.#bundle.state, tenant: this.tenant, onRetry: () => this.#retry() });
  }

  /** `deskT`: desk mode, the texts with the desk's own. */
  #renderConversation(t: Messages, content: Content, conversation: ConversationController, deskT?: DeskMessages): TemplateResult {
    const { messages } = conversation;
    return html`${questionForm({
      t,
      label: deskT ? deskT.questionLabelDesk : t.questionLabelResident,
      value: this.query,
      items: this.#suggestions.items,
      open: this.#suggestions.open,
      active: this.#suggestions.active,
      onInput: (event) => this.#onInput(event),
      onKeyDown: (event) => this.#onKeyDown(event),
      onBlur: () => this.#suggestions.close(),
      onSubmit: (event) => this.#onSubmit(event),
      onPick: (item) => this.#pickSuggestion(item),
      // Desk mode, when the question holds what a signal would not keep: what it would keep instead.
      kept: deskT && this.#desk?.status === 'ready' ? this.#desk.deskMode.keptQuestion(deskT, this.query, content) : undefined,
    })}
    ${messageLog({ t, desk: deskT, content, messages, onClarify: (message, option) => this.#onClarify(message, option) })}
    ${conversation.offersQuickTopics ? chips({ t, lang: this.#language, topics: quickTopics(content, QUICK_TOPICS), onPick: (topic) => this.#pickTopic(topic) }) : nothing}`;
  }

  /** `desk`: desk mode's additions to the card. */
  #renderAdvice(t: Messages, content: Content, answering: Answering, now: Date, desk?: DeskCardParts): TemplateResult | typeof nothing {
    const { conversation } = answering;
    const current: Current | null = conversation.current;
    if (!current) return nothing;
    return answering.module.adviceCard({
      t,
      lang: this.#language,
      content,
      advice: current.advice,
      cueIds: conversation.cueIds,
      level: this.#level + 1,
      now,
      desk,
    });
  }

  /** "Klopt dit niet?" or "Had u hier iets aan?" under the answer, once the feedback chunk is there. */
  #renderFeedback(
    t: Messages,
    content: Content,
    conversation: ConversationController,
    sourceDeskId?: string,
  ): TemplateResult | typeof nothing {
    const feedback = this.#feedback;
    const module = this.#feedbackModule;
    if (!feedback || !module || !conversation.answered) return nothing;
    return module.feedbackForm({
      t: messagesWith(t, 'feedback', module.feedbackDutch),
      lang: this.#language,
      content,
      mode: this.mode,
      feedback,
      sourceDeskId,
    });
  }

  #renderDesk(t: Messages, { deskMode }: ReadyDesk, answering: Answering | null, extrasLater?: boolean): TemplateResult {
    const state = this.#bundle.state;
    const status = this.#renderStatus(t);
    if (state.status !== 'ready' || !answering) return html`<div class="desk">${status}</div>`;
    const { bundle } = state;
    const { content } = bundle;
    const { conversation } = answering;
    return deskMode.render({
      t,
      lang: this.#language,
      level: this.#level,
      api: this.#apiBase,
      tenant: this.tenant.trim(),
      bundle,
      conversation,
      status,
      extrasLater,
      conversationView: (deskT) => this.#renderConversation(t, content, conversation, deskT),
      adviceCard: (now, parts) => this.#renderAdvice(t, content, answering, now, parts),
      feedback: (sourceDeskId) => this.#renderFeedback(t, content, conversation, sourceDeskId),
      onAlternative: (topicId) => this.#onAlternative(topicId),
      onReset: () => this.#reset(),
    });
  }

  /** Resident mode: the question form and log, the advice and the feedback under it. */
  #renderAnswering(t: Messages, content: Content, answering: Answering): TemplateResult {
    const { conversation } = answering;
    return html`${this.#renderConversation(t, content, conversation)} ${this.#renderAdvice(t, content, answering, new Date())}
    ${this.#renderFeedback(t, content, conversation)}`;
  }

  #renderResident(t: Messages): TemplateResult {
    const state = this.#bundle.state;
    const content = state.status === 'ready' ? state.bundle.content : null;
    const answering = this.#answering;
    return residentPanel({
      t,
      open: this.open || this.inline,
      inline: this.inline,
      level: this.#level,
      phone: content ? generalPhone(content) : undefined,
      onToggle: () => this.#toggle(),
      onIntent: () => this.#requestBundle(),
      body: html`${this.#renderStatus(t)} ${content && answering ? this.#renderAnswering(t, content, answering) : nothing}`,
    });
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.#t ?? (this.#languageFailed ? messagesFor('nl') : undefined);
    if (!t) return nothing;
    const desk = this.#desk;
    const body =
      this.mode !== 'desk'
        ? this.#renderResident(t)
        : desk?.status === 'failed'
          ? html`<div part="alert" class="alert" role="alert"><p>${t.errorUnavailable}</p></div>`
          : desk?.status === 'ready'
            ? this.#renderDesk(t, desk, this.#answering)
            : html`<p class="muted">${t.loading}</p>`;
    return html`<div class="root" lang=${this.#language}>${body}</div>`;
  }
}

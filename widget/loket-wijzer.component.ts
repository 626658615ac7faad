import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ClarifyOption } from '../core/api/route-response';
import type { Content, Lang, Topic } from '../core/content/schema';
import { containsPersonalData } from '../core/privacy/find-personal-data';
import type { TopicSuggestion } from '../core/routing/engine';
import { BundleController } from './controllers/bundle-controller';
import { SuggestionsController } from './controllers/suggestions-controller';
import { answer, couldUseNational, type Answer, type Question } from './conversation/answer';
import { loadNational } from './national/national-layer';
import { findTopic, generalPhone, quickTopics } from './conversation/content';
import type { LogMessage, NewLogMessage } from './conversation/log';
import { adviceEvent } from './events';
import { hasQueuedFeedback } from './feedback/feedback-queue-key';
import { focusRendered } from './focus';
import { loadMessages, messagesFor, resolveLang, type Messages } from './i18n';
import { styles } from './loket-wijzer.styles';
import { questionSignal, sendSignal, type SignalPayload } from './signals/signals';
import { ADVICE_HEADING_ID, adviceCard } from './views/advice-card';
import { chips } from './views/chips';
import { messageLog } from './views/message-log';
import { questionForm } from './views/question-form';
import { residentPanel } from './views/resident-panel';
import { status } from './views/status';

type DeskModule = typeof import('./desk');
type DeskOutcome = import('./desk').DeskOutcome;
type ReferralController = InstanceType<DeskModule['ReferralController']>;
type FeedbackModule = typeof import('./feedback');
type FeedbackController = InstanceType<FeedbackModule['FeedbackController']>;
type Answered = import('./feedback').Answered;
type KeptText = InstanceType<DeskModule['KeptText']>;

/** A clarifying question on screen that nobody answered yet: abandoned if the user moves on. */
interface PendingClarify {
  question: string;
  topicIds: string[];
}

/** Same counter, topic and digital-help step: the same referral. */
const adviceKey = (current: Current | null) =>
  current ? `${current.advice.topicId} ${current.advice.counterId} ${current.advice.digitalHelp}` : '';

/** The advice on screen, with the question it answers (kept for the slip and for re-routing on a signal). */
type Current = Extract<Answer, { kind: 'advice' }> & { question: Question };

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
export class LoketWijzer extends LitElement {
  static override styles = styles;

  static override properties = {
    tenant: { type: String },
    mode: { type: String },
    lang: { type: String },
    api: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    inline: { type: Boolean },
    open: { state: true },
    query: { state: true },
    messages: { state: true },
    current: { state: true },
    cueIds: { state: true },
  };

  declare tenant: string;
  declare mode: string;
  /** Not reflected: the host page's own `lang` attribute stays as the page set it. */
  declare lang: string;
  declare api: string;
  declare headingLevel: number;
  /** Resident mode: open in place from the start, without the button that opens it. */
  declare inline: boolean;
  declare private open: boolean;
  declare private query: string;
  declare private messages: LogMessage[];
  declare private current: Current | null;
  declare private cueIds: string[];

  private readonly bundle = new BundleController(this);
  private readonly suggestions = new SuggestionsController(
    this,
    (query, limit) => this.bundle.engine?.suggest(query, { lang: this.language, limit }) ?? [],
  );
  private deskModule: DeskModule | 'failed' | null = null;
  private feedbackModule: FeedbackModule | null = null;
  private feedback: FeedbackController | null = null;
  private feedbackRequested = false;
  /** The last question answered, whatever the answer: what a correction is about. */
  private answered: Answered | null = null;
  /** Desk mode: what the server will keep of a question or note. */
  private kept: KeptText | null = null;
  private languageFailed = false;
  private bundleRequested = false;
  private nextId = 1;
  private focusAfterRender: 'advice' | 'input' | null = null;
  private pendingClarify: PendingClarify | null = null;
  private referral: ReferralController | null = null;
  /** The advice the referral form was last filled in for. */
  private referralFor = '';

  constructor() {
    super();
    this.tenant = '';
    this.mode = 'resident';
    this.api = '';
    this.headingLevel = 2;
    this.inline = false;
    this.open = false;
    this.query = '';
    this.messages = [];
    this.current = null;
    this.cueIds = [];
  }

  /** Closing or leaving the page with a clarifying question unanswered is abandoning it too. */
  private readonly onPageHide = () => this.abandonClarify();
  /** The slip is folded until a referral is recorded; a closed <details> would print empty. */
  private readonly onBeforePrint = () => {
    if (this.deskModule && this.deskModule !== 'failed') this.deskModule.openSlipForPrint(this.renderRoot);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onPageHide);
    addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    removeEventListener('pagehide', this.onPageHide);
    removeEventListener('beforeprint', this.onBeforePrint);
    super.disconnectedCallback();
  }

  private get language(): Lang {
    return resolveLang(this.lang);
  }

  /** Undefined while the English messages are still loading. */
  private get t(): Messages | undefined {
    return messagesFor(this.language);
  }

  private get desk(): boolean {
    return this.mode === 'desk';
  }

  private get level(): number {
    return Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel, 1), 5) : 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A referral belongs to one advice: a new one (or none) starts the form again.
    const key = adviceKey(this.current);
    if (key !== this.referralFor) {
      this.referralFor = key;
      this.referral?.reset();
    }
    if (changed.has('tenant') || changed.has('api')) {
      // Another municipality's table: nothing of the conversation so far applies to it.
      this.clearConversation();
      this.bundleRequested = false;
      // Corrections made offline on an earlier visit are sent as soon as the widget is back.
      if (hasQueuedFeedback(this.tenant.trim())) this.loadFeedback();
    }
    // The desk needs the bundle at once; a resident page fetches it only when someone reaches
    // for the button, so a visitor who never opens the assistant costs the page nothing.
    if (this.desk || this.open || this.inline) this.requestBundle();
    // Should the English chunk fail to load, the widget carries on in Dutch rather than not at all.
    if (changed.has('lang') && !this.t) {
      loadMessages(this.language).then(
        () => this.requestUpdate(),
        () => {
          this.languageFailed = true;
          this.requestUpdate();
        },
      );
    }
    if (changed.has('mode') && this.desk && !this.deskModule) void this.loadDesk();
  }

  private requestBundle(): void {
    if (this.bundleRequested) return;
    this.bundleRequested = true;
    void this.bundle.load(this.apiBase, this.tenant.trim());
  }

  private async loadDesk(): Promise<void> {
    try {
      const desk = await import('./desk');
      this.deskModule = desk;
      this.referral = new desk.ReferralController(this, {
        onRecorded: (what) => this.push({ from: 'assistant', kind: 'note', note: what === 'referral' ? 'referralSaved' : 'signalSaved' }),
      });
      this.kept = new desk.KeptText(this);
      this.adoptChunkStyles();
    } catch {
      this.deskModule = 'failed';
    }
    this.requestUpdate();
  }

  /** The element's styles with those of the chunks loaded so far. */
  private adoptChunkStyles(): void {
    const desk = this.deskModule && this.deskModule !== 'failed' ? [this.deskModule.deskStyles] : [];
    const feedback = this.feedbackModule ? [this.feedbackModule.feedbackStyles] : [];
    adoptStyles(this.renderRoot as ShadowRoot, [...styles, ...desk, ...feedback]);
  }

  /** The feedback chunk, once the first answer is on screen: most visitors never need it. */
  private loadFeedback(): void {
    if (this.feedbackRequested) return;
    this.feedbackRequested = true;
    import('./feedback').then(
      (feedback) => {
        this.feedbackModule = feedback;
        this.feedback = new feedback.FeedbackController(this, {
          onDone: (outcome) => this.push({ from: 'assistant', kind: 'note', note: outcome === 'sent' ? 'feedbackSent' : 'feedbackQueued' }),
        });
        this.adoptChunkStyles();
        this.requestUpdate();
      },
      () => {
        // Without the chunk there is no "Klopt dit niet?"; the assistant itself works on.
      },
    );
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    if (!target) return;
    // Opened before the bundle arrived: the field appears a render later, and focus goes there then.
    if (focusRendered(this.renderRoot, target === 'advice' ? ADVICE_HEADING_ID : 'lw-question')) this.focusAfterRender = null;
  }

  private push(message: NewLogMessage): void {
    this.messages = [...this.messages, { ...message, id: this.nextId++ }];
  }

  private get apiBase(): string {
    return this.api || SCRIPT_ORIGIN;
  }

  /** Anonymous and fire-and-forget: the user never waits for it and never sees it fail. */
  private signal(payload: SignalPayload): void {
    if (this.bundle.state.status === 'ready') sendSignal(this.apiBase, this.tenant.trim(), payload);
  }

  /** The user moved on from a clarifying question without choosing: a gap the admin should see. */
  private abandonClarify(): void {
    const pending = this.pendingClarify;
    if (!pending) return;
    this.pendingClarify = null;
    this.signal(questionSignal('clarify-abandoned', pending.question, this.desk ? 'desk' : 'resident', pending.topicIds));
  }

  /** Asks the engine and shows the answer. `said`: what goes in the log as the user's words. */
  private async ask(question: Question, said = question.text): Promise<void> {
    const engine = this.bundle.engine;
    if (!engine) return;
    this.abandonClarify();
    this.suggestions.clear();
    this.push({ from: 'user', text: said });
    const options = { lang: this.language, cueIds: this.cueIds };
    // The national list comes only when it could change the answer; without it (offline) the table answers.
    if (couldUseNational(engine, question, options)) await loadNational();
    const result = answer(engine, question, options);
    this.answered = { id: this.nextId, question: question.text, advice: result.kind === 'advice' ? result.advice : null };
    this.loadFeedback();
    if (result.kind === 'advice') {
      this.current = { ...result, question };
      this.push({ from: 'assistant', kind: 'advice', advice: result.advice });
      this.focusAfterRender = 'advice';
      this.dispatchEvent(adviceEvent(result.advice));
      // National guidance and the fallback are gaps in the table too: the municipality should see them.
      if (result.advice.basis !== 'table' && !question.topicId) {
        this.signal(questionSignal('unanswered', question.text, this.desk ? 'desk' : 'resident'));
      }
    } else {
      this.current = null;
      if (result.kind === 'clarify') {
        this.pendingClarify = { question: question.text, topicIds: result.clarify.options.map((option) => option.topicId) };
      } else if (!question.topicId) {
        this.signal(questionSignal('unanswered', question.text, this.desk ? 'desk' : 'resident'));
      }
      this.push(
        result.kind === 'clarify'
          ? { from: 'assistant', kind: 'clarify', clarify: result.clarify, question: question.text }
          : { from: 'assistant', kind: 'note', note: 'noMatch' },
      );
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.query.trim();
    if (!text) return;
    if (containsPersonalData(text)) {
      this.suggestions.clear();
      this.push({ from: 'assistant', kind: 'note', note: 'personalData' });
      return;
    }
    this.query = '';
    void this.ask({ text });
  }

  private onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.suggestions.search(this.query);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const picked = event.key === 'Enter' ? this.suggestions.activeItem : undefined;
    if (picked) {
      event.preventDefault();
      this.pickSuggestion(picked);
    } else if (this.suggestions.handleKey(event.key)) {
      event.preventDefault();
      event.stopPropagation();
    } else if (event.key === 'Escape' && this.query) {
      this.query = '';
    }
  }

  private pickSuggestion(item: TopicSuggestion): void {
    this.query = '';
    void this.ask({ text: item.title, topicId: item.topicId });
  }

  private pickTopic(topic: Topic): void {
    void this.ask({ text: topic.title[this.language], topicId: topic.id });
  }

  private onClarify(message: Extract<LogMessage, { kind: 'clarify' }>, option: ClarifyOption): void {
    this.messages = this.messages.map((m) => (m.id === message.id ? { ...message, chosen: option.topicId } : m));
    this.pendingClarify = null;
    void this.ask({ text: message.question, topicId: option.topicId }, option.label);
  }

  private onAlternative(topicId: string): void {
    const content = this.bundle.engine?.content;
    const topic = content && findTopic(content, topicId);
    if (topic && this.current) void this.ask({ text: this.current.question.text, topicId }, topic.title[this.language]);
  }

  private onCue(cueId: string, ticked: boolean): void {
    const before = this.cueIds;
    this.cueIds = ticked ? [...before, cueId] : before.filter((id) => id !== cueId);
    const engine = this.bundle.engine;
    if (!engine || !this.current || !this.deskModule || this.deskModule === 'failed') return;
    const { question } = this.current;
    const result = this.deskModule.reroute(engine, question, this.current, { before, now: this.cueIds }, this.language);
    if (!result) return;
    this.current = { ...result.answer, question };
    // A correction is about the advice on screen, as the signals changed it.
    if (this.answered) this.answered = { ...this.answered, advice: result.answer.advice };
    for (const message of result.messages) this.push(message);
    if (result.changed) this.dispatchEvent(adviceEvent(result.answer.advice));
  }

  private clearConversation(): void {
    this.pendingClarify = null;
    this.answered = null;
    this.messages = [];
    this.current = null;
    this.cueIds = [];
    this.query = '';
    this.suggestions.clear();
  }

  /** "Nieuwe inwoner": nothing of the previous resident's question stays on screen. */
  private reset(): void {
    this.abandonClarify();
    this.clearConversation();
    this.referral?.reset();
    this.focusAfterRender = 'input';
  }

  private toggle(): void {
    if (this.open) this.abandonClarify();
    this.open = !this.open;
    this.focusAfterRender = this.open ? 'input' : null;
  }

  private async copySlip(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.push({ from: 'assistant', kind: 'note', note: 'slipCopied' });
    } catch {
      this.push({ from: 'assistant', kind: 'note', note: 'slipCopyFailed' });
    }
  }

  private renderStatus(t: Messages): TemplateResult | typeof nothing {
    return status({ t, state: this.bundle.state, tenant: this.tenant, onRetry: () => this.bundle.retry() });
  }

  private renderConversation(t: Messages, content: Content): TemplateResult {
    const last = this.messages.at(-1);
    const showChips = this.messages.length === 0 || (last?.from === 'assistant' && last.kind === 'note' && last.note === 'noMatch');
    return html`${questionForm({
      t,
      label: this.desk ? t.questionLabelDesk : t.questionLabelResident,
      value: this.query,
      items: this.suggestions.items,
      open: this.suggestions.open,
      active: this.suggestions.active,
      onInput: (event) => this.onInput(event),
      onKeyDown: (event) => this.onKeyDown(event),
      onBlur: () => this.suggestions.close(),
      onSubmit: (event) => this.onSubmit(event),
      onPick: (item) => this.pickSuggestion(item),
      kept: this.keptQuestion(t, content),
    })}
    ${messageLog({ t, content, messages: this.messages, desk: this.desk, onClarify: (m, o) => this.onClarify(m, o) })}
    ${showChips ? chips({ t, lang: this.language, topics: quickTopics(content, QUICK_TOPICS), onPick: (topic) => this.pickTopic(topic) }) : nothing}`;
  }

  /** Desk mode, when the question holds what a signal would not keep: what it would keep instead. */
  private keptQuestion(t: Messages, content: Content): { id: string; view: TemplateResult } | undefined {
    const desk = this.deskModule;
    if (!this.desk || !desk || desk === 'failed') return undefined;
    const kept = this.kept?.of(this.query, content);
    if (!kept || kept === this.query.trim()) return undefined;
    const id = 'lw-question-kept';
    return { id, view: desk.keptText(t, id, kept) };
  }

  private renderAdvice(t: Messages, content: Content, now: Date, desk?: DeskModule): TemplateResult | typeof nothing {
    if (!this.current) return nothing;
    const { advice, alternatives } = this.current;
    const level = this.level + 1;
    return adviceCard({
      t,
      lang: this.language,
      content,
      advice,
      cueIds: this.cueIds,
      level,
      now,
      desk: desk?.deskCardParts({
        t,
        lang: this.language,
        content,
        counterId: advice.counterId,
        alternatives,
        level: level + 1,
        onAlternative: (topicId) => this.onAlternative(topicId),
      }),
    });
  }

  /** "Klopt dit niet?" or "Had u hier iets aan?" under the answer, once the feedback chunk is there. */
  private renderFeedback(t: Messages, content: Content, sourceDeskId?: string): TemplateResult | typeof nothing {
    const feedback = this.feedback;
    const module = this.feedbackModule;
    if (!feedback || !module) return nothing;
    feedback.use(this.apiBase, this.tenant.trim(), this.answered);
    if (!this.answered) return nothing;
    return module.feedbackForm({ t, lang: this.language, content, mode: this.desk ? 'desk' : 'resident', feedback, sourceDeskId });
  }

  /** What the last question led to when no advice is on screen (see the desk layout). */
  private deskOutcome(): DeskOutcome {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const message = this.messages[i] as LogMessage;
      if (message.from === 'user') break;
      if (message.kind === 'clarify') return 'clarify';
      if (message.kind === 'note' && (message.note === 'noMatch' || message.note === 'personalData')) return message.note;
    }
    return this.messages.length === 0 ? 'start' : 'noMatch';
  }

  private renderDesk(t: Messages, desk: DeskModule): TemplateResult {
    const state = this.bundle.state;
    const status = this.renderStatus(t);
    if (state.status !== 'ready') return html`<div class="desk">${status}</div>`;
    const { content, publishedAt } = state.bundle;
    const now = new Date();
    const referral = this.referral as ReferralController;
    referral.useTenant(this.tenant.trim(), content.sourceDesks);
    const target = { api: this.apiBase, tenant: this.tenant.trim() };
    return desk.deskLayout({
      t,
      lang: this.language,
      level: this.level,
      content,
      publishedAt,
      now,
      current: this.current && { advice: this.current.advice, question: this.current.question.text },
      cueIds: this.cueIds,
      outcome: this.deskOutcome(),
      status,
      conversation: this.renderConversation(t, content),
      adviceCard: this.renderAdvice(t, content, now, desk),
      feedback: this.renderFeedback(t, content, referral.deskId),
      canReset: this.messages.length > 0,
      onReset: () => this.reset(),
      onCue: (id, ticked) => this.onCue(id, ticked),
      onCopy: (text) => void this.copySlip(text),
      onBeforePrint: this.onBeforePrint,
      referral,
      keptText: (text) => this.kept?.of(text, content) ?? null,
      onRecord: () => {
        if (this.current) void referral.record({ ...target, advice: this.current.advice });
      },
      onSignalOnly: () => void referral.recordSignalOnly(target),
    });
  }

  private renderResident(t: Messages): TemplateResult {
    const state = this.bundle.state;
    const content = state.status === 'ready' ? state.bundle.content : null;
    return residentPanel({
      t,
      open: this.open || this.inline,
      inline: this.inline,
      level: this.level,
      phone: content ? generalPhone(content) : undefined,
      onToggle: () => this.toggle(),
      onIntent: () => this.requestBundle(),
      body: html`${this.renderStatus(t)}
      ${
        content
          ? html`${this.renderConversation(t, content)} ${this.renderAdvice(t, content, new Date())} ${this.renderFeedback(t, content)}`
          : nothing
      }`,
    });
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.t ?? (this.languageFailed ? messagesFor('nl') : undefined);
    if (!t) return nothing;
    const body = !this.desk
      ? this.renderResident(t)
      : this.deskModule === 'failed'
        ? html`<div part="alert" class="alert" role="alert"><p>${t.errorUnavailable}</p></div>`
        : this.deskModule
          ? this.renderDesk(t, this.deskModule)
          : html`<p class="muted">${t.loading}</p>`;
    return html`<div class="root" lang=${this.language}>${body}</div>`;
  }
}
